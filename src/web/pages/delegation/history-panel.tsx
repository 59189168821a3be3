import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ListSummary } from '../../../shared/api/delegation.ts';
import { delegateApi, delegationKeys, type ListFormat } from '../../api/delegation.ts';
import { formatDateTime } from '../../components/format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { DEL } from './labels.ts';

const H = DEL.history;
const FORMATS: Array<[ListFormat, string]> = [
  ['xlsx', H.excel],
  ['docx', H.word],
  ['pdf', H.pdf],
];

function Downloads({ conferenceId, number }: { conferenceId: string; number: number }) {
  return (
    <Group gap={6} wrap="nowrap">
      {FORMATS.map(([format, name]) => (
        <Button
          key={format}
          component="a"
          href={delegateApi.exportUrl(conferenceId, number, format)}
          download
          variant="default"
          size="compact-sm"
          aria-label={H.downloadLabel(number, name)}
        >
          {name}
        </Button>
      ))}
    </Group>
  );
}

/** "Lịch sử phiên bản": every approved list, newest first, each downloadable as Excel, Word or PDF. */
export function HistoryPanel({ conferenceId }: { conferenceId: string }) {
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  const query = useQuery({
    queryKey: delegationKeys.lists(conferenceId),
    queryFn: () => delegateApi.lists(conferenceId),
  });
  const lists = query.data?.lists ?? [];
  const latest = lists.reduce((m, l) => Math.max(m, l.number), 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="vd-history-title">
      <Title order={3} size="h4" id="vd-history-title">
        {H.title}
      </Title>
      {!query.data ? (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      ) : lists.length === 0 ? (
        <Paper withBorder p="md">
          <Text>{H.none}</Text>
        </Paper>
      ) : isPhone ? (
        <Stack gap="sm" component="ul" aria-label={H.tableLabel} p={0} m={0}>
          {lists.map((l) => (
            <Paper key={l.number} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
              <Stack gap={4}>
                <Group gap="xs">
                  <Text fw={700}>{H.number(l.number)}</Text>
                  {l.number === latest && <Tag tone="teal">{H.current}</Tag>}
                </Group>
                <Text size="sm">
                  {l.approvedByName} · {formatDateTime(l.approvedAt)} · {l.delegateCount} {DEL.charts.people}
                </Text>
                {l.note && <Text size="sm">{l.note}</Text>}
                <Downloads conferenceId={conferenceId} number={l.number} />
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Paper withBorder>
          <Table striped verticalSpacing="sm" aria-label={H.tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={120}>{H.colNumber}</Table.Th>
                <Table.Th>{H.colWho}</Table.Th>
                <Table.Th w={150}>{H.colWhen}</Table.Th>
                <Table.Th w={110} ta="right">
                  {H.colCount}
                </Table.Th>
                <Table.Th>{H.colNote}</Table.Th>
                <Table.Th w={220}>{H.colDownload}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lists.map((l: ListSummary) => (
                <Table.Tr key={l.number}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={700}>{l.number}</Text>
                      {l.number === latest && <Tag tone="teal">{H.current}</Tag>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{l.approvedByName}</Table.Td>
                  <Table.Td>{formatDateTime(l.approvedAt)}</Table.Td>
                  <Table.Td ta="right">{l.delegateCount}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{l.note}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Downloads conferenceId={conferenceId} number={l.number} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
