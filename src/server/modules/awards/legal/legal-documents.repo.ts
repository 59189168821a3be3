import { sql } from 'kysely';
import type { LegalDocument } from '../../../../core/awards/legal-bases.ts';
import { legalDocumentSchema } from '../../../../shared/api/legal-documents.ts';
import type { Db } from '../../../db/database.ts';
import type { LegalDocumentsTable } from '../../../db/schema.ts';
import { parseStored } from '../../../db/stored-json.ts';

/** A stored document with its order, version and last change. */
export interface LegalDocumentRow extends LegalDocument {
  sortOrder: number;
  version: number;
  updatedAt: string;
}

type Selected = Omit<LegalDocumentsTable, 'version' | 'updated_at' | 'forms' | 'levels' | 'unverified'> & {
  version: number;
  updated_at: Date;
  forms: unknown;
  levels: unknown;
  unverified: unknown;
};

const { forms, levels, unverified } = legalDocumentSchema.shape;

function toRow(r: Selected): LegalDocumentRow {
  return {
    code: r.code,
    kind: r.kind as LegalDocument['kind'],
    number: r.number,
    issuedOn: r.issued_on,
    issuer: r.issuer,
    title: r.title,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    role: r.role as LegalDocument['role'],
    amends: r.amends,
    forms: parseStored(forms, r.forms, 'legal_documents.forms', r.code),
    levels: parseStored(levels, r.levels, 'legal_documents.levels', r.code),
    unverified: parseStored(unverified, r.unverified, 'legal_documents.unverified', r.code),
    source: r.source,
    sortOrder: r.sort_order,
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** Every document, in the order of the built-in table. */
export async function listLegalDocumentRows(db: Db): Promise<LegalDocumentRow[]> {
  const rows = await db
    .selectFrom('legal_documents')
    .selectAll()
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  return rows.map((r) => toRow(r as Selected));
}

export async function findLegalDocumentRow(db: Db, code: string): Promise<LegalDocumentRow | null> {
  const r = await db.selectFrom('legal_documents').selectAll().where('code', '=', code).executeTakeFirst();
  return r ? toRow(r as Selected) : null;
}

/** Adds the documents whose code is not stored yet; what an administrator saved stays as it is. */
export async function insertMissingLegalDocuments(
  db: Db,
  documents: readonly LegalDocument[],
  now: Date,
): Promise<void> {
  if (documents.length === 0) return;
  await db
    .insertInto('legal_documents')
    .values(
      documents.map((d, i) => ({
        code: d.code,
        kind: d.kind,
        number: d.number,
        issued_on: d.issuedOn,
        issuer: d.issuer,
        title: d.title,
        effective_from: d.effectiveFrom,
        effective_to: d.effectiveTo,
        role: d.role,
        amends: d.amends,
        forms: json(d.forms),
        levels: json(d.levels),
        unverified: JSON.stringify(d.unverified),
        source: d.source,
        sort_order: i + 1,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

/** Saves the corrected values when the stored version still matches; false when someone saved first. */
export async function updateLegalDocumentIfVersion(
  db: Db,
  code: string,
  version: number,
  d: Pick<
    LegalDocument,
    'number' | 'issuedOn' | 'title' | 'effectiveFrom' | 'effectiveTo' | 'source' | 'unverified'
  >,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('legal_documents')
    .set({
      number: d.number,
      issued_on: d.issuedOn,
      title: d.title,
      effective_from: d.effectiveFrom,
      effective_to: d.effectiveTo,
      source: d.source,
      unverified: JSON.stringify(d.unverified),
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('code', '=', code)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
