/** The files of an approved delegate list: Word and PDF in the Nghị định 30/2020 layout, and Excel. */

import type { Conference } from '../../../core/conference/types.ts';
import {
  buildDelegateListDocument,
  DELEGATE_LIST_COLUMNS,
  type DelegateListDocumentInput,
  delegateListGroups,
  delegateListSubject,
  delegateListSummary,
} from '../../../core/delegation/list-document.ts';
import type { DelegateList } from '../../../core/delegation/types.ts';
import { slugifyVietnamese } from '../../../core/vietnamese/fold.ts';
import { renderDocx } from '../../render/docx.ts';
import { renderPdf } from '../../render/pdf.ts';
import { type CellValue, writeWorkbook } from '../../render/xlsx.ts';

export type DelegateListFormat = 'docx' | 'pdf' | 'xlsx';

export const DELEGATE_LIST_CONTENT_TYPES: Record<DelegateListFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** "Danh sách đại biểu lần 2 - Hội nghị tuyên dương … Bạch Long Vĩ.docx", and the same without marks. */
export function delegateListFileName(
  conference: Conference,
  list: Pick<DelegateList, 'number'>,
  format: DelegateListFormat,
): { fileName: string; asciiName: string } {
  const base = `Danh sách đại biểu lần ${list.number} - ${conference.name}`.replaceAll('/', '-');
  return { fileName: `${base}.${format}`, asciiName: `${slugifyVietnamese(base)}.${format}` };
}

/** The list as a Word file (A4 landscape). */
export async function renderDelegateListDocx(input: DelegateListDocumentInput): Promise<Buffer> {
  return renderDocx(buildDelegateListDocument(input));
}

/** The list as a PDF file (A4 landscape, Tinos embedded). */
export async function renderDelegateListPdf(input: DelegateListDocumentInput): Promise<Buffer> {
  return renderPdf(buildDelegateListDocument(input));
}

/** Columns whose text is a number Excel can sum or sort. */
const NUMERIC = new Set([0, 2]);

/**
 * The list as an Excel file: title rows, the frozen header, one row per delegate (category, then
 * given name), then the summary; printed A4 landscape, one page wide.
 */
export async function renderDelegateListXlsx(input: DelegateListDocumentInput): Promise<Buffer> {
  const { conference, list, labelValue } = input;
  const rows: CellValue[][] = delegateListGroups(list, labelValue).flatMap((g) =>
    g.rows.map((r) => r.map((text, i) => (NUMERIC.has(i) && text !== '' ? Number(text) : text))),
  );
  const summary = delegateListSummary(list);
  return writeWorkbook({
    sheets: [
      {
        kind: 'table',
        name: 'Danh sách đại biểu',
        titleRows: [
          'DANH SÁCH ĐẠI BIỂU',
          delegateListSubject(conference),
          `(Danh sách lần ${list.number}; tổng số ${list.delegates.length} đại biểu)`,
        ],
        columns: DELEGATE_LIST_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
        rows,
        footerRows: [
          [],
          ['', 'Tổng hợp cơ cấu đại biểu', 'Số người', 'Tỷ lệ'],
          ...summary.map((s): CellValue[] => ['', s.label, s.count, s.share]),
        ],
        print: { orientation: 'landscape' },
      },
    ],
  });
}
