import { type ComboboxItem, type OptionsFilter, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { compareVietnamese } from '../../core/vietnamese/collate.ts';
import { matchesSearch } from '../../core/vietnamese/fold.ts';
import type { Unit } from '../../shared/api/units.ts';

/** Diacritics do not matter when typing in a unit list: "cat hai" finds "Cát Hải". */
const foldFilter: OptionsFilter = ({ options, search }) =>
  (options as ComboboxItem[]).filter((o) => matchesSearch(o.label, search));

/** A searchable list of units, sorted in Vietnamese order. */
export function UnitSelect({
  units,
  ...props
}: { units: readonly Unit[] } & Omit<SelectProps, 'data' | 'filter'>) {
  const data = useMemo(
    () =>
      [...units]
        .sort((a, b) => compareVietnamese(a.fullName, b.fullName))
        .map((u) => ({ value: u.id, label: u.fullName })),
    [units],
  );
  return (
    <Select
      searchable
      data={data}
      filter={foldFilter}
      nothingFoundMessage="Không có đơn vị phù hợp"
      {...props}
    />
  );
}
