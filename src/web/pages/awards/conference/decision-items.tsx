import { ActionIcon, Alert, Box, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDayMonthYear } from '../../../../core/vietnamese/dates.ts';
import { amountInWords, formatDong, formatNumberVi } from '../../../../core/vietnamese/money.ts';
import type { UnverifiedValueView } from '../../../../shared/api/award-decisions.ts';
import { AW } from '../labels.ts';
import type { MoneyPreview } from '../shared/award-math.ts';
import type { DecisionItemView } from './decision-draft.ts';
import { isUnverifiedCoefficient } from './unverified-values.ts';

const I = AW.decisionItems;

export interface PricedLine {
  item: DecisionItemView;
  achievement: string;
  coefficient: number | null;
  amount: number | null;
}

/** "Mức lương cơ sở 2.340.000 đ (từ 01/07/2024, Nghị định 73/2024/NĐ-CP)". */
export function SalaryLine({ preview, baseSalary }: { preview: MoneyPreview | null; baseSalary: number }) {
  const salary = preview?.salary;
  return (
    <Text size="sm">
      {salary
        ? I.salary(formatDong(salary.amount), formatDayMonthYear(salary.effectiveFrom), salary.legalBasis)
        : I.salaryPlain(formatDong(baseSalary))}
    </Text>
  );
}

/** The total in figures and in words, as under the attached list. */
export function TotalBox({ total, words }: { total: number; words?: string }) {
  return (
    <Paper withBorder p="sm" bg="gold.0" role="status" aria-label={I.totalLabel}>
      <Text fw={700} size="lg">
        {I.total}: {formatDong(total)}
      </Text>
      <Text fs="italic">
        {I.inWords}: {words ?? amountInWords(total)}
      </Text>
    </Paper>
  );
}

/** The attached list: who, position and unit, achievement (editable in a draft), coefficient, amount. */
export function DecisionItems({
  lines,
  unverified = [],
  editable,
  onAchievement,
  onRemove,
  preview,
}: {
  lines: PricedLine[];
  /** Values not confirmed yet: their coefficients are marked "cần kiểm tra". */
  unverified?: readonly UnverifiedValueView[];
  editable: boolean;
  onAchievement: (id: string, text: string) => void;
  onRemove: (id: string) => void;
  preview: MoneyPreview | null;
}) {
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  const money = (n: number | null) => (n === null ? '—' : formatDong(n));
  const mark = (line: PricedLine) =>
    isUnverifiedCoefficient(unverified, line.item.subject.kind, line.coefficient) ? (
      <Text span size="xs" fw={700} c="#8a3b00" style={{ whiteSpace: 'nowrap' }}>
        {' '}
        ({I.unverifiedMark})
      </Text>
    ) : null;
  const achievement = (line: PricedLine, i: number) =>
    editable ? (
      <Textarea
        size="xs"
        aria-label={I.achievementOf(i + 1, line.item.subject.name)}
        value={line.achievement}
        onChange={(e) => onAchievement(line.item.id, e.currentTarget.value)}
        autosize
        minRows={1}
        maxRows={6}
        error={line.achievement.trim() === '' ? I.achievementEmpty : undefined}
      />
    ) : (
      <Text size="sm">{line.achievement}</Text>
    );
  const remove = (line: PricedLine) =>
    editable && lines.length > 1 ? (
      <ActionIcon
        variant="subtle"
        c="red.9"
        aria-label={I.remove(line.item.subject.name)}
        title={I.remove(line.item.subject.name)}
        onClick={() => onRemove(line.item.id)}
      >
        ×
      </ActionIcon>
    ) : null;

  return (
    <Stack gap="xs">
      {preview?.problem && (
        <Alert color="red" variant="light" role="alert">
          {preview.problem}
        </Alert>
      )}
      {isPhone ? (
        <Stack gap="xs" component="ol" p={0} m={0} aria-label={I.label}>
          {lines.map((line, i) => (
            <Paper key={line.item.id} withBorder p="xs" component="li" style={{ listStyle: 'none' }}>
              <Box style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Text fw={600}>
                  {i + 1}. {line.item.subject.name}
                </Text>
                {remove(line)}
              </Box>
              <Text size="sm">{line.item.subject.position || line.item.subject.unitName}</Text>
              {achievement(line, i)}
              <Text size="sm" fw={700} mt={4}>
                {I.amountLine(
                  line.coefficient === null ? '—' : formatNumberVi(line.coefficient),
                  money(line.amount),
                )}
                {mark(line)}
              </Text>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Paper withBorder style={{ overflowX: 'auto' }} tabIndex={0}>
          <Table striped verticalSpacing="xs" aria-label={I.label}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={50}>{I.colNumber}</Table.Th>
                <Table.Th w={220}>{I.colName}</Table.Th>
                <Table.Th w={220}>{I.colPosition}</Table.Th>
                <Table.Th>{I.colAchievement}</Table.Th>
                <Table.Th w={90} ta="right">
                  {I.colCoefficient}
                </Table.Th>
                <Table.Th w={120} ta="right">
                  {I.colAmount}
                </Table.Th>
                {editable && <Table.Th w={44}>{I.colRemove}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line, i) => (
                <Table.Tr key={line.item.id}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {line.item.subject.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{line.item.subject.position || line.item.subject.unitName}</Text>
                  </Table.Td>
                  <Table.Td>{achievement(line, i)}</Table.Td>
                  <Table.Td ta="right">
                    {line.coefficient === null ? '—' : formatNumberVi(line.coefficient)}
                    {mark(line)}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(line.amount)}
                  </Table.Td>
                  {editable && <Table.Td>{remove(line)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
