import { Modal, NumberInput, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { formatThreshold } from '../../../core/nominations/rules.ts';
import type { VoteThreshold } from '../../../core/nominations/types.ts';
import { ApiError } from '../../api/client.ts';
import { nominationApi, nominationKeys, type VersionedNominationSettings } from '../../api/nominations.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { NOM } from './labels.ts';

const T = NOM.settings;

/** One threshold: "trên" or "từ", and a percentage. */
function ThresholdFields({
  title,
  value,
  onChange,
}: {
  title: string;
  value: VoteThreshold;
  onChange: (v: VoteThreshold) => void;
}) {
  return (
    <Stack gap="xs">
      <Text fw={700}>{title}</Text>
      <SegmentedControl
        aria-label={`${title}: ${T.comparison}`}
        value={value.strict ? 'strict' : 'atLeast'}
        onChange={(v) => onChange({ ...value, strict: v === 'strict' })}
        data={[
          { value: 'strict', label: T.strict },
          { value: 'atLeast', label: T.atLeast },
        ]}
      />
      <NumberInput
        label={`${title}: ${T.share}`}
        value={Math.round(value.share * 1000) / 10}
        onChange={(v) =>
          typeof v === 'number' && onChange({ ...value, share: Math.min(100, Math.max(0, v)) / 100 })
        }
        min={0}
        max={100}
        decimalScale={1}
        suffix="%"
      />
    </Stack>
  );
}

/** The organiser sets the grassroots and council thresholds the verdicts use. */
export function SettingsModal({
  conferenceId,
  settings,
  opened,
  onClose,
}: {
  conferenceId: string;
  /** The thresholds with the version read; the save names it and a stale save answers 409. */
  settings: VersionedNominationSettings;
  opened: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(settings);
  const [conflict, setConflict] = useState(false);
  const save = useMutation({
    mutationFn: () => nominationApi.saveSettings(conferenceId, draft),
    onSuccess: async (saved) => {
      queryClient.setQueryData(nominationKeys.settings(conferenceId), saved);
      await queryClient.invalidateQueries({ queryKey: nominationKeys.lists(conferenceId) });
      notifications.show({ color: 'teal', message: T.saved });
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) setConflict(true);
    },
  });
  const isConflict = save.error instanceof ApiError && save.error.isConflict;
  async function reloadLatest() {
    setConflict(false);
    save.reset();
    const fresh = await nominationApi.settings(conferenceId);
    queryClient.setQueryData(nominationKeys.settings(conferenceId), fresh);
    setDraft(fresh);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  return (
    <Modal opened={opened} onClose={onClose} title={T.title} centered>
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={() => void reloadLatest()}
      />
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{T.intro}</Text>
          <Paper withBorder p="sm">
            <ThresholdFields
              title={T.grassroots}
              value={draft.grassroots}
              onChange={(grassroots) => setDraft({ ...draft, grassroots })}
            />
            <Text size="sm" mt="xs">
              {T.example(formatThreshold(draft.grassroots), NOM.voteBasePresent)}
            </Text>
          </Paper>
          <Paper withBorder p="sm">
            <ThresholdFields
              title={T.council}
              value={draft.council}
              onChange={(t) => setDraft({ ...draft, council: { ...draft.council, ...t } })}
            />
            <Text size="sm" fw={500} mt="xs" mb={4}>
              {T.baseLabel}
            </Text>
            <SegmentedControl
              aria-label={`${T.council}: ${T.base}`}
              value={draft.council.base}
              onChange={(base) =>
                setDraft({ ...draft, council: { ...draft.council, base: base as 'members' | 'present' } })
              }
              data={[
                { value: 'members', label: NOM.councilBase.members },
                { value: 'present', label: NOM.councilBase.present },
              ]}
            />
            <Text size="sm" mt="xs">
              {T.example(formatThreshold(draft.council), NOM.councilBase[draft.council.base])}
            </Text>
          </Paper>
          <ApiErrorAlert error={isConflict ? null : save.error} />
          <FormActions submitLabel={T.save} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
