/**
 * Commendation statistics for the five-year summary report (legal-facts.md §8):
 * - Biểu 1: results by level and form; for each year a Tập thể / Cá nhân split, counts and money;
 *   subtotals per level and a grand total;
 * - Biểu 2: per level, the individuals rewarded and, of them, direct workers, women and ethnic
 *   minorities, each as a count and a share (%, one decimal).
 * Every number is a count or sum of the records given: "số lượt" (one record = one award).
 */
import { AWARD_LEVEL_LABELS, currentForms } from './catalogue.ts';
import type { AwardForm, AwardFormLevel, AwardRecord } from './types.ts';

/** A level of Biểu 1/2; "khac" holds records whose form is not in the catalogue. */
export type StatisticsLevel = AwardFormLevel | 'khac';

export const STATISTICS_LEVEL_LABELS: Record<StatisticsLevel, string> = {
  ...AWARD_LEVEL_LABELS,
  khac: 'Hình thức khác (chưa có trong danh mục)',
};

export interface CountAndMoney {
  count: number;
  /** Total money in đồng (records without an amount add nothing). */
  amount: number;
}

export interface YearCell {
  collective: CountAndMoney;
  individual: CountAndMoney;
  /** Both together. */
  all: CountAndMoney;
}

export interface StatisticsLine {
  /** One cell per year of `AwardStatistics.years`, in that order. */
  years: YearCell[];
  /** All the years together. */
  total: YearCell;
}

export interface FormRow extends StatisticsLine {
  formCode: string;
  formName: string;
}

export interface LevelGroup extends StatisticsLine {
  level: StatisticsLevel;
  levelName: string;
  rows: FormRow[];
}

export interface ShareCell {
  count: number;
  /** Percent of the level's individuals, one decimal (33.3 = 33,3%); 0 when there are none. */
  share: number;
}

export interface ShareRow {
  /** "total" for the last row (all levels). */
  level: StatisticsLevel | 'total';
  levelName: string;
  /** Individuals rewarded (lượt). */
  individuals: number;
  directWorkers: ShareCell;
  women: ShareCell;
  ethnicMinorities: ShareCell;
}

export interface AwardStatistics {
  years: number[];
  /** Biểu 1. */
  byForm: { levels: LevelGroup[]; total: StatisticsLine };
  /** Biểu 2: one row per level, then the total. */
  shares: { levels: ShareRow[]; total: ShareRow };
}

const LEVEL_ORDER: StatisticsLevel[] = ['nha_nuoc', 'thanh_pho', 'co_so', 'khac'];
/** Kinh (01) is the majority; 55 marks a foreign national, not an ethnic minority. */
const NOT_MINORITY = new Set(['01', '55']);

function emptyCell(): YearCell {
  return {
    collective: { count: 0, amount: 0 },
    individual: { count: 0, amount: 0 },
    all: { count: 0, amount: 0 },
  };
}

function emptyLine(years: readonly number[]): StatisticsLine {
  return { years: years.map(emptyCell), total: emptyCell() };
}

function addTo(cell: YearCell, r: AwardRecord): void {
  const amount = r.amount ?? 0;
  const part = r.kind === 'individual' ? cell.individual : cell.collective;
  part.count += 1;
  part.amount += amount;
  cell.all.count += 1;
  cell.all.amount += amount;
}

function addLine(line: StatisticsLine, yearIndex: number, r: AwardRecord): void {
  addTo(line.years[yearIndex], r);
  addTo(line.total, r);
}

/** count / total as a percent with one decimal, computed on integers: 1 of 3 → 33.3. */
export function percentShare(count: number, total: number): number {
  if (total <= 0) return 0;
  // Round half up in tenths of a percent: (count × 1000 × 2 + total) ÷ (2 × total), floored.
  return Math.floor((count * 2000 + total) / (2 * total)) / 10;
}

function shareRow(level: StatisticsLevel | 'total', people: readonly AwardRecord[]): ShareRow {
  const total = people.length;
  const cell = (pred: (r: AwardRecord) => boolean): ShareCell => {
    const count = people.filter(pred).length;
    return { count, share: percentShare(count, total) };
  };
  return {
    level,
    levelName: level === 'total' ? 'Tổng cộng' : STATISTICS_LEVEL_LABELS[level],
    individuals: total,
    directWorkers: cell((r) => r.directWorker),
    women: cell((r) => r.gender === 'nu'),
    ethnicMinorities: cell((r) => r.ethnicCode !== null && !NOT_MINORITY.has(r.ethnicCode)),
  };
}

/**
 * Biểu 1 and Biểu 2 for `years` (e.g. 2020–2025) from the award records. Every form of the catalogue
 * has its row (zeros included), in catalogue order; records of a code not in the catalogue are counted
 * under "khác" so the totals always equal the records. Records of other years are left out.
 */
export function awardStatistics(
  records: readonly AwardRecord[],
  forms: readonly AwardForm[],
  years: number[],
): AwardStatistics {
  const yearIndex = new Map(years.map((y, i) => [y, i]));
  const inYears = records.filter((r) => yearIndex.has(r.year));

  const groups = new Map<StatisticsLevel, LevelGroup>();
  const rows = new Map<string, { row: FormRow; group: LevelGroup }>();
  const groupOf = (level: StatisticsLevel): LevelGroup => {
    let g = groups.get(level);
    if (!g) {
      g = { level, levelName: STATISTICS_LEVEL_LABELS[level], rows: [], ...emptyLine(years) };
      groups.set(level, g);
    }
    return g;
  };
  const addRow = (level: StatisticsLevel, formCode: string, formName: string) => {
    const group = groupOf(level);
    const row: FormRow = { formCode, formName, ...emptyLine(years) };
    group.rows.push(row);
    rows.set(formCode, { row, group });
    return { row, group };
  };
  for (const level of LEVEL_ORDER.slice(0, 3)) groupOf(level);
  for (const f of currentForms(forms)) addRow(f.level, f.code, f.name);

  const total = emptyLine(years);
  const levelOfRecord = new Map<AwardRecord, StatisticsLevel>();
  for (const r of inYears) {
    const target = rows.get(r.formCode) ?? addRow('khac', r.formCode, r.formCode);
    const i = yearIndex.get(r.year) as number;
    addLine(target.row, i, r);
    addLine(target.group, i, r);
    addLine(total, i, r);
    levelOfRecord.set(r, target.group.level);
  }

  const levels = LEVEL_ORDER.flatMap((l) => {
    const g = groups.get(l);
    return g ? [g] : [];
  });
  const individuals = inYears.filter((r) => r.kind === 'individual');
  const shareLevels = levels.map((g) =>
    shareRow(
      g.level,
      individuals.filter((r) => levelOfRecord.get(r) === g.level),
    ),
  );
  return {
    years: [...years],
    byForm: { levels, total },
    shares: { levels: shareLevels, total: shareRow('total', individuals) },
  };
}
