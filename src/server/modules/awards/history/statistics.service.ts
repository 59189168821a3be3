import type { Actor } from '../../../../core/auth/access.ts';
import { awardStatistics, type StatisticsLine, type YearCell } from '../../../../core/awards/statistics.ts';
import { toRoman } from '../../../../core/vietnamese/roman.ts';
import type { AwardStatisticsResponse } from '../../../../shared/api/award-records.ts';
import type { ServiceContext } from '../../../context.ts';
import { type CellValue, type TableSheetSpec, writeWorkbook } from '../../../render/xlsx.ts';
import { loadAwardCatalogue } from '../catalogue/catalogue.service.ts';
import { listAwardRecordRows } from './award-records.repo.ts';
import { readableUnit } from './award-records.service.ts';

/**
 * GET /api/units/:unitId/award-statistics: Biểu 1 and Biểu 2 of the award records owned by the unit's
 * subtree, for the years from…to; anyone who may read the unit's award history.
 */
export async function unitAwardStatistics(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
  range: { from: number; to: number },
): Promise<AwardStatisticsResponse> {
  const unit = await readableUnit(ctx, actor, unitId);
  const records = await listAwardRecordRows(ctx.db, {
    ownerPaths: [unit.path],
    yearFrom: range.from,
    yearTo: range.to,
  });
  const { forms } = await loadAwardCatalogue(ctx.db);
  const years = Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
  return { unitId: unit.id, unitName: unit.fullName, ...awardStatistics(records, forms, years) };
}

/** One year: Tập thể, Cá nhân, Số tiền. */
const yearValues = (c: YearCell): CellValue[] => [c.collective.count, c.individual.count, c.all.amount];
/** Every year, then the whole period: Tập thể, Cá nhân, Tổng số, Số tiền. */
const lineValues = (l: StatisticsLine): CellValue[] => [
  ...l.years.flatMap(yearValues),
  l.total.collective.count,
  l.total.individual.count,
  l.total.all.count,
  l.total.all.amount,
];

function period(s: AwardStatisticsResponse): string {
  const first = s.years[0];
  const last = s.years[s.years.length - 1];
  return first === last ? `NĂM ${first}` : `GIAI ĐOẠN ${first} - ${last}`;
}

/** Biểu 1: levels (I, II, …) with their forms (1, 2, …), each year split Tập thể / Cá nhân / Số tiền. */
function formSheet(s: AwardStatisticsResponse): TableSheetSpec {
  const columns = [
    { header: 'STT', width: 6 },
    { header: 'Danh hiệu, hình thức khen thưởng', width: 40 },
    ...s.years.flatMap((y) => [
      { header: `Năm ${y}: Tập thể (lượt)`, width: 10 },
      { header: `Năm ${y}: Cá nhân (lượt)`, width: 10 },
      { header: `Năm ${y}: Số tiền (đồng)`, width: 14 },
    ]),
    { header: 'Cả giai đoạn: Tập thể (lượt)', width: 11 },
    { header: 'Cả giai đoạn: Cá nhân (lượt)', width: 11 },
    { header: 'Cả giai đoạn: Tổng số (lượt)', width: 11 },
    { header: 'Cả giai đoạn: Số tiền (đồng)', width: 16 },
  ];
  const rows: CellValue[][] = s.byForm.levels.flatMap((g, i) => [
    [toRoman(i + 1), g.levelName, ...lineValues(g)],
    ...g.rows.map((r, j) => [j + 1, r.formName, ...lineValues(r)]),
  ]);
  return {
    kind: 'table',
    name: 'Biểu 1',
    titleRows: [`BIỂU 1. KẾT QUẢ KHEN THƯỞNG THEO HÌNH THỨC VÀ CẤP KHEN ${period(s)}`, s.unitName],
    columns,
    rows,
    footerRows: [[null, 'Tổng cộng', ...lineValues(s.byForm.total)]],
    print: { orientation: 'landscape' },
  };
}

/** Biểu 2: per level, individuals rewarded and, of them, direct workers, women, ethnic minorities. */
function shareSheet(s: AwardStatisticsResponse): TableSheetSpec {
  const row = (r: AwardStatisticsResponse['shares']['total']): CellValue[] => [
    r.levelName,
    r.individuals,
    r.directWorkers.count,
    r.directWorkers.share,
    r.women.count,
    r.women.share,
    r.ethnicMinorities.count,
    r.ethnicMinorities.share,
  ];
  return {
    kind: 'table',
    name: 'Biểu 2',
    titleRows: [
      `BIỂU 2. CÁ NHÂN ĐƯỢC KHEN THƯỞNG LÀ NGƯỜI TRỰC TIẾP LAO ĐỘNG, NỮ, NGƯỜI DÂN TỘC THIỂU SỐ ${period(s)}`,
      s.unitName,
    ],
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Cấp khen thưởng', width: 36 },
      { header: 'Tổng số cá nhân được khen (lượt)', width: 14 },
      { header: 'Trong đó: công nhân, nông dân, người trực tiếp lao động (lượt)', width: 18 },
      { header: 'Tỷ lệ trực tiếp lao động (%)', width: 12 },
      { header: 'Nữ (lượt)', width: 10 },
      { header: 'Tỷ lệ nữ (%)', width: 10 },
      { header: 'Người dân tộc thiểu số (lượt)', width: 14 },
      { header: 'Tỷ lệ dân tộc thiểu số (%)', width: 12 },
    ],
    rows: s.shares.levels.map((r, i) => [toRoman(i + 1), ...row(r)]),
    footerRows: [[null, ...row(s.shares.total)]],
    print: { orientation: 'landscape' },
  };
}

/** GET …/award-statistics.xlsx: Biểu 1 and Biểu 2, with titles, frozen headers and A4 print setup. */
export async function unitAwardStatisticsWorkbook(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
  range: { from: number; to: number },
): Promise<{ bytes: Buffer; statistics: AwardStatisticsResponse }> {
  const statistics = await unitAwardStatistics(ctx, actor, unitId, range);
  const bytes = await writeWorkbook({ sheets: [formSheet(statistics), shareSheet(statistics)] });
  return { bytes, statistics };
}
