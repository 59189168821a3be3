import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildPlanDocument } from '../../core/documents/plan-document.ts';
import { seedPlanConference } from '../../core/documents/seed-plan.fixture.ts';
import { renderPdf } from './pdf.ts';

let pdf: Buffer = Buffer.alloc(0);
let renderMs = 0;

before(async () => {
  // Processor time, not the clock: on a machine busy with other work the clock measures the machine.
  const started = process.cpuUsage();
  pdf = await renderPdf(buildPlanDocument(seedPlanConference()));
  const used = process.cpuUsage(started);
  renderMs = (used.user + used.system) / 1000;
});

test('the plan renders as a PDF file of several pages', () => {
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
  assert.ok(pages.length > 1, `expected several pages, got ${pages.length}`);
});

test('the bundled Tinos font is embedded in its four styles', () => {
  const bytes = pdf.toString('latin1');
  for (const name of ['Tinos', 'Tinos-Bold', 'Tinos-Italic', 'Tinos-BoldItalic']) {
    // Subset fonts are named "ABCDEF+Tinos-Bold".
    assert.match(bytes, new RegExp(`/BaseFont /[A-Z]{6}\\+${name}[/\\s]`), `missing ${name}`);
  }
  assert.ok(bytes.includes('/FontFile2'), 'the TrueType program is not embedded');
});

test('the PDF is A4 portrait', () => {
  assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
});

test('rendering the plan takes well under a second', () => {
  // Generous bound for a loaded CI machine; a first render here takes ~0.3 s.
  assert.ok(renderMs < 3000, `took ${renderMs.toFixed(0)} ms`);
});

test('an attached list starts on a page of its own, after the signature', async () => {
  const count = (bytes: Buffer) => (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  const withList = await renderPdf({
    ...buildPlanDocument(seedPlanConference()),
    leftSignature: { titleLines: ['THƯ KÝ'], signerName: 'Nguyễn Thị Lệ' },
    annexes: [{ titleLines: ['DANH SÁCH'], note: '(Kèm theo Quyết định số 125/QĐ-UBND)', body: [] }],
  });
  assert.equal(count(withList), count(pdf) + 1);
});
