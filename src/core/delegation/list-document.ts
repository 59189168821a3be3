/**
 * "Danh sách đại biểu dự Hội nghị …": an approved delegate list as a Nghị định 30/2020 document
 * (A4 landscape) and as the rows of its spreadsheet. Grouped by category, given-name order inside.
 */
import type { Conference } from '../conference/types.ts';
import {
  type AdminDocument,
  type BodyBlock,
  formatPlaceDateLine,
  keptWithNext,
  paragraph,
  type TableBlock,
  type TableCell,
} from '../documents/model.ts';
import { formatShare } from '../nominations/rules.ts';
import { isoDateInVietnam } from '../vietnamese/dates.ts';
import { toRoman } from '../vietnamese/roman.ts';
import { attendingPerson, minorityOf } from './attributes.ts';
import { inCategoryOrder } from './candidates.ts';
import { DELEGATE_CATEGORY_LABELS, type ValueLabeler } from './labels.ts';
import {
  DELEGATE_CATEGORIES,
  type DelegateCandidate,
  type DelegateCategory,
  type DelegateList,
} from './types.ts';

export interface DelegateListDocumentInput {
  conference: Conference;
  list: DelegateList;
  labelValue: ValueLabeler;
}

/** The columns of the list: header, relative width in the document, width in the spreadsheet. */
export const DELEGATE_LIST_COLUMNS = [
  { header: 'STT', weight: 13, width: 6 },
  { header: 'Họ và tên', weight: 44, width: 26 },
  { header: 'Năm sinh', weight: 14, width: 9 },
  { header: 'Giới tính', weight: 14, width: 9 },
  { header: 'Dân tộc', weight: 14, width: 11 },
  { header: 'Chức vụ - đơn vị', weight: 36, width: 40 },
  { header: 'Thành phần', weight: 19, width: 18 },
  { header: 'Lĩnh vực', weight: 24, width: 20 },
  { header: 'Trực tiếp lao động', weight: 14, width: 11 },
  { header: 'Đơn vị trước sắp xếp', weight: 20, width: 22 },
  { header: 'Thành tích', weight: 72, width: 60 },
] as const;

/** How much of the achievements the list shows. */
const ACHIEVEMENTS_CHARS = 200;
/** Text size of the list table: 11 columns across an A4 landscape page. */
const LIST_TABLE_PT = 11;

export interface DelegateListGroup {
  category: DelegateCategory;
  /** "I", "II"… over the categories that have delegates. */
  numeral: string;
  label: string;
  /** One line of text per delegate, in DELEGATE_LIST_COLUMNS order; STT runs on across groups. */
  rows: string[][];
}

export interface DelegateListSummaryRow {
  label: string;
  count: number;
  /** "70,0%" of all delegates. */
  share: string;
}

/** The first ~200 characters of the achievements, cut at a word, with "…" when cut. */
export function shortAchievements(text: string, max = ACHIEVEMENTS_CHARS): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  const head = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;.:\-–]+$/u, '')}…`;
}

/** The category in the list's narrow "Thành phần" column (the group title gives it in full). */
const CATEGORY_SHORT: Record<DelegateCategory, string> = {
  dien_hinh: 'Điển hình tiên tiến',
  khach_moi: 'Khách mời',
  lanh_dao: 'Lãnh đạo',
};

/**
 * The delegate's name as the list prints it: a person's name; for a collective the representative who
 * attends for it, "Nguyễn Văn A — đại diện Trạm Y tế đặc khu" (the collective alone while it has named
 * nobody).
 */
export function delegateDisplayName(d: Pick<DelegateCandidate, 'kind' | 'name' | 'representative'>): string {
  if (d.kind !== 'collective' || !d.representative) return d.name;
  return `${d.representative.name} — đại diện ${d.name}`;
}

function delegateRow(d: DelegateCandidate, stt: number, labelValue: ValueLabeler): string[] {
  const coded = (column: 'ethnic' | 'field', code: string | null) =>
    code === null || code.trim() === '' ? '' : labelValue(column, code);
  const person = attendingPerson(d);
  return [
    String(stt),
    delegateDisplayName(d),
    person.birthYear === null ? '' : String(person.birthYear),
    person.gender === 'nu' ? 'Nữ' : person.gender === 'nam' ? 'Nam' : '',
    coded('ethnic', person.ethnicCode),
    d.position.trim() || d.nominatingUnitName,
    CATEGORY_SHORT[d.category],
    coded('field', d.fieldCode),
    d.directWorker ? 'Có' : '',
    d.formerUnitName.trim(),
    shortAchievements(d.achievements),
  ];
}

/**
 * The delegates grouped by category, numbered 1…n: exemplary collectives then people by given name,
 * guests and leaders in protocol order (inCategoryOrder).
 */
export function delegateListGroups(list: DelegateList, labelValue: ValueLabeler): DelegateListGroup[] {
  const groups: DelegateListGroup[] = [];
  let stt = 0;
  for (const category of DELEGATE_CATEGORIES) {
    const members = inCategoryOrder(
      category,
      list.delegates.filter((d) => d.category === category),
    );
    if (members.length === 0) continue;
    groups.push({
      category,
      numeral: toRoman(groups.length + 1),
      label: DELEGATE_CATEGORY_LABELS[category],
      rows: members.map((d) => {
        stt += 1;
        return delegateRow(d, stt, labelValue);
      }),
    });
  }
  return groups;
}

/** Total, each category, women, ethnic minorities and direct workers, with their share of the total. */
export function delegateListSummary(list: DelegateList): DelegateListSummaryRow[] {
  const all = list.delegates;
  const total = all.length;
  const row = (label: string, count: number): DelegateListSummaryRow => ({
    label,
    count,
    share: formatShare(total === 0 ? 0 : count / total),
  });
  return [
    row('Tổng số đại biểu', total),
    ...DELEGATE_CATEGORIES.map((c) =>
      row(DELEGATE_CATEGORY_LABELS[c], all.filter((d) => d.category === c).length),
    ),
    // A collective counts by its representative, the person who attends (as in the composition rules).
    row('Nữ', all.filter((d) => attendingPerson(d).gender === 'nu').length),
    row(
      'Dân tộc thiểu số',
      all.filter((d) => minorityOf(attendingPerson(d).ethnicCode) === 'thieu_so').length,
    ),
    row('Trực tiếp lao động, sản xuất', all.filter((d) => d.directWorker).length),
  ];
}

/** "Dự Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ lần thứ I (2025 - 2030)". */
export function delegateListSubject(conference: Conference): string {
  const line2 = conference.nameLine2.trim();
  const tail = line2 === '' ? '' : ` ${line2.charAt(0).toLocaleLowerCase('vi')}${line2.slice(1)}`;
  return `Dự ${conference.name.trim()}${tail}`;
}

function cell(text: string, align?: TableCell['align'], bold = false): TableCell {
  const runs = [bold ? { text, bold } : { text }];
  return align ? { runs, align } : { runs };
}

/** Columns centred in the list: STT, year, gender, direct work. */
const CENTRED = new Set([0, 2, 3, 8]);

function listTable(groups: DelegateListGroup[]): TableBlock {
  const width = DELEGATE_LIST_COLUMNS.length;
  const rows: TableCell[][] = [];
  for (const g of groups) {
    rows.push([
      cell(g.numeral, 'center', true),
      {
        ...cell(`${g.label.toLocaleUpperCase('vi')} (${g.rows.length} người)`, 'left', true),
        span: width - 1,
      },
    ]);
    for (const r of g.rows) rows.push(r.map((text, i) => cell(text, CENTRED.has(i) ? 'center' : 'left')));
  }
  return {
    kind: 'table',
    columnWeights: DELEGATE_LIST_COLUMNS.map((c) => c.weight),
    header: DELEGATE_LIST_COLUMNS.map((c) => cell(c.header)),
    rows,
    fontSize: LIST_TABLE_PT,
  };
}

function summaryTable(summary: DelegateListSummaryRow[]): TableBlock {
  return {
    kind: 'table',
    columnWeights: [13, 110, 35, 35, 109],
    header: [cell('STT'), cell('Cơ cấu'), cell('Số người'), cell('Tỷ lệ'), cell('Ghi chú')],
    rows: summary.map((s, i) => [
      cell(i === 0 ? '' : String(i), 'center'),
      cell(s.label, 'left', i === 0),
      cell(String(s.count), 'center', i === 0),
      cell(s.share, 'center', i === 0),
      cell(''),
    ]),
    fontSize: LIST_TABLE_PT + 1,
  };
}

/** The day the list was approved, in Vietnam (from the record, never the clock); null when unreadable. */
function approvedDate(list: DelegateList): string | null {
  const instant = new Date(list.approvedAt);
  return Number.isNaN(instant.getTime()) ? null : isoDateInVietnam(instant);
}

/**
 * The approved list as a document: the plan's issuing body with no number of its own (Nghị định 30
 * gives a list no type code: it is numbered only as the annex of a decision or plan), the place and
 * the day it was approved, "DANH SÁCH ĐẠI BIỂU", the conference, the table grouped by category, the
 * summary, and the plan's signature.
 */
export function buildDelegateListDocument(input: DelegateListDocumentInput): AdminDocument {
  const { conference, list, labelValue } = input;
  const { plan } = conference;
  const approved = approvedDate(list);
  const year = approved ? Number(approved.slice(0, 4)) : conference.year;
  const groups = delegateListGroups(list, labelValue);
  const body: BodyBlock[] = [
    paragraph(
      [
        {
          text: `(Danh sách lần ${list.number}; tổng số ${list.delegates.length} đại biểu)`,
          italic: true,
        },
      ],
      'center',
    ),
    listTable(groups),
    // A paragraph between the tables, or Word joins them into one; the summary comes last, as the
    // renderers keep the last block (and the lines kept with it) on the page of the signature.
    keptWithNext(paragraph([{ text: 'Tổng hợp cơ cấu đại biểu:', bold: true }])),
    summaryTable(delegateListSummary(list)),
  ];
  const keep = plan.recipients.filter((r) => /^\s*Lưu\b/u.test(r));
  return {
    header: {
      parentBody: plan.parentBody,
      issuingBody: plan.issuingBody,
      numberLine: '',
      placeDateLine: formatPlaceDateLine(plan.place, approved, year),
    },
    orientation: 'landscape',
    typeName: 'DANH SÁCH ĐẠI BIỂU',
    subject: delegateListSubject(conference),
    body,
    recipients: ['Ban Tổ chức Hội nghị;', ...(keep.length > 0 ? keep : ['Lưu: VT.'])],
    signature: {
      titleLines: [plan.signature.authority, plan.signature.prefix, plan.signature.position].filter(
        (line) => line.trim() !== '',
      ),
      signerName: plan.signature.signerName,
    },
  };
}
