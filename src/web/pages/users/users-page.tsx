import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { sortByGivenName } from '../../../core/vietnamese/collate.ts';
import { ROLE_LABELS } from '../../../shared/api/roles.ts';
import { useUsers } from '../../api/users.ts';
import { useSession } from '../../auth/session.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { UnitSelect } from '../../components/unit-select.tsx';
import { USERS } from './labels.ts';
import { type UserAction, UserActionModal } from './user-actions.tsx';
import { UserFormModal } from './user-form-modal.tsx';

export function UsersPage() {
  const { units, can, user: me } = useSession();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [adding, add] = useDisclosure(false);
  const [action, setAction] = useState<UserAction | null>(null);
  const query = useUsers(unitId);
  const scopeUnits = useMemo(
    () => [...units.values()].filter((u) => u.inScope && can('user.manage', u.id)),
    [units, can],
  );
  const rows = sortByGivenName(query.data?.users ?? [], (u) => u.fullName);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {USERS.title}
          </Title>
          <Text c="dimmed">{USERS.intro}</Text>
        </div>
        <Button onClick={add.open}>{USERS.add}</Button>
      </Group>
      <UnitSelect
        units={scopeUnits}
        label={USERS.filterUnit}
        description={USERS.filterUnitHint}
        value={unitId}
        onChange={setUnitId}
        clearable
        maw={480}
      />
      {!query.data ? (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      ) : rows.length === 0 ? (
        <Text>{USERS.empty}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="sm" aria-label={USERS.tableLabel}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{USERS.colName}</Table.Th>
                  <Table.Th>{USERS.colUsername}</Table.Th>
                  <Table.Th>{USERS.colUnit}</Table.Th>
                  <Table.Th>{USERS.colRoles}</Table.Th>
                  <Table.Th>{USERS.colStatus}</Table.Th>
                  <Table.Th>{USERS.colActions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td fw={600}>{u.fullName}</Table.Td>
                    <Table.Td>
                      <code>{u.username}</code>
                    </Table.Td>
                    <Table.Td>{u.unitName}</Table.Td>
                    <Table.Td>
                      {u.roles.map((g) => (
                        <Text key={`${g.role}:${g.unitId}`} size="sm">
                          {ROLE_LABELS[g.role]}
                          {g.unitId !== u.unitId && ` — ${g.unitName}`}
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Tag tone={u.active ? 'teal' : 'gray'}>{u.active ? USERS.active : USERS.inactive}</Tag>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setAction({ kind: 'password', user: u })}
                          aria-label={`${USERS.resetPassword}: ${u.fullName}`}
                        >
                          {USERS.resetPassword}
                        </Button>
                        {u.id !== me.id && (
                          <Button
                            size="xs"
                            variant="default"
                            c={u.active ? 'red.9' : undefined}
                            onClick={() => setAction({ kind: 'toggle', user: u })}
                            aria-label={`${u.active ? USERS.deactivate : USERS.activate}: ${u.fullName}`}
                          >
                            {u.active ? USERS.deactivate : USERS.activate}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <UserFormModal opened={adding} onClose={add.close} />
      <UserActionModal action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}
