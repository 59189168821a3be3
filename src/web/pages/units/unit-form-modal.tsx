import { Checkbox, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { UNIT_KIND_LABELS, type Unit } from '../../../shared/api/units.ts';
import { ApiError } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { unitKeys } from '../../api/units.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { apiFieldError } from '../../components/form/validation.ts';
import { FormActions } from '../../components/form-actions.tsx';
import { UNITS } from './labels.ts';

type ChildKind = 'agency' | 'department' | 'former';
const CHILD_KINDS: ChildKind[] = ['agency', 'department', 'former'];

export type UnitFormMode = { mode: 'create'; parent: Unit } | { mode: 'edit'; unit: Unit };

/** Adds a unit under a parent, or edits one; a 409 tells the user someone else saved first. */
export function UnitFormModal({ target, onClose }: { target: UnitFormMode | null; onClose: () => void }) {
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="lg"
      title={
        target?.mode === 'create'
          ? UNITS.formCreateTitle(target.parent.fullName)
          : target
            ? UNITS.formEditTitle(target.unit.fullName)
            : ''
      }
    >
      {target && (
        <UnitForm
          key={target.mode === 'edit' ? target.unit.id : target.parent.id}
          target={target}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function UnitForm({ target, onClose }: { target: UnitFormMode; onClose: () => void }) {
  const queryClient = useQueryClient();
  const editing = target.mode === 'edit' ? target.unit : null;
  const [kind, setKind] = useState<ChildKind>('agency');
  const [typeLabel, setTypeLabel] = useState(editing?.typeLabel ?? '');
  const [fullName, setFullName] = useState(editing?.fullName ?? '');
  const [officialCode, setOfficialCode] = useState(editing?.officialCode ?? '');
  const [isFormer, setIsFormer] = useState(editing?.isFormer ?? false);
  const [conflict, setConflict] = useState(false);

  const mutation = useMutation({
    mutationFn: () => {
      const code = officialCode.trim() === '' ? null : officialCode.trim();
      if (target.mode === 'edit') {
        return api.units.update(target.unit.id, {
          version: target.unit.version,
          typeLabel,
          fullName,
          officialCode: code,
          isFormer,
        });
      }
      return api.units.create({ parentId: target.parent.id, kind, typeLabel, fullName, officialCode: code });
    },
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: target.mode === 'edit' ? UNITS.saved : UNITS.created });
      await queryClient.invalidateQueries({ queryKey: unitKeys.tree });
      await queryClient.invalidateQueries({ queryKey: unitKeys.details });
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
        {target.mode === 'create' && (
          <Select
            label={UNITS.formKind}
            description={UNITS.formKindHint}
            data={CHILD_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v as ChildKind)}
            allowDeselect={false}
            error={fieldError('kind')}
          />
        )}
        <TextInput
          label={UNITS.formTypeLabel}
          description={UNITS.formTypeLabelHint}
          value={typeLabel}
          onChange={(e) => setTypeLabel(e.currentTarget.value)}
          error={fieldError('typeLabel')}
          required
        />
        <TextInput
          label={UNITS.formFullName}
          description={UNITS.formFullNameHint}
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
          error={fieldError('fullName')}
          required
        />
        <TextInput
          label={UNITS.formCode}
          description={UNITS.formCodeHint}
          value={officialCode}
          onChange={(e) => setOfficialCode(e.currentTarget.value)}
          error={fieldError('officialCode')}
          inputMode="numeric"
        />
        {target.mode === 'edit' && (
          <Checkbox
            label={UNITS.formFormer}
            checked={isFormer}
            onChange={(e) => setIsFormer(e.currentTarget.checked)}
          />
        )}
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
          await queryClient.invalidateQueries({ queryKey: unitKeys.tree });
          await queryClient.invalidateQueries({ queryKey: unitKeys.details });
          onClose();
        }}
      />
    </form>
  );
}
