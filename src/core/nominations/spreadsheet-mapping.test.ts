import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NOMINATION_COLUMNS, type NominationColumnKey } from './columns.ts';
import { findHeaderRow, proposeMapping } from './spreadsheet.ts';

const HEADERS = NOMINATION_COLUMNS.map((c) => c.header);

describe('proposeMapping', () => {
  it('maps the template header row column for column', () => {
    const mapping = proposeMapping(HEADERS);
    for (const [i, c] of NOMINATION_COLUMNS.entries()) assert.equal(mapping[c.key], i, c.key);
  });

  const cases: Array<[string, NominationColumnKey | 'memberCount']> = [
    ['Ho ten', 'name'],
    ['Họ và tên', 'name'],
    ['HỌ VÀ TÊN', 'name'],
    ['Tên tập thể', 'name'],
    ['CCCD', 'citizenId'],
    ['Số Căn cước công dân', 'citizenId'],
    ['SĐT', 'phone'],
    ['Điện thoại', 'phone'],
    ['Số TT', 'stt'],
    ['Năm sinh', 'birthYear'],
    ['Ngày sinh', 'birthYear'],
    ['Dân tộc', 'ethnic'],
    ['Giới tính', 'gender'],
    ['Cá nhân/Tập thể', 'kind'],
    ['Đơn vị', 'nominatingUnit'],
    ['Số thành viên', 'memberCount'],
  ];
  for (const [header, key] of cases)
    it(`"${header}" → ${key}`, () => assert.equal(proposeMapping(['Ghi chú', header])[key], 1));

  it('gives the longer match: "Lĩnh vực ưu tiên" to priority areas, "Lĩnh vực" to field', () => {
    const m = proposeMapping([
      'Lĩnh vực ưu tiên (nếu có)',
      'Lĩnh vực',
      'Đơn vị trước sắp xếp',
      'Đơn vị đề nghị',
    ]);
    assert.deepEqual([m.priorityAreas, m.field, m.formerUnit, m.nominatingUnit], [0, 1, 2, 3]);
  });

  it('maps shuffled, renamed headers and leaves unknown ones unmapped', () => {
    const m = proposeMapping(['SĐT', 'Ghi chú', 'Ho ten', 'Năm sinh', 'Loại', 'Đơn vị đề cử', 'CCCD']);
    assert.deepEqual(
      [m.phone, m.name, m.birthYear, m.kind, m.nominatingUnit, m.citizenId, m.gender, m.stt],
      [0, 2, 3, 4, 5, 6, null, null],
    );
  });

  it('uses each source column once', () => {
    const m = proposeMapping(['Họ và tên', 'Họ và tên']);
    assert.equal(m.name, 0);
    assert.equal(Object.values(m).filter((v) => v === 1).length, 0);
  });
});

describe('findHeaderRow', () => {
  it('finds the template header in row 1', () => assert.equal(findHeaderRow([HEADERS]), 1));
  it('skips title rows above the header', () =>
    assert.equal(findHeaderRow([['DANH SÁCH ĐỀ CỬ'], [], ['STT', 'Họ tên', 'Năm sinh', 'Dân tộc']]), 3));
  it('needs three recognised headers', () =>
    assert.equal(findHeaderRow([['Họ tên', 'Năm sinh', 'Ghi chú']]), null));
  it('looks only at the first 10 rows', () =>
    assert.equal(findHeaderRow([...Array.from({ length: 10 }, () => ['x']), HEADERS]), null));
});
