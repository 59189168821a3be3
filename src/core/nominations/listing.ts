/**
 * In-memory listing of a conference's nominations: accent-insensitive search, exact filters, the
 * Vietnamese name order and the counts shown beside each filter.
 */

import { compareByGivenName, compareVietnamese } from '../vietnamese/collate.ts';
import { matchesSearch } from '../vietnamese/fold.ts';
import type { Nomination, NominationKind, NominationState } from './types.ts';

/** The fields the listing reads; any richer record (a stored nomination, an API record) fits. */
export type ListedNomination = Pick<
  Nomination,
  | 'kind'
  | 'name'
  | 'number'
  | 'nominatingUnitId'
  | 'position'
  | 'achievements'
  | 'fieldCode'
  | 'sectorCode'
  | 'gender'
  | 'ethnicCode'
  | 'directWorker'
  | 'state'
> & { nominatingUnitName: string };

/** The parsed list query (same shape as nominationListQuerySchema); absent keys do not filter. */
export interface NominationListFilter {
  q?: string;
  unitId?: string;
  kind?: NominationKind;
  fieldCode?: string;
  sectorCode?: string;
  gender?: 'nam' | 'nu';
  ethnicCode?: string;
  directWorker?: 'true' | 'false';
  state?: NominationState;
}

/** The exact filters: query key → the record's value as a string (null when the record has none). */
const FILTERS = {
  unitId: (n: ListedNomination) => n.nominatingUnitId,
  kind: (n: ListedNomination) => n.kind,
  fieldCode: (n: ListedNomination) => n.fieldCode,
  sectorCode: (n: ListedNomination) => n.sectorCode,
  gender: (n: ListedNomination) => n.gender,
  ethnicCode: (n: ListedNomination) => n.ethnicCode,
  directWorker: (n: ListedNomination) => String(n.directWorker),
  state: (n: ListedNomination) => n.state,
} as const satisfies Record<Exclude<keyof NominationListFilter, 'q'>, (n: ListedNomination) => string | null>;

type FilterKey = keyof typeof FILTERS;

/** The name of each count group in the API response, per filter. */
const COUNT_NAMES = {
  unitId: 'unit',
  kind: 'kind',
  fieldCode: 'field',
  sectorCode: 'sector',
  gender: 'gender',
  ethnicCode: 'ethnic',
  directWorker: 'directWorker',
  state: 'state',
} as const satisfies Record<FilterKey, string>;

/** Counts per filter value, e.g. { gender: { nam: 12, nu: 8 }, directWorker: { true: 9, false: 11 } }. */
export type NominationCounts = Record<(typeof COUNT_NAMES)[FilterKey], Record<string, number>>;

/**
 * Whether a nomination matches the search text: every word of `q` occurs, ignoring case and marks, in
 * its name, unit name, position or achievements ("hau" finds "Nguyễn Văn Hậu").
 */
export function matchesText(n: ListedNomination, q: string | undefined): boolean {
  if (!q) return true;
  return matchesSearch([n.name, n.nominatingUnitName, n.position, n.achievements].join('\n'), q);
}

/** The nominations matching the search text and every exact filter given; the order is kept. */
export function filterNominations<T extends ListedNomination>(
  list: readonly T[],
  query: NominationListFilter,
): T[] {
  const active = (Object.keys(FILTERS) as FilterKey[]).filter((k) => query[k] !== undefined);
  return list.filter((n) => matchesText(n, query.q) && active.every((k) => FILTERS[k](n) === query[k]));
}

/**
 * The order of Vietnamese lists of honours: collectives first ("Tập thể", then "Cá nhân"), collectives by
 * their whole name, individuals by given name, then middle and family names; ties by number.
 */
export function sortNominations<T extends ListedNomination>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === 'collective' ? -1 : 1;
    const byName =
      a.kind === 'collective' ? compareVietnamese(a.name, b.name) : compareByGivenName(a.name, b.name);
    return byName || a.number - b.number;
  });
}

/**
 * How many nominations each filter value would give, counted after the text search `q` but before the
 * other filters, so every choice shows its own number; records without a value (a collective's gender)
 * are not counted.
 */
export function countByFilters(
  list: readonly ListedNomination[],
  query: { q?: string } = {},
): NominationCounts {
  const counts = Object.fromEntries(Object.values(COUNT_NAMES).map((name) => [name, {}])) as NominationCounts;
  for (const n of list) {
    if (!matchesText(n, query.q)) continue;
    for (const key of Object.keys(FILTERS) as FilterKey[]) {
      const value = FILTERS[key](n);
      if (value === null) continue;
      const group = counts[COUNT_NAMES[key]];
      group[value] = (group[value] ?? 0) + 1;
    }
  }
  return counts;
}
