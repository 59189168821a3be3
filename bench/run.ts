/**
 * Benchmarks of the foundation: opening the embedded database, rendering the Kế hoạch, the API's
 * most used reads, and the Excel import of nominations (import-nominations.ts). Writes bench/RESULTS.md with the machine and the date. Run: `npm run bench`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPlanDocument } from '../src/core/documents/plan-document.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { findConference } from '../src/server/modules/conferences/index.ts';
import { renderDocx } from '../src/server/render/docx.ts';
import { renderPdf } from '../src/server/render/pdf.ts';
import { createTestApp } from '../src/server/testing/test-app.ts';
import { benchImportNominations } from './import-nominations.ts';
import { otherSections } from './results-file.ts';

interface Row {
  what: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

async function measure(what: string, runs: number, fn: () => Promise<unknown>): Promise<Row> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { what, runs, medianMs: at(0.5), p95Ms: at(0.95) };
}

const rows: Row[] = [];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-bench-'));
let t = performance.now();
const first = await openDatabase({ engine: 'pglite', dataDir: dir });
const firstOpen = performance.now() - t;
await first.close();
t = performance.now();
const again = await openDatabase({ engine: 'pglite', dataDir: dir });
const reopen = performance.now() - t;
await again.close();
fs.rmSync(dir, { recursive: true, force: true });
rows.push({
  what: 'Open a new embedded data folder (initdb + migrations)',
  runs: 1,
  medianMs: firstOpen,
  p95Ms: firstOpen,
});
rows.push({ what: 'Reopen an existing embedded data folder', runs: 1, medianMs: reopen, p95Ms: reopen });

const app = await createTestApp('pglite');
const client = await app.as('bachlongvi');
const found = await findConference(app.ctx.db, app.demoConferenceId);
if (!found) throw new Error('demo conference missing');
const doc = buildPlanDocument(found.conference);
rows.push(
  await measure('Kế hoạch: build the document model', 50, async () => buildPlanDocument(found.conference)),
);
rows.push(await measure('Kế hoạch: render DOCX', 20, () => renderDocx(doc)));
rows.push(await measure('Kế hoạch: render PDF', 20, () => renderPdf(doc)));
rows.push(
  await measure('GET /api/units (tree for a unit officer)', 50, () => client.request('GET', '/api/units')),
);
rows.push(
  await measure('GET /api/conferences/:id', 50, () =>
    client.request('GET', `/api/conferences/${app.demoConferenceId}`),
  ),
);
rows.push(
  await measure('GET /api/conferences/:id/plan.pdf', 10, () =>
    client.request('GET', `/api/conferences/${app.demoConferenceId}/plan.pdf`),
  ),
);
await app.close();

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const lines = [
  '# Benchmark results',
  '',
  `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}.`,
  `Date: ${new Date().toISOString().slice(0, 10)}. Command: \`npm run bench\`. Database: embedded PGlite.`,
  '',
  '| What | Runs | Median (ms) | p95 (ms) |',
  '|---|---:|---:|---:|',
  ...rows.map((r) => `| ${r.what} | ${r.runs} | ${r.medianMs.toFixed(1)} | ${r.p95Ms.toFixed(1)} |`),
  '',
  await benchImportNominations(),
];
fs.writeFileSync(new URL('./RESULTS.md', import.meta.url), lines.join('\n') + otherSections());
console.log(lines.join('\n'));
