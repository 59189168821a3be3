/**
 * Selection benchmark (`npm run bench:selection`): the engine of src/core/selection against a plain
 * HiGHS model of the same problem (one binary per candidate, the whole integer programme with the
 * same violation penalty, zero gap) at three scales, feasible and infeasible. Writes its section of
 * bench/RESULTS.md with the machine and the date.
 */
import os from 'node:os';
import { highsInstance, runModel } from '../src/core/selection/highs.ts';
import { buildModel } from '../src/core/selection/model.ts';
import { resolveProblem } from '../src/core/selection/resolve.ts';
import { freeAndOnes, solveSelection, violationPenalty } from '../src/core/selection/solve.ts';
import type { SelectionProblem } from '../src/core/selection/types.ts';
import { writeSection } from './results-file.ts';
import { makeProblem, SCALES } from './selection-pool.ts';

const TARGETS_MS = [100, 300, 2000];
const RUNS = [9, 7, 5];
const PLAIN_RUNS = [5, 3, 2];
const PLAIN_LIMIT_S = 120;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The plain model: every candidate a binary column, solved in one go. */
async function plain(problem: SelectionProblem): Promise<{ ms: number; objective: number; status: string }> {
  const started = performance.now();
  const rp = resolveProblem(problem);
  const highs = await highsInstance();
  const { free, ones } = freeAndOnes(rp);
  const built = buildModel(rp, free, ones, true, { penalty: violationPenalty(rp, free), scores: true });
  const out = runModel(highs, built.model, 1e-6, PLAIN_LIMIT_S);
  let objective = 0;
  for (const j of ones) objective += rp.scores[j];
  free.forEach((j, c) => {
    if (out.colValue[c] > 0.5) objective += rp.scores[j];
  });
  return { ms: performance.now() - started, objective, status: out.statusName };
}

const lines: string[] = [
  '| Scale | Rules (rows) | Variant | Engine median (ms) | Plain HiGHS median (ms) | Speed-up | Target | Same score |',
  '|---|---:|---|---:|---:|---:|---|---|',
];
await solveSelection(makeProblem(SCALES[0], false)); // load the solver once
for (const [s, scale] of SCALES.entries()) {
  for (const infeasible of [false, true]) {
    const problem = makeProblem(scale, infeasible);
    const rows = resolveProblem(problem).rows.length;
    const ours: number[] = [];
    let result = await solveSelection(problem);
    for (let i = 0; i < RUNS[s]; i++) {
      const t = performance.now();
      result = await solveSelection(problem);
      ours.push(performance.now() - t);
    }
    const theirs: number[] = [];
    let reference = { ms: 0, objective: Number.NaN, status: '' };
    for (let i = 0; i < PLAIN_RUNS[s]; i++) {
      reference = await plain(problem);
      theirs.push(reference.ms);
    }
    const m = median(ours);
    const p = median(theirs);
    const same =
      Math.abs(reference.objective - result.objective) < 1e-6 ? 'yes' : `no (${reference.objective})`;
    const limit = reference.status === 'timeLimit' ? ` (stopped at ${PLAIN_LIMIT_S} s)` : '';
    const variant = infeasible
      ? `infeasible (violation ${result.violation}, ${result.relaxation?.length} rules to loosen)`
      : 'feasible';
    const line = `| ${scale.name} | ${rows} | ${variant} | ${m.toFixed(0)} | ${p.toFixed(0)}${limit} | ${(p / m).toFixed(1)}× | ≤ ${TARGETS_MS[s]} ms: ${m <= TARGETS_MS[s] ? 'met' : 'not met'} | ${same} |`;
    console.log(line);
    lines.push(line);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
writeSection('selection', [
  '## Delegate selection',
  '',
  `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.`,
  `Date: ${new Date().toISOString().slice(0, 10)}. Command: \`npm run bench:selection\`.`,
  '',
  'Synthetic pools with correlated attributes (bench/selection-pool.ts, fixed seed): 70% exemplary exactly,',
  'women ≥ 35%, direct workers ≥ 40%, minorities ≥ 6%, every field / sector / locality at least a few, caps per',
  'field, locality and age group at the larger scales; 5 leaders locked in. The infeasible variant asks for',
  '75% direct workers (only exemplary delegates are) and 3 more heroes than the pool holds. Engine: median',
  'after a warm-up; plain: one binary per candidate, the whole integer programme, same penalty and gap 0.',
  '',
  ...lines,
  '',
]);
