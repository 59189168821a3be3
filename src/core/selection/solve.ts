/**
 * The selection engine: exactly `seats` candidates with the highest total score meeting every rule,
 * proved optimal. When no list meets every rule: the smallest total violation, then the highest score.
 *
 * Method (docs/rules/delegate-selection.md): solve the linear relaxation once; its reduced costs d_j
 * bound every list: score(x) ≤ Z_LP − Σ|d_j|·|x_j − x*_j|. Candidates whose |d_j| exceeds the gap
 * between Z_LP and the best list found cannot change in any better list, so the exact integer
 * programme is solved only over the "core" of the remaining candidates, and the bound proves that its
 * optimum is the optimum of the whole problem. The core grows until the proof holds.
 */
import type { Highs } from 'highs';
import { explainExclusions } from './explain.ts';
import { highsInstance, type ModelOutcome, runModel } from './highs.ts';
import { buildModel, type Elastic } from './model.ts';
import { type ResolvedProblem, resolveProblem } from './resolve.ts';
import type { QuotaOutcome, Relaxation, SelectionProblem, SelectionResult } from './types.ts';

interface Solved {
  /** 1 = selected, per candidate position. */
  chosen: Uint8Array;
}

/** Numerical slack of the proof: far below any difference of scores written with a few decimals. */
function tolerance(objective: number): number {
  return 1e-9 * Math.max(1, Math.abs(objective));
}

export function freeAndOnes(rp: ResolvedProblem): { free: Int32Array; ones: number[] } {
  const free: number[] = [];
  const ones: number[] = [];
  rp.fixed.forEach((f, j) => {
    if (f === 1) ones.push(j);
    else if (f === 0) free.push(j);
  });
  return { free: Int32Array.from(free), ones };
}

/** The k-th smallest value (0-based) of `a`, or +∞ when k is past the end. */
function kthSmallest(a: Float64Array, k: number): number {
  if (k >= a.length) return Number.POSITIVE_INFINITY;
  return Float64Array.from(a).sort()[k];
}

/**
 * A penalty per unit of violation larger than any difference in total score between two lists, so
 * that the penalised optimum has the smallest violation first and the highest score among those.
 */
export function violationPenalty(rp: ResolvedProblem, free: Int32Array): number {
  const scores = Float64Array.from(free, (j) => rp.scores[j]).sort();
  let range = 0;
  const k = Math.min(rp.seats, scores.length);
  for (let i = 0; i < k; i++) range += scores[scores.length - 1 - i] - scores[i];
  return Math.max(1, Math.ceil(range + 1));
}

interface LpSolution {
  objective: number;
  /** Per free candidate (position in `free`): LP value and |reduced cost|. */
  value: Float64Array;
  absDual: Float64Array;
  /** Total shortfall/excess of the relaxation's optimum (a lower bound for any list). */
  violation: number;
}

/** The candidates the relaxation starts from: the best scores overall and in every row with a minimum. */
function startingColumns(rp: ResolvedProblem, free: Int32Array): Uint8Array {
  const n = free.length;
  const order = Array.from(free.keys()).sort((a, b) => rp.scores[free[b]] - rp.scores[free[a]] || a - b);
  const inSet = new Uint8Array(n);
  for (let i = 0; i < Math.min(n, 2 * rp.seats); i++) inSet[order[i]] = 1;
  const wanted = rp.rows.map((row) => (row.min === null ? 0 : 2 * row.min + 10));
  for (const c of order) {
    for (const r of rp.rowsOf[free[c]]) {
      if (wanted[r] > 0) {
        wanted[r]--;
        inSet[c] = 1;
      }
    }
  }
  return inSet;
}

/**
 * The linear relaxation by column generation: start from the likely candidates, then add every
 * candidate whose reduced cost says it would improve the objective, until none would. The result is
 * the optimum of the full relaxation, with the reduced cost of every candidate.
 */
function solveRelaxation(
  highs: Highs,
  rp: ResolvedProblem,
  free: Int32Array,
  ones: number[],
  elastic: Elastic,
): LpSolution {
  const n = free.length;
  const inSet = startingColumns(rp, free);
  const tol = 1e-9 * Math.max(1, elastic.penalty);
  for (;;) {
    const cols: number[] = [];
    inSet.forEach((x, c) => {
      if (x) cols.push(c);
    });
    const built = buildModel(
      rp,
      Int32Array.from(cols, (c) => free[c]),
      ones,
      false,
      elastic,
    );
    const lp = runModel(highs, built.model);
    if (lp.status !== 'optimal')
      throw new Error(`Bộ giải không giải được bài toán nới lỏng (${lp.statusName}).`);
    const y = lp.rowDual;
    const value = new Float64Array(n);
    const dual = new Float64Array(n);
    const entering: number[] = [];
    for (let c = 0; c < n; c++) {
      const j = free[c];
      let d = rp.scores[j] - y[0];
      for (const r of rp.rowsOf[j]) d -= y[1 + r];
      dual[c] = d;
      if (!inSet[c] && d > tol) entering.push(c);
    }
    cols.forEach((c, k) => {
      value[c] = lp.colValue[k];
    });
    if (entering.length === 0) {
      let violation = 0;
      for (let k = cols.length; k < lp.colValue.length; k++) violation += lp.colValue[k];
      return { objective: lp.objective, value, absDual: dual.map(Math.abs), violation };
    }
    entering.sort((a, b) => dual[b] - dual[a] || a - b);
    for (const c of entering.slice(0, Math.max(1000, rp.seats))) inSet[c] = 1;
  }
}

/** The exact optimum of the penalised problem by the reduced-cost core argument. */
function solveByCore(highs: Highs, rp: ResolvedProblem): Solved {
  const { free, ones } = freeAndOnes(rp);
  const elastic: Elastic = { penalty: violationPenalty(rp, free), scores: true };
  const lp = solveRelaxation(highs, rp, free, ones, elastic);
  const tol = tolerance(lp.objective);
  const n = free.length;
  const { absDual, value: lpValue } = lp;
  let delta = kthSmallest(absDual, Math.min(n - 1, 2 * (rp.rows.length + 1) + 100));
  for (;;) {
    const inCore: number[] = [];
    const coreOnes = [...ones];
    let minOutside = Number.POSITIVE_INFINITY;
    for (let c = 0; c < n; c++) {
      const x = lpValue[c];
      const fractional = x > 1e-6 && x < 1 - 1e-6;
      if (fractional || absDual[c] <= delta + tol) inCore.push(free[c]);
      else {
        minOutside = Math.min(minOutside, absDual[c]);
        if (x > 0.5) coreOnes.push(free[c]);
      }
    }
    const built = buildModel(rp, Int32Array.from(inCore), coreOnes, true, elastic);
    const mip: ModelOutcome = runModel(highs, built.model, Math.min(1e-6, tol));
    if (mip.status !== 'optimal') throw new Error(`Bộ giải dừng bất thường (${mip.statusName}).`);
    let fixedScore = 0;
    for (let k = ones.length; k < coreOnes.length; k++) fixedScore += rp.scores[coreOnes[k]];
    const gap = lp.objective - (mip.objective + fixedScore);
    let violation = 0;
    for (let k = inCore.length; k < mip.colValue.length; k++) violation += mip.colValue[k];
    if (violation > Math.ceil(lp.violation - 1e-6) + 1e-6 && inCore.length < n) {
      // The core cannot even meet the rules as well as the relaxation: widen it before proving.
      delta = Math.max(delta * 4, tol * 10);
      continue;
    }
    if (minOutside >= gap - tol || inCore.length === n) {
      const chosen = new Uint8Array(rp.ids.length);
      for (const j of coreOnes) chosen[j] = 1;
      inCore.forEach((j, c) => {
        if (mip.colValue[c] > 0.5) chosen[j] = 1;
      });
      return { chosen };
    }
    delta = gap + tol;
  }
}

function outcomes(rp: ResolvedProblem, chosen: Uint8Array): QuotaOutcome[] {
  return rp.rows.map((row) => {
    let count = 0;
    for (const j of row.members) count += chosen[j];
    const met = (row.min === null || count >= row.min) && (row.max === null || count <= row.max);
    return { index: row.index, column: row.column, value: row.value, min: row.min, max: row.max, count, met };
  });
}

function relaxations(quotas: readonly QuotaOutcome[]): Relaxation[] {
  const out: Relaxation[] = [];
  for (const q of quotas) {
    if (q.min !== null && q.count < q.min)
      out.push({
        index: q.index,
        column: q.column,
        value: q.value,
        bound: 'min',
        required: q.min,
        achieved: q.count,
      });
    if (q.max !== null && q.count > q.max)
      out.push({
        index: q.index,
        column: q.column,
        value: q.value,
        bound: 'max',
        required: q.max,
        achieved: q.count,
      });
  }
  return out;
}

/** Chooses the list; throws DomainError('VALIDATION') for inconsistent input. */
export async function solveSelection(problem: SelectionProblem): Promise<SelectionResult> {
  const started = performance.now();
  const rp = resolveProblem(problem);
  const highs = await highsInstance();
  const { chosen } = solveByCore(highs, rp);
  const quotas = outcomes(rp, chosen);
  const relaxation = relaxations(quotas);
  const violation = relaxation.reduce((sum, r) => sum + Math.abs(r.required - r.achieved), 0);
  const selected: string[] = [];
  let objective = 0;
  chosen.forEach((x, j) => {
    if (x) {
      selected.push(rp.ids[j]);
      objective += rp.scores[j];
    }
  });
  if (selected.length !== rp.seats)
    throw new Error(`Danh sách có ${selected.length} người thay vì ${rp.seats}.`);
  const explanations = explainExclusions(rp, chosen, quotas);
  const ms = Math.round((performance.now() - started) * 10) / 10;
  objective = Math.round(objective * 1e9) / 1e9;
  if (relaxation.length === 0) return { status: 'optimal', selected, objective, quotas, explanations, ms };
  return { status: 'infeasible', selected, objective, quotas, violation, relaxation, explanations, ms };
}

/** The rules counted on a given list (ids not in the pool are ignored). */
export function evaluateQuotas(problem: SelectionProblem, selected: readonly string[]): QuotaOutcome[] {
  const rp = resolveProblem(problem, true);
  const position = new Map(rp.ids.map((id, j) => [id, j]));
  const chosen = new Uint8Array(rp.ids.length);
  for (const id of selected) {
    const j = position.get(id);
    if (j !== undefined) chosen[j] = 1;
  }
  return outcomes(rp, chosen);
}
