import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { guideBlocks, templateWorkbook } from './template.ts';

const COLUMNS = [
  { key: 'name', header: 'Họ và tên' },
  { key: 'gender', header: 'Giới tính' },
  { key: 'phone', header: 'Số điện thoại' },
] as const;
const GUIDE = {
  name: { required: 'Bắt buộc', accepted: 'Họ và tên đầy đủ.', example: 'Trần Văn Minh' },
  gender: { required: 'Không', accepted: '"Nam" hoặc "Nữ".', example: 'Nam' },
  phone: { required: 'Không', accepted: 'Bắt đầu bằng 0.', example: '0912345678' },
};

describe('guideBlocks', () => {
  it('writes the title, how to fill, how the import reports, and one row per column with its letter', () => {
    const blocks = guideBlocks({
      title: 'HƯỚNG DẪN',
      filling: ['1. Mỗi dòng một người.'],
      importing: ['Mọi ô sai được báo.'],
      columns: COLUMNS,
      columnGuide: GUIDE,
    });
    assert.deepEqual(
      blocks.map((b) => (b.kind === 'paragraph' ? `${b.style}: ${b.text}` : `table: ${b.rows.length}`)),
      [
        'title: HƯỚNG DẪN',
        'heading: Cách điền',
        'body: 1. Mỗi dòng một người.',
        'heading: Khi nhập tệp',
        'body: Mọi ô sai được báo.',
        'heading: Các cột',
        'table: 3',
      ],
    );
    const table = blocks.at(-1);
    assert.ok(table?.kind === 'table');
    assert.deepEqual(table.rows[2], ['C', 'Số điện thoại', 'Không', 'Bắt đầu bằng 0.', '0912345678']);
  });
});

describe('templateWorkbook', () => {
  it('puts each drop-down on its column and its list in the hidden sheet, text columns kept as text', () => {
    const workbook = templateWorkbook({
      dataSheet: 'Danh sách',
      columns: COLUMNS,
      widths: { name: 28 },
      defaultWidth: 12,
      textColumns: ['phone'],
      validationRows: 500,
      dropDowns: [{ key: 'gender', list: 'Giới tính', values: ['Nam', 'Nữ'] }],
      guideSheet: 'Hướng dẫn',
      guideWidths: [8, 30],
      guide: [],
    });
    const [data, guide] = workbook.sheets;
    assert.deepEqual(data.columns, [
      { header: 'Họ và tên', width: 28, text: false },
      { header: 'Giới tính', width: 12, text: false },
      { header: 'Số điện thoại', width: 12, text: true },
    ]);
    assert.deepEqual(data.validations, [{ column: 1, list: 'Giới tính' }]);
    assert.equal(data.validationRows, 500);
    assert.equal(guide.name, 'Hướng dẫn');
    assert.deepEqual(workbook.lists, [{ name: 'Giới tính', values: ['Nam', 'Nữ'] }]);
  });
});
