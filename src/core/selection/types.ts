/**
 * The selection engine's input and output: choose exactly `seats` candidates with the highest total
 * score such that every quota holds. Plain data, shared by the CLI (`vinhdanh select`), the server
 * and the benchmark. See docs/rules/delegate-selection.md.
 */

/** One candidate; `attributes` are text (a list for multi-valued fields such as priority areas). */
export interface SelectionCandidate {
  id: string;
  score: number;
  attributes: Readonly<Record<string, string | readonly string[]>>;
}

/**
 * A bound on how many selected candidates have `column` = `value` (or, with `each`, every distinct
 * non-empty value of `column` in the pool). Shares are of `seats`: a minimum rounds up, a maximum down.
 */
export interface QuotaRule {
  column: string;
  value?: string;
  each?: boolean;
  min?: number;
  max?: number;
  minShare?: number;
  maxShare?: number;
}

export interface SelectionProblem {
  seats: number;
  candidates: readonly SelectionCandidate[];
  quotas: readonly QuotaRule[];
  /** Locked in: always selected. */
  include?: readonly string[];
  /** Left out: never selected. */
  exclude?: readonly string[];
}

/** One resolved bound: a rule with `each` gives one per value; `index` is the rule's position. */
export interface QuotaOutcome {
  index: number;
  column: string;
  value: string;
  /** Resolved counts (shares already turned into counts); null = no bound on that side. */
  min: number | null;
  max: number | null;
  count: number;
  met: boolean;
}

/** A bound to loosen so that a list exists: `required` is the rule's bound, `achieved` the best count. */
export interface Relaxation {
  index: number;
  column: string;
  value: string;
  bound: 'min' | 'max';
  required: number;
  achieved: number;
}

/**
 * Why a candidate who scores higher than someone selected was left out. `at_max`: selecting them
 * would break the maximum of the listed outcomes; `keeps_minimum`: every lower-scored selected
 * candidate is needed for the minimum of one of the listed outcomes; `excluded`: left out by hand.
 * `quotas` are positions in `SelectionResult.quotas`.
 */
export interface Explanation {
  id: string;
  score: number;
  reason: 'at_max' | 'keeps_minimum' | 'excluded';
  quotas: number[];
}

export interface SelectionResult {
  status: 'optimal' | 'infeasible';
  /** Ids in pool order; for an infeasible problem, the best list under the minimal relaxation. */
  selected: string[];
  objective: number;
  quotas: QuotaOutcome[];
  /** Infeasible only: the smallest total shortfall/excess (each delegate counts 1). */
  violation?: number;
  relaxation?: Relaxation[];
  explanations: Explanation[];
  ms: number;
}
