import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { useConferences } from '../../api/conferences.ts';
import { useSession } from '../../auth/session.tsx';
import { formatDate } from '../../components/format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { CreateConferenceModal } from './create-conference-modal.tsx';
import { CONFERENCES } from './labels.ts';

export function StatusBadge({ status }: { status: 'draft' | 'approved' }) {
  return <Tag tone={status === 'approved' ? 'teal' : 'gray'}>{CONFERENCES.status[status]}</Tag>;
}

export function ConferenceListPage() {
  const { can, units } = useSession();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') ?? undefined;
  const [creating, create] = useDisclosure(false);
  const query = useConferences(unitId);
  const rows = [...(query.data?.conferences ?? [])].sort(
    (a, b) =>
      b.year - a.year || compareVietnamese(a.unitName, b.unitName) || b.updatedAt.localeCompare(a.updatedAt),
  );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {CONFERENCES.title}
          </Title>
          <Text c="dimmed">{CONFERENCES.intro}</Text>
        </div>
        {can('conference.manage') && <Button onClick={create.open}>{CONFERENCES.create}</Button>}
      </Group>
      {unitId && (
        <Group gap="sm">
          <Text>{CONFERENCES.filteredBy(units.get(unitId)?.fullName ?? '')}</Text>
          <Button variant="subtle" onClick={() => setParams({})}>
            {CONFERENCES.clearFilter}
          </Button>
        </Group>
      )}
      {query.data ? (
        rows.length === 0 ? (
          <Paper withBorder p="lg">
            <Text>{CONFERENCES.empty}</Text>
          </Paper>
        ) : (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={860}>
              <Table striped highlightOnHover verticalSpacing="sm" aria-label={CONFERENCES.tableLabel}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{CONFERENCES.colName}</Table.Th>
                    <Table.Th>{CONFERENCES.colUnit}</Table.Th>
                    <Table.Th>{CONFERENCES.colYear}</Table.Th>
                    <Table.Th>{CONFERENCES.colDate}</Table.Th>
                    <Table.Th>{CONFERENCES.colDeadline}</Table.Th>
                    <Table.Th ta="right">{CONFERENCES.colMax}</Table.Th>
                    <Table.Th>{CONFERENCES.colStatus}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/conferences/${c.id}`} fw={600}>
                          {c.name}
                        </Anchor>
                        <Text size="sm" c="dimmed">
                          {c.nameLine2}
                        </Text>
                      </Table.Td>
                      <Table.Td>{c.unitName}</Table.Td>
                      <Table.Td>{c.year}</Table.Td>
                      <Table.Td>{formatDate(c.sessionDate)}</Table.Td>
                      <Table.Td>{formatDate(c.deadline)}</Table.Td>
                      <Table.Td ta="right">{c.maxDelegates}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={c.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )
      ) : (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      )}
      <CreateConferenceModal opened={creating} onClose={create.close} />
    </Stack>
  );
}
