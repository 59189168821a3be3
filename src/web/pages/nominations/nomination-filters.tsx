import { Button, Chip, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { NOMINATION_STATES } from '../../../core/nominations/types.ts';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import type { NominationListQuery, NominationListResponse } from '../../../shared/api/nominations.ts';
import type { ReferenceLists } from '../../api/nominations.ts';
import { useSession } from '../../auth/session.tsx';
import { referenceOptions } from '../../components/reference-select.tsx';
import { NOM, STATE_TEXT } from './labels.ts';
import type { FilterKey } from './use-nomination-filters.ts';

type Counts = NominationListResponse['counts'];
type Option = { value: string; label: string };

interface Props {
  filters: NominationListQuery;
  counts: Counts | undefined;
  reference: ReferenceLists | undefined;
  /** Organisers see every nominating unit; a unit sees only its own. */
  showUnits: boolean;
  onChange: (key: FilterKey, value: string | null) => void;
  onClear: () => void;
}

/** One row of choices where exactly one is on ("Tất cả" clears the filter); each shows its count. */
function ChipFilter({
  label,
  value,
  options,
  counts,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: Option[];
  counts: Record<string, number> | undefined;
  onChange: (value: string | null) => void;
}) {
  const id = useId();
  const total = Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
  return (
    <Group role="radiogroup" aria-labelledby={id} gap={6}>
      <Text id={id} size="sm" fw={700} mr={4}>
        {label}:
      </Text>
      <Chip type="radio" name={id} size="sm" checked={!value} onChange={() => onChange(null)}>
        {NOM.withCount(NOM.all, total)}
      </Chip>
      {options.map((o) => (
        <Chip
          key={o.value}
          type="radio"
          name={id}
          size="sm"
          checked={value === o.value}
          onChange={() => onChange(o.value)}
        >
          {NOM.withCount(o.label, counts?.[o.value])}
        </Chip>
      ))}
    </Group>
  );
}

/** A select whose options carry their counts; values with no nominations are left out unless chosen. */
function CountSelect(props: {
  label: string;
  value: string | undefined;
  options: Option[];
  counts: Record<string, number> | undefined;
  onChange: (value: string | null) => void;
}) {
  const data = props.options
    .filter((o) => (props.counts?.[o.value] ?? 0) > 0 || o.value === props.value)
    .map((o) => ({ value: o.value, label: NOM.withCount(o.label, props.counts?.[o.value]) }));
  return (
    <Select
      label={props.label}
      placeholder={NOM.all}
      data={data}
      value={props.value ?? null}
      onChange={props.onChange}
      clearable
      searchable
      nothingFoundMessage={NOM.emptyFiltered}
    />
  );
}

const entries = <K extends string>(o: Record<K, string>) =>
  (Object.entries(o) as Array<[K, string]>).map(([value, label]) => ({ value, label }));

/** Search facets: state, kind, gender, direct workers as chips; unit, field, sector, ethnic group as lists. */
export function NominationFilters({ filters, counts, reference, showUnits, onChange, onClear }: Props) {
  const { units } = useSession();
  const unitOptions = Object.keys(counts?.unit ?? {})
    .map((id) => ({ value: id, label: units.get(id)?.fullName ?? id }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
  const active = Object.entries(filters).some(([k, v]) => k !== 'q' && v !== undefined);
  return (
    <Stack gap="sm">
      <ChipFilter
        label={NOM.filterState}
        value={filters.state}
        options={NOMINATION_STATES.map((s) => ({ value: s, label: STATE_TEXT[s] }))}
        counts={counts?.state}
        onChange={(v) => onChange('state', v)}
      />
      <Group gap="sm" style={{ columnGap: 'var(--mantine-spacing-xl)' }} align="flex-start">
        <ChipFilter
          label={NOM.filterKind}
          value={filters.kind}
          options={entries(NOM.kind)}
          counts={counts?.kind}
          onChange={(v) => onChange('kind', v)}
        />
        <ChipFilter
          label={NOM.filterGender}
          value={filters.gender}
          options={entries(NOM.gender)}
          counts={counts?.gender}
          onChange={(v) => onChange('gender', v)}
        />
        <ChipFilter
          label={NOM.filterDirect}
          value={filters.directWorker}
          options={[
            { value: 'true', label: NOM.yes },
            { value: 'false', label: NOM.no },
          ]}
          counts={counts?.directWorker}
          onChange={(v) => onChange('directWorker', v)}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: showUnits ? 4 : 3 }}>
        {showUnits && (
          <CountSelect
            label={NOM.filterUnit}
            value={filters.unitId}
            options={unitOptions}
            counts={counts?.unit}
            onChange={(v) => onChange('unitId', v)}
          />
        )}
        <CountSelect
          label={NOM.filterField}
          value={filters.fieldCode}
          options={referenceOptions(reference?.field)}
          counts={counts?.field}
          onChange={(v) => onChange('fieldCode', v)}
        />
        <CountSelect
          label={NOM.filterSector}
          value={filters.sectorCode}
          options={referenceOptions(reference?.sector)}
          counts={counts?.sector}
          onChange={(v) => onChange('sectorCode', v)}
        />
        <CountSelect
          label={NOM.filterEthnic}
          value={filters.ethnicCode}
          options={referenceOptions(reference?.ethnic)}
          counts={counts?.ethnic}
          onChange={(v) => onChange('ethnicCode', v)}
        />
      </SimpleGrid>
      {active && (
        <Button variant="subtle" onClick={onClear} w="fit-content" px={0}>
          {NOM.clearFilters}
        </Button>
      )}
    </Stack>
  );
}
