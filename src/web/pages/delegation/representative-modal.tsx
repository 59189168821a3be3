import { Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { DelegateCandidate } from '../../../core/delegation/types.ts';
import { representativeBodySchema } from '../../../shared/api/delegation.ts';
import type { FieldProblem } from '../../api/client.ts';
import { delegateApi, delegationKeys } from '../../api/delegation.ts';
import { nominationApi, useReferenceLists } from '../../api/nominations.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { LabelledSegments, OptionalNumber } from '../../components/form/choice-fields.tsx';
import { TextField } from '../../components/form/fields.tsx';
import { checkWithSchema, problemsByPath } from '../../components/form/validation.ts';
import { FormActions } from '../../components/form-actions.tsx';
import { ReferenceSelect } from '../../components/reference-select.tsx';
import { reportSaveError } from '../../components/save-error.ts';
import { DEL } from './labels.ts';

const R = DEL.representative;

interface Draft {
  representativeName: string;
  representativeGender: 'nam' | 'nu' | null;
  representativeBirthYear: number | null;
  representativeEthnicCode: string | null;
}

function draftOf(c: DelegateCandidate): Draft {
  const r = c.representative;
  return {
    representativeName: r?.name ?? '',
    representativeGender: r?.gender ?? null,
    representativeBirthYear: r?.birthYear ?? null,
    representativeEthnicCode: r?.ethnicCode ?? null,
  };
}

/** The representative of a collective candidate: who attends and is the delegate. */
export function RepresentativeModal({
  conferenceId,
  candidate,
  onClose,
}: {
  conferenceId: string;
  candidate: DelegateCandidate | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={candidate !== null}
      onClose={onClose}
      title={candidate ? R.title(candidate.name) : ''}
      size="lg"
      styles={{ title: { fontWeight: 700 } }}
    >
      {candidate && (
        <RepresentativeForm
          key={candidate.id}
          conferenceId={conferenceId}
          candidate={candidate}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function RepresentativeForm({
  conferenceId,
  candidate,
  onClose,
}: {
  conferenceId: string;
  candidate: DelegateCandidate;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const reference = useReferenceLists().data;
  const [draft, setDraft] = useState<Draft>(() => draftOf(candidate));
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  // The save carries the nomination's version, read fresh when the form opens.
  const nomination = useQuery({
    queryKey: ['nomination-version', candidate.id],
    queryFn: () => nominationApi.get(candidate.id),
    staleTime: 0,
  });
  const version = nomination.isFetching ? undefined : nomination.data?.version;
  const body = { ...draft, version: version ?? 1 };
  const liveProblems = attempted ? checkWithSchema(representativeBodySchema, body) : [];
  const errors = problemsByPath(liveProblems.length > 0 ? liveProblems : serverProblems);

  const save = useMutation({
    mutationFn: () => delegateApi.updateRepresentative(conferenceId, candidate.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: delegationKeys.delegation(conferenceId) });
      notifications.show({ color: 'teal', message: R.saved });
      onClose();
    },
    onError: (error) =>
      reportSaveError(error, {
        onConflict: async () => {
          notifications.show({ color: 'red', title: DEL.failed, message: R.conflict });
          await queryClient.invalidateQueries({ queryKey: delegationKeys.delegation(conferenceId) });
          onClose();
        },
        onProblems: setServerProblems,
      }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setServerProblems([]);
    if (checkWithSchema(representativeBodySchema, body).length > 0 || version === undefined) return;
    save.mutate();
  }

  const general = serverProblems.find((p) => p.path === '' || p.path === 'version');
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{R.intro}</Text>
        <TextField
          text={R.name}
          value={draft.representativeName}
          onChange={(representativeName) => set({ representativeName })}
          error={errors.representativeName}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <LabelledSegments
            label={R.gender}
            value={draft.representativeGender}
            data={[
              { value: 'nam', label: DEL.guest.genders.nam },
              { value: 'nu', label: DEL.guest.genders.nu },
            ]}
            onChange={(representativeGender) => set({ representativeGender })}
            readOnly={false}
            error={errors.representativeGender}
          />
          <OptionalNumber
            text={R.birthYear}
            value={draft.representativeBirthYear}
            onChange={(representativeBirthYear) => set({ representativeBirthYear })}
            error={errors.representativeBirthYear}
            min={1900}
            max={2100}
          />
        </SimpleGrid>
        <ReferenceSelect
          items={reference?.ethnic}
          label={R.ethnic}
          value={draft.representativeEthnicCode}
          onChange={(representativeEthnicCode) => set({ representativeEthnicCode })}
          error={errors.representativeEthnicCode}
          clearable
        />
        {general && <ApiErrorAlert error={new Error(general.message)} />}
        {nomination.error && <ApiErrorAlert error={nomination.error} />}
        <FormActions submitLabel={R.save} pending={save.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
