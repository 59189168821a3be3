import type { Actor } from '../../../core/auth/access.ts';
import { DomainError } from '../../../core/errors/domain-error.ts';
import { NOMINATION_COLUMNS } from '../../../core/nominations/columns.ts';
import {
  type ColumnMapping,
  nominationToRow,
  parseNominationRows,
  proposeMapping,
  SHEET_COLUMNS,
  type UnitResolution,
} from '../../../core/nominations/spreadsheet.ts';
import {
  NOMINATION_DATA_SHEET,
  nominationTemplateWorkbook,
} from '../../../core/nominations/spreadsheet-guide.ts';
import { NOMINATION_HEADERS } from '../../../core/nominations/spreadsheet-mapping.ts';
import { DEFAULT_NOMINATION_SETTINGS, type NominationSettings } from '../../../core/nominations/types.ts';
import type { ReferenceLists } from '../../../core/reference/types.ts';
import { findDataSheet } from '../../../core/spreadsheet/mapping.ts';
import { mergeRowMessages, rowMessage } from '../../../core/spreadsheet/messages.ts';
import { isoDateInVietnam } from '../../../core/vietnamese/dates.ts';
import { foldVietnamese } from '../../../core/vietnamese/fold.ts';
import type { ImportPreview, ImportResult, NominationListQuery } from '../../../shared/api/nominations.ts';
import type { ServiceContext } from '../../context.ts';
import { type CellValue, readSheets, type SheetText, writeWorkbook } from '../../render/xlsx.ts';
import { recordChange } from '../audit/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { findUnitByCode, findUnitById, listSubtree, type UnitRow } from '../units/index.ts';
import { settingsOf } from './nomination-records.ts';
import { canNominateFor, loadNominationScope, type NominationScope } from './nominations.access.ts';
import { findByDuplicateKeys, getNominationSettings, insertNominations } from './nominations.repo.ts';
import { listFilteredNominations } from './nominations.service.ts';

/** An uploaded spreadsheet: its bytes and the name it had on the user's computer (for the audit log). */
export interface SpreadsheetFile {
  data: Buffer;
  fileName: string;
}

export interface ImportOptions {
  /** Which source column holds each field (from the mapping step); proposed from the headers when absent. */
  mapping?: Record<string, number | null>;
  /** The unit for rows whose "Đơn vị đề cử" is empty: by id (web) or by official code (CLI). */
  unitId?: string;
  unitCode?: string;
  /** Check everything, store nothing. */
  dryRun: boolean;
}

const MESSAGES = {
  noHeader:
    'Không tìm thấy dòng tiêu đề trong 10 dòng đầu của bảng tính. Hãy dùng tệp mẫu, hoặc để tiêu đề các cột (ví dụ "Họ và tên", "Năm sinh", "Đơn vị đề cử") ở một dòng phía trên dữ liệu.',
  noRight: 'Bạn không có quyền đề cử cho hội nghị này.',
  badMapping:
    'Cách ghép cột không hợp lệ: mỗi cột của bảng tính chỉ ghép với một trường, và phải có trong tệp.',
  unitUnknown: (v: string) => `Không có đơn vị "${v}" trong các đơn vị của hội nghị.`,
  unitRefused: (name: string) => `Bạn không được đề cử cho đơn vị "${name}".`,
  rowUnitRefused: (name: string) => `bạn không được đề cử cho đơn vị "${name}"`,
  duplicate: (number: number, sameConference: boolean) =>
    `trùng với đề cử số ${number} đã có${sameConference ? '' : ' ở hội nghị khác'}`,
};

/**
 * The empty template: sheet "Đề cử" with exactly the NOMINATION_COLUMNS header row and drop-downs, sheet
 * "Hướng dẫn" explaining every column with examples, and the hidden "Danh mục" the drop-downs read.
 */
export async function nominationTemplate(
  lists: ReferenceLists,
  settings: NominationSettings = DEFAULT_NOMINATION_SETTINGS,
): Promise<Buffer> {
  return writeWorkbook(nominationTemplateWorkbook(lists, settings, NOMINATION_COLUMNS, []));
}

/** The template with data rows already typed in, as a unit sends it back (benchmarks and tests). */
export function filledTemplate(lists: ReferenceLists, rows: CellValue[][]): Promise<Buffer> {
  return writeWorkbook(
    nominationTemplateWorkbook(lists, DEFAULT_NOMINATION_SETTINGS, NOMINATION_COLUMNS, rows),
  );
}

/** The sheet to import: "Đề cử" when it has a header row, otherwise the first sheet that has one. */
function nominationSheet(sheets: SheetText[]): { sheet: SheetText; headerRow: number } {
  return findDataSheet(NOMINATION_HEADERS, sheets, {
    dataSheet: NOMINATION_DATA_SHEET,
    noHeader: MESSAGES.noHeader,
  });
}

async function loadImportScope(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<NominationScope> {
  const scope = await loadNominationScope(ctx, actor, conferenceId);
  if (scope.nominatorPaths.length === 0) throw new DomainError('FORBIDDEN', MESSAGES.noRight);
  return scope;
}

function countDataRows(rows: string[][], headerRow: number): number {
  let n = 0;
  for (let r = headerRow; r < rows.length; r++) if (rows[r].some((c) => c.trim() !== '')) n++;
  return n;
}

/** The mapping step: the sheet and header row found, its headers, and the proposed column for each field. */
export async function previewImport(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  file: SpreadsheetFile,
): Promise<ImportPreview> {
  await loadImportScope(ctx, actor, conferenceId);
  const { sheet, headerRow } = nominationSheet(await readSheets(file.data));
  const headers = sheet.rows[headerRow - 1];
  return {
    sheetName: sheet.name,
    headerRow,
    headers,
    rowCount: countDataRows(sheet.rows, headerRow),
    mapping: proposeMapping(headers),
  };
}

/** A mapping the user sent, checked: known fields, existing columns, no column used twice. */
function checkMapping(given: Record<string, number | null>, width: number): ColumnMapping {
  const mapping = Object.fromEntries(
    SHEET_COLUMNS.map((c) => [c.key, given[c.key] ?? null]),
  ) as ColumnMapping;
  const used = Object.values(mapping).filter((v): v is number => v !== null);
  const valid =
    Object.keys(given).every((k) => SHEET_COLUMNS.some((c) => c.key === k)) &&
    used.every((v) => Number.isInteger(v) && v >= 0 && v < width) &&
    new Set(used).size === used.length;
  if (!valid) throw new DomainError('VALIDATION', MESSAGES.badMapping);
  return mapping;
}

/**
 * Finds a unit of the conference's territory by official code, then full name, then short name (case
 * and marks ignored); a name shared by several units is "ambiguous".
 */
function unitResolver(units: UnitRow[]): (text: string) => UnitResolution {
  const index = (nameOf: (u: UnitRow) => string) => {
    const map = new Map<string, Set<string>>();
    for (const u of units) {
      const key = foldVietnamese(nameOf(u));
      if (key === '') continue;
      map.set(key, (map.get(key) ?? new Set<string>()).add(u.id));
    }
    return map;
  };
  const byCode = new Map(units.filter((u) => u.officialCode).map((u) => [u.officialCode as string, u.id]));
  const byFullName = index((u) => u.fullName);
  const byName = index((u) => u.name);
  return (text) => {
    const code = byCode.get(text.trim());
    if (code) return code;
    const key = foldVietnamese(text);
    const found = byFullName.get(key) ?? byName.get(key);
    if (!found) return null;
    return found.size === 1 ? [...found][0] : 'ambiguous';
  };
}

async function resolveDefaultUnit(
  ctx: ServiceContext,
  scope: NominationScope,
  options: ImportOptions,
): Promise<UnitRow | null> {
  if (!options.unitId && !options.unitCode) return null;
  const unit = options.unitId
    ? await findUnitById(ctx.db, options.unitId)
    : await findUnitByCode(ctx.db, options.unitCode as string);
  const named = options.unitCode ?? options.unitId ?? '';
  if (!unit?.path.startsWith(scope.conferenceUnitPath) || unit.isFormer)
    throw new DomainError('VALIDATION', MESSAGES.unitUnknown(named));
  if (!canNominateFor(scope, unit.path))
    throw new DomainError('FORBIDDEN', MESSAGES.unitRefused(unit.fullName));
  return unit;
}

/**
 * Imports a spreadsheet of nominations, all or nothing: every bad cell is reported as "Dòng N, cột X: …"
 * and then nothing is stored. Rows duplicating a stored nomination are imported with a warning. The
 * nominations are stored as drafts with one audit entry, in one transaction.
 */
export async function importNominations(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  file: SpreadsheetFile,
  options: ImportOptions,
): Promise<ImportResult> {
  const scope = await loadImportScope(ctx, actor, conferenceId);
  // Sequential on purpose: a refused file stops before any query, and none is left running.
  const sheets = await readSheets(file.data);
  const defaultUnit = await resolveDefaultUnit(ctx, scope, options);
  const units = await listSubtree(ctx.db, scope.conferenceUnitPath);
  const lists = await loadReferenceLists(ctx.db);
  const { sheet, headerRow } = nominationSheet(sheets);
  const headers = sheet.rows[headerRow - 1];
  const mapping = options.mapping
    ? checkMapping(
        options.mapping,
        sheet.rows.reduce((w, r) => Math.max(w, r.length), 0),
      )
    : proposeMapping(headers);
  const current = units.filter((u) => !u.isFormer);
  const parsed = parseNominationRows(sheet.rows, {
    headerRow,
    mapping,
    lists,
    resolveUnit: unitResolver(current),
    defaultUnitId: defaultUnit?.id ?? null,
    today: isoDateInVietnam(ctx.now()),
  });
  const unitById = new Map(current.map((u) => [u.id, u]));
  const refused = parsed.items
    .filter((i) => !canNominateFor(scope, unitById.get(i.input.nominatingUnitId)?.path ?? ''))
    .map((i) =>
      rowMessage(
        i.row,
        mapping.nominatingUnit ?? -1,
        MESSAGES.rowUnitRefused(unitById.get(i.input.nominatingUnitId)?.fullName ?? ''),
      ),
    );
  if (parsed.errors.length > 0 || refused.length > 0) {
    return {
      ok: false,
      dryRun: options.dryRun,
      imported: 0,
      errors: mergeRowMessages(parsed.errors, refused),
      warnings: [],
    };
  }

  const existing = await findByDuplicateKeys(ctx.db, [...new Set(parsed.items.map((i) => i.key))]);
  // Name the match in this conference first, then the lowest number.
  const rank = (e: (typeof existing)[number]) => (e.conferenceId === conferenceId ? 0 : 1e9) + e.number;
  const firstByKey = new Map<string, (typeof existing)[number]>();
  for (const e of existing.sort((a, b) => rank(a) - rank(b)))
    if (!firstByKey.has(e.key)) firstByKey.set(e.key, e);
  const warnings = parsed.items.flatMap((i) => {
    const dup = firstByKey.get(i.key);
    return dup
      ? [rowMessage(i.row, -1, MESSAGES.duplicate(dup.number, dup.conferenceId === conferenceId))]
      : [];
  });
  if (options.dryRun) return { ok: true, dryRun: true, imported: parsed.items.length, errors: [], warnings };

  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertNominations(
      tx,
      conferenceId,
      parsed.items.map((i) => ({
        ...i.input,
        state: 'draft',
        returnReason: '',
        council: null,
        duplicateKey: i.key,
        submittedAt: null,
      })),
      { now, createdBy: actor.userId || null },
    );
    await recordChange(tx, now, actor, {
      action: 'nomination.imported',
      entityType: 'conference',
      entityId: conferenceId,
      unitId: scope.conference.unitId,
      after: {
        count: parsed.items.length,
        fileName: file.fileName,
        sheet: sheet.name,
        duplicates: warnings.length,
      },
    });
  });
  return { ok: true, dryRun: false, imported: parsed.items.length, errors: [], warnings };
}

/** The parser's messages and the permission refusals, in row order (stable within a row). */
/**
 * The filtered list the user may see, in given-name order, as a workbook in the template's columns plus
 * "Số thành viên" and "Người đại diện" of collectives (so it imports back whole); CCCD and phone come
 * masked from the listing unless the user may read them.
 */
export async function exportNominations(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  query: NominationListQuery,
): Promise<Buffer> {
  const list = await listFilteredNominations(ctx, actor, conferenceId, query);
  const lists = await loadReferenceLists(ctx.db);
  const settings = settingsOf(await getNominationSettings(ctx.db, conferenceId));
  const rows = list.nominations.map((n) =>
    // Masked records are not masked twice; an unmasked one reaching a user without the right would be.
    nominationToRow(n, {
      lists,
      unitName: n.nominatingUnitName,
      masked: !n.personalMasked && !list.scope.seesPersonal,
    }),
  );
  return writeWorkbook(nominationTemplateWorkbook(lists, settings, SHEET_COLUMNS, rows));
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook a use case made, with its Vietnamese file name: a download, or a file the CLI writes. */
export interface WorkbookFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** The empty template: GET /api/nominations/template.xlsx and `vinhdanh template nominations`. */
export async function nominationTemplateFile(ctx: ServiceContext): Promise<WorkbookFile> {
  const bytes = await nominationTemplate(await loadReferenceLists(ctx.db));
  return { fileName: 'Mẫu đề cử điển hình tiên tiến.xlsx', contentType: XLSX, bytes };
}

/** The list as `exportNominations` makes it: GET …/nominations/export.xlsx and `vinhdanh export nominations`. */
export async function nominationsExportFile(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  query: NominationListQuery,
): Promise<WorkbookFile> {
  const bytes = await exportNominations(ctx, actor, conferenceId, query);
  return { fileName: 'Danh sách đề cử.xlsx', contentType: XLSX, bytes };
}
