import {
  ActionIcon,
  Box,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { baseSalaryOn } from '../../../../core/awards/money.ts';
import type { BaseSalary } from '../../../../core/awards/types.ts';
import { formatDayMonthYear } from '../../../../core/vietnamese/dates.ts';
import { formatDong } from '../../../../core/vietnamese/money.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import { ApiError } from '../../../api/client.ts';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { DateField } from '../../../components/form/fields.tsx';
import { Tag } from '../../../components/tag.tsx';
import { VerifyTag } from '../shared/form-parts.tsx';
import { today } from '../shared/use-catalogue.ts';
import { CAT } from './labels.ts';

const S = CAT.salary;

interface Row {
  amount: number | '';
  effectiveFrom: string | null;
  legalBasis: string;
  verified: boolean;
}

function currentOf(salaries: readonly BaseSalary[]): BaseSalary | null {
  try {
    return baseSalaryOn(salaries, today());
  } catch {
    return null;
  }
}

/** The base salary (mức lương cơ sở) with its start dates; the city's administrator replaces the table. */
export function SalaryTable({
  salaries,
  version,
  canEdit,
}: {
  salaries: readonly BaseSalary[];
  /** The version of the table as read; a save names it and a stale save answers 409. */
  version: number;
  canEdit: boolean;
}) {
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [conflict, setConflict] = useState(false);
  const save = useMutation({
    mutationFn: (body: BaseSalary[]) => awardApi.replaceSalaries({ salaries: body, version }),
    onSuccess: (saved) => {
      queryClient.setQueryData(awardKeys.salaries, saved);
      setRows(null);
      notifications.show({ color: 'teal', message: S.saved });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) setConflict(true);
    },
  });
  const isConflict = save.error instanceof ApiError && save.error.isConflict;
  async function reloadLatest() {
    setConflict(false);
    save.reset();
    setRows(null);
    await queryClient.invalidateQueries({ queryKey: awardKeys.salaries });
  }
  const current = currentOf(salaries);
  const sorted = [...salaries].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const set = (i: number, patch: Partial<Row>) =>
    setRows((rs) => (rs ?? []).map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <Stack gap="sm" component="section" aria-labelledby="vd-salary-title">
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={() => void reloadLatest()}
      />
      <Title order={2} size="h3" id="vd-salary-title">
        {S.title}
      </Title>
      <Text size="sm">{S.intro}</Text>
      {rows === null ? (
        <Paper withBorder maw={900} style={{ overflowX: 'auto' }} tabIndex={0}>
          <Table striped verticalSpacing="xs" aria-label={S.tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{S.colAmount}</Table.Th>
                <Table.Th>{S.colFrom}</Table.Th>
                <Table.Th>{S.colBasis}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((s) => (
                <Table.Tr key={s.effectiveFrom}>
                  <Table.Td>
                    <Group gap={6}>
                      <Text fw={700}>{formatDong(s.amount)}</Text>
                      {current?.effectiveFrom === s.effectiveFrom && <Tag tone="teal">{S.current}</Tag>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{formatDayMonthYear(s.effectiveFrom)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <Text size="sm">{s.legalBasis}</Text>
                      <VerifyTag verified={s.verified} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : (
        <Paper withBorder p="sm" maw={1000}>
          <Stack gap="xs">
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no identity yet
              <Group key={i} gap="xs" align="flex-end" wrap="wrap">
                <NumberInput
                  label={S.amount(i + 1)}
                  value={r.amount}
                  onChange={(v) => set(i, { amount: typeof v === 'number' ? v : '' })}
                  thousandSeparator="."
                  decimalSeparator=","
                  suffix=" đ"
                  allowDecimal={false}
                  min={0}
                  w={200}
                />
                <Box w={200}>
                  <DateField
                    text={[S.from(i + 1), '']}
                    value={r.effectiveFrom}
                    onChange={(v) => set(i, { effectiveFrom: v })}
                  />
                </Box>
                <TextInput
                  label={S.basis(i + 1)}
                  value={r.legalBasis}
                  onChange={(e) => set(i, { legalBasis: e.currentTarget.value })}
                  style={{ flex: 1, minWidth: 200 }}
                />
                <Checkbox
                  label={S.verified(i + 1)}
                  checked={r.verified}
                  onChange={(e) => set(i, { verified: e.currentTarget.checked })}
                  mb={8}
                />
                <ActionIcon
                  variant="subtle"
                  c="red.9"
                  aria-label={S.remove(i + 1)}
                  title={S.remove(i + 1)}
                  onClick={() => setRows((rs) => (rs ?? []).filter((_, j) => j !== i))}
                  disabled={rows.length <= 1}
                  mb={6}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              w="fit-content"
              onClick={() =>
                setRows((rs) => [
                  ...(rs ?? []),
                  { amount: '', effectiveFrom: null, legalBasis: '', verified: false },
                ])
              }
            >
              {S.add}
            </Button>
            <ApiErrorAlert error={isConflict ? null : save.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRows(null)}>
                {S.cancel}
              </Button>
              <Button
                loading={save.isPending}
                onClick={() =>
                  save.mutate(
                    rows.map((r) => ({
                      amount: r.amount === '' ? 0 : r.amount,
                      effectiveFrom: r.effectiveFrom ?? '',
                      legalBasis: r.legalBasis.trim(),
                      verified: r.verified,
                    })),
                  )
                }
              >
                {S.save}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {canEdit && rows === null && (
        <Button
          variant="default"
          w="fit-content"
          onClick={() =>
            setRows(
              sorted.map((s) => ({
                amount: s.amount,
                effectiveFrom: s.effectiveFrom,
                legalBasis: s.legalBasis,
                verified: s.verified,
              })),
            )
          }
        >
          {S.edit}
        </Button>
      )}
    </Stack>
  );
}
