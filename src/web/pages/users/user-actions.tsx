import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { UpdateUserBody, UserRecord } from '../../../shared/api/users.ts';
import { ApiError } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { userKeys } from '../../api/users.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { COMMON } from '../../components/labels.ts';
import { USERS } from './labels.ts';

export type UserAction = { kind: 'password' | 'toggle'; user: UserRecord };

/** Saves one change to a user; on a conflict the list is reloaded and the user told to try again. */
function useUserUpdate(user: UserRecord, done: string, onClose: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Omit<UpdateUserBody, 'version'>) =>
      api.users.update(user.id, { version: user.version, ...patch }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: done });
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.isConflict) {
        notifications.show({ color: 'orange', message: USERS.conflict, autoClose: 8000 });
        await queryClient.invalidateQueries({ queryKey: userKeys.all });
        onClose();
      }
    },
  });
}

/** Reset-password and lock/unlock dialogs for one user. */
export function UserActionModal({ action, onClose }: { action: UserAction | null; onClose: () => void }) {
  const title = !action
    ? ''
    : action.kind === 'password'
      ? USERS.resetTitle(action.user.fullName)
      : action.user.active
        ? USERS.deactivateTitle(action.user.fullName)
        : USERS.activate;
  return (
    <Modal opened={action !== null} onClose={onClose} title={title} centered>
      {action?.kind === 'password' && <ResetPassword user={action.user} onClose={onClose} />}
      {action?.kind === 'toggle' && <ToggleActive user={action.user} onClose={onClose} />}
    </Modal>
  );
}

function ResetPassword({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const [password, setPassword] = useState('');
  const [short, setShort] = useState(false);
  const mutation = useUserUpdate(user, USERS.resetDone, onClose);
  function submit(event: FormEvent) {
    event.preventDefault();
    setShort(password.length < 8);
    if (password.length >= 8) mutation.mutate({ password });
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label={USERS.newPassword}
          description={USERS.resetHint}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={short ? COMMON.passwordTooShort : undefined}
          autoComplete="new-password"
          required
        />
        {!(mutation.error instanceof ApiError && mutation.error.isConflict) && (
          <ApiErrorAlert error={mutation.error} />
        )}
        <FormActions submitLabel={USERS.resetPassword} pending={mutation.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function ToggleActive({ user, onClose }: { user: UserRecord; onClose: () => void }) {
  const mutation = useUserUpdate(user, user.active ? USERS.deactivateDone : USERS.activateDone, onClose);
  return (
    <Stack>
      {user.active && <Text>{USERS.deactivateText}</Text>}
      {!(mutation.error instanceof ApiError && mutation.error.isConflict) && (
        <ApiErrorAlert error={mutation.error} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {COMMON.cancel}
        </Button>
        <Button
          color={user.active ? 'red.9' : undefined}
          loading={mutation.isPending}
          onClick={() => mutation.mutate({ active: !user.active })}
        >
          {user.active ? USERS.deactivate : USERS.activate}
        </Button>
      </Group>
    </Stack>
  );
}
