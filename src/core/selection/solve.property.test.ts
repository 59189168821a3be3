/**
 * Property tests of the selection engine against brute force on small random pools: the engine's
 * list has the smallest possible violation and, among those, the highest score; every rule it calls
 * met is met; no single swap improves an optimal list; locks and exclusions hold; same input, same list.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { solveSelection } from './solve.ts';
import type { QuotaRule, SelectionCandidate, SelectionProblem } from './types.ts';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COLUMNS: Record<string, string[]> = {
  gender: ['Nam', 'Nữ'],
  field: ['Nông nghiệp', 'Ngư nghiệp', 'Giáo dục', 'Y tế'],
  direct: ['1', '0'],
};

function randomProblem(seed: number): SelectionProblem {
  const r = random(seed);
  const n = 7 + Math.floor(r() * 6);
  const seats = 2 + Math.floor(r() * (n - 3));
  const candidates: SelectionCandidate[] = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    score: Math.floor(r() * 8) + (r() < 0.5 ? 0.5 : 0),
    attributes: Object.fromEntries(
      Object.entries(COLUMNS).map(([col, values]) => [col, values[Math.floor(r() * values.length)]]),
    ),
  }));
  const quotas: QuotaRule[] = [];
  const ruleCount = 1 + Math.floor(r() * 4);
  for (let k = 0; k < ruleCount; k++) {
    const column = Object.keys(COLUMNS)[Math.floor(r() * 3)];
    const each = r() < 0.25;
    const rule: QuotaRule = each
      ? { column, each: true }
      : { column, value: COLUMNS[column][Math.floor(r() * COLUMNS[column].length)] };
    const kind = r();
    if (kind < 0.4) rule.min = Math.floor(r() * (each ? 2 : seats));
    else if (kind < 0.6) rule.max = Math.floor(r() * seats);
    else if (kind < 0.8) rule.minShare = Math.round(r() * 60) / 100;
    else rule.maxShare = Math.round(r() * 80) / 100;
    quotas.push(rule);
  }
  const include = r() < 0.3 ? [candidates[0].id] : [];
  const exclude = r() < 0.3 ? [candidates[n - 1].id] : [];
  return { seats, candidates, quotas, include, exclude };
}

/** Every subset of size `seats`: the lexicographic best (violation, then score). */
function bruteForce(
  p: SelectionProblem,
  rows: { members: Set<string>; min: number | null; max: number | null }[],
) {
  const ids = p.candidates.map((c) => c.id);
  const score = new Map(p.candidates.map((c) => [c.id, c.score]));
  let best = { violation: Number.POSITIVE_INFINITY, score: Number.NEGATIVE_INFINITY };
  const pick: string[] = [];
  const walk = (from: number) => {
    if (pick.length === p.seats) {
      let violation = 0;
      for (const row of rows) {
        const count = pick.filter((id) => row.members.has(id)).length;
        if (row.min !== null && count < row.min) violation += row.min - count;
        if (row.max !== null && count > row.max) violation += count - row.max;
      }
      const total = pick.reduce((s, id) => s + (score.get(id) ?? 0), 0);
      if (violation < best.violation || (violation === best.violation && total > best.score + 1e-9))
        best = { violation, score: total };
      return;
    }
    for (let i = from; i < ids.length; i++) {
      if (p.exclude?.includes(ids[i])) continue;
      if (ids.length - i < p.seats - pick.length) break;
      pick.push(ids[i]);
      walk(i + 1);
      pick.pop();
    }
  };
  const locked = p.include ?? [];
  // Locked-in candidates come first in the pool (position 0), so the walk can force them.
  if (locked.length) {
    pick.push(locked[0]);
    walk(1);
  } else walk(0);
  return best;
}

describe('selection engine against brute force', () => {
  let checked = 0;
  for (let seed = 1; seed <= 60; seed++) {
    test(`random pool ${seed}`, async (t) => {
      const p = randomProblem(seed);
      let result: Awaited<ReturnType<typeof solveSelection>>;
      try {
        result = await solveSelection(p);
      } catch (e) {
        // Inconsistent rules are input errors; the brute force has nothing to compare.
        assert.equal((e as { code?: string }).code, 'VALIDATION');
        t.diagnostic(`input error: ${(e as Error).message}`);
        return;
      }
      checked++;
      const rows = result.quotas.map((q) => ({
        members: new Set(p.candidates.filter((c) => c.attributes[q.column] === q.value).map((c) => c.id)),
        min: q.min,
        max: q.max,
      }));
      const best = bruteForce(p, rows);
      const chosen = new Set(result.selected);
      assert.equal(chosen.size, p.seats, 'exactly the seats');
      assert.equal(result.violation ?? 0, best.violation, 'smallest violation');
      assert.equal(result.status, best.violation === 0 ? 'optimal' : 'infeasible');
      assert.ok(Math.abs(result.objective - best.score) < 1e-9, `score ${result.objective} = ${best.score}`);
      for (const id of p.include ?? []) assert.ok(chosen.has(id), 'locked in');
      for (const id of p.exclude ?? []) assert.ok(!chosen.has(id), 'left out');
      result.quotas.forEach((q, i) => {
        const count = [...rows[i].members].filter((id) => chosen.has(id)).length;
        assert.equal(q.count, count, 'reported count is the real count');
        const met = (q.min === null || count >= q.min) && (q.max === null || count <= q.max);
        assert.equal(q.met, met, 'met means met');
      });
      if (result.status === 'optimal') {
        // No single swap keeps every rule and raises the score.
        const score = new Map(p.candidates.map((c) => [c.id, c.score]));
        for (const out of p.candidates) {
          if (chosen.has(out.id) || p.exclude?.includes(out.id)) continue;
          for (const inId of chosen) {
            if (p.include?.includes(inId)) continue;
            const swapped = new Set(chosen);
            swapped.delete(inId);
            swapped.add(out.id);
            const ok = rows.every((row) => {
              const c = [...row.members].filter((id) => swapped.has(id)).length;
              return (row.min === null || c >= row.min) && (row.max === null || c <= row.max);
            });
            if (ok) assert.ok((score.get(out.id) ?? 0) <= (score.get(inId) ?? 0) + 1e-9, 'a swap improves');
          }
        }
      }
      const again = await solveSelection(p);
      assert.deepEqual(again.selected, result.selected, 'same input, same list');
    });
  }
  test('most random pools were real comparisons, not input errors', () => {
    assert.ok(checked >= 40, `only ${checked} of 60 pools were compared`);
  });
});
