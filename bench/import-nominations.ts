/**
 * Benchmark of the Excel import: a 10,000-row template file (fixed seed) read by exceljs alone, and
 * imported whole (read, parse, validate, duplicate check, store in one transaction) on PGlite and on
 * PostgreSQL. Target: under 3 s, and at most twice the read alone. Run alone: `node bench/import-nominations.ts`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Actor } from '../src/core/auth/access.ts';
import { DEFAULT_REFERENCE_LISTS } from '../src/core/reference/defaults.ts';
import type { ServiceContext } from '../src/server/context.ts';
import { type DatabaseHandle, openDatabase } from '../src/server/db/database.ts';
import { login, resolveSession } from '../src/server/modules/auth/index.ts';
import { createConference } from '../src/server/modules/conferences/index.ts';
import { filledTemplate, importNominations } from '../src/server/modules/nominations/index.ts';
import { findUnitByKey } from '../src/server/modules/units/index.ts';
import { readSheets } from '../src/server/render/xlsx.ts';
import { DEMO_PASSWORD, loadDemo } from '../src/server/seed/demo.ts';
import { nominationSheetRows } from '../src/server/testing/nomination-sheets.ts';
import { openTestDatabase } from '../src/server/testing/test-database.ts';

const ROWS = 10_000;
const RUNS = 3;
const TARGET_MS = 3000;
const TARGET_RATIO = 2;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

interface EngineResult {
  engine: string;
  readMs: number;
  importMs: number;
  dryRunMs: number;
  imported: number;
}

async function benchEngine(label: string, handle: DatabaseHandle, file: Buffer): Promise<EngineResult> {
  try {
    // After the demo's grassroots meetings and before its deadline, as in the tests.
    const ctx: ServiceContext = { db: handle.db, now: () => new Date('2025-08-22T02:00:00.000Z') };
    await loadDemo(ctx);
    const session = await login(
      ctx,
      { username: 'bachlongvi', password: DEMO_PASSWORD },
      { ip: null, userAgent: null },
    );
    const actor = (await resolveSession(ctx, session.token))?.actor as Actor;
    const unit = await findUnitByKey(ctx.db, 'hp/11948');
    if (!unit) throw new Error('Bạch Long Vĩ is missing');
    const conference = await createConference(ctx, actor, { unitId: unit.id }, { ip: null });
    const upload = { data: file, fileName: 'bench-10000.xlsx' };
    const run = (dryRun: boolean) => importNominations(ctx, actor, conference.id, upload, { dryRun });

    const warm = await run(true); // warm-up: JIT, caches, the database's first plans
    if (!warm.ok) throw new Error(`The benchmark file is invalid: ${warm.errors.slice(0, 3).join('; ')}`);
    const reads: number[] = [];
    const dryRuns: number[] = [];
    const imports: number[] = [];
    let imported = 0;
    for (let i = 0; i < RUNS; i++) {
      reads.push(await time(() => readSheets(file)));
      dryRuns.push(await time(() => run(true)));
      imports.push(
        await time(async () => {
          imported = (await run(false)).imported;
        }),
      );
      // Every run imports into an empty conference over a clean table, so each measures the same work.
      await ctx.db.deleteFrom('nominations').where('conference_id', '=', conference.id).execute();
      await sql`vacuum nominations`.execute(ctx.db);
    }
    return {
      engine: label,
      readMs: median(reads),
      importMs: median(imports),
      dryRunMs: median(dryRuns),
      imported,
    };
  } finally {
    await handle.close();
  }
}

/** Runs the benchmark and returns its section of bench/RESULTS.md. */
export async function benchImportNominations(): Promise<string> {
  const file = await filledTemplate(DEFAULT_REFERENCE_LISTS, nominationSheetRows(ROWS, 2025));
  const results: EngineResult[] = [];

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-bench-import-'));
  try {
    results.push(
      await benchEngine('PGlite (data folder)', await openDatabase({ engine: 'pglite', dataDir: dir }), file),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (pgUrl) {
    // A throwaway database on that server, dropped afterwards: never the data behind DATABASE_URL itself.
    process.env.TEST_DATABASE_URL = pgUrl;
    results.push(await benchEngine('PostgreSQL', await openTestDatabase('postgres'), file));
  }

  const ms = (x: number) => x.toFixed(0);
  const verdict = (r: EngineResult) => {
    const ratio = r.importMs / r.readMs;
    const ok = r.importMs < TARGET_MS && ratio <= TARGET_RATIO;
    return `| ${r.engine} | ${ms(r.readMs)} | ${ms(r.dryRunMs)} | ${ms(r.importMs)} | ${ratio.toFixed(2)} | ${ok ? 'met' : '**missed**'} |`;
  };
  return [
    '## Excel import of nominations',
    '',
    `A ${ROWS.toLocaleString('en')}-row template file (${(file.length / 1024).toFixed(0)} KiB, fixed seed, every row valid) imported as the`,
    `Bạch Long Vĩ officer into an empty conference; ${RUNS} runs after a warm-up, medians in ms. "Read" is exceljs alone`,
    '(`readSheets`); "Dry run" adds parsing, validation and the duplicate look-up; "Import" also stores all rows and',
    `the audit entry in one transaction (import − dry run ≈ the database's share). Target: import < ${TARGET_MS} ms`,
    `and ≤ ${TARGET_RATIO}× the read. The machine is shared: repeat runs vary by ±30%.`,
    '',
    '| Engine | Read | Dry run | Import | Import ÷ read | Target |',
    '|---|---:|---:|---:|---:|---|',
    ...results.map(verdict),
    '',
    ...(pgUrl ? [] : ['PostgreSQL: not measured (set TEST_DATABASE_URL or DATABASE_URL).', '']),
  ].join('\n');
}

if (import.meta.main) console.log(await benchImportNominations());
