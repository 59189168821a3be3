/** The composition a conference starts with, from the plan (Kế hoạch) targets. */
import { DEFAULT_SCORE_WEIGHTS } from './score.ts';
import type { CompositionSettings, DelegateRule, ScoreWeights } from './types.ts';

function copyWeights(w: ScoreWeights): ScoreWeights {
  return { ...w, award: { ...w.award } };
}

/**
 * The plan's defaults: all seats of the plan; exemplary delegates exactly `exemplaryShare` percent of
 * the seats, rounded to the nearest person (the plan's "khoảng 70%" as an exact split the official can loosen); at least 30% women and 30%
 * direct workers; at least one ethnic minority delegate; at least one delegate of every field,
 * economic sector and former unit in the pool; nobody locked in or left out; the default weights.
 */
export function defaultComposition(conf: {
  maxDelegates: number;
  exemplaryShare: number;
}): Omit<CompositionSettings, 'version'> {
  // A count, not a share: 70% of 155 seats is 108,5, and a share as both bounds would round apart.
  const exemplary = Math.round((conf.exemplaryShare / 100) * conf.maxDelegates);
  const rules: DelegateRule[] = [
    { column: 'category', value: 'dien_hinh', min: exemplary, max: exemplary },
    { column: 'gender', value: 'nu', minShare: 0.3 },
    { column: 'direct_worker', value: '1', minShare: 0.3 },
    { column: 'minority', value: 'thieu_so', min: 1 },
    { column: 'field', each: true, min: 1 },
    { column: 'sector', each: true, min: 1 },
    { column: 'former_unit', each: true, min: 1 },
  ];
  return {
    seats: conf.maxDelegates,
    rules,
    include: [],
    exclude: [],
    weights: copyWeights(DEFAULT_SCORE_WEIGHTS),
  };
}
