import {
  type ComboboxItem,
  MultiSelect,
  type MultiSelectProps,
  type OptionsFilter,
  Select,
  type SelectProps,
} from '@mantine/core';
import { useMemo } from 'react';
import { matchesSearch } from '../../core/vietnamese/fold.ts';
import type { ReferenceItem } from '../../shared/api/nominations.ts';

/** Active items in the administrator's order; a value already chosen stays even when retired. */
export function referenceOptions(items: readonly ReferenceItem[] | undefined, keep: readonly string[] = []) {
  return [...(items ?? [])]
    .filter((i) => i.active || keep.includes(i.code))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((i) => ({ value: i.code, label: i.label }));
}

/** The label of a code, or the code itself when the list does not know it. */
export function referenceLabel(items: readonly ReferenceItem[] | undefined, code: string | null): string {
  if (!code) return '';
  return items?.find((i) => i.code === code)?.label ?? code;
}

/** Typing "muong" or an alias ("Mán" for Dao) finds the item; diacritics do not matter. */
function aliasFilter(items: readonly ReferenceItem[] | undefined): OptionsFilter {
  const words = new Map((items ?? []).map((i) => [i.code, [i.label, ...i.aliases].join(' | ')]));
  return ({ options, search }) =>
    (options as ComboboxItem[]).filter((o) => matchesSearch(words.get(o.value) ?? o.label, search));
}

type ItemsProp = { items: readonly ReferenceItem[] | undefined };

/** One value from a reference list, searchable by label and aliases. */
export function ReferenceSelect({
  items,
  value,
  ...props
}: ItemsProp & Omit<SelectProps, 'data' | 'filter'>) {
  const data = useMemo(() => referenceOptions(items, value ? [value] : []), [items, value]);
  const filter = useMemo(() => aliasFilter(items), [items]);
  return (
    <Select
      searchable
      data={data}
      filter={filter}
      value={value}
      nothingFoundMessage="Không có mục phù hợp"
      {...props}
    />
  );
}

/** Several values from a reference list. */
export function ReferenceMultiSelect({
  items,
  value,
  ...props
}: ItemsProp & Omit<MultiSelectProps, 'data' | 'filter'>) {
  const data = useMemo(() => referenceOptions(items, value ?? []), [items, value]);
  const filter = useMemo(() => aliasFilter(items), [items]);
  return (
    <MultiSelect
      searchable
      data={data}
      filter={filter}
      value={value}
      nothingFoundMessage="Không có mục phù hợp"
      {...props}
    />
  );
}
