import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { findDataSheet, findHeaderRow, type HeaderSpec, missingColumns, proposeColumns } from './mapping.ts';

type Key = 'stt' | 'name' | 'birthYear' | 'field' | 'priority' | 'phone';

const SPEC: HeaderSpec<Key> = {
  columns: [
    { key: 'stt', header: 'STT' },
    { key: 'name', header: 'Họ và tên', label: 'Họ tên' },
    { key: 'birthYear', header: 'Năm sinh' },
    { key: 'field', header: 'Lĩnh vực' },
    { key: 'priority', header: 'Lĩnh vực ưu tiên' },
    { key: 'phone', header: 'Số điện thoại' },
  ],
  synonyms: {
    stt: { exact: ['tt'], within: ['so thu tu'] },
    name: { exact: ['ten'], within: ['ho ten', 'ho va ten'] },
    birthYear: { within: ['nam sinh', 'ngay sinh'] },
    field: { within: ['linh vuc'] },
    priority: { within: ['linh vuc uu tien'] },
    phone: { exact: ['dt'], within: ['sdt', 'dien thoai'] },
  },
  minHeaderColumns: 3,
};

describe('proposeColumns', () => {
  it('maps the template headers column for column', () => {
    assert.deepEqual(
      proposeColumns(
        SPEC,
        SPEC.columns.map((c) => c.header),
      ),
      {
        stt: 0,
        name: 1,
        birthYear: 2,
        field: 3,
        priority: 4,
        phone: 5,
      },
    );
  });

  it('reads other names ignoring case, marks and punctuation, and uses each source column once', () => {
    const mapping = proposeColumns(SPEC, ['TT', 'HỌ TÊN (viết hoa)', 'Ngày sinh', 'SĐT', '', 'Họ tên khác']);
    assert.deepEqual(mapping, { stt: 0, name: 1, birthYear: 2, field: null, priority: null, phone: 3 });
  });

  it('gives the longest phrase found inside a header the column ("Lĩnh vực ưu tiên" over "Lĩnh vực")', () => {
    const mapping = proposeColumns(SPEC, ['Các lĩnh vực ưu tiên', 'Lĩnh vực công tác']);
    assert.equal(mapping.priority, 0);
    assert.equal(mapping.field, 1);
  });
});

describe('findHeaderRow', () => {
  it('finds the header below a title and blank rows', () => {
    const rows = [
      ['DANH SÁCH ĐỀ CỬ NĂM 2025'],
      [],
      ['Số thứ tự', 'Họ và tên', 'Năm sinh', 'Điện thoại'],
      ['1', 'Nguyễn Văn Hậu', '1980', '0912345678'],
    ];
    assert.equal(findHeaderRow(SPEC, rows), 3);
  });

  it('needs the spec’s number of columns named in one row', () => {
    assert.equal(findHeaderRow(SPEC, [['Họ và tên', 'Năm sinh', 'Ghi chú']]), null);
    assert.equal(findHeaderRow({ ...SPEC, minHeaderColumns: 2 }, [['Họ và tên', 'Năm sinh']]), 1);
  });

  it('looks only at the first 10 rows', () => {
    const rows = [...Array.from({ length: 10 }, () => ['…']), ['STT', 'Họ và tên', 'Năm sinh']];
    assert.equal(findHeaderRow(SPEC, rows), null);
  });
});

describe('findDataSheet', () => {
  const header = ['STT', 'Họ và tên', 'Năm sinh'];
  const options = { dataSheet: 'Đề cử', noHeader: 'Không tìm thấy dòng tiêu đề' };

  it('prefers the named sheet, else the first sheet with a header row', () => {
    const sheets = [
      { name: 'Ghi chú', rows: [['xin chào']] },
      { name: 'Trang 2', rows: [header] },
      { name: 'Đề cử', rows: [['Tiêu đề'], header] },
    ];
    assert.deepEqual(findDataSheet(SPEC, sheets, options), { sheet: sheets[2], headerRow: 2 });
    assert.equal(findDataSheet(SPEC, sheets.slice(0, 2), options).sheet.name, 'Trang 2');
  });

  it('refuses a workbook without a header row with the spec’s message', () => {
    assert.throws(
      () => findDataSheet(SPEC, [{ name: 'Trang 1', rows: [['a', 'b']] }], options),
      (e: unknown) => e instanceof DomainError && e.code === 'VALIDATION' && e.message === options.noHeader,
    );
  });
});

describe('missingColumns', () => {
  it('names each required column the mapping lacks by its template header', () => {
    assert.deepEqual(
      missingColumns(SPEC.columns, { name: null, birthYear: 2 }, ['name', 'birthYear', 'phone']),
      ['Bảng tính thiếu cột "Họ và tên" (bắt buộc)', 'Bảng tính thiếu cột "Số điện thoại" (bắt buộc)'],
    );
  });
});
