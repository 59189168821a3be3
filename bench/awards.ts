/**
 * Commendation documents benchmark (`npm run bench:awards`): the demo's Quyết định khen thưởng as DOCX
 * and PDF (model built and rendered, attached list included) and 150 certificates in one PDF (the demo
 * decision's lines, completed from the approved delegate list), medians after a warm-up; then the same
 * DOCX converted to PDF by LibreOffice (`soffice --headless --convert-to pdf`, a private profile, warm),
 * the way officials make PDFs today. Targets: decision < 1 s, certificates < 2 s, at least 10× faster
 * than LibreOffice. Writes its section of bench/RESULTS.md with the machine and the date.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decisionMoney } from '../src/core/awards/money.ts';
import { subjectFromDelegate, subjectKey } from '../src/core/awards/subject.ts';
import type { AwardDecision, DecisionItem } from '../src/core/awards/types.ts';
import type { DelegateCandidate } from '../src/core/delegation/types.ts';
import {
  type AwardDocument,
  buildDecisionDocument,
  inListOrder,
} from '../src/core/documents/award-decision-document.ts';
import type { ServiceContext } from '../src/server/context.ts';
import { openDatabase } from '../src/server/db/database.ts';
import {
  certificateLayout,
  listDecisions,
  loadAwardCatalogue,
  loadDecisionForDocuments,
  renderDecisionFile,
} from '../src/server/modules/awards/index.ts';
import { findLatestList } from '../src/server/modules/delegation/index.ts';
import { renderCertificates } from '../src/server/render/certificates.ts';
import { renderPdf } from '../src/server/render/pdf.ts';
import { loadDemo } from '../src/server/seed/demo.ts';
import { writeSection } from './results-file.ts';

const CERTIFICATES = 150;
const RUNS = { decision: 9, certificates: 5, libreoffice: 3 };
const TARGET_MS = { decision: 1000, certificates: 2000 };
const TARGET_SPEED_UP = 10;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

async function timed<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}

const handle = await openDatabase({ engine: 'pglite-memory' });
const ctx: ServiceContext = { db: handle.db, now: () => new Date() };
const { conferenceId } = await loadDemo(ctx);
const demoRow = (await listDecisions(ctx.db, conferenceId)).find((d) => d.state === 'approved');
if (!demoRow) throw new Error('The demo has no approved award decision');
const loaded = await loadDecisionForDocuments(ctx.db, demoRow.id);
const { template, background } = await certificateLayout(ctx.db, loaded.decision.unitId);
const { salaries } = await loadAwardCatalogue(ctx.db);

/** The demo decision's lines, then delegates of the approved list not on it, up to 150 lines. */
async function decisionOf150(d: AwardDecision): Promise<AwardDecision> {
  const stored = await findLatestList(ctx.db, conferenceId);
  const delegates = (stored?.delegates ?? []) as DelegateCandidate[];
  const items: DecisionItem[] = [...d.items];
  const taken = new Set(items.map((i) => i.subjectKey));
  for (const c of delegates) {
    if (items.length >= CERTIFICATES) break;
    const subject = subjectFromDelegate(c);
    const key = subjectKey(subject);
    if (taken.has(key)) continue;
    taken.add(key);
    const money = decisionMoney(loaded.form, subject.kind, d.date, salaries);
    items.push({
      id: `bench-${items.length}`,
      subject,
      subjectKey: key,
      achievement: d.items[0]?.achievement ?? '',
      coefficient: money.coefficient,
      amount: money.amount,
      certificateToken: randomBytes(16).toString('base64url'),
    });
  }
  const ordered = inListOrder(items);
  return { ...d, items: ordered, total: ordered.reduce((s, i) => s + i.amount, 0) };
}

const big = await decisionOf150(loaded.decision);
if (big.items.length < CERTIFICATES) throw new Error(`Only ${big.items.length} subjects for certificates`);
await handle.close();

const docx = await timed(RUNS.decision, () => renderDecisionFile(loaded, 'docx'));
const pdf = await timed(RUNS.decision, () => renderDecisionFile(loaded, 'pdf'));
// The same header and closing with an empty body: what every PDF costs before its content.
const emptyDoc: AwardDocument = { ...buildDecisionDocument(loaded), body: [], annexes: [] };
const empty = await timed(RUNS.decision, () => renderPdf(emptyDoc));
const certificates = await timed(RUNS.certificates, () =>
  renderCertificates({
    ...loaded,
    decision: big,
    template,
    background,
    verifyBaseUrl: 'https://vinhdanh.example.vn',
  }),
);

/** LibreOffice converting the same DOCX, with its own profile (created by the warm-up run). */
function libreOffice(): { ms: number; pages: number } | string {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.error) return 'LibreOffice (soffice) is not installed on this machine: comparison skipped.';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-bench-lo-'));
  try {
    const file = path.join(dir, 'quyet-dinh.docx');
    fs.writeFileSync(file, docx.result);
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    const convert = () => {
      const t = performance.now();
      const run = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file]);
      if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
      return performance.now() - t;
    };
    convert();
    const times = Array.from({ length: RUNS.libreoffice }, convert);
    return { ms: median(times), pages: pages(fs.readFileSync(path.join(dir, 'quyet-dinh.pdf'))) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const lo = libreOffice();
const met = (ms: number, target: number) => (ms < target ? 'met' : 'not met');
const d = loaded.decision;
const label = `Quyết định ${d.number}/${d.symbol} (${d.items.length} lines, attached list)`;
const lines = [
  '| Output | Pages | Size | Median (ms) | Target | Result |',
  '|---|---:|---:|---:|---|---|',
  `| ${label}: DOCX | – | ${kib(docx.result.length)} | ${docx.ms.toFixed(0)} | < ${TARGET_MS.decision} ms | ${met(docx.ms, TARGET_MS.decision)} |`,
  `| ${label}: PDF | ${pages(pdf.result)} | ${kib(pdf.result.length)} | ${pdf.ms.toFixed(0)} | < ${TARGET_MS.decision} ms | ${met(pdf.ms, TARGET_MS.decision)} |`,
  `| Same header and closing, empty body: PDF (fixed cost of any PDF) | ${pages(empty.result)} | ${kib(empty.result.length)} | ${empty.ms.toFixed(0)} | – | – |`,
  `| ${CERTIFICATES} certificates, one PDF | ${pages(certificates.result)} | ${kib(certificates.result.length)} | ${certificates.ms.toFixed(0)} | < ${TARGET_MS.certificates} ms | ${met(certificates.ms, TARGET_MS.certificates)} |`,
];
const notes = [
  `An empty document with the same header and closing already takes ${empty.ms.toFixed(0)} ms of the decision PDF's`,
  `${pdf.ms.toFixed(0)} ms (the four Tinos styles are parsed once per process, src/server/render/shared-fonts.ts);`,
  `laying out the attached list of ${d.items.length} lines takes the rest.`,
];
if (typeof lo === 'string') {
  lines.push('', lo);
} else {
  const speedUp = lo.ms / pdf.ms;
  lines.push(
    `| The same DOCX → PDF by LibreOffice | ${lo.pages} | – | ${lo.ms.toFixed(0)} | ours ≥ ${TARGET_SPEED_UP}× faster | ${speedUp.toFixed(1)}× (${speedUp >= TARGET_SPEED_UP ? 'met' : 'not met'}) |`,
  );
}
for (const line of lines) console.log(line);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const version =
  /LibreOffice [\d.]+/.exec(spawnSync('soffice', ['--version'], { encoding: 'utf8' }).stdout ?? '')?.[0] ??
  'LibreOffice';
writeSection('awards', [
  '## Commendation documents and certificates',
  '',
  `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.`,
  `Date: ${new Date().toISOString().slice(0, 10)}. Command: \`npm run bench:awards\`.`,
  '',
  `The demo's Giấy khen decision (model built and rendered each run, ${RUNS.decision} runs) and ${CERTIFICATES}`,
  `certificates in one PDF (the decision's lines completed from the approved delegate list, ${RUNS.certificates} runs),`,
  'medians after a warm-up, in one process. LibreOffice converts the same DOCX from the command line with a',
  `private, already created profile (${RUNS.libreoffice} runs; ${version}): the speed-up compares it with our PDF.`,
  '',
  ...lines,
  '',
  ...notes,
  '',
]);
