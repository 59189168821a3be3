/** The history page's filters as the records request, and its pages: pure, so tested alone. */
import type { RecordFilters } from '../../../api/awards.ts';

/** Records shown on one page. */
export const PAGE_SIZE = 50;

export type KindFilter = 'all' | 'individual' | 'collective';

export interface HistoryFilters {
  unit: string | null;
  /** A year as chosen in the list ("2025"), or null for every year. */
  year: string | null;
  formCode: string | null;
  kind: KindFilter;
  /** The search text, already trimmed and paused. */
  q: string;
  /** 1-based. */
  page: number;
}

/** The request for one page: unset filters are left out rather than sent empty. */
export function recordFilters(f: HistoryFilters): RecordFilters {
  return {
    unitId: f.unit ?? undefined,
    year: f.year ? Number(f.year) : undefined,
    formCode: f.formCode ?? undefined,
    kind: f.kind === 'all' ? undefined : f.kind,
    q: f.q || undefined,
    limit: PAGE_SIZE,
    offset: (f.page - 1) * PAGE_SIZE,
  };
}

/** How many pages the records fill; at least one, so "Trang 1/1" shows for none. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
