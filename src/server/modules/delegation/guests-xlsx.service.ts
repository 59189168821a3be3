import type { Actor } from '../../../core/auth/access.ts';
import {
  GUEST_DATA_SHEET,
  GUEST_HEADERS,
  GUEST_NO_HEADER,
  guestKey,
  guestTemplateWorkbook,
  parseGuestRows,
} from '../../../core/delegation/guest-sheet.ts';
import type { GuestInput } from '../../../core/delegation/types.ts';
import type { ReferenceLists } from '../../../core/reference/types.ts';
import { findDataSheet, proposeColumns } from '../../../core/spreadsheet/mapping.ts';
import { CELL_MESSAGES, rowMessage } from '../../../core/spreadsheet/messages.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { readSheets, writeWorkbook } from '../../render/xlsx.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeConference } from '../conferences/index.ts';
import { loadReferenceLists } from '../reference/index.ts';
import { insertGuests, listGuests } from './delegation.repo.ts';
import { guestProblems, loadGuestRules } from './guests.service.ts';

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
  return writeWorkbook(guestTemplateWorkbook(lists));
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
  const { sheet, headerRow } = findDataSheet(GUEST_HEADERS, await readSheets(file.data), {
    dataSheet: GUEST_DATA_SHEET,
    noHeader: GUEST_NO_HEADER,
  });
  const rules = await loadGuestRules(ctx, found.unitPath);
  const parsed = parseGuestRows(sheet.rows, {
    headerRow,
    mapping: proposeColumns(GUEST_HEADERS, sheet.rows[headerRow - 1] ?? []),
    lists: rules.lists,
    problems: (input) => guestProblems(input, rules),
  });
  const refused = { ok: false, dryRun: options.dryRun, imported: 0, warnings: [], guests: [] };
  if (parsed.errors.length > 0) return { ...refused, errors: parsed.errors };
  if (parsed.items.length === 0) return { ...refused, errors: [CELL_MESSAGES.noData(sheet.name)] };

  const existing = new Map((await listGuests(ctx.db, conferenceId)).map((g) => [guestKey(g), g]));
  const warnings = parsed.items.flatMap((i) => {
    const same = existing.get(guestKey(i.input));
    return same
      ? [rowMessage(i.row, -1, `trùng với đại biểu đã có "${same.name}" (cùng họ tên và năm sinh)`)]
      : [];
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
