import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { buildPlanDocument } from '../../core/documents/plan-document.ts';
import { seedPlanConference } from '../../core/documents/seed-plan.fixture.ts';
import { renderPdf } from './pdf.ts';

let pdf: Buffer = Buffer.alloc(0);

before(async () => {
  pdf = await renderPdf(buildPlanDocument(seedPlanConference()));
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

test('a justified line stretches only at spaces: numbers and symbols keep their letters together', async (t) => {
  if (!hasPdftotext()) return t.skip('pdftotext (poppler-utils) is not installed');
  const plan = buildPlanDocument(seedPlanConference());
  const basis =
    'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025; Căn cứ Kế hoạch số 06/KH-UBND ngày 14 tháng 8 năm 2025 của Ủy ban nhân dân đặc khu Bạch Long Vĩ; Tờ trình số 15/TTr-HĐTĐKT ngày 18/8/2025 của Hội đồng Thi đua - Khen thưởng đặc khu.';
  const bytes = await renderPdf({
    ...plan,
    body: [{ kind: 'paragraph', runs: [{ text: basis }] }],
    annexes: [],
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), bytes);
    const text = execFileSync('pdftotext', [path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
    for (const word of ['72/2025/QH15', '06/KH-UBND', '15/TTr-HĐTĐKT', '18/8/2025']) {
      assert.ok(text.includes(word), `"${word}" is split in: ${text}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
