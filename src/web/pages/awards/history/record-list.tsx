import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDong } from '../../../../core/vietnamese/money.ts';
import type { AwardRecordView } from '../../../../shared/api/award-records.ts';
import { formatDate } from '../../../components/format.ts';
import { Tag } from '../../../components/tag.tsx';
import { HIS } from './labels.ts';

const decisionText = (r: AwardRecordView) =>
  HIS.decision(r.decisionNumber || '—', r.decisionDate ? formatDate(r.decisionDate) : '');

function SourceTag({ record }: { record: AwardRecordView }) {
  const tone = record.source === 'decision' ? 'teal' : record.source === 'import' ? 'gold' : 'gray';
  return <Tag tone={tone}>{HIS.source[record.source]}</Tag>;
}

function Actions({
  record,
  onEdit,
  onRemove,
}: {
  record: AwardRecordView;
  onEdit: (r: AwardRecordView) => void;
  onRemove: (r: AwardRecordView) => void;
}) {
  if (record.source === 'decision')
    return (
      <Text size="xs" c="gray.8">
        {HIS.readOnly}
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => onEdit(record)}
        aria-label={HIS.editLabel(record.name, record.year)}
      >
        {HIS.edit}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        c="red.9"
        onClick={() => onRemove(record)}
        aria-label={HIS.removeLabel(record.name, record.year)}
      >
        {HIS.remove}
      </Button>
    </Group>
  );
}

/** The records as a table on a laptop and as cards on a phone; a name opens that person's whole history. */
export function RecordList({
  records,
  canEdit,
  onPerson,
  onEdit,
  onRemove,
}: {
  records: AwardRecordView[];
  canEdit: boolean;
  onPerson: (r: AwardRecordView) => void;
  onEdit: (r: AwardRecordView) => void;
  onRemove: (r: AwardRecordView) => void;
}) {
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  if (records.length === 0)
    return (
      <Paper withBorder p="md">
        <Text>{HIS.empty}</Text>
      </Paper>
    );
  const name = (r: AwardRecordView) => (
    <Anchor
      component="button"
      type="button"
      fw={600}
      ta="left"
      onClick={() => onPerson(r)}
      aria-label={HIS.history(r.name)}
    >
      {r.name}
    </Anchor>
  );
  if (isPhone)
    return (
      <Stack gap="sm" component="ul" p={0} m={0} aria-label={HIS.tableLabel}>
        {records.map((r) => (
          <Paper key={r.id} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
            <Stack gap={4}>
              <Group gap={6}>
                <Text fw={700}>{r.year}</Text>
                {name(r)}
              </Group>
              <Text size="sm">{r.position || r.unitName}</Text>
              <Text size="sm" fw={600}>
                {r.formName}
              </Text>
              {r.achievement && <Text size="sm">{r.achievement}</Text>}
              <Text size="sm">
                {decisionText(r)}
                {r.amount !== null && ` · ${formatDong(r.amount)}`}
              </Text>
              <SourceTag record={r} />
              {canEdit && <Actions record={r} onEdit={onEdit} onRemove={onRemove} />}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Paper withBorder style={{ overflowX: 'auto' }} tabIndex={0}>
      <Table striped verticalSpacing="xs" aria-label={HIS.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>{HIS.colYear}</Table.Th>
            <Table.Th w="22%">{HIS.colName}</Table.Th>
            <Table.Th w="14%">{HIS.colForm}</Table.Th>
            <Table.Th>{HIS.colAchievement}</Table.Th>
            <Table.Th w={150}>{HIS.colDecision}</Table.Th>
            <Table.Th w={110} ta="right">
              {HIS.colAmount}
            </Table.Th>
            <Table.Th w={120}>{HIS.colSource}</Table.Th>
            {canEdit && <Table.Th w={150}>{HIS.colActions}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {records.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.year}</Table.Td>
              <Table.Td>
                {name(r)}
                <Text size="xs" c="gray.8">
                  {r.position || r.unitName}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.formName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={3}>
                  {r.achievement}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{decisionText(r)}</Text>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {r.amount === null ? '—' : formatDong(r.amount)}
              </Table.Td>
              <Table.Td>
                <SourceTag record={r} />
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Actions record={r} onEdit={onEdit} onRemove={onRemove} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
