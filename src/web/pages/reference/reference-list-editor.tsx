import { ActionIcon, Button, Group, Paper, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { matchesSearch } from '../../../core/vietnamese/fold.ts';
import type { ReferenceItem, ReferenceListName } from '../../../shared/api/nominations.ts';
import { ApiError } from '../../api/client.ts';
import { referenceApi, referenceKeys } from '../../api/nominations.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { useDraft } from '../../components/form/use-draft.ts';
import { UnsavedChangesGuard } from '../../components/unsaved-changes-guard.tsx';
import { REFERENCE } from './labels.ts';
import { NewItemForm } from './new-item-form.tsx';

const byOrder = (items: readonly ReferenceItem[]) => [...items].sort((a, b) => a.sortOrder - b.sortOrder);

/** One list: rename, add other spellings, retire, reorder, add (the 54 ethnic groups are fixed by law). */
export function ReferenceListEditor({
  list,
  items,
  version: readVersion,
  onDirty,
}: {
  list: ReferenceListName;
  items: ReferenceItem[];
  /** The list's version as read; a save names it and a stale save answers 409. */
  version: number;
  onDirty: (dirty: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const { draft, setDraft, dirty, reset } = useDraft<ReferenceItem[]>(byOrder(items));
  const [version, setVersion] = useState(readVersion);
  const [conflict, setConflict] = useState(false);
  const [filter, setFilter] = useState('');
  const name = REFERENCE.lists[list];
  useEffect(() => onDirty(dirty), [onDirty, dirty]);

  const save = useMutation({
    // The order on screen is the order saved.
    mutationFn: () =>
      referenceApi.save(
        list,
        draft.map((item, i) => ({ ...item, label: item.label.trim(), sortOrder: i + 1 })),
        version,
      ),
    onSuccess: async (saved) => {
      reset(byOrder(saved.items));
      setVersion(saved.version);
      notifications.show({ color: 'teal', message: REFERENCE.saved(name) });
      await queryClient.invalidateQueries({ queryKey: referenceKeys.all });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) setConflict(true);
    },
  });
  const isConflict = save.error instanceof ApiError && save.error.isConflict;

  async function reloadLatest() {
    setConflict(false);
    save.reset();
    const fresh = await referenceApi.get();
    queryClient.setQueryData(referenceKeys.all, fresh);
    reset(byOrder(fresh[list]));
    setVersion(fresh.versions[list]);
  }

  const patch = (code: string, p: Partial<ReferenceItem>) =>
    setDraft((d) => d.map((item) => (item.code === code ? { ...item, ...p } : item)));
  const move = (index: number, by: -1 | 1) =>
    setDraft((d) => {
      const next = [...d];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const shown = draft
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => matchesSearch(`${item.code} ${item.label} ${item.aliases.join(' ')}`, filter));
  const emptyLabel = draft.some((i) => i.label.trim() === '');

  return (
    <Stack gap="sm">
      <UnsavedChangesGuard dirty={dirty} />
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={() => void reloadLatest()}
      />
      <Group justify="space-between" align="flex-end">
        <TextInput
          type="search"
          label={REFERENCE.filter}
          placeholder={REFERENCE.filterPlaceholder}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={320}
          maw="100%"
        />
        <Text size="sm">{REFERENCE.count(draft.length, draft.filter((i) => i.active).length)}</Text>
      </Group>
      {filter && <Text size="sm">{REFERENCE.filterNote}</Text>}
      <Stack gap={6} component="ul" p={0} m={0} aria-label={REFERENCE.itemsLabel(name)}>
        {shown.map(({ item, index }) => (
          <Paper
            key={item.code}
            withBorder
            p="xs"
            component="li"
            style={{ listStyle: 'none' }}
            bg={item.active ? undefined : 'gray.1'}
          >
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  onClick={() => move(index, -1)}
                  disabled={index === 0 || filter !== ''}
                  aria-label={REFERENCE.moveUp(item.label)}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  onClick={() => move(index, 1)}
                  disabled={index === draft.length - 1 || filter !== ''}
                  aria-label={REFERENCE.moveDown(item.label)}
                >
                  ↓
                </ActionIcon>
              </Group>
              <Text ff="monospace" size="sm" w={72} title={REFERENCE.code}>
                {item.code}
              </Text>
              <TextInput
                label={REFERENCE.label}
                value={item.label}
                onChange={(e) => patch(item.code, { label: e.currentTarget.value })}
                error={item.label.trim() === '' ? REFERENCE.emptyLabel : undefined}
                w={{ base: '100%', sm: 260 }}
              />
              <TagsInput
                label={REFERENCE.aliases}
                placeholder={REFERENCE.aliasesPlaceholder}
                value={item.aliases}
                onChange={(aliases) => patch(item.code, { aliases })}
                style={{ flex: 1, minWidth: 220 }}
              />
              <Switch
                label={REFERENCE.active}
                checked={item.active}
                onChange={(e) => patch(item.code, { active: e.currentTarget.checked })}
                mb={8}
              />
            </Group>
          </Paper>
        ))}
      </Stack>
      {list !== 'ethnic' && (
        <NewItemForm
          codes={draft.map((i) => i.code)}
          onAdd={(item) => setDraft((d) => [...d, { ...item, sortOrder: d.length + 1 }])}
        />
      )}
      <ApiErrorAlert error={isConflict ? null : save.error} />
      <Paper withBorder p="sm" pos="sticky" bottom={0} style={{ zIndex: 3 }}>
        <Group gap="sm">
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!dirty || emptyLabel}>
            {REFERENCE.save}
          </Button>
          <Text size="sm" fw={dirty ? 700 : 400} c={dirty ? '#8a3b00' : 'teal.9'} role="status">
            {dirty ? REFERENCE.dirty : REFERENCE.clean}
          </Text>
        </Group>
      </Paper>
    </Stack>
  );
}
