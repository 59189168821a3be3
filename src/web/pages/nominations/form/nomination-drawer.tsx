import { Button, Drawer, Group, Modal, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { NominationKind, NominationSettings } from '../../../../core/nominations/types.ts';
import type { NominationRecord } from '../../../../shared/api/nominations.ts';
import type { Unit } from '../../../../shared/api/units.ts';
import { nominationApi, nominationKeys, type ReferenceLists } from '../../../api/nominations.ts';
import { COMMON } from '../../../components/labels.ts';
import { QueryState } from '../../../components/query-state.tsx';
import type { RowAction } from '../row-actions.ts';
import { emptyInput } from './draft.ts';
import { FORM } from './labels.ts';
import { NominationEditor } from './nomination-editor.tsx';

/** What the drawer shows: a new nomination of a kind, or a saved one by id. */
export type DrawerTarget = { mode: 'new'; kind: NominationKind } | { mode: 'edit'; id: string };

interface Props {
  target: DrawerTarget | null;
  conferenceId: string;
  defaultUnitId: string;
  unitChoices: readonly Unit[];
  reference: ReferenceLists | undefined;
  settings: NominationSettings;
  actionsFor: (n: NominationRecord) => RowAction[];
  busyId: string | null;
  onAction: (n: NominationRecord, action: RowAction) => void;
  onClose: () => void;
  onCreated: (record: NominationRecord) => void;
}

/** The nomination form in a panel from the right (the whole screen on a phone); asks before losing edits. */
export function NominationDrawer(props: Props) {
  const { target, onClose } = props;
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  const id = target?.mode === 'edit' ? target.id : null;
  const query = useQuery({
    queryKey: nominationKeys.detail(id),
    queryFn: () => nominationApi.get(id ?? ''),
    enabled: id !== null,
    // The form follows only this user's own saves and uploads; another user's change shows as a 409.
    staleTime: Number.POSITIVE_INFINITY,
  });
  const saved = id ? (query.data ?? null) : null;
  const onDirty = useCallback((d: boolean) => setDirty(d), []);

  function requestClose() {
    if (dirty) setAsking(true);
    else onClose();
  }

  const title = !target
    ? ''
    : target.mode === 'new'
      ? FORM.titleNew[target.kind]
      : saved
        ? FORM.titleEdit(saved.number, saved.name)
        : COMMON.loading;

  return (
    <>
      <Drawer
        opened={target !== null}
        onClose={requestClose}
        position="right"
        size={isPhone ? '100%' : 760}
        title={title}
        closeButtonProps={{ 'aria-label': FORM.close }}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {target?.mode === 'edit' && !saved && (
          <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
        )}
        {target && (target.mode === 'new' || saved) && (
          <NominationEditor
            key={id ?? `new-${target.mode === 'new' ? target.kind : ''}`}
            conferenceId={props.conferenceId}
            saved={saved}
            initial={emptyInput(target.mode === 'new' ? target.kind : 'individual', props.defaultUnitId)}
            reference={props.reference}
            settings={props.settings}
            unitChoices={props.unitChoices}
            actions={saved ? props.actionsFor(saved) : []}
            busy={saved !== null && props.busyId === saved.id}
            onAction={props.onAction}
            onSaved={(record, created) => created && props.onCreated(record)}
            onDirty={onDirty}
          />
        )}
      </Drawer>
      <Modal opened={asking} onClose={() => setAsking(false)} title={COMMON.unsavedTitle} centered>
        <Text>{COMMON.unsavedText}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setAsking(false)}>
            {COMMON.unsavedStay}
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              setAsking(false);
              setDirty(false);
              onClose();
            }}
          >
            {COMMON.unsavedLeave}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
