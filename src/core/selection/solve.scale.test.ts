/**
 * On pools of a real conference's size, the engine's answer has exactly the score of the plain model
 * (every candidate a binary, the whole integer programme solved by HiGHS with a zero gap).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeProblem, SCALES } from '../../../bench/selection-pool.ts';
import { highsInstance, runModel } from './highs.ts';
import { buildModel } from './model.ts';
import { resolveProblem } from './resolve.ts';
import { freeAndOnes, solveSelection, violationPenalty } from './solve.ts';
import type { SelectionProblem } from './types.ts';

async function plainObjective(problem: SelectionProblem): Promise<number> {
  const rp = resolveProblem(problem);
  const { free, ones } = freeAndOnes(rp);
  const built = buildModel(rp, free, ones, true, { penalty: violationPenalty(rp, free), scores: true });
  const out = runModel(await highsInstance(), built.model, 1e-9);
  assert.equal(out.statusName, 'optimal');
  let total = 0;
  for (const j of ones) total += rp.scores[j];
  free.forEach((j, c) => {
    if (out.colValue[c] > 0.5) total += rp.scores[j];
  });
  return total;
}

describe('the engine agrees with the plain model on conference-sized pools', () => {
  for (const seed of [11, 12, 13]) {
    for (const infeasible of [false, true]) {
      test(`300 candidates → 150 seats, seed ${seed}, ${infeasible ? 'infeasible' : 'feasible'} rules`, async () => {
        const problem = makeProblem(SCALES[0], infeasible, seed);
        const result = await solveSelection(problem);
        assert.equal(result.status, infeasible ? 'infeasible' : 'optimal');
        assert.equal(result.selected.length, 150);
        assert.ok(Math.abs(result.objective - (await plainObjective(problem))) < 1e-6);
        for (const q of result.quotas) if (!infeasible) assert.ok(q.met, `${q.column} ${q.value}`);
      });
    }
  }
});
