import { sql } from 'kysely';
import { z } from 'zod';
import type {
  AwardPeriod,
  AwardProposal,
  AwardRecord,
  CouncilMeeting,
  ProposalItem,
  ProposalState,
  Proposer,
} from '../../../../core/awards/types.ts';
import {
  councilMeetingSchema,
  proposalItemSchema,
  proposerSchema,
} from '../../../../shared/api/award-proposals.ts';
import type { Db } from '../../../db/database.ts';
import { parseStored } from '../../../db/stored-json.ts';

/** The SQL of proposals of commendation, and the award history their eligibility is checked against. */

const iso = (d: Date | string) => new Date(d).toISOString();

// The eligibility problems are worked out when shown, not stored.
const storedItems = z.array(proposalItemSchema.omit({ problems: true }));
const storedCouncil = councilMeetingSchema.nullable();
const storedProposer = proposerSchema;

/** A stored proposal with the path of its unit, for permission checks. */
export interface ProposalRow extends AwardProposal {
  unitPath: string;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('award_proposals as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .selectAll('p')
    .select('u.path as unit_path');
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toProposal(r: Row): ProposalRow {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    unitId: r.unit_id,
    unitPath: r.unit_path,
    formCode: r.form_code,
    year: r.year,
    period: { from: r.period_from, to: r.period_to },
    title: r.title,
    proposer: parseStored(storedProposer, r.proposer, 'award_proposals.proposer', r.id),
    submissionNumber: r.submission_number,
    submissionDate: r.submission_date,
    items: parseStored(storedItems, r.items, 'award_proposals.items', r.id),
    council: parseStored(storedCouncil, r.council, 'award_proposals.council', r.id),
    state: r.state as ProposalState,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function findProposal(db: Db, id: string): Promise<ProposalRow | null> {
  const r = await baseQuery(db).where('p.id', '=', id).executeTakeFirst();
  return r ? toProposal(r) : null;
}

/** The proposals of a conference, newest first. */
export async function listProposals(db: Db, conferenceId: string): Promise<ProposalRow[]> {
  const rows = await baseQuery(db)
    .where('p.conference_id', '=', conferenceId)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id')
    .execute();
  return rows.map(toProposal);
}

export interface NewProposal {
  id: string;
  conferenceId: string;
  unitId: string;
  formCode: string;
  year: number;
  period: AwardPeriod;
  title: string;
  proposer: Proposer;
  submissionNumber: string;
  submissionDate: string | null;
  items: ProposalItem[];
  createdBy: string | null;
  now: Date;
}

export async function insertProposal(db: Db, p: NewProposal): Promise<void> {
  await db
    .insertInto('award_proposals')
    .values({
      id: p.id,
      conference_id: p.conferenceId,
      unit_id: p.unitId,
      form_code: p.formCode,
      year: p.year,
      period_from: p.period.from,
      period_to: p.period.to,
      title: p.title,
      proposer: JSON.stringify(p.proposer),
      submission_number: p.submissionNumber,
      submission_date: p.submissionDate,
      items: JSON.stringify(p.items),
      council: null,
      state: 'draft',
      created_by: p.createdBy,
      created_at: p.now,
      updated_at: p.now,
    })
    .execute();
}

export interface ProposalChanges {
  formCode?: string;
  year?: number;
  period?: AwardPeriod;
  title?: string;
  proposer?: Proposer;
  submissionNumber?: string;
  submissionDate?: string | null;
  items?: ProposalItem[];
  council?: CouncilMeeting | null;
  state?: ProposalState;
}

/** Saves the changes only if nobody saved since `version`; true when saved (the version goes up by one). */
export async function updateProposalIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: ProposalChanges,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('award_proposals')
    .set({
      ...(changes.formCode !== undefined ? { form_code: changes.formCode } : {}),
      ...(changes.year !== undefined ? { year: changes.year } : {}),
      ...(changes.period !== undefined
        ? { period_from: changes.period.from, period_to: changes.period.to }
        : {}),
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.proposer !== undefined ? { proposer: JSON.stringify(changes.proposer) } : {}),
      ...(changes.submissionNumber !== undefined ? { submission_number: changes.submissionNumber } : {}),
      ...(changes.submissionDate !== undefined ? { submission_date: changes.submissionDate } : {}),
      ...(changes.items !== undefined ? { items: JSON.stringify(changes.items) } : {}),
      ...(changes.council !== undefined
        ? { council: changes.council === null ? null : JSON.stringify(changes.council) }
        : {}),
      ...(changes.state !== undefined ? { state: changes.state } : {}),
      version: sql`version + 1`,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks a proposal decided (its decision was approved), whatever its version. */
export async function markProposalDecided(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable('award_proposals')
    .set({ state: 'decided', version: sql`version + 1`, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function deleteProposalIfVersion(db: Db, id: string, version: number): Promise<boolean> {
  const r = await db
    .deleteFrom('award_proposals')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Whether any decision (draft or approved) was made from the proposal. */
export async function proposalHasDecision(db: Db, proposalId: string): Promise<boolean> {
  const r = await db
    .selectFrom('award_decisions')
    .select('id')
    .where('proposal_id', '=', proposalId)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

/** Subjects and forms of the other undecided proposals of a conference's year, for the eligibility check. */
export async function listOtherOpenProposalItems(
  db: Db,
  conferenceId: string,
  year: number,
  exceptProposalId: string | null,
): Promise<Array<{ subjectKey: string; formCode: string }>> {
  let q = db
    .selectFrom('award_proposals')
    .select(['id', 'form_code', 'items'])
    .where('conference_id', '=', conferenceId)
    .where('year', '=', year)
    .where('state', '!=', 'decided');
  if (exceptProposalId) q = q.where('id', '!=', exceptProposalId);
  const rows = await q.execute();
  return rows.flatMap((r) =>
    parseStored(storedItems, r.items, 'award_proposals.items', r.id).map((i) => ({
      subjectKey: i.subjectKey,
      formCode: r.form_code,
    })),
  );
}

export type HistoryRecord = Pick<AwardRecord, 'subjectKey' | 'formCode' | 'year' | 'achievement'>;

/**
 * The awards already received by these subjects, from any unit's records, leaving out the records of
 * `exceptDecisionId` (a decision being replaced: its awards are about to be withdrawn).
 */
export async function listRecordsOfSubjects(
  db: Db,
  subjectKeys: readonly string[],
  exceptDecisionId: string | null = null,
): Promise<HistoryRecord[]> {
  if (subjectKeys.length === 0) return [];
  let q = db
    .selectFrom('award_records')
    .select(['subject_key', 'form_code', 'year', 'achievement'])
    .where('subject_key', 'in', [...new Set(subjectKeys)]);
  if (exceptDecisionId) {
    q = q.where((eb) => eb.or([eb('decision_id', 'is', null), eb('decision_id', '!=', exceptDecisionId)]));
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    subjectKey: r.subject_key,
    formCode: r.form_code,
    year: r.year,
    achievement: r.achievement,
  }));
}
