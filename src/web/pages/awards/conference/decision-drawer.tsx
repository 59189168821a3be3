import { Button, Drawer, Group, Modal, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import { COMMON } from '../../../components/labels.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { AW } from '../labels.ts';
import { decisionTitle } from '../shared/state-tags.tsx';
import type { AwardsConference } from './awards-conference.ts';
import { DecisionEditor } from './decision-editor.tsx';

/** A decision in a panel from the right (the whole screen on a phone); asks before losing edits. */
export function DecisionDrawer({
  conference,
  decisionId,
  onClose,
  onOpen,
}: {
  conference: AwardsConference;
  decisionId: string | null;
  onClose: () => void;
  onOpen: (id: string) => void;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState<null | (() => void)>(null);
  const query = useQuery({
    queryKey: awardKeys.decision(decisionId ?? ''),
    queryFn: () => awardApi.decision(decisionId ?? ''),
    enabled: decisionId !== null,
  });
  const decision = query.data && query.data.id === decisionId ? query.data : null;
  const onDirty = useCallback((d: boolean) => setDirty(d), []);
  const guarded = (then: () => void) => () => {
    if (dirty) setAsking(() => then);
    else then();
  };
  return (
    <>
      <Drawer
        opened={decisionId !== null}
        onClose={guarded(onClose)}
        position="right"
        size={isPhone ? '100%' : 1100}
        title={decision ? decisionTitle(decision) : AW.decision.loading}
        closeButtonProps={{ 'aria-label': AW.close }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {decision ? (
          <DecisionEditor
            key={decision.id}
            conference={conference}
            decision={decision}
            onDirty={onDirty}
            onClose={onClose}
            onOpen={(id) => guarded(() => onOpen(id))()}
          />
        ) : (
          <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
        )}
      </Drawer>
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={COMMON.unsavedTitle} centered>
        <Text>{COMMON.unsavedText}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setAsking(null)}>
            {COMMON.unsavedStay}
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              const then = asking;
              setAsking(null);
              setDirty(false);
              then?.();
            }}
          >
            {COMMON.unsavedLeave}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
