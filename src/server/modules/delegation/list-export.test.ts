import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { fixtureDelegateList } from '../../../core/delegation/delegate-list.fixture.ts';
import { referenceValueLabeler } from '../../../core/delegation/labels.ts';
import { DELEGATE_LIST_COLUMNS, delegateListGroups } from '../../../core/delegation/list-document.ts';
import { seedPlanConference } from '../../../core/documents/seed-plan.fixture.ts';
import { DEFAULT_REFERENCE_LISTS } from '../../../core/reference/defaults.ts';
import { readSheets } from '../../render/xlsx.ts';
import {
  delegateListFileName,
  renderDelegateListDocx,
  renderDelegateListPdf,
  renderDelegateListXlsx,
} from './list-export.ts';

const labelValue = referenceValueLabeler(DEFAULT_REFERENCE_LISTS);
const conference = seedPlanConference();
const list = fixtureDelegateList(150);
const input = { conference, list, labelValue };
/** The names in the order the list prints them. */
const orderedNames = delegateListGroups(list, labelValue).flatMap((g) => g.rows.map((r) => r[1]));

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The visible text of each paragraph of word/document.xml. */
function paragraphsText(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('renderDelegateListDocx', () => {
  let xml = '';
  before(async () => {
    const files = unzipSync(new Uint8Array(await renderDelegateListDocx(input)));
    xml = strFromU8(files['word/document.xml']);
  });

  it('holds the title, the conference and every delegate in list order', () => {
    const text = paragraphsText(xml);
    for (const line of [
      'DANH SÁCH ĐẠI BIỂU',
      'ĐẶC KHU BẠCH LONG VĨ',
      'Bạch Long Vĩ, ngày 20 tháng 8 năm 2025',
    ]) {
      assert.ok(text.includes(line), `missing "${line}"`);
    }
    assert.ok(!text.some((t) => t.startsWith('Số:')), 'a list has no number of its own');
    assert.ok(
      text.some((t) => t.startsWith('Dự Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ')),
    );
    let from = 0;
    for (const name of orderedNames) {
      const at = text.indexOf(name, from);
      assert.ok(at >= from, `"${name}" missing or out of order`);
      from = at + 1;
    }
    assert.ok(text.includes('I') && text.includes('ĐIỂN HÌNH TIÊN TIẾN (105 người)'));
  });

  it('prints the summary with one-decimal shares', () => {
    const text = paragraphsText(xml);
    assert.ok(text.includes('70,0%'), 'no 70,0% for the exemplary share');
    assert.ok(text.includes('30,7%'), 'no 30,7% for the women');
  });

  it('is an A4 landscape page with the group title spanning the table', () => {
    assert.match(xml, /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    assert.match(xml, /<w:gridSpan w:val="10"\/>/);
  });
});

describe('renderDelegateListXlsx', () => {
  it('has the title rows, the header and one row per delegate, then the summary', async () => {
    const [sheet] = await readSheets(await renderDelegateListXlsx(input));
    assert.equal(sheet.name, 'Danh sách đại biểu');
    assert.equal(sheet.rows[0][0], 'DANH SÁCH ĐẠI BIỂU');
    const headerAt = sheet.rows.findIndex((r) => r[0] === 'STT');
    assert.deepEqual(
      sheet.rows[headerAt],
      DELEGATE_LIST_COLUMNS.map((c) => c.header),
    );
    const data = sheet.rows.slice(headerAt + 1, headerAt + 1 + 150);
    assert.equal(data.length, 150);
    assert.deepEqual(
      data.map((r) => r[0]),
      Array.from({ length: 150 }, (_, i) => String(i + 1)),
    );
    assert.deepEqual(
      data.map((r) => r[1]),
      orderedNames,
    );
    assert.deepEqual(sheet.rows[headerAt + 151] ?? [], [], 'a blank row after the delegates');
    const summary = sheet.rows.slice(headerAt + 152).map((r) => r.slice(1).join(' | '));
    assert.ok(summary.includes('Điển hình tiên tiến | 105 | 70,0%'), summary.join('\n'));
    assert.ok(summary.includes('Nữ | 46 | 30,7%'), summary.join('\n'));
  });

  it('freezes the header under the title and prints landscape, one page wide', async () => {
    const files = unzipSync(new Uint8Array(await renderDelegateListXlsx(input)));
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']);
    assert.match(sheetXml, /<pane ySplit="4" topLeftCell="A5"[^>]*state="frozen"\/>/);
    assert.match(sheetXml, /<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    assert.match(sheetXml, /<pageSetUpPr fitToPage="1"\/>/);
    assert.match(sheetXml, /<col min="2" max="2" width="26"/);
  });
});

describe('renderDelegateListPdf', () => {
  let pdf: Buffer = Buffer.alloc(0);
  before(async () => {
    pdf = await renderDelegateListPdf(input);
  });

  it('is an A4 landscape PDF of a sensible number of pages', () => {
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 841\.8\d* 595\.2\d*\]/);
    const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    assert.ok(pages >= 10 && pages <= 40, `${pages} pages for 150 delegates`);
  });

  it('shows every delegate and the summary as text', {
    skip: hasPdftotext() ? false : 'pdftotext (poppler-utils) is not installed',
  }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'vd-list-'));
    try {
      const file = join(dir, 'list.pdf');
      writeFileSync(file, pdf);
      // Reading order, with a long name wrapped in its cell joined again.
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      let from = 0;
      for (const name of orderedNames) {
        const at = text.indexOf(name, from);
        assert.ok(at >= from, `"${name}" missing or out of order`);
        from = at + 1;
      }
      const layout = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      assert.match(layout, /Điển hình tiên tiến +105 +70,0%/);
      assert.match(layout, /Nữ +46 +30,7%/);
      assert.match(text, /DANH SÁCH ĐẠI BIỂU/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('delegateListFileName', () => {
  it('names the file after the list and the conference, with a plain-letter twin', () => {
    const { fileName, asciiName } = delegateListFileName(conference, list, 'xlsx');
    assert.equal(
      fileName,
      'Danh sách đại biểu lần 2 - Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ.xlsx',
    );
    assert.equal(
      asciiName,
      'danh-sach-dai-bieu-lan-2-hoi-nghi-tuyen-duong-dien-hinh-tien-tien-dac-khu-bach-long-vi.xlsx',
    );
  });
});
