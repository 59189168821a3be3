/**
 * Guests and leaders as spreadsheet rows: the columns of the template, which source column holds
 * which field (by header, ignoring case and marks), every cell parsed and checked with a Vietnamese
 * message "Dòng N, cột X: …" (N and X as Excel shows them), and the instructions sheet.
 */

import type { GuestInput } from '../../../core/delegation/types.ts';
import { columnLetter } from '../../../core/nominations/columns.ts';
import { parseDayMonthYear } from '../../../core/nominations/spreadsheet.ts';
import { headerKey } from '../../../core/nominations/spreadsheet-mapping.ts';
import { resolveMany, resolveReference } from '../../../core/reference/resolve.ts';
import type { ReferenceLists } from '../../../core/reference/types.ts';
import { foldVietnamese } from '../../../core/vietnamese/fold.ts';
import type { TextSheetSpec } from '../../render/xlsx.ts';
import { type GuestRules, guestProblems } from './guests.service.ts';

/** The template's columns, in order; `label` names the column in messages. */
export const GUEST_COLUMNS = [
  { key: 'category', header: 'Thành phần (Khách mời/Lãnh đạo)', label: 'Thành phần' },
  { key: 'name', header: 'Họ và tên', label: 'Họ và tên' },
  { key: 'gender', header: 'Giới tính', label: 'Giới tính' },
  { key: 'birthYear', header: 'Năm sinh', label: 'Năm sinh' },
  { key: 'ethnic', header: 'Dân tộc', label: 'Dân tộc' },
  { key: 'position', header: 'Chức vụ - đơn vị', label: 'Chức vụ - đơn vị' },
  { key: 'formerUnit', header: 'Đơn vị trước sắp xếp', label: 'Đơn vị trước sắp xếp' },
  { key: 'field', header: 'Lĩnh vực', label: 'Lĩnh vực' },
  { key: 'sector', header: 'Thành phần kinh tế', label: 'Thành phần kinh tế' },
  { key: 'directWorker', header: 'Trực tiếp lao động (Có/Không)', label: 'Trực tiếp lao động' },
  { key: 'priorityAreas', header: 'Lĩnh vực ưu tiên', label: 'Lĩnh vực ưu tiên' },
  { key: 'achievements', header: 'Ghi chú/Thành tích', label: 'Ghi chú/Thành tích' },
] as const;

export type GuestColumnKey = (typeof GUEST_COLUMNS)[number]['key'];
export type GuestMapping = Record<GuestColumnKey, number | null>;

/** Other headers people write, folded: `exact` is the whole header, `within` a run of whole words in it. */
const SYNONYMS: Record<GuestColumnKey, { exact?: string[]; within: string[] }> = {
  category: { exact: ['thanh phan', 'loai', 'doi tuong'], within: ['khach moi lanh dao'] },
  name: { exact: ['ten', 'ho ten'], within: ['ho va ten', 'ho ten'] },
  gender: { within: ['gioi tinh', 'nam nu'] },
  birthYear: { within: ['nam sinh', 'ngay sinh'] },
  ethnic: { within: ['dan toc'] },
  position: { within: ['chuc vu', 'noi cong tac', 'chuc danh'] },
  formerUnit: { within: ['don vi truoc sap xep', 'truoc sap xep', 'don vi cu'] },
  field: { within: ['linh vuc'] },
  sector: { within: ['thanh phan kinh te', 'khu vuc kinh te'] },
  directWorker: { within: ['truc tiep lao dong', 'truc tiep san xuat', 'lao dong truc tiep'] },
  priorityAreas: { within: ['linh vuc uu tien', 'uu tien'] },
  achievements: { within: ['ghi chu', 'thanh tich'] },
};

/** Which source column holds each field, from the header texts; each source column is used once. */
export function guestMapping(headers: readonly string[]): GuestMapping {
  const keys = headers.map(headerKey);
  const mapping = Object.fromEntries(GUEST_COLUMNS.map((c) => [c.key, null])) as GuestMapping;
  const used = new Set<number>();
  const assign = (key: GuestColumnKey, index: number) => {
    if (index < 0 || mapping[key] !== null || used.has(index) || keys[index] === '') return;
    mapping[key] = index;
    used.add(index);
  };
  for (const c of GUEST_COLUMNS) assign(c.key, keys.indexOf(headerKey(c.header)));
  for (const c of GUEST_COLUMNS) for (const e of SYNONYMS[c.key].exact ?? []) assign(c.key, keys.indexOf(e));
  const found: Array<{ key: GuestColumnKey; index: number; length: number }> = [];
  for (const c of GUEST_COLUMNS)
    for (const phrase of SYNONYMS[c.key].within)
      keys.forEach((k, index) => {
        if (` ${k} `.includes(` ${phrase} `)) found.push({ key: c.key, index, length: phrase.length });
      });
  found.sort((a, b) => b.length - a.length || a.index - b.index);
  for (const f of found) assign(f.key, f.index);
  return mapping;
}

/** The Excel row number of the header row: the first of 10 rows naming at least 3 columns; else null. */
export function findGuestHeaderRow(rows: readonly string[][]): number | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const mapping = guestMapping(rows[i] ?? []);
    if (Object.values(mapping).filter((v) => v !== null).length >= 3) return i + 1;
  }
  return null;
}

const CATEGORIES: Record<string, GuestInput['category']> = {
  'khach moi': 'khach_moi',
  km: 'khach_moi',
  'lanh dao': 'lanh_dao',
  ld: 'lanh_dao',
  'lanh dao cac cap cac nganh': 'lanh_dao',
};
const GENDERS: Record<string, 'nam' | 'nu'> = { nam: 'nam', nu: 'nu' };
const YES_NO: Record<string, boolean> = { co: true, x: true, '1': true, khong: false, '0': false };
const MAX_LENGTHS: ReadonlyArray<[GuestColumnKey, number]> = [
  ['name', 300],
  ['position', 500],
  ['formerUnit', 300],
  ['achievements', 5000],
];
/** Which column a problem of guestProblems belongs to. */
const PATH_COLUMNS: Partial<Record<keyof GuestInput, GuestColumnKey>> = {
  category: 'category',
  name: 'name',
  gender: 'gender',
  birthYear: 'birthYear',
  ethnicCode: 'ethnic',
  position: 'position',
  formerUnitName: 'formerUnit',
  fieldCode: 'field',
  sectorCode: 'sector',
  directWorker: 'directWorker',
  priorityAreas: 'priorityAreas',
  achievements: 'achievements',
};

export interface ParsedGuest {
  /** Excel row number. */
  row: number;
  input: GuestInput;
}

const label = (key: GuestColumnKey) => GUEST_COLUMNS.find((c) => c.key === key)?.label ?? key;

/**
 * Parses and checks every row below the header; empty rows are skipped. Each bad cell gives one
 * "Dòng N, cột X: lý do"; the same name and birth year twice in the file is refused on the later row.
 */
export function parseGuestRows(
  rows: readonly string[][],
  options: { headerRow: number; mapping: GuestMapping; rules: GuestRules },
): { items: ParsedGuest[]; errors: string[] } {
  const { mapping, rules } = options;
  const lists: ReferenceLists = rules.lists;
  const missing = (['category', 'name'] as const).filter((k) => mapping[k] === null);
  if (missing.length > 0)
    return {
      items: [],
      errors: missing.map(
        (k) => `Bảng tính thiếu cột "${GUEST_COLUMNS.find((c) => c.key === k)?.header}" (bắt buộc)`,
      ),
    };
  const errors: Array<{ row: number; column: number; text: string }> = [];
  const items: ParsedGuest[] = [];
  const firstRow = new Map<string, number>();
  for (let r = options.headerRow; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const row = r + 1;
    const cell = (key: GuestColumnKey) => {
      const c = mapping[key];
      return c === null ? '' : (cells[c] ?? '').trim().normalize('NFC');
    };
    if (GUEST_COLUMNS.every((c) => cell(c.key) === '')) continue;
    const bad = new Set<GuestColumnKey>();
    const fail = (key: GuestColumnKey, text: string) => {
      if (bad.has(key)) return;
      bad.add(key);
      errors.push({ row, column: mapping[key] ?? -1, text });
    };
    const reference = (key: 'ethnic' | 'field' | 'sector'): string | null => {
      const v = cell(key);
      if (v === '') return null;
      const item = resolveReference(lists[key], v);
      if (!item) fail(key, `${label(key)} "${v}" không có trong danh mục`);
      return item?.code ?? null;
    };

    const categoryText = cell('category');
    const category = CATEGORIES[headerKey(categoryText)];
    if (categoryText === '') fail('category', 'Thành phần: không được để trống');
    else if (!category)
      fail('category', `Thành phần "${categoryText}" không hợp lệ: ghi "Khách mời" hoặc "Lãnh đạo"`);
    const name = cell('name').replace(/\s+/gu, ' ');
    if (name === '') fail('name', 'Họ và tên: không được để trống');
    const genderText = cell('gender');
    const gender = genderText === '' ? null : (GENDERS[foldVietnamese(genderText)] ?? null);
    if (genderText !== '' && !gender)
      fail('gender', `Giới tính "${genderText}" không hợp lệ: ghi "Nam" hoặc "Nữ"`);
    const yearText = cell('birthYear');
    let birthYear: number | null = null;
    if (/^\d{4}$/u.test(yearText)) birthYear = Number(yearText);
    else if (yearText !== '') {
      const date = /^\d+$/u.test(yearText) ? null : parseDayMonthYear(yearText);
      if (date) birthYear = Number(date.slice(0, 4));
      else fail('birthYear', `Năm sinh "${yearText}" không phải là năm hợp lệ`);
    }
    const workerText = cell('directWorker');
    const directWorker = workerText === '' ? false : YES_NO[headerKey(workerText)];
    if (directWorker === undefined)
      fail('directWorker', `Trực tiếp lao động "${workerText}" không hợp lệ: ghi "Có" hoặc "Không"`);
    const priorities = resolveMany(lists.priority, cell('priorityAreas'));
    if (priorities.unknown.length > 0)
      fail('priorityAreas', `Lĩnh vực ưu tiên "${priorities.unknown.join('; ')}" không có trong danh mục`);
    const input: GuestInput = {
      category: category ?? 'khach_moi',
      name,
      gender,
      birthYear,
      ethnicCode: reference('ethnic'),
      position: cell('position'),
      nominatingUnitId: null,
      formerUnitName: cell('formerUnit'),
      fieldCode: reference('field'),
      sectorCode: reference('sector'),
      directWorker: directWorker ?? false,
      priorityAreas: priorities.items.map((i) => i.code),
      achievements: cell('achievements'),
    };
    for (const [key, max] of MAX_LENGTHS)
      if (cell(key).length > max) fail(key, `${label(key)}: dài quá ${max} ký tự`);
    for (const p of guestProblems(input, rules)) {
      const key = PATH_COLUMNS[p.path as keyof GuestInput];
      if (key) fail(key, p.message);
    }
    if (bad.size > 0) continue;
    const key = `${foldVietnamese(name)}|${birthYear ?? ''}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      fail('name', `trùng với dòng ${first} (cùng họ tên và năm sinh)`);
      continue;
    }
    firstRow.set(key, row);
    items.push({ row, input });
  }
  errors.sort((a, b) => a.row - b.row || a.column - b.column);
  return {
    items,
    errors: errors.map((e) =>
      e.column < 0 ? `Dòng ${e.row}: ${e.text}` : `Dòng ${e.row}, cột ${columnLetter(e.column)}: ${e.text}`,
    ),
  };
}

/** How each column is filled, with an example. */
const GUIDE: Record<GuestColumnKey, { required: string; accepted: string; example: string }> = {
  category: {
    required: 'Bắt buộc',
    accepted: '"Khách mời" hoặc "Lãnh đạo" (lãnh đạo các cấp, các ngành).',
    example: 'Lãnh đạo',
  },
  name: { required: 'Bắt buộc', accepted: 'Họ và tên đầy đủ; tối đa 300 ký tự.', example: 'Trần Văn Minh' },
  gender: { required: 'Không', accepted: '"Nam" hoặc "Nữ".', example: 'Nam' },
  birthYear: { required: 'Không', accepted: 'Năm sinh 4 chữ số; tuổi từ 16 đến 100.', example: '1972' },
  ethnic: { required: 'Không', accepted: 'Chọn trong danh mục 54 dân tộc.', example: 'Kinh' },
  position: {
    required: 'Không',
    accepted: 'Chức vụ và cơ quan, đơn vị công tác; tối đa 500 ký tự.',
    example: 'Phó Chủ tịch Ủy ban nhân dân đặc khu',
  },
  formerUnit: {
    required: 'Không',
    accepted: 'Đơn vị trước khi sắp xếp năm 2025, ghi như cũ.',
    example: 'Huyện Bạch Long Vĩ',
  },
  field: {
    required: 'Không',
    accepted: 'Chọn trong danh mục lĩnh vực.',
    example: 'Xây dựng Đảng, chính quyền, Mặt trận và đoàn thể',
  },
  sector: {
    required: 'Không',
    accepted: 'Chọn trong danh mục thành phần kinh tế.',
    example: 'Kinh tế nhà nước',
  },
  directWorker: { required: 'Không (để trống là "Không")', accepted: '"Có" hoặc "Không".', example: 'Không' },
  priorityAreas: {
    required: 'Không',
    accepted: 'Một hoặc nhiều lĩnh vực ưu tiên, cách nhau bằng dấu ";".',
    example: 'Quốc phòng - an ninh',
  },
  achievements: { required: 'Không', accepted: 'Ghi chú hoặc thành tích; tối đa 5.000 ký tự.', example: '' },
};

const p = (text: string, style: 'title' | 'heading' | 'body' = 'body') =>
  ({ kind: 'paragraph', text, style }) as const;

/** The "Hướng dẫn" sheet of the template. */
export function guestGuide(lists: ReferenceLists, dataSheet: string): TextSheetSpec['blocks'] {
  const active = (l: keyof ReferenceLists) =>
    lists[l]
      .filter((i) => i.active)
      .map((i) => i.label)
      .join('; ');
  return [
    p('HƯỚNG DẪN ĐIỀN DANH SÁCH KHÁCH MỜI, LÃNH ĐẠO', 'title'),
    p('Cách điền', 'heading'),
    p(`1. Điền ở trang "${dataSheet}", mỗi dòng một người, bắt đầu từ dòng 2. Dòng trống được bỏ qua.`),
    p('2. Không sửa, không xóa và không đổi thứ tự các tiêu đề ở dòng 1.'),
    p('3. Các cột có danh sách chọn (mũi tên ở góc ô): hãy chọn, không gõ khác đi.'),
    p('Khi nhập tệp', 'heading'),
    p(
      'Mọi ô sai được báo theo dạng "Dòng N, cột X: lý do", trong đó N là số dòng và X là chữ cột mà Excel hiển thị.',
    ),
    p('Chỉ cần một dòng sai là cả tệp chưa được nhập; hãy sửa đúng các ô được báo rồi nhập lại.'),
    p('Hai dòng cùng họ tên và năm sinh trong một tệp bị từ chối.'),
    p('Các cột', 'heading'),
    {
      kind: 'table',
      header: ['Cột', 'Tiêu đề', 'Bắt buộc', 'Cách ghi', 'Ví dụ'],
      rows: GUEST_COLUMNS.map((c, i) => [
        columnLetter(i),
        c.header,
        GUIDE[c.key].required,
        GUIDE[c.key].accepted,
        GUIDE[c.key].example,
      ]),
    },
    p('Danh mục đang dùng', 'heading'),
    p(`Lĩnh vực: ${active('field')}.`),
    p(`Thành phần kinh tế: ${active('sector')}.`),
    p(`Lĩnh vực ưu tiên: ${active('priority')}.`),
    p(`Dân tộc: ${active('ethnic')}.`),
  ];
}
