import { Alert, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Proposal } from '../../../shared/api/delegation.ts';
import { ApiError } from '../../api/client.ts';
import { delegateApi, delegationKeys } from '../../api/delegation.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { AreaField } from '../../components/form/fields.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { DEL } from './labels.ts';

const M = DEL.approveModal;

/** "Phê duyệt danh sách" with a note: the proposal becomes the next numbered list. */
export function ApproveModal({
  conferenceId,
  proposal,
  currentNumber,
  onClose,
}: {
  conferenceId: string;
  /** Set while the dialog is open. */
  proposal: Proposal | null;
  currentNumber: number | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: delegationKeys.delegation(conferenceId) }),
      queryClient.invalidateQueries({ queryKey: delegationKeys.lists(conferenceId) }),
    ]);
  const approve = useMutation({
    mutationFn: (selected: string[]) =>
      delegateApi.approve(conferenceId, { selected, basedOn: currentNumber, note: note.trim() }),
    onSuccess: async (list) => {
      await refresh();
      notifications.show({ color: 'teal', message: M.done(list.number) });
      setNote('');
      onClose();
    },
    onError: async (error) => {
      if (!(error instanceof ApiError && error.isConflict)) return;
      await refresh();
      notifications.show({ color: 'red', title: DEL.failed, message: M.conflict, autoClose: false });
      onClose();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (proposal) approve.mutate(proposal.selected);
  }
  const unmet = proposal?.quotas.filter((q) => !q.met).length ?? 0;
  return (
    <Modal opened={proposal !== null} onClose={onClose} title={M.title} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{M.text(proposal?.selected.length ?? 0, (currentNumber ?? 0) + 1)}</Text>
          {unmet > 0 && (
            <Alert color="orange" variant="light">
              {M.unmet(unmet)}
            </Alert>
          )}
          <AreaField text={M.note} value={note} onChange={setNote} />
          <ApiErrorAlert
            error={approve.error instanceof ApiError && approve.error.isConflict ? null : approve.error}
          />
          <FormActions submitLabel={M.submit} pending={approve.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
