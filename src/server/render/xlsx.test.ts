import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { DomainError } from '../../core/errors/domain-error.ts';
import { readSheets, writeWorkbook } from './xlsx.ts';

/** A workbook written by exceljs directly, the way Excel stores each kind of value. */
async function workbookWith(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Trang 1'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readSheets', () => {
  it('gives every cell as the text a user sees, rows numbered as in Excel', async () => {
    const bytes = await workbookWith((ws) => {
      ws.getCell('A1').value = 'Họ và tên';
      ws.getCell('B1').value = { richText: [{ text: 'Năm ' }, { text: 'sinh', font: { bold: true } }] };
      ws.getCell('A3').value = 1980;
      ws.getCell('B3').value = 31080012345;
      ws.getCell('C3').value = 0.1 + 0.2;
      ws.getCell('D3').value = new Date(Date.UTC(2025, 7, 14));
      ws.getCell('E3').value = { formula: 'A3+1', result: 1981 };
      ws.getCell('F3').value = true;
      ws.getCell('H3').value = 'x';
    });
    const [sheet] = await readSheets(bytes);
    assert.equal(sheet.name, 'Trang 1');
    assert.deepEqual(sheet.rows, [
      ['Họ và tên', 'Năm sinh'],
      [],
      ['1980', '31080012345', '0.3', '2025-08-14', '1981', 'TRUE', '', 'x'],
    ]);
  });

  const refused: Array<[string, Buffer, RegExp]> = [
    ['a CSV file', Buffer.from('Họ tên,Năm sinh\nA,1980\n'), /không phải là bảng tính Excel \(\.xlsx\)/],
    ['an empty file', Buffer.alloc(0), /không phải là bảng tính Excel/],
    ['a damaged zip', Buffer.from('PK\u0003\u0004 hỏng'), /không phải là bảng tính Excel/],
    [
      'an Excel 97-2003 file',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      /Excel 97-2003 \(\.xls\)/,
    ],
  ];
  for (const [what, bytes, message] of refused)
    it(`refuses ${what} with a Vietnamese message`, async () => {
      await assert.rejects(
        readSheets(bytes),
        (e: unknown) => e instanceof DomainError && e.code === 'VALIDATION' && message.test(e.message),
      );
    });
});

describe('writeWorkbook', () => {
  it('writes a frozen, styled header, list drop-downs on a hidden sheet, and text sheets', async () => {
    const bytes = await writeWorkbook({
      sheets: [
        {
          kind: 'table',
          name: 'Đề cử',
          columns: [
            { header: 'Loại', width: 12 },
            { header: 'Số CCCD', width: 16, text: true },
          ],
          rows: [['Cá nhân', '031080012345']],
          validations: [{ column: 0, list: 'Loại' }],
          validationRows: 50,
        },
        {
          kind: 'text',
          name: 'Hướng dẫn',
          columnWidths: [10, 40],
          blocks: [{ kind: 'paragraph', text: 'Cách điền', style: 'title' }],
        },
      ],
      lists: [{ name: 'Loại', values: ['Cá nhân', 'Tập thể'] }],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Đề cử');
    assert.ok(ws);
    assert.equal(ws.views[0].state, 'frozen');
    assert.equal(ws.getCell('A1').font.bold, true);
    assert.equal(ws.getCell('B2').numFmt, '@');
    assert.deepEqual(ws.getCell('A51').dataValidation?.formulae, ["'Danh mục'!$A$2:$A$3"]);
    assert.equal(ws.getCell('A52').dataValidation, undefined);
    assert.equal(wb.getWorksheet('Danh mục')?.state, 'hidden');
    assert.deepEqual(
      (await readSheets(bytes)).map((s) => [s.name, s.rows]),
      [
        [
          'Đề cử',
          [
            ['Loại', 'Số CCCD'],
            ['Cá nhân', '031080012345'],
          ],
        ],
        // A merged cell reads as its value in every cell it covers (units merge "Đơn vị" over its rows).
        ['Hướng dẫn', [['Cách điền', 'Cách điền']]],
        ['Danh mục', [['Loại'], ['Cá nhân'], ['Tập thể']]],
      ],
    );
  });
});
