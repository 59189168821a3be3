import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { defaultHasCouncil, defaultOfficeName } from '../../../core/documents/unit-office.ts';
import type { Unit } from '../../../shared/api/units.ts';
import { ApiError } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { unitKeys } from '../../api/units.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { apiFieldError } from '../../components/form/validation.ts';
import { FormActions } from '../../components/form-actions.tsx';
import { UNITS } from './labels.ts';

type Council = 'default' | 'yes' | 'no';

const toCouncil = (v: boolean | null): Council => (v === null ? 'default' : v ? 'yes' : 'no');
const fromCouncil = (c: Council): boolean | null => (c === 'default' ? null : c === 'yes');

/** Whether a city or commune has a Hội đồng nhân dân and what its office is called; 409 when stale. */
export function UnitOfficeModal({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  return (
    <Modal
      opened={unit !== null}
      onClose={onClose}
      size="lg"
      title={unit ? UNITS.officeTitle(unit.fullName) : ''}
    >
      {unit && <OfficeForm key={unit.id} unit={unit} onClose={onClose} />}
    </Modal>
  );
}

function OfficeForm({ unit, onClose }: { unit: Unit; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [council, setCouncil] = useState<Council>(toCouncil(unit.hasCouncil));
  const [officeName, setOfficeName] = useState(unit.officeName ?? '');
  const [conflict, setConflict] = useState(false);
  const typeDefault = defaultHasCouncil(unit);
  const hasCouncil = fromCouncil(council) ?? typeDefault;
  const fallback = defaultOfficeName(unit, hasCouncil);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: unitKeys.tree });
    await queryClient.invalidateQueries({ queryKey: unitKeys.details });
  };
  const mutation = useMutation({
    mutationFn: () =>
      api.units.updateOffice(unit.id, {
        version: unit.version,
        hasCouncil: fromCouncil(council),
        officeName: officeName.trim() === '' ? null : officeName.trim(),
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: UNITS.officeSaved });
      await refresh();
      onClose();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) setConflict(true);
    },
  });
  const fieldError = (name: string) => apiFieldError(mutation.error, name);

  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={UNITS.officeCouncil}
          description={UNITS.officeCouncilHint}
          data={[
            { value: 'default', label: UNITS.officeCouncilDefault(typeDefault) },
            { value: 'yes', label: UNITS.officeCouncilYes },
            { value: 'no', label: UNITS.officeCouncilNo },
          ]}
          value={council}
          onChange={(v) => v && setCouncil(v as Council)}
          allowDeselect={false}
          error={fieldError('hasCouncil')}
        />
        <TextInput
          label={UNITS.officeName}
          description={UNITS.officeNameHint(fallback)}
          placeholder={fallback}
          value={officeName}
          onChange={(e) => setOfficeName(e.currentTarget.value)}
          error={fieldError('officeName')}
        />
        {!(mutation.error instanceof ApiError && mutation.error.isConflict) && (
          <ApiErrorAlert error={mutation.error} />
        )}
        <FormActions submitLabel={UNITS.formSave} pending={mutation.isPending} onCancel={onClose} />
      </Stack>
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={async () => {
          setConflict(false);
          await refresh();
          onClose();
        }}
      />
    </form>
  );
}
