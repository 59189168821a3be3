import { sql } from 'kysely';
import { z } from 'zod';
import type {
  AwardDecision,
  DecisionItem,
  DecisionState,
  UnverifiedConfirmation,
} from '../../../../core/awards/types.ts';
import { decisionItemSchema, unverifiedConfirmationSchema } from '../../../../shared/api/award-decisions.ts';
import type { Db } from '../../../db/database.ts';
import { parseStored, storedTexts } from '../../../db/stored-json.ts';

/** The SQL of award decisions and of the certificate tokens that lead to their items. */

const iso = (d: Date | string) => new Date(d).toISOString();

const storedItems = z.array(decisionItemSchema);

/** A stored decision with what the screens and checks need besides the contract type. */
export interface DecisionRow extends AwardDecision {
  unitPath: string;
  /** "Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ". */
  issuer: string;
  /** The approved decision this one replaces. */
  replaces: string | null;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('award_decisions as d')
    .innerJoin('units as u', 'u.id', 'd.unit_id')
    .selectAll('d')
    .select('u.path as unit_path');
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toDecision(r: Row): DecisionRow {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    unitId: r.unit_id,
    unitPath: r.unit_path,
    proposalId: r.proposal_id,
    formCode: r.form_code,
    year: r.year,
    period: { from: r.period_from, to: r.period_to },
    number: r.number,
    symbol: r.symbol,
    date: r.date,
    signingPrefix: r.signing_prefix,
    signerTitle: r.signer_title,
    signerName: r.signer_name,
    bases: parseStored(storedTexts, r.bases, 'award_decisions.bases', r.id),
    fundSource: r.fund_source,
    executors: parseStored(storedTexts, r.executors, 'award_decisions.executors', r.id),
    issuer: r.issuer,
    baseSalary: Number(r.base_salary),
    items: parseStored(storedItems, r.items, 'award_decisions.items', r.id),
    total: Number(r.total),
    state: r.state as DecisionState,
    approvedAt: r.approved_at ? iso(r.approved_at) : null,
    approvedBy: r.approved_by,
    unverifiedConfirmation:
      r.unverified_confirmation === null || r.unverified_confirmation === undefined
        ? null
        : parseStored(
            unverifiedConfirmationSchema,
            r.unverified_confirmation,
            'award_decisions.unverified_confirmation',
            r.id,
          ),
    replacedBy: r.replaced_by,
    replaces: r.replaces,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function findDecision(db: Db, id: string): Promise<DecisionRow | null> {
  const r = await baseQuery(db).where('d.id', '=', id).executeTakeFirst();
  return r ? toDecision(r) : null;
}

/** The decisions of a conference, newest first. */
export async function listDecisions(db: Db, conferenceId: string): Promise<DecisionRow[]> {
  const rows = await baseQuery(db)
    .where('d.conference_id', '=', conferenceId)
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id')
    .execute();
  return rows.map(toDecision);
}

/** The decisions made from a proposal (drafts and approved ones, replaced ones too). */
export async function listDecisionsOfProposal(db: Db, proposalId: string): Promise<DecisionRow[]> {
  const rows = await baseQuery(db).where('d.proposal_id', '=', proposalId).orderBy('d.created_at').execute();
  return rows.map(toDecision);
}

/** The draft that would replace `decisionId`, if one was started. */
export async function findReplacingDraft(db: Db, decisionId: string): Promise<DecisionRow | null> {
  const r = await baseQuery(db)
    .where('d.replaces', '=', decisionId)
    .where('d.state', '=', 'draft')
    .executeTakeFirst();
  return r ? toDecision(r) : null;
}

/** What a draft's editor may change; money and items are recomputed by the service. */
export type DecisionContent = Pick<
  AwardDecision,
  | 'number'
  | 'symbol'
  | 'date'
  | 'signingPrefix'
  | 'signerTitle'
  | 'signerName'
  | 'bases'
  | 'fundSource'
  | 'executors'
  | 'baseSalary'
  | 'items'
  | 'total'
>;

function contentColumns(c: DecisionContent) {
  return {
    number: c.number,
    symbol: c.symbol,
    date: c.date,
    signing_prefix: c.signingPrefix,
    signer_title: c.signerTitle,
    signer_name: c.signerName,
    bases: JSON.stringify(c.bases),
    fund_source: c.fundSource,
    executors: JSON.stringify(c.executors),
    base_salary: c.baseSalary,
    items: JSON.stringify(c.items),
    total: c.total,
  };
}

export interface NewDecision extends DecisionContent {
  id: string;
  conferenceId: string;
  unitId: string;
  proposalId: string | null;
  formCode: string;
  year: number;
  period: AwardDecision['period'];
  issuer: string;
  replaces: string | null;
  createdBy: string | null;
  now: Date;
}

/** Inserts a draft decision and the tokens of its certificates. */
export async function insertDecision(db: Db, d: NewDecision): Promise<void> {
  await db
    .insertInto('award_decisions')
    .values({
      id: d.id,
      conference_id: d.conferenceId,
      unit_id: d.unitId,
      proposal_id: d.proposalId,
      form_code: d.formCode,
      year: d.year,
      period_from: d.period.from,
      period_to: d.period.to,
      ...contentColumns(d),
      issuer: d.issuer,
      state: 'draft',
      replaces: d.replaces,
      created_by: d.createdBy,
      created_at: d.now,
      updated_at: d.now,
    })
    .execute();
  await syncTokens(db, d.id, d.items);
}

/** Keeps the token lookup equal to the decision's items. */
async function syncTokens(db: Db, decisionId: string, items: readonly DecisionItem[]): Promise<void> {
  await db.deleteFrom('certificate_tokens').where('decision_id', '=', decisionId).execute();
  if (items.length === 0) return;
  await db
    .insertInto('certificate_tokens')
    .values(items.map((i) => ({ token: i.certificateToken, decision_id: decisionId, item_id: i.id })))
    .execute();
}

/** Saves a draft's new content if nobody saved since `version` and it is still a draft. */
export async function updateDraftIfVersion(
  db: Db,
  id: string,
  version: number,
  content: DecisionContent,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('award_decisions')
    .set({ ...contentColumns(content), version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await syncTokens(db, id, content.items);
  return true;
}

/**
 * Saves the lines' register numbers (số vào sổ), of a draft or an approved decision not yet replaced,
 * if nobody saved since `version`; true when saved. Nothing else of the decision changes.
 */
export async function updateItemsIfVersion(
  db: Db,
  id: string,
  version: number,
  items: readonly DecisionItem[],
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('award_decisions')
    .set({ items: JSON.stringify(items), version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('replaced_by', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Approves a draft if nobody saved since `version`, with the confirmation of its unverified values
 * (null when it uses none); true when approved.
 */
export async function approveIfVersion(
  db: Db,
  id: string,
  version: number,
  approvedBy: string | null,
  now: Date,
  confirmation: UnverifiedConfirmation | null = null,
): Promise<boolean> {
  const r = await db
    .updateTable('award_decisions')
    .set({
      state: 'approved',
      approved_at: now,
      approved_by: approvedBy,
      unverified_confirmation: confirmation ? JSON.stringify(confirmation) : null,
      version: sql`version + 1`,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks an approved decision as replaced by a newer one. */
export async function markReplaced(db: Db, id: string, replacedBy: string, now: Date): Promise<void> {
  await db
    .updateTable('award_decisions')
    .set({ replaced_by: replacedBy, version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function deleteDraftIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('award_decisions')
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The decision and item a certificate token belongs to, or null for an unknown token. */
export async function findByToken(
  db: Db,
  token: string,
): Promise<{ decision: DecisionRow; item: DecisionItem } | null> {
  const t = await db
    .selectFrom('certificate_tokens')
    .select(['decision_id', 'item_id'])
    .where('token', '=', token)
    .executeTakeFirst();
  if (!t) return null;
  const decision = await findDecision(db, t.decision_id);
  const item = decision?.items.find((i) => i.id === t.item_id);
  return decision && item ? { decision, item } : null;
}
