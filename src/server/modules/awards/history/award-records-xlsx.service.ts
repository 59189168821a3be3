import type { Actor } from '../../../../core/auth/access.ts';
import {
  AWARD_RECORD_COLUMNS,
  AWARD_RECORD_DATA_SHEET,
  AWARD_RECORD_HEADERS,
  AWARD_RECORD_NO_HEADER,
  AWARD_RECORD_REQUIRED,
  awardRecordTemplateWorkbook,
  MAX_LENGTHS,
  PATH_COLUMNS,
  readAwardRow,
  type SheetContext,
} from '../../../../core/awards/record-sheet.ts';
import { findDataSheet, missingColumns, proposeColumns } from '../../../../core/spreadsheet/mapping.ts';
import { CELL_MESSAGES, rowMessage } from '../../../../core/spreadsheet/messages.ts';
import { readRows } from '../../../../core/spreadsheet/rows.ts';
import type { AwardRecordImportResult, AwardRecordInput } from '../../../../shared/api/award-records.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import { readSheets, writeWorkbook } from '../../../render/xlsx.ts';
import { recordChange } from '../../audit/index.ts';
import { loadReferenceLists } from '../../reference/index.ts';
import { authorizeUnit } from '../../units/index.ts';
import { type RecordContext, recordProblems, sameAward, toNewRecord } from './award-record-checks.ts';
import {
  insertAwardRecords,
  listAwardRecordRows,
  listUnitsUnder,
  type NewAwardRecord,
} from './award-records.repo.ts';
import { readableUnit, recordContext } from './award-records.service.ts';

/** GET /api/units/:unitId/award-records/template.xlsx: the empty template with drop-downs and a guide. */
export async function awardRecordTemplate(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
): Promise<Buffer> {
  const unit = await readableUnit(ctx, actor, unitId);
  const rc = await recordContext(ctx, unit);
  const lists = await loadReferenceLists(ctx.db);
  const units = (await listUnitsUnder(ctx.db, unit.path)).map((u) => u.full_name);
  return writeWorkbook(awardRecordTemplateWorkbook({ ethnic: lists.ethnic, units, forms: rc.forms }));
}

/**
 * Reads and checks every row below the header; empty rows are skipped. Each bad cell gives one
 * "Dòng N, cột X: lý do"; the same award twice in the file, or already stored, is refused.
 */
export function parseAwardRows(
  rows: readonly string[][],
  options: {
    headerRow: number;
    sheet: SheetContext;
    rules: RecordContext;
    stored: readonly NewAwardRecord[];
  },
): { records: NewAwardRecord[]; inputs: AwardRecordInput[]; errors: string[]; warnings: string[] } {
  const mapping = proposeColumns(AWARD_RECORD_HEADERS, rows[options.headerRow - 1] ?? []);
  const missing = missingColumns(AWARD_RECORD_COLUMNS, mapping, AWARD_RECORD_REQUIRED);
  if (missing.length > 0) return { records: [], inputs: [], warnings: [], errors: missing };
  const warnings: string[] = [];
  const records: NewAwardRecord[] = [];
  const inputs: AwardRecordInput[] = [];
  const rowOf = new Map<NewAwardRecord, number>();
  const { errors } = readRows(
    rows,
    { columns: AWARD_RECORD_COLUMNS, mapping, headerRow: options.headerRow },
    (row) => {
      const { input, unknownUnit } = readAwardRow(row, options.sheet);
      row.maxLengths(MAX_LENGTHS);
      if (row.failed) return null;
      row.problems(recordProblems(input, options.rules), (path) => PATH_COLUMNS[path] ?? 'name');
      if (row.failed) return null;
      const record = toNewRecord(input, options.rules, { source: 'import' });
      const twin = records.find((x) => sameAward(x, record));
      if (twin) {
        row.fail(
          'form',
          `trùng với dòng ${rowOf.get(twin)} (cùng người, cùng hình thức, năm và số quyết định)`,
        );
        return null;
      }
      if (options.stored.some((x) => sameAward(x, record))) {
        row.fail(
          'form',
          'khen thưởng này đã có trong lịch sử (cùng người, cùng hình thức, năm và số quyết định)',
        );
        return null;
      }
      if (unknownUnit)
        warnings.push(
          rowMessage(
            row.row,
            -1,
            `đơn vị "${unknownUnit}" không có trong danh sách đơn vị của ${options.rules.owner.fullName}; vẫn nhập, nhưng chưa gắn với đơn vị nào`,
          ),
        );
      rowOf.set(record, row.row);
      records.push(record);
      inputs.push(input);
      return null;
    },
  );
  return { records, inputs, warnings, errors };
}

/**
 * POST /api/units/:unitId/award-records/import: all or nothing. Every bad cell is reported and then
 * nothing is stored; a dry run checks and previews without storing. One audit entry.
 */
export async function importAwardRecords(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
  file: { data: Buffer; fileName: string },
  options: { dryRun: boolean },
  meta: RequestMeta,
): Promise<AwardRecordImportResult> {
  const owner = await authorizeUnit(ctx.db, actor, unitId, 'nomination.review');
  const { sheet, headerRow } = findDataSheet(AWARD_RECORD_HEADERS, await readSheets(file.data), {
    dataSheet: AWARD_RECORD_DATA_SHEET,
    noHeader: AWARD_RECORD_NO_HEADER,
  });
  const rules = await recordContext(ctx, owner);
  const lists = await loadReferenceLists(ctx.db);
  const units = (await listUnitsUnder(ctx.db, owner.path)).map((u) => ({
    id: u.id,
    name: u.name,
    fullName: u.full_name,
  }));
  const stored = await listAwardRecordRows(ctx.db, { ownerPaths: [owner.path] });
  const parsed = parseAwardRows(sheet.rows, {
    headerRow,
    sheet: { forms: rules.forms, ethnic: lists.ethnic, units },
    rules,
    stored: stored.filter((s) => s.ownerUnitId === owner.id),
  });
  const refused = { ok: false, dryRun: options.dryRun, imported: 0, warnings: [], records: [] };
  if (parsed.errors.length > 0) return { ...refused, errors: parsed.errors };
  if (parsed.records.length === 0) return { ...refused, errors: [CELL_MESSAGES.noData(sheet.name)] };
  const result = {
    ok: true,
    dryRun: options.dryRun,
    imported: parsed.records.length,
    errors: [],
    warnings: parsed.warnings,
    records: parsed.inputs,
  };
  if (options.dryRun) return result;
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertAwardRecords(tx, parsed.records, { now, createdBy: actor.userId || null });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_record.imported',
        entityType: 'unit',
        entityId: owner.id,
        unitId: owner.id,
        after: { count: parsed.records.length, fileName: file.fileName, sheet: sheet.name },
      },
      meta.ip,
    );
  });
  return result;
}
