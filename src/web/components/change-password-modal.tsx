import { Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.ts';
import { ApiErrorAlert } from './api-error-alert.tsx';
import { FormActions } from './form-actions.tsx';
import { COMMON } from './labels.ts';

/** Lets the signed-in user change their own password. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => api.auth.changePassword({ password, newPassword }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: COMMON.passwordDone });
      close();
    },
  });

  function close() {
    setPassword('');
    setNewPassword('');
    setRepeat('');
    setLocalError(null);
    mutation.reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (newPassword.length < 8) return setLocalError(COMMON.passwordTooShort);
    if (newPassword !== repeat) return setLocalError(COMMON.passwordMismatch);
    setLocalError(null);
    mutation.mutate();
  }

  return (
    <Modal opened={opened} onClose={close} title={COMMON.passwordTitle} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <PasswordInput
            label={COMMON.passwordCurrent}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            required
          />
          <PasswordInput
            label={COMMON.passwordNew}
            description={COMMON.passwordNewHint}
            value={newPassword}
            onChange={(e) => setNewPassword(e.currentTarget.value)}
            autoComplete="new-password"
            required
          />
          <PasswordInput
            label={COMMON.passwordRepeat}
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            autoComplete="new-password"
            error={localError}
            required
          />
          <ApiErrorAlert error={mutation.error} />
          <FormActions submitLabel={COMMON.changePassword} pending={mutation.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
