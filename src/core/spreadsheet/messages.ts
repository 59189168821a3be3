/**
 * The messages of an import, in Vietnamese: "Dòng N, cột X: lý do" with N and X as Excel shows them,
 * and the reasons every spreadsheet shares. A feature's own reasons live with its spec.
 */

import { columnLetter } from './columns.ts';

/** "Dòng 5, cột J: …" for a cell, or "Dòng 5: …" for a problem of no column (column < 0). */
export function rowMessage(row: number, column: number, text: string): string {
  return column < 0 ? `Dòng ${row}: ${text}` : `Dòng ${row}, cột ${columnLetter(column)}: ${text}`;
}

/** Reasons shared by every spreadsheet; `label` is the column's name in messages. */
export const CELL_MESSAGES = {
  empty: (label: string) => `${label}: không được để trống`,
  year: (label: string, v: string) => `${label} "${v}" không phải là năm hợp lệ`,
  yesNo: (label: string, v: string) => `${label} "${v}" không hợp lệ: ghi "Có" hoặc "Không"`,
  gender: (label: string, v: string) => `${label} "${v}" không hợp lệ: ghi "Nam" hoặc "Nữ"`,
  notInList: (label: string, v: string) => `${label} "${v}" không có trong danh mục`,
  tooLong: (label: string, max: number) => `${label}: dài quá ${max} ký tự`,
  noData: (sheet: string) => `Trang "${sheet}" chưa có dòng dữ liệu nào dưới dòng tiêu đề.`,
};

/** What the guide says of the messages, and of a file with one bad row. */
export const IMPORT_NOTES = {
  rowMessages:
    'Mọi ô sai được báo theo dạng "Dòng N, cột X: lý do", trong đó N là số dòng và X là chữ cột mà Excel hiển thị.',
  allOrNothing: 'Chỉ cần một dòng sai là cả tệp chưa được nhập; hãy sửa đúng các ô được báo rồi nhập lại.',
};

/** The row number a message names ("Dòng 12, cột C: …" → 12); 0 for a message of no row. */
function rowOfMessage(message: string): number {
  return Number(/^Dòng (\d+)/u.exec(message)?.[1] ?? 0);
}

/**
 * Messages of several checks as one list by row number; the messages of one row keep their order
 * (those of the first list first). Messages of no row come first.
 */
export function mergeRowMessages(...lists: ReadonlyArray<readonly string[]>): string[] {
  return lists
    .flat()
    .map((text, i) => ({ text, i, row: rowOfMessage(text) }))
    .sort((a, b) => a.row - b.row || a.i - b.i)
    .map((e) => e.text);
}
