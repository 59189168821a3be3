import { type Actor, can } from '../../../../core/auth/access.ts';
import {
  fullCitation,
  LEGAL_DOCUMENTS,
  type LegalDocument,
  type LegalField,
  overlappingDocuments,
} from '../../../../core/awards/legal-bases.ts';
import { conflictError, DomainError, notFoundError } from '../../../../core/errors/domain-error.ts';
import { formatDayMonthYear } from '../../../../core/vietnamese/dates.ts';
import type { LegalDocumentRecord, UpdateLegalDocumentBody } from '../../../../shared/api/legal-documents.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import type { Db } from '../../../db/database.ts';
import { recordChange } from '../../audit/index.ts';
import { findUnitByKey } from '../../units/index.ts';
import {
  findLegalDocumentRow,
  insertMissingLegalDocuments,
  type LegalDocumentRow,
  listLegalDocumentRows,
  updateLegalDocumentIfVersion,
} from './legal-documents.repo.ts';

/** Installs the built-in documents whose code is not stored yet; saved corrections are kept. */
export async function ensureLegalDocuments(db: Db, now: Date): Promise<void> {
  await insertMissingLegalDocuments(db, LEGAL_DOCUMENTS, now);
}

function plain(row: LegalDocumentRow): LegalDocument {
  const { sortOrder: _s, version: _v, updatedAt: _u, ...doc } = row;
  return doc;
}

/** The table decisions choose their căn cứ from, as the administrator last saved it. */
export async function loadLegalDocuments(db: Db): Promise<LegalDocument[]> {
  const rows = await listLegalDocumentRows(db);
  return rows.length > 0 ? rows.map(plain) : [...LEGAL_DOCUMENTS];
}

const record = (row: LegalDocumentRow): LegalDocumentRecord => ({
  ...row,
  forms: row.forms ? [...row.forms] : null,
  levels: row.levels ? [...row.levels] : null,
  unverified: [...row.unverified],
  citation: fullCitation(row),
});

/** GET /api/legal-documents: every signed-in user may read the table (it is public law). */
export async function listLegalDocuments(ctx: ServiceContext): Promise<LegalDocumentRecord[]> {
  return (await listLegalDocumentRows(ctx.db)).map(record);
}

const CHECKED: LegalField[] = ['number', 'issuedOn', 'title', 'effectiveFrom', 'effectiveTo'];

/**
 * PUT /api/legal-documents/:code: the city's administrator corrects a document's number, dates,
 * trích yếu and source, and says whether every value is now checked. Refused when the dates would put
 * two documents of the same role in force on one day.
 */
export async function updateLegalDocument(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  body: UpdateLegalDocumentBody,
  meta: RequestMeta,
): Promise<LegalDocumentRecord> {
  const root = await findUnitByKey(ctx.db, 'hp');
  if (!root) throw new Error('Organisation tree is missing');
  if (!can(actor, 'reference.manage', root.path)) {
    throw new DomainError('FORBIDDEN', 'Chỉ quản trị thành phố mới sửa được các văn bản căn cứ.');
  }
  const stored = await findLegalDocumentRow(ctx.db, code);
  if (!stored) throw notFoundError('văn bản căn cứ này');
  if (body.effectiveTo !== null && body.effectiveTo < body.effectiveFrom) {
    throw new DomainError('VALIDATION', 'Ngày hết hiệu lực phải sau ngày có hiệu lực.', [
      { path: 'effectiveTo', message: 'Hiệu lực đến ngày: phải sau ngày có hiệu lực' },
    ]);
  }
  const unverified: LegalField[] = body.verified
    ? []
    : stored.unverified.length > 0
      ? [...stored.unverified]
      : CHECKED;
  const next = {
    number: body.number,
    issuedOn: body.issuedOn,
    title: body.title,
    effectiveFrom: body.effectiveFrom,
    effectiveTo: body.effectiveTo,
    source: body.source,
    unverified,
  };
  const all = (await listLegalDocumentRows(ctx.db)).map((r) => (r.code === code ? { ...r, ...next } : r));
  const clash = overlappingDocuments(all).find(([a, b]) => a.code === code || b.code === code);
  if (clash) {
    const other = clash[0].code === code ? clash[1] : clash[0];
    const until = other.effectiveTo ? ` đến ${formatDayMonthYear(other.effectiveTo)}` : '';
    throw new DomainError(
      'VALIDATION',
      `Thời gian hiệu lực trùng với ${fullCitation(other)} (từ ${formatDayMonthYear(other.effectiveFrom)}${until}).`,
      [{ path: 'effectiveFrom', message: 'Hiệu lực từ ngày: trùng thời gian với văn bản cùng loại' }],
    );
  }
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateLegalDocumentIfVersion(tx, code, body.version, next, now)))
      throw conflictError('Văn bản căn cứ');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'legal_document.updated',
        entityType: 'legal_document',
        entityId: code,
        unitId: root.id,
        before: plain(stored),
        after: { ...plain(stored), ...next },
      },
      meta.ip,
    );
  });
  const saved = await findLegalDocumentRow(ctx.db, code);
  if (!saved) throw notFoundError('văn bản căn cứ này');
  return record(saved);
}
