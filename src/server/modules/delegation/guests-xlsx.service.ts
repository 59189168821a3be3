import type { Actor } from '../../../core/auth/access.ts';
import type { GuestInput } from '../../../core/delegation/types.ts';
import { DomainError } from '../../../core/errors/domain-error.ts';
import type { ReferenceLists } from '../../../core/reference/types.ts';
import { foldVietnamese } from '../../../core/vietnamese/fold.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { readSheets, type SheetText, writeWorkbook } from '../../render/xlsx.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeConference } from '../conferences/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { insertGuests, listGuests } from './delegation.repo.ts';
import { loadGuestRules } from './guests.service.ts';
import {
  findGuestHeaderRow,
  GUEST_COLUMNS,
  guestGuide,
  guestMapping,
  parseGuestRows,
} from './guests-sheet.ts';

const DATA_SHEET = 'Khách mời, lãnh đạo';
const GUIDE_SHEET = 'Hướng dẫn';
/** Rows of the template that carry the drop-downs. */
const TEMPLATE_ROWS = 500;
const WIDTHS: Record<string, number> = {
  category: 16,
  name: 28,
  gender: 10,
  birthYear: 10,
  ethnic: 12,
  position: 40,
  formerUnit: 24,
  field: 24,
  sector: 26,
  directWorker: 14,
  priorityAreas: 26,
  achievements: 44,
};

const NO_HEADER =
  'Không tìm thấy dòng tiêu đề trong 10 dòng đầu của bảng tính. Hãy dùng tệp mẫu, hoặc để tiêu đề các cột (ví dụ "Thành phần", "Họ và tên", "Chức vụ - đơn vị") ở một dòng phía trên dữ liệu.';

/** What an import answers: as the nominations import, with the guests read (the preview of a dry run). */
export interface GuestImportResult {
  ok: boolean;
  dryRun: boolean;
  imported: number;
  /** "Dòng N, cột X: lý do", every bad cell, when ok is false. */
  errors: string[];
  /** Rows naming someone already in the list (same name and birth year): still imported. */
  warnings: string[];
  guests: GuestInput[];
}

/** The empty template: the header row with drop-downs, the instructions, the hidden lists. */
export async function guestTemplate(lists: ReferenceLists): Promise<Buffer> {
  const labels = (l: keyof ReferenceLists) => lists[l].filter((i) => i.active).map((i) => i.label);
  const index = (key: string) => GUEST_COLUMNS.findIndex((c) => c.key === key);
  return writeWorkbook({
    sheets: [
      {
        kind: 'table',
        name: DATA_SHEET,
        columns: GUEST_COLUMNS.map((c) => ({ header: c.header, width: WIDTHS[c.key] ?? 16 })),
        rows: [],
        validationRows: TEMPLATE_ROWS,
        validations: [
          { column: index('category'), list: 'Thành phần' },
          { column: index('gender'), list: 'Giới tính' },
          { column: index('ethnic'), list: 'Dân tộc' },
          { column: index('field'), list: 'Lĩnh vực' },
          { column: index('sector'), list: 'Thành phần kinh tế' },
          { column: index('directWorker'), list: 'Trực tiếp lao động' },
        ],
      },
      {
        kind: 'text',
        name: GUIDE_SHEET,
        columnWidths: [8, 30, 26, 60, 34],
        blocks: guestGuide(lists, DATA_SHEET),
      },
    ],
    lists: [
      { name: 'Thành phần', values: ['Khách mời', 'Lãnh đạo'] },
      { name: 'Giới tính', values: ['Nam', 'Nữ'] },
      { name: 'Dân tộc', values: labels('ethnic') },
      { name: 'Lĩnh vực', values: labels('field') },
      { name: 'Thành phần kinh tế', values: labels('sector') },
      { name: 'Trực tiếp lao động', values: ['Có', 'Không'] },
    ],
  });
}

/** GET …/delegates/guests/template: anyone who may read the conference's delegation. */
export async function guestTemplateFor(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<Buffer> {
  await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  return guestTemplate(await loadReferenceLists(ctx.db));
}

/** The data sheet when it has a header row, otherwise the first sheet that has one. */
function pickSheet(sheets: SheetText[]): { sheet: SheetText; headerRow: number } {
  const ordered = [
    ...sheets.filter((s) => s.name === DATA_SHEET),
    ...sheets.filter((s) => s.name !== DATA_SHEET),
  ];
  for (const sheet of ordered) {
    const headerRow = findGuestHeaderRow(sheet.rows);
    if (headerRow !== null) return { sheet, headerRow };
  }
  throw new DomainError('VALIDATION', NO_HEADER);
}

/**
 * Imports guests and leaders from a spreadsheet, all or nothing: every bad cell is reported as
 * "Dòng N, cột X: …" and then nothing is stored. A dry run checks and previews without storing.
 * The guests and one audit entry are written in one transaction.
 */
export async function importGuests(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  file: { data: Buffer; fileName: string },
  options: { dryRun: boolean },
  meta: RequestMeta,
): Promise<GuestImportResult> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'conference.manage');
  const sheets = await readSheets(file.data);
  const { sheet, headerRow } = pickSheet(sheets);
  const rules = await loadGuestRules(ctx, found.unitPath);
  const parsed = parseGuestRows(sheet.rows, {
    headerRow,
    mapping: guestMapping(sheet.rows[headerRow - 1] ?? []),
    rules,
  });
  const refused = { ok: false, dryRun: options.dryRun, imported: 0, warnings: [], guests: [] };
  if (parsed.errors.length > 0) return { ...refused, errors: parsed.errors };
  if (parsed.items.length === 0)
    return { ...refused, errors: [`Trang "${sheet.name}" chưa có dòng dữ liệu nào dưới dòng tiêu đề.`] };

  const existing = new Map(
    (await listGuests(ctx.db, conferenceId)).map((g) => [
      `${foldVietnamese(g.name)}|${g.birthYear ?? ''}`,
      g,
    ]),
  );
  const warnings = parsed.items.flatMap((i) => {
    const same = existing.get(`${foldVietnamese(i.input.name)}|${i.input.birthYear ?? ''}`);
    return same ? [`Dòng ${i.row}: trùng với đại biểu đã có "${same.name}" (cùng họ tên và năm sinh)`] : [];
  });
  const guests = parsed.items.map((i) => i.input);
  if (options.dryRun)
    return { ok: true, dryRun: true, imported: guests.length, errors: [], warnings, guests };

  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertGuests(tx, conferenceId, guests, { now, createdBy: actor.userId || null });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'delegate_guest.imported',
        entityType: 'conference',
        entityId: conferenceId,
        unitId: found.conference.unitId,
        after: { count: guests.length, fileName: file.fileName, sheet: sheet.name },
      },
      meta.ip,
    );
  });
  return { ok: true, dryRun: false, imported: guests.length, errors: [], warnings, guests };
}
