import { Checkbox, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/api/roles.ts';
import { api } from '../../api/endpoints.ts';
import { userKeys } from '../../api/users.ts';
import { useSession } from '../../auth/session.tsx';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { apiFieldError } from '../../components/form/validation.ts';
import { FormActions } from '../../components/form-actions.tsx';
import { UnitSelect } from '../../components/unit-select.tsx';
import { USERS } from './labels.ts';

/** Creates an account with roles on one unit of the administrator's scope. */
export function UserFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={USERS.formTitle} size="lg">
      {opened && <UserForm onClose={onClose} />}
    </Modal>
  );
}

function UserForm({ onClose }: { onClose: () => void }) {
  const { units, can, user, homeUnitId } = useSession();
  const queryClient = useQueryClient();
  const manageable = useMemo(
    () => [...units.values()].filter((u) => u.inScope && can('user.manage', u.id)),
    [units, can],
  );
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [unitId, setUnitId] = useState<string | null>(
    manageable.some((u) => u.id === homeUnitId) ? homeUnitId : null,
  );
  const [roles, setRoles] = useState<Role[]>([]);
  const [local, setLocal] = useState<{ unit?: string; roles?: string }>({});
  const isSystemAdmin = user.roles.some((g) => g.role === 'system_admin');
  const offered = ROLES.filter((r) => r !== 'system_admin' || isSystemAdmin);

  const mutation = useMutation({
    mutationFn: (chosenUnit: string) =>
      api.users.create({
        username: username.trim(),
        fullName,
        password,
        unitId: chosenUnit,
        roles: roles.map((role) => ({ role, unitId: chosenUnit })),
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: USERS.created });
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
  });
  const fieldError = (name: string) => apiFieldError(mutation.error, name);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      unit: unitId ? undefined : USERS.unitMissing,
      roles: roles.length > 0 ? undefined : USERS.rolesMissing,
    };
    setLocal(problems);
    if (unitId && roles.length > 0) mutation.mutate(unitId);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={USERS.username}
          description={USERS.usernameHint}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={fieldError('username')}
          autoComplete="off"
          autoCapitalize="none"
          required
        />
        <TextInput
          label={USERS.fullName}
          description={USERS.fullNameHint}
          value={fullName}
          onChange={(e) => setFullName(e.currentTarget.value)}
          error={fieldError('fullName')}
          required
        />
        <PasswordInput
          label={USERS.password}
          description={USERS.passwordHint}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError('password')}
          autoComplete="new-password"
          required
        />
        <UnitSelect
          units={manageable}
          label={USERS.unit}
          description={USERS.unitHint}
          value={unitId}
          onChange={setUnitId}
          error={local.unit ?? fieldError('unitId')}
          required
        />
        <Checkbox.Group
          label={USERS.roles}
          description={USERS.rolesHint}
          value={roles}
          onChange={(v) => setRoles(v as Role[])}
          error={local.roles ?? fieldError('roles')}
          required
        >
          <Stack gap={6} mt="xs">
            {offered.map((r) => (
              <Checkbox key={r} value={r} label={ROLE_LABELS[r]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <ApiErrorAlert error={mutation.error} />
        <FormActions submitLabel={USERS.save} pending={mutation.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}
