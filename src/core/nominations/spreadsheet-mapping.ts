/**
 * Which column of a spreadsheet holds which nomination field: proposed from the header texts, ignoring
 * case, marks and punctuation, so a unit's own list can be imported after a mapping step.
 */

import { type ColumnSpec, columnLabels, type HeaderSynonyms } from '../spreadsheet/columns.ts';
import { findHeaderRow as findHeaderRowOf, type HeaderSpec, proposeColumns } from '../spreadsheet/mapping.ts';
import { NOMINATION_COLUMNS, type NominationColumnKey } from './columns.ts';

/**
 * Collective-only fields that are not template columns; read when a sheet has them (a unit's own list),
 * because the rules require the member count of a collective.
 */
export const OPTIONAL_COLUMNS = [
  { key: 'memberCount', header: 'Số thành viên' },
  { key: 'representativeName', header: 'Người đại diện' },
  { key: 'representativeGender', header: 'Giới tính người đại diện' },
  { key: 'representativeBirthYear', header: 'Năm sinh người đại diện' },
  { key: 'representativeEthnic', header: 'Dân tộc người đại diện' },
] as const;

export type OptionalColumnKey = (typeof OPTIONAL_COLUMNS)[number]['key'];
export type SheetColumnKey = NominationColumnKey | OptionalColumnKey;

/** For each field, the 0-based index of the source column that holds it, or null. */
export type ColumnMapping = Record<NominationColumnKey, number | null> &
  Partial<Record<OptionalColumnKey, number | null>>;

/** The template columns, then the optional ones, named in messages by header ("Loại" without its hint). */
export const SHEET_COLUMNS: ReadonlyArray<ColumnSpec<SheetColumnKey>> = [
  ...NOMINATION_COLUMNS.map((c) => (c.key === 'kind' ? { ...c, label: 'Loại' } : c)),
  ...OPTIONAL_COLUMNS,
];

/** The column's name in messages: the template header, "Loại" without its hint. */
export const COLUMN_LABELS = columnLabels(SHEET_COLUMNS);

/** Other headers people write, folded. */
const SYNONYMS: Record<SheetColumnKey, HeaderSynonyms> = {
  stt: { exact: ['tt', 'so tt'], within: ['stt', 'so thu tu'] },
  kind: {
    exact: ['loai'],
    within: ['ca nhan tap the', 'ca nhan hay tap the', 'loai doi tuong', 'doi tuong'],
  },
  name: {
    exact: ['ten', 'ho ten'],
    within: [
      'ho va ten',
      'ho ten',
      'ten tap the',
      'ten ca nhan',
      'ten ca nhan tap the',
      'ten don vi tap the',
    ],
  },
  gender: { within: ['gioi tinh', 'nam nu', 'phai'] },
  birthYear: { within: ['nam sinh', 'ngay sinh', 'ngay thang nam sinh'] },
  ethnic: { within: ['dan toc'] },
  position: { within: ['chuc vu', 'noi cong tac', 'chuc danh', 'don vi cong tac', 'dia chi'] },
  nominatingUnit: { within: ['don vi de cu', 'co quan de cu', 'don vi de nghi', 'don vi', 'co quan'] },
  formerUnit: { within: ['don vi truoc sap xep', 'truoc sap xep', 'don vi cu'] },
  field: { within: ['linh vuc', 'nganh', 'linh vuc cong tac'] },
  sector: { within: ['thanh phan kinh te', 'khu vuc kinh te', 'loai hinh kinh te'] },
  directWorker: { within: ['truc tiep lao dong', 'truc tiep san xuat', 'lao dong truc tiep', 'truc tiep'] },
  priorityAreas: { within: ['linh vuc uu tien', 'uu tien'] },
  achievements: { within: ['thanh tich', 'tom tat thanh tich', 'thanh tich tieu bieu'] },
  awards: { within: ['khen thuong', 'hinh thuc khen thuong', 'danh hieu'] },
  meetingDate: { within: ['ngay binh xet', 'ngay hop', 'ngay bieu quyet', 'ngay hop binh xet'] },
  present: { within: ['so nguoi du hop', 'so nguoi du', 'du hop', 'co mat'] },
  inFavour: { within: ['so phieu dong y', 'phieu dong y', 'dong y', 'tan thanh'] },
  citizenId: { within: ['cccd', 'can cuoc', 'cmnd', 'so dinh danh', 'chung minh'] },
  phone: { exact: ['dt'], within: ['sdt', 'dien thoai', 'di dong', 'so dt'] },
  memberCount: { within: ['so thanh vien', 'so luong thanh vien', 'so nguoi cua tap the'] },
  representativeName: { within: ['nguoi dai dien', 'dai dien'] },
  representativeGender: { within: ['gioi tinh nguoi dai dien', 'gioi tinh dai dien'] },
  representativeBirthYear: { within: ['nam sinh nguoi dai dien', 'nam sinh dai dien'] },
  representativeEthnic: { within: ['dan toc nguoi dai dien', 'dan toc dai dien'] },
};

/** The nominations sheet for header finding and the mapping proposal: a header row names 3 columns. */
export const NOMINATION_HEADERS: HeaderSpec<SheetColumnKey> = {
  columns: SHEET_COLUMNS,
  synonyms: SYNONYMS,
  minHeaderColumns: 3,
};

/**
 * Proposes which source column holds each field, by header text ignoring case and marks: exact template
 * headers first, then other names ("Ho ten", "Họ và tên", "Tên tập thể" → name; "CCCD", "Căn cước" →
 * citizenId; "SĐT", "Điện thoại" → phone). Each source column is used at most once.
 */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  return proposeColumns(NOMINATION_HEADERS, headers) as ColumnMapping;
}

/**
 * The Excel row number (1-based) of the header row: the first of the first 10 rows in which at least
 * 3 cells name a column; null when there is none (not a nomination list).
 */
export function findHeaderRow(rows: readonly string[][]): number | null {
  return findHeaderRowOf(NOMINATION_HEADERS, rows);
}
