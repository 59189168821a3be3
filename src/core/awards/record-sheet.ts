/**
 * Award history as spreadsheet rows: the template's columns and the other headers people write, every
 * cell read into the fields of one award record with a "Dòng N, cột X: …" message for each bad one,
 * and the template with its instructions sheet. The record's own rules are checked by the service.
 */

import { resolveReference } from '../reference/resolve.ts';
import type { ReferenceItem } from '../reference/types.ts';
import { parseDayMonthYear } from '../spreadsheet/cells.ts';
import type { HeaderSynonyms } from '../spreadsheet/columns.ts';
import type { HeaderSpec } from '../spreadsheet/mapping.ts';
import { IMPORT_NOTES } from '../spreadsheet/messages.ts';
import type { SheetRow } from '../spreadsheet/rows.ts';
import {
  type ColumnGuide,
  type GuideBlock,
  guideBlocks,
  type TemplateWorkbook,
  templateWorkbook,
} from '../spreadsheet/template.ts';
import { foldVietnamese } from '../vietnamese/fold.ts';
import { currentForms } from './catalogue.ts';
import type { AwardForm, AwardRecordFields } from './types.ts';

/** The template's columns, in order; `label` names the column in messages. */
export const AWARD_RECORD_COLUMNS = [
  { key: 'kind', header: 'Đối tượng (Cá nhân/Tập thể)', label: 'Đối tượng' },
  { key: 'name', header: 'Họ và tên / Tên tập thể', label: 'Họ và tên / Tên tập thể' },
  { key: 'birthYear', header: 'Năm sinh', label: 'Năm sinh' },
  { key: 'gender', header: 'Giới tính', label: 'Giới tính' },
  { key: 'ethnic', header: 'Dân tộc', label: 'Dân tộc' },
  { key: 'position', header: 'Chức vụ, đơn vị công tác', label: 'Chức vụ, đơn vị công tác' },
  { key: 'unit', header: 'Đơn vị', label: 'Đơn vị' },
  { key: 'directWorker', header: 'Trực tiếp lao động (Có/Không)', label: 'Trực tiếp lao động' },
  { key: 'form', header: 'Danh hiệu, hình thức khen thưởng', label: 'Danh hiệu, hình thức khen thưởng' },
  { key: 'year', header: 'Năm được khen', label: 'Năm được khen' },
  { key: 'achievement', header: 'Thành tích', label: 'Thành tích' },
  { key: 'decisionNumber', header: 'Số quyết định', label: 'Số quyết định' },
  { key: 'decisionDate', header: 'Ngày quyết định', label: 'Ngày quyết định' },
  { key: 'issuer', header: 'Cấp quyết định', label: 'Cấp quyết định' },
  { key: 'amount', header: 'Số tiền thưởng (đồng)', label: 'Số tiền thưởng' },
] as const;

export type AwardColumnKey = (typeof AWARD_RECORD_COLUMNS)[number]['key'];

/** Other headers people write, folded: a run of whole words inside the header; the longest wins. */
const SYNONYMS: Record<AwardColumnKey, HeaderSynonyms> = {
  kind: { within: ['doi tuong', 'ca nhan tap the', 'loai'] },
  name: { within: ['ho va ten', 'ho ten', 'ten tap the', 'ten'] },
  birthYear: { within: ['nam sinh', 'ngay sinh'] },
  gender: { within: ['gioi tinh', 'nam nu'] },
  ethnic: { within: ['dan toc'] },
  position: { within: ['chuc vu', 'noi cong tac', 'chuc danh'] },
  unit: { within: ['don vi'] },
  directWorker: { within: ['truc tiep lao dong', 'truc tiep san xuat', 'lao dong truc tiep'] },
  form: { within: ['hinh thuc khen thuong', 'danh hieu', 'hinh thuc', 'khen thuong'] },
  year: { within: ['nam duoc khen', 'nam khen thuong', 'nam'] },
  achievement: { within: ['thanh tich', 'noi dung khen'] },
  decisionNumber: { within: ['so quyet dinh', 'so qd'] },
  decisionDate: { within: ['ngay quyet dinh', 'ngay qd', 'ngay ky'] },
  issuer: { within: ['cap quyet dinh', 'nguoi ky', 'co quan quyet dinh', 'cap khen'] },
  amount: { within: ['so tien', 'tien thuong'] },
};

/** The history sheet for header finding and the mapping: a header row names at least 4 columns. */
export const AWARD_RECORD_HEADERS: HeaderSpec<AwardColumnKey> = {
  columns: AWARD_RECORD_COLUMNS,
  synonyms: SYNONYMS,
  minHeaderColumns: 4,
};

export const AWARD_RECORD_DATA_SHEET = 'Lịch sử khen thưởng';
const GUIDE_SHEET = 'Hướng dẫn';
/** The columns without which a row is no award. */
export const AWARD_RECORD_REQUIRED: readonly AwardColumnKey[] = ['kind', 'name', 'form', 'year'];

/** When no sheet has a header row. */
export const AWARD_RECORD_NO_HEADER =
  'Không tìm thấy dòng tiêu đề trong 10 dòng đầu của bảng tính. Hãy dùng tệp mẫu, hoặc để tiêu đề các cột (ví dụ "Họ và tên", "Danh hiệu, hình thức khen thưởng", "Năm được khen") ở một dòng phía trên dữ liệu.';

/** Names people write for forms of the catalogue (folded), besides the forms' own names and codes. */
const FORM_ALIASES: Record<string, string> = {
  'chien si tien tien': 'lao-dong-tien-tien',
  ldtt: 'lao-dong-tien-tien',
  'don vi tien tien': 'tap-the-lao-dong-tien-tien',
  ttldtt: 'tap-the-lao-dong-tien-tien',
  'don vi quyet thang': 'tap-the-lao-dong-xuat-sac',
  ttldxs: 'tap-the-lao-dong-xuat-sac',
  cstdcs: 'chien-si-thi-dua-co-so',
  'bang khen thanh pho': 'bang-khen-thanh-pho',
  'bang khen ubnd thanh pho': 'bang-khen-thanh-pho',
  'bang khen cua ubnd thanh pho': 'bang-khen-thanh-pho',
  'bang khen chu tich ubnd thanh pho': 'bang-khen-thanh-pho',
  'bang khen thu tuong': 'bang-khen-thu-tuong',
  'bang khen cua thu tuong': 'bang-khen-thu-tuong',
  'bang khen thu tuong chinh phu': 'bang-khen-thu-tuong',
  // A Giấy khen of the former district level (until 30/6/2025) is not the commune chairman's.
  'giay khen huyen': 'giay-khen-huyen',
  'giay khen ubnd huyen': 'giay-khen-huyen',
  'giay khen cua ubnd huyen': 'giay-khen-huyen',
  'giay khen chu tich ubnd huyen': 'giay-khen-huyen',
  'giay khen cua chu tich ubnd huyen': 'giay-khen-huyen',
  'giay khen cua chu tich ubnd cap huyen': 'giay-khen-huyen',
};

/**
 * The code of the form a cell names: its code, the name of any version, a usual alias, or a text that
 * begins with one of those ("Giấy khen của Chủ tịch UBND xã Lê Lợi" → giay-khen, "Giấy khen của Chủ tịch UBND huyện
 * Bạch Long Vĩ" → giay-khen-huyen); null when none fits.
 */
export function resolveFormCode(forms: readonly AwardForm[], text: string): string | null {
  const key = foldVietnamese(text).replace(/[“”"'.]/gu, '');
  if (key === '') return null;
  const names = new Map<string, string>(Object.entries(FORM_ALIASES));
  for (const f of forms) {
    names.set(f.code, f.code);
    names.set(foldVietnamese(f.name), f.code);
  }
  const exact = names.get(key) ?? names.get(key.replace(/-/gu, ' '));
  if (exact) return exact;
  let best: [string, string] | null = null;
  for (const [name, code] of names)
    if (key.startsWith(`${name} `) && (!best || name.length > best[0].length)) best = [name, code];
  return best?.[1] ?? null;
}

/** A unit of the owner's subtree, as a cell may name it. */
export interface SheetUnit {
  id: string;
  name: string;
  fullName: string;
}

/** What reading a row needs: the forms, the ethnic groups and the owner's units. */
export interface SheetContext {
  forms: readonly AwardForm[];
  ethnic: readonly ReferenceItem[];
  units: readonly SheetUnit[];
}

const KINDS: Record<string, AwardRecordFields['kind']> = {
  'ca nhan': 'individual',
  cn: 'individual',
  'tap the': 'collective',
  tt: 'collective',
  'ho gia dinh': 'collective',
  'gia dinh': 'collective',
  thon: 'collective',
  'to dan pho': 'collective',
};

/** "710.000", "710 000", "710,000" or "710000" → 710000; null when it is not a whole amount. */
function parseAmount(text: string): number | null {
  const compact = text.replace(/\s+/gu, '').replace(/đ(ồng)?$/iu, '');
  if (/^\d{1,3}([.,]\d{3})+$/u.test(compact)) return Number(compact.replace(/[.,]/gu, ''));
  return /^\d+$/u.test(compact) ? Number(compact) : null;
}

/** Every cell of one row read, with the problems of reading (not yet the record's rules). */
export function readAwardRow(
  row: SheetRow<AwardColumnKey>,
  ctx: SheetContext,
): { input: AwardRecordFields; unknownUnit: string | null } {
  const kind = row.choice('kind', KINDS, {
    empty: 'Đối tượng: không được để trống (ghi "Cá nhân" hoặc "Tập thể")',
    invalid: (v) => `Đối tượng "${v}" không hợp lệ: ghi "Cá nhân" hoặc "Tập thể"`,
  });
  const name = row.required('name').replace(/\s+/gu, ' ');
  const birthYear = row.year('birthYear');
  const year = row.year('year');
  if (row.cell('year') === '') row.required('year');
  else if (year !== null && (year < 2000 || year > 2100))
    row.fail('year', `Năm được khen ${year}: phải từ năm 2000`);
  const gender = row.gender('gender');
  const ethnicCode = row.reference('ethnic', (t) => resolveReference(ctx.ethnic, t));
  const directWorker = row.yesNo('directWorker');
  const formText = row.required('form');
  const formCode = formText === '' ? null : resolveFormCode(ctx.forms, formText);
  if (formText !== '' && !formCode)
    row.fail('form', `"${formText}" không có trong danh mục danh hiệu, hình thức khen thưởng`);
  const dateText = row.cell('decisionDate');
  const decisionDate = dateText === '' ? null : parseDayMonthYear(dateText);
  if (dateText !== '' && !decisionDate)
    row.fail('decisionDate', `Ngày quyết định "${dateText}" không phải ngày hợp lệ (ghi dạng 25/12/2023)`);
  const amountText = row.cell('amount');
  const amount = amountText === '' ? null : parseAmount(amountText);
  if (amountText !== '' && amount === null)
    row.fail('amount', `Số tiền thưởng "${amountText}" không hợp lệ: ghi số đồng, ví dụ 710000`);
  const unitText = row.cell('unit');
  const unitKey = foldVietnamese(unitText);
  const unit =
    unitKey === ''
      ? null
      : (ctx.units.find((u) => foldVietnamese(u.fullName) === unitKey) ??
        ctx.units.find((u) => foldVietnamese(u.name) === unitKey) ??
        null);
  const individual = kind !== 'collective';
  return {
    input: {
      kind: kind ?? 'individual',
      name,
      birthYear: individual ? birthYear : null,
      gender: individual ? gender : null,
      ethnicCode: individual ? ethnicCode : null,
      directWorker,
      position: row.cell('position'),
      unitId: unit?.id ?? null,
      unitName: unit?.fullName ?? unitText,
      formCode: formCode ?? '',
      year: year ?? 0,
      achievement: row.cell('achievement'),
      decisionNumber: row.cell('decisionNumber'),
      decisionDate,
      issuer: row.cell('issuer'),
      amount,
    },
    unknownUnit: unitKey !== '' && !unit ? unitText : null,
  };
}

/** Which column a problem of the record's rules belongs to. */
export const PATH_COLUMNS: Partial<Record<string, AwardColumnKey>> = {
  kind: 'kind',
  name: 'name',
  birthYear: 'birthYear',
  gender: 'gender',
  ethnicCode: 'ethnic',
  directWorker: 'directWorker',
  position: 'position',
  unitId: 'unit',
  unitName: 'unit',
  formCode: 'form',
  year: 'year',
  achievement: 'achievement',
  decisionNumber: 'decisionNumber',
  decisionDate: 'decisionDate',
  issuer: 'issuer',
  amount: 'amount',
};

/** Column-length limits of the cells, as the API's. */
export const MAX_LENGTHS: ReadonlyArray<readonly [AwardColumnKey, number]> = [
  ['name', 300],
  ['unit', 300],
  ['achievement', 2000],
  ['decisionNumber', 60],
  ['issuer', 300],
];

/** How each column is filled, with an example. */
const g = (required: string, accepted: string, example: string): ColumnGuide => ({
  required,
  accepted,
  example,
});
const GUIDE: Record<AwardColumnKey, ColumnGuide> = {
  kind: g('Bắt buộc', '"Cá nhân" hoặc "Tập thể" (hộ gia đình, thôn, tổ dân phố ghi "Tập thể").', 'Cá nhân'),
  name: g('Bắt buộc', 'Họ và tên đầy đủ, hoặc tên tập thể; tối đa 300 ký tự.', 'Nguyễn Văn Hậu'),
  birthYear: g('Không', 'Năm sinh 4 chữ số (cá nhân); giúp nhận ra cùng một người qua các năm.', '1980'),
  gender: g('Không', '"Nam" hoặc "Nữ" (cá nhân).', 'Nam'),
  ethnic: g('Không', 'Chọn trong danh mục 54 dân tộc (cá nhân).', 'Kinh'),
  position: g('Không', 'Chức vụ và nơi công tác; tối đa 500 ký tự.', 'Thuyền trưởng tàu cá'),
  unit: g(
    'Không',
    'Tên đơn vị đúng như trong danh sách đơn vị của phần mềm; tên khác vẫn được nhập nhưng không gắn với đơn vị.',
    'Nghiệp đoàn nghề cá Bạch Long Vĩ',
  ),
  directWorker: g(
    'Không (để trống là "Không")',
    '"Có" hoặc "Không": người trực tiếp lao động, sản xuất.',
    'Có',
  ),
  form: g('Bắt buộc', 'Chọn trong danh mục danh hiệu, hình thức khen thưởng.', 'Lao động tiên tiến'),
  year: g('Bắt buộc', 'Năm được khen, 4 chữ số, từ 2000 đến năm nay.', '2023'),
  achievement: g(
    'Không',
    'Thành tích được khen; tối đa 2.000 ký tự.',
    'Hoàn thành xuất sắc nhiệm vụ năm 2023',
  ),
  decisionNumber: g('Không', 'Số và ký hiệu quyết định.', '125/QĐ-UBND'),
  decisionDate: g('Không', 'Ngày ký quyết định, dạng ngày/tháng/năm.', '25/12/2023'),
  issuer: g('Không', 'Người hoặc cơ quan quyết định khen thưởng.', 'Chủ tịch UBND huyện Bạch Long Vĩ'),
  amount: g('Không', 'Số tiền thưởng bằng đồng, chỉ ghi số.', '710000'),
};

/** The "Hướng dẫn" sheet of the template. */
export function awardRecordGuide(): GuideBlock[] {
  return guideBlocks({
    title: 'HƯỚNG DẪN ĐIỀN LỊCH SỬ KHEN THƯỞNG',
    filling: [
      `1. Điền ở trang "${AWARD_RECORD_DATA_SHEET}", mỗi dòng một lần khen thưởng, bắt đầu từ dòng 2. Dòng trống được bỏ qua.`,
      '2. Một người được khen nhiều lần thì ghi nhiều dòng, mỗi dòng một danh hiệu hoặc hình thức.',
      '3. Không sửa, không xóa và không đổi thứ tự các tiêu đề ở dòng 1.',
    ],
    importing: [
      IMPORT_NOTES.rowMessages,
      IMPORT_NOTES.allOrNothing,
      'Một khen thưởng đã có trong phần mềm (cùng người, cùng hình thức, cùng năm và cùng số quyết định) bị từ chối.',
    ],
    columns: AWARD_RECORD_COLUMNS,
    columnGuide: GUIDE,
  });
}

const TEMPLATE_ROWS = 1000;
const WIDTHS: Partial<Record<AwardColumnKey, number>> = {
  kind: 14,
  name: 28,
  position: 36,
  unit: 30,
  form: 32,
  achievement: 40,
  decisionNumber: 16,
  decisionDate: 16,
  issuer: 30,
  amount: 16,
};

/** The empty template: drop-downs of the active ethnic groups, the owner's units and the current forms. */
export function awardRecordTemplateWorkbook(options: {
  ethnic: readonly ReferenceItem[];
  units: string[];
  forms: readonly AwardForm[];
}): TemplateWorkbook {
  return templateWorkbook({
    dataSheet: AWARD_RECORD_DATA_SHEET,
    columns: AWARD_RECORD_COLUMNS,
    widths: WIDTHS,
    defaultWidth: 12,
    validationRows: TEMPLATE_ROWS,
    dropDowns: [
      { key: 'kind', list: 'Đối tượng', values: ['Cá nhân', 'Tập thể'] },
      { key: 'gender', list: 'Giới tính', values: ['Nam', 'Nữ'] },
      { key: 'ethnic', list: 'Dân tộc', values: options.ethnic.filter((e) => e.active).map((e) => e.label) },
      { key: 'unit', list: 'Đơn vị', values: options.units, open: true },
      { key: 'directWorker', list: 'Trực tiếp lao động', values: ['Có', 'Không'] },
      {
        key: 'form',
        list: 'Danh hiệu, hình thức',
        values: currentForms(options.forms).map((f) => f.name),
        open: true,
      },
    ],
    guideSheet: GUIDE_SHEET,
    guideWidths: [8, 34, 22, 60, 30],
    guide: awardRecordGuide(),
  });
}
