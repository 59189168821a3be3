/**
 * Biểu 1 and Biểu 2 as plain table models: the screen draws them, and "Sao chép bảng" copies the very
 * same cells as HTML (with borders and merged headers, so Word keeps the layout) and as tab-separated
 * text for plain editors.
 */
import { toRoman } from '../../../../core/vietnamese/roman.ts';
import type { AwardStatisticsResponse } from '../../../../shared/api/award-records.ts';

export interface Cell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  /** Numbers are right-aligned, names left, headers centred. */
  align?: 'left' | 'right' | 'center';
}

export interface TableModel {
  title: string;
  note: string;
  head: Cell[][];
  body: Cell[][];
}

export type Measure = 'count' | 'amount';

const number = new Intl.NumberFormat('vi-VN');
const num = (n: number): Cell => ({ text: number.format(n), align: 'right' });
const percent = (share: number): Cell => ({ text: `${String(share).replace('.', ',')}%`, align: 'right' });

type Line = AwardStatisticsResponse['byForm']['total'];

function values(line: Line, measure: Measure, bold = false): Cell[] {
  const pick = (c: Line['total']) => [c.collective[measure], c.individual[measure]];
  const cells = [...line.years.flatMap(pick), ...pick(line.total), line.total.all[measure]].map(num);
  return bold ? cells.map((c) => ({ ...c, bold: true })) : cells;
}

const isEmpty = (line: Line) => line.total.all.count === 0;

/**
 * Biểu 1: rows by level (I, II, III) then form (1, 2, …), a column pair Tập thể / Cá nhân per year and
 * the totals; counts or money. Forms nobody received are left out unless `showEmpty`.
 */
export function formTable(stats: AwardStatisticsResponse, measure: Measure, showEmpty: boolean): TableModel {
  const years = stats.years;
  const head: Cell[][] = [
    [
      { text: 'STT', rowSpan: 2, align: 'center', bold: true },
      { text: 'Hình thức khen thưởng', rowSpan: 2, align: 'center', bold: true },
      ...years.map((y): Cell => ({ text: String(y), colSpan: 2, align: 'center', bold: true })),
      { text: 'Tổng cộng', colSpan: 3, align: 'center', bold: true },
    ],
    [
      ...[...years, 0].flatMap((): Cell[] => [
        { text: 'Tập thể', align: 'center', bold: true },
        { text: 'Cá nhân', align: 'center', bold: true },
      ]),
      { text: 'Cộng', align: 'center', bold: true },
    ],
  ];
  const body: Cell[][] = [];
  stats.byForm.levels.forEach((level, i) => {
    body.push([
      { text: toRoman(i + 1), bold: true, align: 'center' },
      { text: level.levelName, bold: true, align: 'left' },
      ...values(level, measure, true),
    ]);
    level.rows
      .filter((r) => showEmpty || !isEmpty(r))
      .forEach((row, j) => {
        body.push([
          { text: String(j + 1), align: 'center' },
          { text: row.formName, align: 'left' },
          ...values(row, measure),
        ]);
      });
  });
  body.push([
    { text: '' },
    { text: 'Tổng cộng', bold: true, align: 'left' },
    ...values(stats.byForm.total, measure, true),
  ]);
  return {
    title: `Biểu 1. Kết quả khen thưởng theo hình thức và cấp khen, giai đoạn ${years[0]} - ${years[years.length - 1]}`,
    note: measure === 'count' ? 'Đơn vị tính: lượt tập thể, cá nhân' : 'Đơn vị tính: đồng',
    head,
    body,
  };
}

/** Biểu 2: per level, the individuals rewarded and, of them, direct workers, women and ethnic minorities. */
export function shareTable(stats: AwardStatisticsResponse): TableModel {
  const years = stats.years;
  const head: Cell[][] = [
    [
      { text: 'STT', rowSpan: 2, align: 'center', bold: true },
      { text: 'Cấp khen thưởng', rowSpan: 2, align: 'center', bold: true },
      { text: 'Tổng số cá nhân được khen thưởng', rowSpan: 2, align: 'center', bold: true },
      {
        text: 'Trong đó: công nhân, nông dân, người trực tiếp lao động',
        colSpan: 2,
        align: 'center',
        bold: true,
      },
      { text: 'Nữ', colSpan: 2, align: 'center', bold: true },
      { text: 'Người dân tộc thiểu số', colSpan: 2, align: 'center', bold: true },
    ],
    [1, 2, 3].flatMap((): Cell[] => [
      { text: 'Số lượng', align: 'center', bold: true },
      { text: 'Tỷ lệ', align: 'center', bold: true },
    ]),
  ];
  const row = (r: AwardStatisticsResponse['shares']['total'], index: string, bold: boolean): Cell[] =>
    [
      { text: index, align: 'center' as const },
      { text: r.levelName, align: 'left' as const },
      num(r.individuals),
      num(r.directWorkers.count),
      percent(r.directWorkers.share),
      num(r.women.count),
      percent(r.women.share),
      num(r.ethnicMinorities.count),
      percent(r.ethnicMinorities.share),
    ].map((c) => (bold ? { ...c, bold: true } : c));
  return {
    title: `Biểu 2. Cá nhân được khen thưởng là người trực tiếp lao động, nữ, người dân tộc thiểu số, giai đoạn ${years[0]} - ${years[years.length - 1]}`,
    note: 'Tỷ lệ tính trên tổng số cá nhân được khen thưởng của từng cấp',
    head,
    body: [
      ...stats.shares.levels.map((l, i) => row(l, toRoman(i + 1), false)),
      row(stats.shares.total, '', true),
    ],
  };
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The table as HTML a word processor pastes with its borders, merged headers and alignment. */
export function tableHtml(model: TableModel): string {
  const cell = (tag: 'th' | 'td', c: Cell) => {
    const attrs = [
      c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '',
      c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '',
    ].join('');
    const style = `border:1px solid #000;padding:2pt 4pt;text-align:${c.align ?? 'left'};${c.bold ? 'font-weight:bold;' : ''}`;
    return `<${tag}${attrs} style="${style}">${escapeHtml(c.text)}</${tag}>`;
  };
  const rows = (cells: Cell[][], tag: 'th' | 'td') =>
    cells.map((r) => `<tr>${r.map((c) => cell(tag, c)).join('')}</tr>`).join('');
  return [
    `<p style="font-family:'Times New Roman';font-size:13pt;font-weight:bold;text-align:center">${escapeHtml(model.title)}</p>`,
    `<p style="font-family:'Times New Roman';font-size:12pt;font-style:italic;text-align:right">${escapeHtml(model.note)}</p>`,
    `<table style="border-collapse:collapse;font-family:'Times New Roman';font-size:12pt">`,
    `<thead>${rows(model.head, 'th')}</thead>`,
    `<tbody>${rows(model.body, 'td')}</tbody>`,
    '</table>',
  ].join('');
}

/** The table as tab-separated lines: a merged cell is followed (and underlined) by empty cells. */
export function tableText(model: TableModel): string {
  const rows = [...model.head, ...model.body];
  const grid: string[][] = rows.map(() => []);
  rows.forEach((r, i) => {
    let col = 0;
    for (const c of r) {
      while (grid[i][col] !== undefined) col++;
      for (let di = 0; di < (c.rowSpan ?? 1); di++) {
        for (let dj = 0; dj < (c.colSpan ?? 1); dj++) {
          if (grid[i + di]) grid[i + di][col + dj] = di === 0 && dj === 0 ? c.text : '';
        }
      }
      col += c.colSpan ?? 1;
    }
  });
  return [model.title, ...grid.map((r) => Array.from(r, (x) => x ?? '').join('\t'))].join('\n');
}
