/**
 * Award history as spreadsheet rows: the template's columns, which source column holds which field
 * (by header, ignoring case and marks), every cell parsed into an AwardRecordInput and checked with a
 * Vietnamese message "Dòng N, cột X: …", and the instructions sheet.
 */

import { currentForms } from '../../../../core/awards/catalogue.ts';
import type { AwardForm } from '../../../../core/awards/types.ts';
import { columnLetter } from '../../../../core/nominations/columns.ts';
import { parseDayMonthYear } from '../../../../core/nominations/spreadsheet.ts';
import { headerKey } from '../../../../core/nominations/spreadsheet-mapping.ts';
import { resolveReference } from '../../../../core/reference/resolve.ts';
import type { ReferenceItem } from '../../../../core/reference/types.ts';
import { foldVietnamese } from '../../../../core/vietnamese/fold.ts';
import type { AwardRecordInput } from '../../../../shared/api/award-records.ts';

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
export type AwardMapping = Record<AwardColumnKey, number | null>;

/** Other headers people write, folded: a run of whole words inside the header; the longest wins. */
const SYNONYMS: Record<AwardColumnKey, string[]> = {
  kind: ['doi tuong', 'ca nhan tap the', 'loai'],
  name: ['ho va ten', 'ho ten', 'ten tap the', 'ten'],
  birthYear: ['nam sinh', 'ngay sinh'],
  gender: ['gioi tinh', 'nam nu'],
  ethnic: ['dan toc'],
  position: ['chuc vu', 'noi cong tac', 'chuc danh'],
  unit: ['don vi'],
  directWorker: ['truc tiep lao dong', 'truc tiep san xuat', 'lao dong truc tiep'],
  form: ['hinh thuc khen thuong', 'danh hieu', 'hinh thuc', 'khen thuong'],
  year: ['nam duoc khen', 'nam khen thuong', 'nam'],
  achievement: ['thanh tich', 'noi dung khen'],
  decisionNumber: ['so quyet dinh', 'so qd'],
  decisionDate: ['ngay quyet dinh', 'ngay qd', 'ngay ky'],
  issuer: ['cap quyet dinh', 'nguoi ky', 'co quan quyet dinh', 'cap khen'],
  amount: ['so tien', 'tien thuong'],
};

/** Which source column holds each field; each source column is used once. */
export function awardMapping(headers: readonly string[]): AwardMapping {
  const keys = headers.map(headerKey);
  const mapping = Object.fromEntries(AWARD_RECORD_COLUMNS.map((c) => [c.key, null])) as AwardMapping;
  const used = new Set<number>();
  const assign = (key: AwardColumnKey, index: number) => {
    if (index < 0 || mapping[key] !== null || used.has(index) || keys[index] === '') return;
    mapping[key] = index;
    used.add(index);
  };
  for (const c of AWARD_RECORD_COLUMNS) assign(c.key, keys.indexOf(headerKey(c.header)));
  const found: Array<{ key: AwardColumnKey; index: number; length: number }> = [];
  for (const c of AWARD_RECORD_COLUMNS)
    for (const phrase of SYNONYMS[c.key])
      keys.forEach((k, index) => {
        if (` ${k} `.includes(` ${phrase} `)) found.push({ key: c.key, index, length: phrase.length });
      });
  found.sort((a, b) => b.length - a.length || a.index - b.index);
  for (const f of found) assign(f.key, f.index);
  return mapping;
}

/** The Excel row number of the header row: the first of 10 rows naming at least 4 columns; else null. */
export function findAwardHeaderRow(rows: readonly string[][]): number | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    if (Object.values(awardMapping(rows[i] ?? [])).filter((v) => v !== null).length >= 4) return i + 1;
  }
  return null;
}

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
};

/**
 * The code of the form a cell names: its code, the name of any version, a usual alias, or a text that
 * begins with one of those ("Giấy khen của Chủ tịch UBND huyện" → giay-khen); null when none fits.
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

export interface SheetContext {
  forms: readonly AwardForm[];
  ethnic: readonly ReferenceItem[];
  units: readonly SheetUnit[];
}

export interface ParsedAwardRow {
  /** Excel row number. */
  row: number;
  input: AwardRecordInput;
}

const KINDS: Record<string, AwardRecordInput['kind']> = {
  'ca nhan': 'individual',
  cn: 'individual',
  'tap the': 'collective',
  tt: 'collective',
  'ho gia dinh': 'collective',
  'gia dinh': 'collective',
  thon: 'collective',
  'to dan pho': 'collective',
};
const GENDERS: Record<string, 'nam' | 'nu'> = { nam: 'nam', nu: 'nu' };
const YES_NO: Record<string, boolean> = { co: true, x: true, '1': true, khong: false, '0': false };

/** "710.000", "710 000", "710,000" or "710000" → 710000; null when it is not a whole amount. */
function parseAmount(text: string): number | null {
  const compact = text.replace(/\s+/gu, '').replace(/đ(ồng)?$/iu, '');
  if (/^\d{1,3}([.,]\d{3})+$/u.test(compact)) return Number(compact.replace(/[.,]/gu, ''));
  return /^\d+$/u.test(compact) ? Number(compact) : null;
}

/** Every cell of one row read, with the problems of reading (not yet the record's rules). */
export function readAwardRow(
  cell: (key: AwardColumnKey) => string,
  ctx: SheetContext,
  fail: (key: AwardColumnKey, text: string) => void,
): { input: AwardRecordInput; unknownUnit: string | null } {
  const kindText = cell('kind');
  const kind = KINDS[headerKey(kindText)];
  if (kindText === '') fail('kind', 'Đối tượng: không được để trống (ghi "Cá nhân" hoặc "Tập thể")');
  else if (!kind) fail('kind', `Đối tượng "${kindText}" không hợp lệ: ghi "Cá nhân" hoặc "Tập thể"`);
  const name = cell('name').replace(/\s+/gu, ' ');
  if (name === '') fail('name', 'Họ và tên / Tên tập thể: không được để trống');
  const yearOf = (key: 'birthYear' | 'year', label: string): number | null => {
    const t = cell(key);
    if (/^\d{4}$/u.test(t)) return Number(t);
    if (t === '') return null;
    const date = /^\d+$/u.test(t) ? null : parseDayMonthYear(t);
    if (date) return Number(date.slice(0, 4));
    fail(key, `${label} "${t}" không phải là năm hợp lệ`);
    return null;
  };
  const birthYear = yearOf('birthYear', 'Năm sinh');
  const year = yearOf('year', 'Năm được khen');
  if (cell('year') === '') fail('year', 'Năm được khen: không được để trống');
  else if (year !== null && (year < 2000 || year > 2100))
    fail('year', `Năm được khen ${year}: phải từ năm 2000`);
  const genderText = cell('gender');
  const gender = genderText === '' ? null : (GENDERS[foldVietnamese(genderText)] ?? null);
  if (genderText !== '' && !gender)
    fail('gender', `Giới tính "${genderText}" không hợp lệ: ghi "Nam" hoặc "Nữ"`);
  const ethnicText = cell('ethnic');
  const ethnic = ethnicText === '' ? null : resolveReference(ctx.ethnic, ethnicText);
  if (ethnicText !== '' && !ethnic) fail('ethnic', `Dân tộc "${ethnicText}" không có trong danh mục`);
  const workerText = cell('directWorker');
  const directWorker = workerText === '' ? false : YES_NO[headerKey(workerText)];
  if (directWorker === undefined)
    fail('directWorker', `Trực tiếp lao động "${workerText}" không hợp lệ: ghi "Có" hoặc "Không"`);
  const formText = cell('form');
  const formCode = formText === '' ? null : resolveFormCode(ctx.forms, formText);
  if (formText === '') fail('form', 'Danh hiệu, hình thức khen thưởng: không được để trống');
  else if (!formCode) fail('form', `"${formText}" không có trong danh mục danh hiệu, hình thức khen thưởng`);
  const dateText = cell('decisionDate');
  const decisionDate = dateText === '' ? null : parseDayMonthYear(dateText);
  if (dateText !== '' && !decisionDate)
    fail('decisionDate', `Ngày quyết định "${dateText}" không phải ngày hợp lệ (ghi dạng 25/12/2023)`);
  const amountText = cell('amount');
  const amount = amountText === '' ? null : parseAmount(amountText);
  if (amountText !== '' && amount === null)
    fail('amount', `Số tiền thưởng "${amountText}" không hợp lệ: ghi số đồng, ví dụ 710000`);
  const unitText = cell('unit');
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
      ethnicCode: individual ? (ethnic?.code ?? null) : null,
      directWorker: directWorker ?? false,
      position: cell('position'),
      unitId: unit?.id ?? null,
      unitName: unit?.fullName ?? unitText,
      formCode: formCode ?? '',
      year: year ?? 0,
      achievement: cell('achievement'),
      decisionNumber: cell('decisionNumber'),
      decisionDate,
      issuer: cell('issuer'),
      amount,
    },
    unknownUnit: unitKey !== '' && !unit ? unitText : null,
  };
}

/** Which column a problem of `recordProblems` belongs to. */
export const PATH_COLUMNS: Partial<Record<keyof AwardRecordInput, AwardColumnKey>> = {
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
export const MAX_LENGTHS: ReadonlyArray<[AwardColumnKey, number]> = [
  ['name', 300],
  ['unit', 300],
  ['achievement', 2000],
  ['decisionNumber', 60],
  ['issuer', 300],
];

export const columnLabel = (key: AwardColumnKey) =>
  AWARD_RECORD_COLUMNS.find((c) => c.key === key)?.label ?? key;

/** "Dòng 5, cột J: …" (or "Dòng 5: …" for a problem of no column). */
export function rowMessage(row: number, column: number, text: string): string {
  return column < 0 ? `Dòng ${row}: ${text}` : `Dòng ${row}, cột ${columnLetter(column)}: ${text}`;
}

/** The names of the current forms, for the template's drop-down. */
export function formNames(forms: readonly AwardForm[]): string[] {
  return currentForms(forms).map((f) => f.name);
}
