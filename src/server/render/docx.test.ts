import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { type AdminDocument, documentPlainText } from '../../core/documents/model.ts';
import { buildPlanDocument } from '../../core/documents/plan-document.ts';
import { seedPlanConference } from '../../core/documents/seed-plan.fixture.ts';
import { renderDocx } from './docx.ts';

let documentXml = '';
let stylesXml = '';
let headerXmls: string[] = [];

before(async () => {
  const buffer = await renderDocx(buildPlanDocument(seedPlanConference()));
  const files = unzipSync(new Uint8Array(buffer));
  documentXml = strFromU8(files['word/document.xml']);
  stylesXml = strFromU8(files['word/styles.xml']);
  headerXmls = Object.keys(files)
    .filter((name) => /^word\/header\d+\.xml$/.test(name))
    .map((name) => strFromU8(files[name]));
});

/** The visible text of the document: every w:t, joined per paragraph. */
function paragraphsText(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

test('the DOCX holds the key lines of the plan', () => {
  const text = paragraphsText(documentXml);
  for (const line of [
    'ỦY BAN NHÂN DÂN',
    'ĐẶC KHU BẠCH LONG VĨ',
    'Số: 06/KH-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'KẾ HOẠCH',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'IV. TỔ CHỨC THỰC HIỆN',
    '+ Số lượng: Tối đa 150 đại biểu.',
    'Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ',
    'Lần thứ I (2025 - 2030)',
    'Nơi nhận:',
    '- Lưu: VT, VHXH.',
    'TM. ỦY BAN NHÂN DÂN',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Nguyễn Văn Hậu',
  ]) {
    assert.ok(text.includes(line), `missing paragraph: ${line}`);
  }
  assert.ok(text.some((p) => p.includes('hoàn thành trước ngày 25/8/2025')));
  assert.ok(text.some((p) => p.includes('khoảng 70%') && p.includes('khoảng 30%')));
});

test('the page is A4 portrait with the Nghị định 30 margins', () => {
  assert.match(documentXml, /<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
  const margins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)?.[1] ?? '';
  const twips = (side: string) => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margins)?.[1]);
  assert.equal(twips('left'), 1701);
  assert.ok(Math.abs(twips('right') - 850) <= 2);
  assert.ok(Math.abs(twips('top') - 1134) <= 2);
  assert.ok(Math.abs(twips('bottom') - 1134) <= 2);
});

test('Times New Roman is the default font of every script', () => {
  const fonts = /<w:rPrDefault>[\s\S]*?<w:rFonts ([^>]*)\/>/.exec(stylesXml)?.[1] ?? '';
  for (const script of ['ascii', 'hAnsi', 'eastAsia', 'cs']) {
    assert.match(fonts, new RegExp(`w:${script}="Times New Roman"`));
  }
});

test('the place-date line is an italic run', () => {
  const run = [...documentXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find((r) =>
    r[1].includes('Bạch Long Vĩ, ngày 14 tháng 8 năm 2025'),
  );
  assert.ok(run, 'no run holds the place-date line');
  assert.match(run[1], /<w:i\/>/);
});

/** The runs of the paragraph whose text contains `needle`: their text and whether each is bold or italic. */
function styledRuns(needle: string): Array<{ text: string; bold: boolean; italic: boolean }> {
  const paragraph = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => p[0])
    .find((p) => paragraphsText(p).join('').includes(needle));
  assert.ok(paragraph, `no paragraph holds "${needle}"`);
  return [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
    text: [...r[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    bold: /<w:b\/>/.test(r[1]),
    italic: /<w:i\/>/.test(r[1]),
  }));
}

test('the bracketed notes of III.3 are italic runs; of section IV only the labels of 4 and 5 are bold', () => {
  const italic = (needle: string) =>
    styledRuns(needle)
      .filter((r) => r.italic)
      .map((r) => r.text);
  assert.deepEqual(italic('có thể xây dựng phóng sự'), [
    'có thể xây dựng phóng sự, video clip, hình ảnh để minh họa các nội dung báo cáo',
  ]);
  assert.deepEqual(italic('nếu có điều kiện'), ['nếu có điều kiện']);
  const bold = (needle: string) =>
    styledRuns(needle)
      .filter((r) => r.bold)
      .map((r) => r.text);
  assert.deepEqual(bold('1. Phòng Văn hóa - Xã hội:'), []);
  assert.deepEqual(bold('3. Đề nghị Ủy ban Mặt trận'), []);
  assert.deepEqual(bold('4. Trung tâm sự nghiệp công:'), ['4. Trung tâm sự nghiệp công:']);
  assert.deepEqual(bold('5. Phòng Kinh tế:'), ['5. Phòng Kinh tế:']);
});

test('page numbers are centred in the header and hidden on the first page', () => {
  assert.match(documentXml, /<w:titlePg\/>/);
  assert.match(documentXml, /<w:headerReference w:type="first"/);
  assert.ok(
    headerXmls.some((xml) => xml.includes('PAGE')),
    'no header carries the PAGE field',
  );
});

test('layout tables have a fixed layout with widths in twips', () => {
  const tables = [...documentXml.matchAll(/<w:tblPr>([\s\S]*?)<\/w:tblPr>/g)].map((t) => t[1]);
  assert.ok(tables.length >= 2);
  for (const table of tables) {
    assert.match(table, /<w:tblLayout w:type="fixed"\/>/);
    assert.match(table, /<w:tblW w:type="dxa" w:w="\d+"\/>/);
  }
});

/** The plan closed as a biên bản (two signatures) with a short list attached. */
function withAnnex(): AdminDocument {
  return {
    ...buildPlanDocument(seedPlanConference()),
    recipients: [],
    leftSignature: { titleLines: ['THƯ KÝ'], signerName: 'Nguyễn Thị Lệ' },
    annexes: [
      {
        titleLines: ['DANH SÁCH', 'Tập thể, cá nhân được tặng Giấy khen'],
        note: '(Kèm theo Quyết định số 125/QĐ-UBND ngày 20/8/2025)',
        body: [
          {
            kind: 'table',
            columnWeights: [1, 4],
            header: [{ runs: [{ text: 'STT' }] }, { runs: [{ text: 'Họ và tên' }] }],
            rows: [[{ runs: [{ text: '1' }] }, { runs: [{ text: 'Nguyễn Văn An' }] }]],
          },
        ],
      },
    ],
  };
}

test('an attached list follows the signature from a new page; a second signature replaces “Nơi nhận”', async () => {
  const xml = strFromU8(unzipSync(new Uint8Array(await renderDocx(withAnnex())))['word/document.xml']);
  const text = paragraphsText(xml);
  assert.ok(!text.includes('Nơi nhận:'));
  assert.ok(text.includes('THƯ KÝ') && text.includes('Nguyễn Thị Lệ'));
  const signer = text.indexOf('Nguyễn Văn Hậu');
  assert.ok(signer >= 0 && text.indexOf('DANH SÁCH') > signer, 'the list comes after the signature');
  assert.ok(text.indexOf('Nguyễn Văn An') > text.indexOf('DANH SÁCH'));
  const title = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].find((p) => p[0].includes('>DANH SÁCH<'));
  assert.match(title?.[0] ?? '', /<w:pageBreakBefore\/>/);
  const plain = documentPlainText(withAnnex()).split('\n');
  assert.deepEqual(plain.slice(plain.indexOf('THƯ KÝ'), plain.indexOf('THƯ KÝ') + 2), [
    'THƯ KÝ',
    'Nguyễn Thị Lệ',
  ]);
  assert.equal(plain.at(-1), '1\tNguyễn Văn An');
});

test('a council header breaks after the dash, and a narrow column is as wide as its longest word', async () => {
  const plan = buildPlanDocument(seedPlanConference());
  const doc: AdminDocument = {
    ...plan,
    header: {
      ...plan.header,
      parentBody: 'ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ',
      issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    },
    body: [
      {
        kind: 'table',
        columnWeights: [14, 270],
        header: [{ runs: [{ text: 'Dân tộc' }] }, { runs: [{ text: 'Thành tích' }] }],
        rows: [[{ runs: [{ text: 'Mường' }] }, { runs: [{ text: 'Bám biển' }] }]],
        fontSize: 11,
      },
    ],
  };
  const files = unzipSync(new Uint8Array(await renderDocx(doc)));
  const xml = strFromU8(files['word/document.xml']);
  const runs = (text: string) => new RegExp(`<w:t[^>]*>${text}</w:t>`).test(xml);
  // Each line of the body is its own run, the second after a line break: Word cannot re-break it.
  assert.ok(runs('HỘI ĐỒNG THI ĐUA -') && runs('KHEN THƯỞNG'), 'the council breaks after the dash');
  assert.ok(runs('ỦY BAN NHÂN DÂN') && runs('ĐẶC KHU BẠCH LONG VĨ'), 'the place stays whole');
  assert.match(xml, /HỘI ĐỒNG THI ĐUA -<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/>/);
  const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
  // The ruled table's first column: 14/284 of the portrait text width would be 461 twips; "Mường" at 11 pt
  // (651 twips) plus the cell's 160 twips of padding needs more.
  const ruled = grid.slice(-2);
  assert.ok(ruled[0] >= 651 + 160, `Dân tộc column ${ruled[0]} twips`);
});
