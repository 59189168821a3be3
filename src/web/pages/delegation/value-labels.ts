import { useMemo } from 'react';
import { candidateAttributes } from '../../../core/delegation/attributes.ts';
import {
  DELEGATE_CATEGORY_LABELS,
  referenceValueLabeler,
  type ValueLabeler,
  valueLabel,
} from '../../../core/delegation/labels.ts';
import {
  DELEGATE_CATEGORIES,
  type DelegateCandidate,
  type DelegateColumn,
} from '../../../core/delegation/types.ts';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { useReferenceLists } from '../../api/nominations.ts';
import { useSession } from '../../auth/session.tsx';

/** Values every pool may count even when no candidate has them yet. */
const FIXED_VALUES: Partial<Record<DelegateColumn, string[]>> = {
  category: [...DELEGATE_CATEGORIES],
  kind: ['individual', 'collective'],
  gender: ['nam', 'nu'],
  minority: ['thieu_so', 'kinh'],
  direct_worker: ['1', '0'],
};

/** The label of a column's value, from the reference lists and the unit names the user can see. */
export function useValueLabeler(candidates: readonly DelegateCandidate[] | undefined) {
  const reference = useReferenceLists().data;
  const { units } = useSession();
  return useMemo(() => {
    const names: Record<string, string> = {};
    for (const u of units.values()) names[u.id] = u.fullName;
    for (const c of candidates ?? [])
      if (c.nominatingUnitId) names[c.nominatingUnitId] = c.nominatingUnitName;
    const base = referenceValueLabeler(reference ?? {}, names);
    const label: ValueLabeler = (column, value) => valueLabel(column, value, base);
    return label;
  }, [reference, units, candidates]);
}

/** The values a rule on `column` can name: the fixed ones, then those found among the candidates. */
export function valueOptions(
  column: DelegateColumn,
  candidates: readonly DelegateCandidate[],
  label: ValueLabeler,
): Array<{ value: string; label: string }> {
  const values = new Set(FIXED_VALUES[column] ?? []);
  for (const c of candidates) {
    const v = candidateAttributes(c)[column];
    for (const one of Array.isArray(v) ? v : [v]) if (one !== '') values.add(one);
  }
  const options = [...values].map((value) => ({ value, label: label(column, value) }));
  return FIXED_VALUES[column] ? options : options.sort((a, b) => compareVietnamese(a.label, b.label));
}

/** "Điển hình tiên tiến", "Khách mời", "Lãnh đạo các cấp, các ngành". */
export const CATEGORY_LABELS = DELEGATE_CATEGORY_LABELS;
