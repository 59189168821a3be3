/**
 * Guests and leaders as spreadsheet rows: the template's columns and the other headers people write,
 * every cell read into a GuestInput with a "Dòng N, cột X: …" message for each bad one, and the
 * template with its instructions sheet.
 */

import type { FieldProblem } from '../errors/domain-error.ts';
import { resolveMany, resolveReference } from '../reference/resolve.ts';
import type { ReferenceLists } from '../reference/types.ts';
import type { HeaderSynonyms } from '../spreadsheet/columns.ts';
import { type ColumnMapping, type HeaderSpec, missingColumns } from '../spreadsheet/mapping.ts';
import { IMPORT_NOTES } from '../spreadsheet/messages.ts';
import { readRows } from '../spreadsheet/rows.ts';
import {
  activeListsGuide,
  type ColumnGuide,
  type GuideBlock,
  guideBlocks,
  type TemplateWorkbook,
  templateWorkbook,
} from '../spreadsheet/template.ts';
import { foldVietnamese } from '../vietnamese/fold.ts';
import type { GuestInput } from './types.ts';

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
export type GuestMapping = ColumnMapping<GuestColumnKey>;

/** Other headers people write, folded. */
const SYNONYMS: Record<GuestColumnKey, HeaderSynonyms> = {
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

/** The guests sheet for header finding and the mapping: a header row names at least 3 columns. */
export const GUEST_HEADERS: HeaderSpec<GuestColumnKey> = {
  columns: GUEST_COLUMNS,
  synonyms: SYNONYMS,
  minHeaderColumns: 3,
};

export const GUEST_DATA_SHEET = 'Khách mời, lãnh đạo';
export const GUEST_GUIDE_SHEET = 'Hướng dẫn';

/** When no sheet has a header row. */
export const GUEST_NO_HEADER =
  'Không tìm thấy dòng tiêu đề trong 10 dòng đầu của bảng tính. Hãy dùng tệp mẫu, hoặc để tiêu đề các cột (ví dụ "Thành phần", "Họ và tên", "Chức vụ - đơn vị") ở một dòng phía trên dữ liệu.';

const CATEGORIES: Record<string, GuestInput['category']> = {
  'khach moi': 'khach_moi',
  km: 'khach_moi',
  'lanh dao': 'lanh_dao',
  ld: 'lanh_dao',
  'lanh dao cac cap cac nganh': 'lanh_dao',
};
const MAX_LENGTHS: ReadonlyArray<readonly [GuestColumnKey, number]> = [
  ['name', 300],
  ['position', 500],
  ['formerUnit', 300],
  ['achievements', 5000],
];
/** Which column a problem of the guest rules belongs to. */
const PATH_COLUMNS: Partial<Record<string, GuestColumnKey>> = {
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

/** The key of "the same person" within a file and against the list: name and birth year. */
export function guestKey(g: Pick<GuestInput, 'name' | 'birthYear'>): string {
  return `${foldVietnamese(g.name)}|${g.birthYear ?? ''}`;
}

/**
 * Parses and checks every row below the header; empty rows are skipped. Each bad cell gives one
 * "Dòng N, cột X: lý do"; `problems` (the guest rules) are put on their cell; the same name and birth
 * year twice in the file is refused on the later row.
 */
export function parseGuestRows(
  rows: readonly string[][],
  options: {
    headerRow: number;
    mapping: GuestMapping;
    lists: ReferenceLists;
    problems: (input: GuestInput) => FieldProblem[];
  },
): { items: ParsedGuest[]; errors: string[] } {
  const { mapping, lists } = options;
  const missing = missingColumns(GUEST_COLUMNS, mapping, ['category', 'name']);
  if (missing.length > 0) return { items: [], errors: missing };
  const firstRow = new Map<string, number>();
  return readRows(rows, { columns: GUEST_COLUMNS, mapping, headerRow: options.headerRow }, (row) => {
    const category = row.choice('category', CATEGORIES, {
      empty: 'Thành phần: không được để trống',
      invalid: (v) => `Thành phần "${v}" không hợp lệ: ghi "Khách mời" hoặc "Lãnh đạo"`,
    });
    const name = row.required('name').replace(/\s+/gu, ' ');
    const gender = row.gender('gender');
    const birthYear = row.year('birthYear');
    const directWorker = row.yesNo('directWorker');
    const priorityAreas = row.references('priorityAreas', (t) => resolveMany(lists.priority, t));
    const input: GuestInput = {
      category: category ?? 'khach_moi',
      name,
      gender,
      birthYear,
      ethnicCode: row.reference('ethnic', (t) => resolveReference(lists.ethnic, t)),
      position: row.cell('position'),
      nominatingUnitId: null,
      formerUnitName: row.cell('formerUnit'),
      fieldCode: row.reference('field', (t) => resolveReference(lists.field, t)),
      sectorCode: row.reference('sector', (t) => resolveReference(lists.sector, t)),
      directWorker,
      priorityAreas,
      achievements: row.cell('achievements'),
    };
    row.maxLengths(MAX_LENGTHS);
    // A problem of a field the sheet has no column for (the nominating unit) cannot come from the file.
    row.problems(
      options.problems(input).filter((p) => PATH_COLUMNS[p.path]),
      (path) => PATH_COLUMNS[path] ?? null,
    );
    if (row.failed) return null;
    const key = guestKey(input);
    const first = firstRow.get(key);
    if (first !== undefined) {
      row.fail('name', `trùng với dòng ${first} (cùng họ tên và năm sinh)`);
      return null;
    }
    firstRow.set(key, row.row);
    return { row: row.row, input };
  });
}

/** How each column is filled, with an example. */
const GUIDE: Record<GuestColumnKey, ColumnGuide> = {
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

/** The "Hướng dẫn" sheet of the template. */
export function guestGuide(lists: ReferenceLists): GuideBlock[] {
  return guideBlocks({
    title: 'HƯỚNG DẪN ĐIỀN DANH SÁCH KHÁCH MỜI, LÃNH ĐẠO',
    filling: [
      `1. Điền ở trang "${GUEST_DATA_SHEET}", mỗi dòng một người, bắt đầu từ dòng 2. Dòng trống được bỏ qua.`,
      '2. Không sửa, không xóa và không đổi thứ tự các tiêu đề ở dòng 1.',
      '3. Các cột có danh sách chọn (mũi tên ở góc ô): hãy chọn, không gõ khác đi.',
    ],
    importing: [
      IMPORT_NOTES.rowMessages,
      IMPORT_NOTES.allOrNothing,
      'Hai dòng cùng họ tên và năm sinh trong một tệp bị từ chối.',
    ],
    columns: GUEST_COLUMNS,
    columnGuide: GUIDE,
    more: activeListsGuide(lists),
  });
}

/** Rows of the template that carry the drop-downs. */
const TEMPLATE_ROWS = 500;
const WIDTHS: Partial<Record<GuestColumnKey, number>> = {
  category: 16,
  name: 28,
  gender: 10,
  birthYear: 10,
  ethnic: 12,
  position: 40,
  formerUnit: 24,
  field: 24,
  sector: 26,
  directWorker: 14,
  priorityAreas: 26,
  achievements: 44,
};

/** The empty template: the header row with drop-downs, the instructions, the hidden lists. */
export function guestTemplateWorkbook(lists: ReferenceLists): TemplateWorkbook {
  const labels = (l: keyof ReferenceLists) => lists[l].filter((i) => i.active).map((i) => i.label);
  return templateWorkbook({
    dataSheet: GUEST_DATA_SHEET,
    columns: GUEST_COLUMNS,
    widths: WIDTHS,
    defaultWidth: 16,
    validationRows: TEMPLATE_ROWS,
    dropDowns: [
      { key: 'category', list: 'Thành phần', values: ['Khách mời', 'Lãnh đạo'] },
      { key: 'gender', list: 'Giới tính', values: ['Nam', 'Nữ'] },
      { key: 'ethnic', list: 'Dân tộc', values: labels('ethnic') },
      { key: 'field', list: 'Lĩnh vực', values: labels('field') },
      { key: 'sector', list: 'Thành phần kinh tế', values: labels('sector') },
      { key: 'directWorker', list: 'Trực tiếp lao động', values: ['Có', 'Không'] },
    ],
    guideSheet: GUEST_GUIDE_SHEET,
    guideWidths: [8, 30, 26, 60, 34],
    guide: guestGuide(lists),
  });
}
