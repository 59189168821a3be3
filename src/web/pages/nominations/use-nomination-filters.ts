import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { NominationListQuery } from '../../../shared/api/nominations.ts';

/** The filters of the list, in the order the server takes them; each is one search parameter. */
export const FILTER_KEYS = [
  'state',
  'kind',
  'gender',
  'directWorker',
  'unitId',
  'fieldCode',
  'sectorCode',
  'ethnicCode',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The search text and filters live in the address, so a filtered list can be bookmarked or sent, and
 * "Xuất Excel" exports exactly what is on screen.
 */
export function useNominationFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const out: Record<string, string> = {};
    const q = params.get('q');
    if (q) out.q = q;
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) out[key] = value;
    }
    return out as NominationListQuery;
  }, [params]);

  const setParam = useCallback(
    (key: FilterKey | 'q' | 'open', value: string | null) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: key !== 'open' },
      ),
    [setParams],
  );

  const clear = useCallback(
    () =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const key of [...FILTER_KEYS, 'q']) next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const activeCount = FILTER_KEYS.filter((k) => filters[k] !== undefined).length;
  return { filters, setParam, clear, activeCount, openId: params.get('open') };
}
