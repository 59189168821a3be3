import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { AWARD_LEVEL_LABELS, latestForm } from '../../../../core/awards/catalogue.ts';
import { AWARD_FORM_LEVELS } from '../../../../core/awards/types.ts';
import { formatDayMonthYear } from '../../../../core/vietnamese/dates.ts';
import { matchesSearch } from '../../../../core/vietnamese/fold.ts';
import { formatDong, formatNumberVi } from '../../../../core/vietnamese/money.ts';
import type { AwardFormRecord } from '../../../../shared/api/awards-catalogue.ts';
import { useAwardForms, useBaseSalaries } from '../../../api/awards.ts';
import { useSession } from '../../../auth/session.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { moneyPerSubject } from '../shared/award-math.ts';
import { AuthorityTag, VerifyTag } from '../shared/form-parts.tsx';
import { stripRecord, today } from '../shared/use-catalogue.ts';
import { FormEditModal } from './form-edit-modal.tsx';
import { CAT } from './labels.ts';
import { LegalDocumentsTable } from './legal-documents-table.tsx';
import { SalaryTable } from './salary-table.tsx';

function Coefficients({
  form,
  salaries,
}: {
  form: AwardFormRecord;
  salaries: Parameters<typeof moneyPerSubject>[2];
}) {
  const date = today();
  const line = (who: string, coefficient: number | null, kind: 'individual' | 'collective') => {
    if (coefficient === null) return <Text size="sm">{CAT.noCoefficient(who)}</Text>;
    const money = moneyPerSubject(stripRecord(form), kind, salaries, date);
    return (
      <Text size="sm">
        {CAT.coefficient(who, formatNumberVi(coefficient), money === null ? '—' : formatDong(money))}
      </Text>
    );
  };
  return (
    <Stack gap={0}>
      {form.recipients.includes('individual') &&
        line(CAT.recipients.individual, form.coefficientIndividual, 'individual')}
      {form.recipients.some((r) => r !== 'individual') &&
        line(CAT.recipients.collective, form.coefficientCollective, 'collective')}
    </Stack>
  );
}

function NameCell({ form, all }: { form: AwardFormRecord; all: readonly AwardFormRecord[] }) {
  const names = form.requiresSameYear.map((c) => latestForm(all.map(stripRecord), c)?.name ?? c).join(', ');
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Text fw={700}>{form.name}</Text>
        <VerifyTag verified={form.verified} />
      </Group>
      <Text size="sm" c="gray.8">
        {CAT.category[form.category]} · {AWARD_LEVEL_LABELS[form.level]}
      </Text>
      <Text size="sm">{form.recipients.map((r) => CAT.recipients[r]).join(', ')}</Text>
      {names && <Text size="sm">{CAT.requires(names)}</Text>}
    </Stack>
  );
}

function LawCell({ form }: { form: AwardFormRecord }) {
  return (
    <Stack gap={2}>
      <Text size="sm">{form.legalBasis}</Text>
      <Text size="sm" fw={600}>
        {CAT.validity(
          formatDayMonthYear(form.effectiveFrom),
          form.effectiveTo ? formatDayMonthYear(form.effectiveTo) : null,
        )}
      </Text>
    </Stack>
  );
}

/** "Danh mục khen thưởng": every title and form with its level, authority, money and law; the base salary. */
export function CataloguePage() {
  const { can, rootUnitId } = useSession();
  const isAdmin = rootUnitId !== null && can('reference.manage', rootUnitId);
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  const formsQuery = useAwardForms();
  const salariesQuery = useBaseSalaries();
  const [search, setSearch] = useState('');
  const [level, setLevel] = useState<string | null>(null);
  const [onlyCurrent, setOnlyCurrent] = useState(true);
  const [editing, setEditing] = useState<AwardFormRecord | null>(null);
  const all = formsQuery.data?.forms ?? [];
  const salaries = salariesQuery.data?.salaries ?? [];
  const date = today();

  const shown = useMemo(
    () =>
      all.filter(
        (f) =>
          (!onlyCurrent || (f.effectiveFrom <= date && (f.effectiveTo === null || f.effectiveTo >= date))) &&
          (level === null || f.level === level) &&
          (search.trim() === '' || matchesSearch(`${f.name} ${f.authority} ${f.legalBasis}`, search)),
      ),
    [all, onlyCurrent, level, search, date],
  );
  const unverified = shown.filter((f) => !f.verified).length;
  const salaryToday = salaries
    .filter((s) => s.effectiveFrom <= date)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];

  if (!formsQuery.data || !salariesQuery.data)
    return (
      <QueryState
        isPending={formsQuery.isPending || salariesQuery.isPending}
        error={formsQuery.error ?? salariesQuery.error}
        onRetry={() => {
          void formsQuery.refetch();
          void salariesQuery.refetch();
        }}
      />
    );

  const edit = (f: AwardFormRecord) =>
    isAdmin ? (
      <Button
        size="compact-sm"
        variant="default"
        onClick={() => setEditing(f)}
        aria-label={CAT.editLabel(f.name, formatDayMonthYear(f.effectiveFrom))}
      >
        {CAT.edit}
      </Button>
    ) : null;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {CAT.title}
        </Title>
        <Text maw={960} mt={4}>
          {CAT.intro}
        </Text>
        {!isAdmin && (
          <Text size="sm" c="gray.8" mt={4}>
            {CAT.readOnly}
          </Text>
        )}
      </div>
      {unverified > 0 && (
        <Alert color="orange" variant="light">
          {CAT.unverifiedNote}
        </Alert>
      )}
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
          <TextInput
            type="search"
            label={CAT.search}
            placeholder={CAT.searchPlaceholder}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Select
            label={CAT.level}
            placeholder={CAT.allLevels}
            data={AWARD_FORM_LEVELS.map((l) => ({ value: l, label: AWARD_LEVEL_LABELS[l] }))}
            value={level}
            onChange={setLevel}
            clearable
            clearButtonProps={{ 'aria-label': CAT.allLevels }}
          />
          <Switch
            mt={{ md: 30 }}
            label={CAT.onlyCurrent}
            checked={onlyCurrent}
            onChange={(e) => setOnlyCurrent(e.currentTarget.checked)}
          />
        </SimpleGrid>
      </Paper>
      <div>
        <Text fw={600} role="status">
          {CAT.count(shown.length, all.length)}
        </Text>
        {salaryToday && <Text size="sm">{CAT.moneyToday(formatDong(salaryToday.amount))}</Text>}
      </div>
      {shown.length === 0 ? (
        <Paper withBorder p="md">
          <Text>{CAT.empty}</Text>
        </Paper>
      ) : isPhone ? (
        <Stack gap="sm" component="ul" p={0} m={0} aria-label={CAT.tableLabel}>
          {shown.map((f) => (
            <Paper
              key={`${f.code}@${f.effectiveFrom}`}
              withBorder
              p="sm"
              component="li"
              style={{ listStyle: 'none' }}
            >
              <Stack gap={6}>
                <NameCell form={f} all={all} />
                <Group gap={6}>
                  <Text size="sm">{f.authority}</Text>
                  <AuthorityTag form={f} />
                </Group>
                <Coefficients form={f} salaries={salaries} />
                {f.comesWith && <Text size="sm">{f.comesWith}</Text>}
                <LawCell form={f} />
                {edit(f)}
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Paper withBorder style={{ overflowX: 'auto' }} tabIndex={0}>
          <Table striped verticalSpacing="sm" aria-label={CAT.tableLabel}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="24%">{CAT.colName}</Table.Th>
                <Table.Th w="18%">{CAT.colAuthority}</Table.Th>
                <Table.Th w="20%">{CAT.colMoney}</Table.Th>
                <Table.Th w="12%">{CAT.colComesWith}</Table.Th>
                <Table.Th>{CAT.colLaw}</Table.Th>
                {isAdmin && <Table.Th w={70}>{CAT.colEdit}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((f) => (
                <Table.Tr key={`${f.code}@${f.effectiveFrom}`}>
                  <Table.Td>
                    <NameCell form={f} all={all} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Text size="sm">{f.authority}</Text>
                      <AuthorityTag form={f} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Coefficients form={f} salaries={salaries} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{f.comesWith || '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <LawCell form={f} />
                  </Table.Td>
                  {isAdmin && <Table.Td>{edit(f)}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <SalaryTable salaries={salaries} version={salariesQuery.data.version} canEdit={isAdmin} />
      <LegalDocumentsTable canEdit={isAdmin} />
      {isAdmin && <FormEditModal form={editing} all={all} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
