/**
 * "No demo document carries a date from the machine's clock": the demo is loaded and its documents
 * produced on a clock years after its conference (23/11/2031); every document keeps the conference's
 * 2025 dates and no record of the demo is stamped with the clock.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { assertStatus } from '../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { testEngines } from '../testing/test-database.ts';

const CLOCK = new Date('2031-11-23T04:00:00.000Z');
/** Any way the clock's day could be written: its year, "23/11", "23 tháng 11". */
const CLOCK_TEXT = /2031|23\/11|23 tháng 11/u;
const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;

/** The text of every part of a Word or Excel file (document, headers, shared strings). */
function zippedText(bytes: Buffer): string {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.entries(files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, data]) => strFromU8(data).replace(/<[^>]+>/g, ' '))
    .join(' ');
}

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-clock-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The tables the demo fills, with the columns that hold an instant. */
const DEMO_TABLES = [
  'conferences',
  'nominations',
  'delegate_guests',
  'delegate_compositions',
  'delegate_lists',
  'award_records',
  'award_proposals',
  'award_decisions',
];

for (const engine of testEngines()) {
  describe(`the demo on a clock of 2031 (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    const documents: Array<{ name: string; text: string }> = [];

    before(async () => {
      t = await createTestApp(engine, { now: () => new Date(CLOCK) });
      t.ctx.publicUrl = 'https://vinhdanh.example.vn';
      officer = await t.as('bachlongvi');
      const id = t.demoConferenceId;
      const download = async (name: string, url: string) => {
        const res = await officer.request('GET', url);
        assertStatus(res, 200);
        const bytes = res.rawPayload;
        if (url.endsWith('.pdf')) {
          if (POPPLER) documents.push({ name, text: pdfText(bytes) });
        } else documents.push({ name, text: zippedText(bytes) });
      };
      await download('Kế hoạch', `/api/conferences/${id}/plan.docx`);
      for (const format of ['docx', 'pdf', 'xlsx'])
        await download(
          `Danh sách đại biểu (${format})`,
          `/api/conferences/${id}/delegates/lists/1/export.${format}`,
        );
      const { proposals } = (
        await officer.request('GET', `/api/conferences/${id}/award-proposals`)
      ).json() as {
        proposals: Array<{ id: string }>;
      };
      for (const p of proposals) {
        await download('Tờ trình', `/api/award-proposals/${p.id}/submission.docx`);
        await download('Biên bản', `/api/award-proposals/${p.id}/minutes.docx`);
      }
      const { decisions } = (
        await officer.request('GET', `/api/conferences/${id}/award-decisions`)
      ).json() as {
        decisions: Array<{ id: string }>;
      };
      for (const d of decisions) {
        await download('Quyết định', `/api/award-decisions/${d.id}/decision.docx`);
        await download('Giấy khen', `/api/award-decisions/${d.id}/certificates.pdf`);
      }
    });
    after(() => t.close());

    test('every demo document is produced, and none carries the clock’s date', () => {
      const names = new Set(documents.map((d) => d.name));
      for (const name of ['Kế hoạch', 'Danh sách đại biểu (docx)', 'Tờ trình', 'Biên bản', 'Quyết định'])
        assert.ok(names.has(name), `${name} was not produced`);
      if (POPPLER) assert.ok(names.has('Giấy khen') && names.has('Danh sách đại biểu (pdf)'));
      for (const d of documents) {
        const found = d.text.match(CLOCK_TEXT);
        assert.equal(found, null, `${d.name} says "${found?.[0]}", the clock's date`);
      }
    });

    test('the delegate list is dated on the day it was approved in the conference’s timeline', () => {
      const list = documents.find((d) => d.name === 'Danh sách đại biểu (docx)');
      assert.match(list?.text ?? '', /Bạch Long Vĩ, ngày 19 tháng 8 năm 2025/u);
    });

    test('no record of the demo is stamped with the clock', async () => {
      const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
        select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type like 'timestamp%'`.execute(t.handle.db);
      let checked = 0;
      for (const table of DEMO_TABLES) {
        for (const c of columns.filter((col) => col.table_name === table)) {
          const { rows } = await sql<{ latest: Date | string | null }>`
            select max(${sql.ref(c.column_name)}) as latest from ${sql.table(table)}`.execute(t.handle.db);
          const latest = rows[0]?.latest;
          if (latest === null || latest === undefined) continue;
          checked += 1;
          const year = new Date(latest).getUTCFullYear();
          assert.equal(year, 2025, `${table}.${c.column_name} holds ${new Date(latest).toISOString()}`);
        }
      }
      assert.ok(checked >= DEMO_TABLES.length, `only ${checked} columns checked`);
    });
  });
}
