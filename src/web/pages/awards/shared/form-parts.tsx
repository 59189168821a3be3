import { Group, Paper, Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { AWARD_LEVEL_LABELS } from '../../../../core/awards/catalogue.ts';
import type { AwardForm, BaseSalary } from '../../../../core/awards/types.ts';
import { matchesSearch } from '../../../../core/vietnamese/fold.ts';
import { formatDong } from '../../../../core/vietnamese/money.ts';
import { Tag } from '../../../components/tag.tsx';
import { AW } from '../labels.ts';
import { moneyPerSubject } from './award-math.ts';

/** "cần kiểm tra" on values taken from a source nobody has checked against the official text. */
export function VerifyTag({ verified }: { verified: boolean }) {
  return verified ? null : <Tag tone="orange">{AW.form.unverified}</Tag>;
}

/** "đề nghị lên thành phố" on forms the commune's chairman cannot confer. */
export function AuthorityTag({ form }: { form: Pick<AwardForm, 'conferredByCommune'> }) {
  return form.conferredByCommune ? (
    <Tag tone="teal">{AW.form.commune}</Tag>
  ) : (
    <Tag tone="grape">{AW.form.toCity}</Tag>
  );
}

/** "710.000 đ/cá nhân · 1.410.000 đ/tập thể", or "không có tiền thưởng". */
export function moneyLine(form: AwardForm, salaries: readonly BaseSalary[], isoDate: string): string {
  const parts: string[] = [];
  const person = moneyPerSubject(form, 'individual', salaries, isoDate);
  const group = moneyPerSubject(form, 'collective', salaries, isoDate);
  if (person !== null) parts.push(`${formatDong(person)}/${AW.kind.individual.toLocaleLowerCase('vi')}`);
  if (group !== null) parts.push(`${formatDong(group)}/${AW.kind.collective.toLocaleLowerCase('vi')}`);
  return parts.length > 0 ? parts.join(' · ') : AW.form.noMoney;
}

/** The chosen form in full: level, who confers it, money per person, what comes with it, the law. */
export function FormSummary({
  form,
  salaries,
  isoDate,
}: {
  form: AwardForm;
  salaries: readonly BaseSalary[];
  isoDate: string;
}) {
  return (
    <Paper withBorder p="sm" bg="gray.0" aria-label={AW.form.summary(form.name)} component="section">
      <Stack gap={4}>
        <Group gap={6}>
          <Text fw={700}>{form.name}</Text>
          <AuthorityTag form={form} />
          <VerifyTag verified={form.verified} />
        </Group>
        <Text size="sm">
          {AWARD_LEVEL_LABELS[form.level]} · {AW.form.authority}: {form.authority}
        </Text>
        <Text size="sm">
          {AW.form.money}: <b>{moneyLine(form, salaries, isoDate)}</b>
        </Text>
        {form.comesWith && (
          <Text size="sm">
            {AW.form.comesWith}: {form.comesWith}
          </Text>
        )}
        {form.requiresSameYear.length > 0 && <Text size="sm">{AW.form.requires}</Text>}
        <Text size="xs" c="gray.8">
          {AW.form.legalBasis}: {form.legalBasis}
        </Text>
        {!form.conferredByCommune && (
          <Text size="sm" c="grape.9">
            {AW.form.toCityHint}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** A searchable list of titles and forms (without diacritics), each with its level, authority and money. */
export function FormSelect({
  forms,
  salaries,
  isoDate,
  ...props
}: {
  forms: readonly AwardForm[];
  salaries: readonly BaseSalary[];
  isoDate: string;
} & Omit<SelectProps, 'data' | 'filter' | 'renderOption'>) {
  const byCode = useMemo(() => new Map(forms.map((f) => [f.code, f])), [forms]);
  const data = useMemo(() => {
    const groups = new Map<string, Array<{ value: string; label: string }>>();
    for (const f of forms) {
      const group = AWARD_LEVEL_LABELS[f.level];
      groups.set(group, [...(groups.get(group) ?? []), { value: f.code, label: f.name }]);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [forms]);
  return (
    <Select
      searchable
      data={data}
      filter={({ options, search }) =>
        options
          .map((g) =>
            'items' in g ? { ...g, items: g.items.filter((o) => matchesSearch(o.label, search)) } : g,
          )
          .filter((g) => !('items' in g) || g.items.length > 0)
      }
      nothingFoundMessage={AW.form.nothingFound}
      maxDropdownHeight={420}
      renderOption={({ option }) => {
        const f = byCode.get(option.value);
        if (!f) return option.label;
        return (
          <Stack gap={0}>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {f.name}
              </Text>
              {!f.conferredByCommune && (
                <Text span size="xs" c="grape.9" fw={600}>
                  ({AW.form.toCity})
                </Text>
              )}
              {!f.verified && (
                <Text span size="xs" c="orange.9" fw={600}>
                  ({AW.form.unverified})
                </Text>
              )}
            </Group>
            <Text size="xs" c="gray.8">
              {f.authority} · {moneyLine(f, salaries, isoDate)}
            </Text>
          </Stack>
        );
      }}
      {...props}
    />
  );
}
