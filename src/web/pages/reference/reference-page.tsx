import { Button, Group, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { REFERENCE_LISTS } from '../../../shared/api/nominations.ts';
import { useReferenceLists } from '../../api/nominations.ts';
import { useSession } from '../../auth/session.tsx';
import { COMMON } from '../../components/labels.ts';
import { NotFound } from '../../components/not-found.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { REFERENCE } from './labels.ts';
import { ReferenceListEditor } from './reference-list-editor.tsx';

/** "Danh mục": the city administrator edits the reference lists every unit uses. */
export function ReferencePage() {
  const { can, rootUnitId } = useSession();
  const query = useReferenceLists();
  const [tab, setTab] = useState<string>('ethnic');
  const [dirty, setDirty] = useState(false);
  // Another tab replaces this list's editor, so unsaved edits would be lost: ask first.
  const [asking, setAsking] = useState<string | null>(null);
  if (rootUnitId !== null && !can('reference.manage', rootUnitId)) return <NotFound />;
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {REFERENCE.title}
        </Title>
        <Text c="dimmed" maw={900}>
          {REFERENCE.intro}
        </Text>
      </div>
      {!query.data ? (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <Tabs
          value={tab}
          onChange={(next) => next && (dirty ? setAsking(next) : setTab(next))}
          keepMounted={false}
        >
          <Tabs.List aria-label={REFERENCE.tabsLabel}>
            {REFERENCE_LISTS.map((list) => (
              <Tabs.Tab key={list} value={list} fw={600}>
                {REFERENCE.lists[list]}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {REFERENCE_LISTS.map((list) => (
            <Tabs.Panel key={list} value={list} pt="md">
              <ReferenceListEditor
                list={list}
                items={query.data[list]}
                version={query.data.versions[list]}
                onDirty={setDirty}
              />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={COMMON.unsavedTitle} centered>
        <Text>{COMMON.unsavedText}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setAsking(null)}>
            {COMMON.unsavedStay}
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              setDirty(false);
              setTab(asking ?? tab);
              setAsking(null);
            }}
          >
            {COMMON.unsavedLeave}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
