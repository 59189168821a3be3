import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_REFERENCE_LISTS } from '../reference/defaults.ts';
import { NOMINATION_COLUMNS, type NominationColumnKey } from './columns.ts';
import { individualInput } from './nomination.fixture.ts';
import {
  nominationToRow,
  type ParseOptions,
  parseDayMonthYear,
  parseNominationRows,
  proposeMapping,
} from './spreadsheet.ts';
import { templateGuide } from './spreadsheet-guide.ts';
import { DEFAULT_NOMINATION_SETTINGS } from './types.ts';

const HEADERS = NOMINATION_COLUMNS.map((c) => c.header);
const UNITS: Record<string, string> = {
  'nghiep doan nghe ca bach long vi': 'u-nghiep-doan',
  'truong tieu hoc va trung hoc co so bach long vi': 'u-truong',
  'van phong': 'ambiguous',
};

/** A valid individual row as a unit would type it; `cells` overrides columns by key. */
function row(cells: Partial<Record<NominationColumnKey, string>> = {}): string[] {
  const base: Record<NominationColumnKey, string> = {
    stt: '1',
    kind: 'Cá nhân',
    name: 'Nguyễn Văn Hậu',
    gender: 'Nam',
    birthYear: '1980',
    ethnic: 'Kinh',
    position: 'Thuyền trưởng tàu cá HP-90123-TS',
    nominatingUnit: 'Nghiệp đoàn nghề cá Bạch Long Vĩ',
    formerUnit: 'Huyện Bạch Long Vĩ',
    field: 'Nông nghiệp - thủy sản',
    sector: 'Hộ gia đình, cá nhân sản xuất (nông dân, ngư dân)',
    directWorker: 'Có',
    priorityAreas: 'Kinh tế - xã hội; Quốc phòng - an ninh',
    achievements: 'Bám biển 20 năm; cứu 12 ngư dân gặp nạn năm 2023.',
    awards: 'Giấy khen UBND huyện năm 2022',
    meetingDate: '01/08/2025',
    present: '12',
    inFavour: '10',
    citizenId: '',
    phone: '',
  };
  return NOMINATION_COLUMNS.map((c) => cells[c.key] ?? base[c.key]);
}

function options(overrides: Partial<ParseOptions> = {}): ParseOptions {
  return {
    headerRow: 1,
    mapping: proposeMapping(HEADERS),
    lists: DEFAULT_REFERENCE_LISTS,
    resolveUnit: (text) =>
      UNITS[text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()] ?? null,
    defaultUnitId: null,
    today: '2025-08-20',
    ...overrides,
  };
}

const parse = (rows: string[][], o: Partial<ParseOptions> = {}) =>
  parseNominationRows([HEADERS, ...rows], options(o));

describe('parseDayMonthYear', () => {
  const cases: Array<[string, string | null]> = [
    ['14/08/2025', '2025-08-14'],
    ['4/8/2025', '2025-08-04'],
    ['04.08.2025', '2025-08-04'],
    ['2025-08-14', '2025-08-14'],
    ['45870', '2025-08-01'],
    ['31/02/2025', null],
    ['14/08/25', null],
    ['hôm qua', null],
  ];
  for (const [text, iso] of cases) it(`"${text}" → ${iso}`, () => assert.equal(parseDayMonthYear(text), iso));
});

describe('parseNominationRows: accepted cells', () => {
  it('reads a template row into the nomination a form would send', () => {
    const { items, errors } = parse([row()]);
    assert.deepEqual(errors, []);
    assert.deepEqual(items[0].input, individualInput({ nominatingUnitId: 'u-nghiep-doan' }));
    assert.equal(items[0].row, 2);
  });

  const cases: Array<[string, Partial<Record<NominationColumnKey, string>>, Record<string, unknown>]> = [
    ['CN as Cá nhân', { kind: 'CN' }, { kind: 'individual' }],
    ['"nữ" in any case', { gender: 'NỮ' }, { gender: 'nu' }],
    ['a full birth date', { birthYear: '02/03/1975' }, { birthYear: 1975 }],
    ['a birth date cell', { birthYear: '1975-03-02' }, { birthYear: 1975 }],
    ['an ethnic alias', { ethnic: "H'Mông" }, { ethnicCode: '08' }],
    ['an ethnic code without its zero', { ethnic: '1' }, { ethnicCode: '01' }],
    ['x as Có', { directWorker: 'x' }, { directWorker: true }],
    ['0 as Không', { directWorker: '0' }, { directWorker: false }],
    ['an empty direct worker as Không', { directWorker: '' }, { directWorker: false }],
    ['field by alias', { field: 'thủy sản' }, { fieldCode: 'nong-nghiep-thuy-san' }],
    [
      'priority areas by abbreviation',
      { priorityAreas: 'KT-XH, QP-AN' },
      { priorityAreas: ['kinh-te-xa-hoi', 'quoc-phong-an-ninh'] },
    ],
    ['no priority areas', { priorityAreas: '' }, { priorityAreas: [] }],
    [
      'a date without zeros',
      { meetingDate: '1/8/2025' },
      { vote: { meetingDate: '2025-08-01', present: 12, inFavour: 10, minutesFileId: null } },
    ],
    [
      'an Excel date serial',
      { meetingDate: '45870' },
      { vote: { meetingDate: '2025-08-01', present: 12, inFavour: 10, minutesFileId: null } },
    ],
    ['no vote at all', { meetingDate: '', present: '', inFavour: '' }, { vote: null }],
    ['a CCCD with spaces', { citizenId: '031 080 012 345' }, { citizenId: '031080012345' }],
    ['a phone that lost its 0 in a number cell', { phone: '912345678' }, { phone: '0912345678' }],
    ['a phone in +84 form', { phone: '+84 912 345 678' }, { phone: '0912345678' }],
    ['extra spaces in the name', { name: '  Nguyễn   Văn  Hậu ' }, { name: 'Nguyễn Văn Hậu' }],
    [
      'a name typed with decomposed marks',
      { name: 'Nguyễn Văn Hậu'.normalize('NFD') },
      { name: 'Nguyễn Văn Hậu' },
    ],
  ];
  for (const [what, cells, expected] of cases)
    it(`accepts ${what}`, () => {
      const { items, errors } = parse([row(cells)]);
      assert.deepEqual(errors, []);
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(items[0].input[k as 'name'], v, k);
    });

  it('uses the default unit for an empty "Đơn vị đề cử"', () => {
    const { items, errors } = parse([row({ nominatingUnit: '' })], { defaultUnitId: 'u-default' });
    assert.deepEqual(errors, []);
    assert.equal(items[0].input.nominatingUnitId, 'u-default');
  });

  it('reads a collective with an added "Số thành viên" column', () => {
    const headers = [...HEADERS, 'Số thành viên', 'Người đại diện'];
    const cells = row({
      kind: 'Tập thể',
      name: 'Tổ chuyên môn Tiểu học',
      gender: '',
      birthYear: '',
      ethnic: '',
    });
    const { items, errors } = parseNominationRows([headers, [...cells, '9', 'Trần Thị Lan']], {
      ...options(),
      mapping: proposeMapping(headers),
    });
    assert.deepEqual(errors, []);
    assert.deepEqual([items[0].input.memberCount, items[0].input.representativeName], [9, 'Trần Thị Lan']);
  });

  it('skips empty rows and rows with only an STT, keeping Excel row numbers', () => {
    const { items, errors } = parse([
      [],
      row(),
      ['2'],
      ['', '', ''],
      row({ name: 'Lê Thị Hoa', gender: 'Nữ' }),
    ]);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      items.map((i) => i.row),
      [3, 6],
    );
  });
});

describe('parseNominationRows: every bad cell named "Dòng N, cột X"', () => {
  const cases: Array<[Partial<Record<NominationColumnKey, string>>, string]> = [
    [{ kind: '' }, 'Dòng 2, cột B: Loại: không được để trống'],
    [{ kind: 'Hộ gia đình' }, 'Dòng 2, cột B: Loại "Hộ gia đình" không hợp lệ: ghi "Cá nhân" hoặc "Tập thể"'],
    [{ name: '' }, 'Dòng 2, cột C: Họ và tên: không được để trống'],
    [{ name: 'A'.repeat(301) }, 'Dòng 2, cột C: Họ và tên / Tên tập thể: dài quá 300 ký tự'],
    [{ gender: 'Khác' }, 'Dòng 2, cột D: Giới tính "Khác" không hợp lệ: ghi "Nam" hoặc "Nữ"'],
    [{ gender: '' }, 'Dòng 2, cột D: Giới tính: chưa chọn Nam hoặc Nữ'],
    [{ birthYear: '19x5' }, 'Dòng 2, cột E: Năm sinh "19x5" không phải là năm hợp lệ'],
    [
      { birthYear: '2015' },
      'Dòng 2, cột E: Năm sinh: tuổi phải từ 16 đến 100, tức năm sinh từ 1925 đến 2009',
    ],
    [{ ethnic: 'Kihn' }, 'Dòng 2, cột F: Dân tộc "Kihn" không có trong danh mục'],
    [{ ethnic: '' }, 'Dòng 2, cột F: Dân tộc: không được để trống'],
    [{ nominatingUnit: '' }, 'Dòng 2, cột H: Đơn vị đề cử: không được để trống'],
    [
      { nominatingUnit: 'UBND xã Không Có' },
      'Dòng 2, cột H: Đơn vị đề cử "UBND xã Không Có" không có trong các đơn vị của hội nghị',
    ],
    [
      { nominatingUnit: 'Văn phòng' },
      'Dòng 2, cột H: Đơn vị đề cử "Văn phòng" trùng tên với nhiều đơn vị; hãy ghi tên đầy đủ hoặc mã đơn vị',
    ],
    [{ field: 'Vũ trụ' }, 'Dòng 2, cột J: Lĩnh vực "Vũ trụ" không có trong danh mục'],
    [{ sector: 'Kinh tế ngầm' }, 'Dòng 2, cột K: Thành phần kinh tế "Kinh tế ngầm" không có trong danh mục'],
    [
      { directWorker: 'Có lẽ' },
      'Dòng 2, cột L: Trực tiếp lao động, sản xuất "Có lẽ" không hợp lệ: ghi "Có" hoặc "Không"',
    ],
    [
      { priorityAreas: 'KT-XH; Thiên văn' },
      'Dòng 2, cột M: Lĩnh vực ưu tiên "Thiên văn" không có trong danh mục',
    ],
    [{ achievements: 'x'.repeat(10001) }, 'Dòng 2, cột N: Thành tích tiêu biểu: dài quá 10000 ký tự'],
    [
      { meetingDate: '32/13/2025' },
      'Dòng 2, cột P: Ngày bình xét "32/13/2025" không phải là ngày hợp lệ (ghi ngày/tháng/năm, ví dụ 14/08/2025)',
    ],
    [{ meetingDate: '01/09/2025' }, 'Dòng 2, cột P: Ngày bình xét: không được sau ngày gửi (20/08/2025)'],
    [{ meetingDate: '31/12/2019' }, 'Dòng 2, cột P: Ngày bình xét: không được trước ngày 01/01/2020'],
    [{ meetingDate: '' }, 'Dòng 2, cột P: Ngày bình xét: không được để trống khi đã ghi kết quả bình xét'],
    [{ present: 'mười hai' }, 'Dòng 2, cột Q: Số người dự họp "mười hai" phải là số nguyên không âm'],
    [{ present: '0', inFavour: '0' }, 'Dòng 2, cột Q: Số người dự họp: phải từ 1 trở lên'],
    [{ inFavour: '' }, 'Dòng 2, cột R: Số phiếu đồng ý: không được để trống khi đã ghi kết quả bình xét'],
    [{ inFavour: '13' }, 'Dòng 2, cột R: Số phiếu đồng ý: không được lớn hơn số người dự họp (12)'],
    [{ citizenId: '31080012345' }, 'Dòng 2, cột S: Số CCCD: phải gồm đúng 12 chữ số'],
    [{ phone: '12ab' }, 'Dòng 2, cột T: Số điện thoại: phải là số điện thoại Việt Nam, ví dụ 0912345678'],
    [
      { kind: 'Tập thể', name: 'Tổ Tiểu học', birthYear: '', ethnic: '' },
      'Dòng 2, cột D: Giới tính: chỉ ghi cho cá nhân; tập thể để trống',
    ],
  ];
  for (const [cells, message] of cases)
    it(message, () => {
      const { items, errors } = parse([row(cells)]);
      assert.equal(errors[0], message);
      assert.equal(items.length, 0);
    });

  it('imports a collective without a member count, the template having no such column', () => {
    const { errors, items } = parse([
      row({ kind: 'TT', name: 'Tổ Tiểu học', gender: '', birthYear: '', ethnic: '' }),
    ]);
    assert.deepEqual(errors, []);
    assert.equal(items[0].input.memberCount, null);
  });

  it('reports every bad cell of every row, in row then column order, with source letters', () => {
    const headers = ['Ghi chú', 'Năm sinh', 'Ho ten', 'Loại', 'Giới tính', 'Dân tộc', 'Đơn vị đề cử'];
    const rows = [
      ['DANH SÁCH'],
      headers,
      ['', '1980', 'Nguyễn Văn A', 'Cá nhân', 'Nam', 'Kinh', 'Nghiệp đoàn nghề cá Bạch Long Vĩ'],
      ['', '19x5', 'Nguyễn Văn B', 'Cá nhân', 'Nam', 'Kihn', 'Nghiệp đoàn nghề cá Bạch Long Vĩ'],
      [],
      ['', '1981', 'Nguyễn Văn C', 'Cá', 'Nam', 'Kinh', 'Nơi khác'],
    ];
    const { errors } = parseNominationRows(rows, {
      ...options(),
      headerRow: 2,
      mapping: proposeMapping(headers),
    });
    assert.deepEqual(errors, [
      'Dòng 4, cột B: Năm sinh "19x5" không phải là năm hợp lệ',
      'Dòng 4, cột F: Dân tộc "Kihn" không có trong danh mục',
      'Dòng 6, cột D: Loại "Cá" không hợp lệ: ghi "Cá nhân" hoặc "Tập thể"',
      'Dòng 6, cột G: Đơn vị đề cử "Nơi khác" không có trong các đơn vị của hội nghị',
    ]);
  });

  it('refuses the later of two rows with the same name, birth year and unit', () => {
    const { items, errors } = parse([
      row(),
      row({ gender: 'Nam', name: 'nguyễn văn  HẬU' }),
      row({ birthYear: '1981' }),
    ]);
    assert.deepEqual(errors, ['Dòng 3, cột C: trùng với dòng 2 (cùng họ tên, năm sinh và đơn vị)']);
    assert.deepEqual(
      items.map((i) => i.row),
      [2, 4],
    );
  });

  it('refuses a sheet without the required columns', () => {
    const { errors } = parseNominationRows(
      [
        ['Năm sinh', 'Dân tộc', 'Giới tính'],
        ['1980', 'Kinh', 'Nam'],
      ],
      {
        ...options(),
        mapping: proposeMapping(['Năm sinh', 'Dân tộc', 'Giới tính']),
      },
    );
    assert.deepEqual(errors, [
      'Bảng tính thiếu cột "Loại (Cá nhân/Tập thể)" (bắt buộc)',
      'Bảng tính thiếu cột "Họ và tên / Tên tập thể" (bắt buộc)',
      'Bảng tính thiếu cột "Đơn vị đề cử" (bắt buộc)',
    ]);
  });
});

describe('nominationToRow', () => {
  const n = { ...individualInput({ citizenId: '031080012345', phone: '0912345678' }), number: 7 };
  const exported = (masked: boolean) =>
    nominationToRow(n, {
      lists: DEFAULT_REFERENCE_LISTS,
      unitName: 'Nghiệp đoàn nghề cá Bạch Long Vĩ',
      masked,
    });

  it('writes labels in template order with the number as STT', () => {
    assert.deepEqual(exported(false), [
      7,
      'Cá nhân',
      'Nguyễn Văn Hậu',
      'Nam',
      1980,
      'Kinh',
      'Thuyền trưởng tàu cá HP-90123-TS',
      'Nghiệp đoàn nghề cá Bạch Long Vĩ',
      'Huyện Bạch Long Vĩ',
      'Nông nghiệp - thủy sản',
      'Hộ gia đình, cá nhân sản xuất (nông dân, ngư dân)',
      'Có',
      'Kinh tế - xã hội; Quốc phòng - an ninh',
      'Bám biển 20 năm; cứu 12 ngư dân gặp nạn năm 2023.',
      'Giấy khen UBND huyện năm 2022',
      '01/08/2025',
      12,
      10,
      '031080012345',
      '0912345678',
      null,
      '',
      '',
      null,
      '',
    ]);
  });

  it('masks CCCD and phone when asked', () => {
    assert.deepEqual(exported(true).slice(18, 20), ['********2345', '0912***678']);
  });

  it('reads back as the same nomination', () => {
    const text = exported(false).map((v) => (v === null ? '' : String(v)));
    const { items, errors } = parseNominationRows([[...HEADERS, 'Số thành viên', 'Người đại diện'], text], {
      ...options(),
      mapping: proposeMapping([...HEADERS, 'Số thành viên', 'Người đại diện']),
    });
    assert.deepEqual(errors, []);
    const { number: _n, ...input } = n;
    assert.deepEqual(items[0].input, { ...input, nominatingUnitId: 'u-nghiep-doan' });
  });
});

describe('templateGuide', () => {
  it('explains every column, the "Dòng N, cột X" rule and the vote threshold', () => {
    const blocks = templateGuide(DEFAULT_REFERENCE_LISTS, DEFAULT_NOMINATION_SETTINGS);
    const table = blocks.find((b) => b.kind === 'table');
    assert.ok(table && table.kind === 'table');
    assert.deepEqual(
      table.rows.map((r) => r[1]),
      HEADERS,
    );
    const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    assert.match(text, /Dòng N, cột X/);
    assert.match(text, /trên 50% số người dự họp/);
  });
});
