import { Box, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { formatDong } from '../../../../core/vietnamese/money.ts';
import type { AwardRecordView } from '../../../../shared/api/award-records.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import { ApiError } from '../../../api/client.ts';
import { formatDate } from '../../../components/format.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { HIS } from './labels.ts';

/** A person's (or collective's) awards, oldest first: year, form, decision, money. */
export function HistoryTable({ records, label }: { records: readonly AwardRecordView[]; label: string }) {
  const sorted = [...records].sort(
    (a, b) => a.year - b.year || (a.decisionDate ?? '').localeCompare(b.decisionDate ?? ''),
  );
  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0}>
      <Table striped verticalSpacing={4} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{HIS.colYear}</Table.Th>
            <Table.Th>{HIS.colForm}</Table.Th>
            <Table.Th>{HIS.colDecision}</Table.Th>
            <Table.Th ta="right">{HIS.colAmount}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.year}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {r.formName}
                </Text>
                {r.achievement && (
                  <Text size="xs" c="gray.8">
                    {r.achievement}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {HIS.decision(r.decisionNumber || '—', r.decisionDate ? formatDate(r.decisionDate) : '')}
                </Text>
                {r.issuer && (
                  <Text size="xs" c="gray.8">
                    {r.issuer}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {r.amount === null ? '—' : formatDong(r.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

/** "Lịch sử khen thưởng: <name>" in a dialog, from the records list. */
export function PersonHistory({ record, onClose }: { record: AwardRecordView | null; onClose: () => void }) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const query = useQuery({
    queryKey: awardKeys.subjectHistory(record?.subjectKey),
    queryFn: () => awardApi.records({ subjectKey: record?.subjectKey, limit: 500 }),
    enabled: record !== null,
  });
  const records = query.data?.records ?? [];
  const total = records.reduce((s, r) => s + (r.amount ?? 0), 0);
  return (
    <Modal
      opened={record !== null}
      onClose={onClose}
      title={record ? HIS.person.title(record.name) : ''}
      size="xl"
      fullScreen={isPhone}
    >
      {record && (
        <Stack gap="sm">
          <Text size="sm">{HIS.person.intro}</Text>
          <Text size="sm" c="gray.8">
            {record.position || record.unitName}
            {record.birthYear ? ` · ${record.birthYear}` : ''}
          </Text>
          {query.data ? (
            records.length === 0 ? (
              <Text>{HIS.person.empty}</Text>
            ) : (
              <>
                <Text fw={600}>{HIS.person.total(records.length, formatDong(total))}</Text>
                <HistoryTable records={records} label={HIS.person.title(record.name)} />
              </>
            )
          ) : (
            <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
          )}
        </Stack>
      )}
    </Modal>
  );
}

/** The "Lịch sử khen thưởng" section of a nomination: nothing when the user may not read the history. */
export function NominationAwardHistory({ nominationId }: { nominationId: string }) {
  const query = useQuery({
    queryKey: awardKeys.nominationHistory(nominationId),
    queryFn: () => awardApi.nominationHistory(nominationId),
    retry: false,
  });
  if (query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404))
    return null;
  return (
    <Box component="section" aria-labelledby={`vd-aw-nh-${nominationId}`}>
      <Title order={3} size="h5" mb="xs" c="brand.9" id={`vd-aw-nh-${nominationId}`}>
        {HIS.nomination.title}
      </Title>
      <Paper withBorder p="sm">
        <Text size="sm" mb="xs">
          {HIS.nomination.intro}
        </Text>
        {query.data ? (
          query.data.records.length === 0 ? (
            <Text size="sm">{HIS.nomination.empty}</Text>
          ) : (
            <HistoryTable records={query.data.records} label={HIS.nomination.label} />
          )
        ) : (
          <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
        )}
      </Paper>
    </Box>
  );
}
