/**
 * Why someone who scores higher than a selected candidate was left out. In an optimal list no single
 * swap (them in, a lower-scored selected candidate out) is allowed, so every such swap breaks a rule:
 * either a row of theirs is at its maximum (and the other is not in it), or the other belongs to a row
 * at its minimum (that they are not in). For an infeasible problem the bounds are the relaxed ones.
 */
import type { ResolvedProblem } from './resolve.ts';
import type { Explanation, QuotaOutcome } from './types.ts';

/** At most this many left-out candidates are explained (the highest-scoring first). */
export const MAX_EXPLANATIONS = 500;

export function explainExclusions(
  rp: ResolvedProblem,
  chosen: Uint8Array,
  quotas: readonly QuotaOutcome[],
): Explanation[] {
  const n = rp.ids.length;
  // Lower-scored selected candidates who could be swapped out (not locked in), lowest first.
  const swappable: number[] = [];
  for (let j = 0; j < n; j++) if (chosen[j] && rp.fixed[j] !== 1) swappable.push(j);
  swappable.sort((a, b) => rp.scores[a] - rp.scores[b] || a - b);
  if (swappable.length === 0) return [];
  const lowest = rp.scores[swappable[0]];
  const tol = 1e-9 * Math.max(1, Math.abs(lowest));

  const atMax = quotas.map((q) => q.max !== null && q.count >= Math.max(q.max, 0));
  const atMin = quotas.map((q) => q.min !== null && q.count <= q.min);

  const outside: number[] = [];
  for (let j = 0; j < n; j++) if (!chosen[j] && rp.scores[j] > lowest + tol) outside.push(j);
  outside.sort((a, b) => rp.scores[b] - rp.scores[a] || a - b);

  const explanations: Explanation[] = [];
  const inRow = new Uint8Array(rp.rows.length);
  for (const e of outside.slice(0, MAX_EXPLANATIONS)) {
    if (rp.fixed[e] === -1) {
      explanations.push({ id: rp.ids[e], score: rp.scores[e], reason: 'excluded', quotas: [] });
      continue;
    }
    const mine = rp.rowsOf[e];
    for (const r of mine) inRow[r] = 1;
    const fullRows = Array.from(mine).filter((r) => atMax[r]);
    const maxUsed = new Set<number>();
    const minUsed = new Set<number>();
    let allByMax = true;
    for (const c of swappable) {
      if (rp.scores[c] >= rp.scores[e] - tol) break;
      const theirs = rp.rowsOf[c];
      const blockingMax = fullRows.find((r) => !theirs.includes(r));
      if (blockingMax !== undefined) {
        maxUsed.add(blockingMax);
        continue;
      }
      allByMax = false;
      for (const r of theirs) if (!inRow[r] && atMin[r]) minUsed.add(r);
    }
    for (const r of mine) inRow[r] = 0;
    const reason = allByMax ? 'at_max' : 'keeps_minimum';
    const rows = [...(allByMax ? maxUsed : minUsed)].sort((a, b) => a - b);
    explanations.push({ id: rp.ids[e], score: rp.scores[e], reason, quotas: rows });
  }
  return explanations;
}
