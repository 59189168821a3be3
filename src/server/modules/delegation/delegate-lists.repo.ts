import { sql } from 'kysely';
import { z } from 'zod';
import type { DelegateList } from '../../../core/delegation/types.ts';
import {
  delegateCandidateSchema,
  quotaOutcomeSchema,
  quotaRuleSchema,
} from '../../../shared/api/delegation.ts';
import type { Db } from '../../db/database.ts';
import { parseStored } from '../../db/stored-json.ts';

/** The SQL of the approved, versioned delegate lists (the latest one is read by delegation.repo.ts). */

const iso = (d: Date | string) => new Date(d).toISOString();

/** One list version as the history shows it. */
export interface ListSummaryRow {
  number: number;
  approvedAt: string;
  approvedByName: string;
  note: string;
  seats: number;
  objective: number;
  delegateCount: number;
}

/** One whole list version as stored. */
export interface ListRow extends ListSummaryRow, Pick<DelegateList, 'rules' | 'delegates' | 'evaluation'> {
  conferenceId: string;
  approvedBy: string;
}

const storedRules = z.array(quotaRuleSchema);
const storedDelegates = z.array(delegateCandidateSchema);
// Stored without the labels: they are drawn from today's reference lists when shown.
const storedEvaluation = z.array(quotaOutcomeSchema.omit({ label: true }));

/** The rules, the delegates as they were when approved and their evaluation, parsed from a stored list. */
export function parseListColumns(r: {
  conference_id: string;
  number: number;
  rules: unknown;
  delegates: unknown;
  evaluation: unknown;
}): Pick<DelegateList, 'rules' | 'delegates' | 'evaluation'> {
  const row = `${r.conference_id}/${r.number}`;
  return {
    rules: parseStored(storedRules, r.rules, 'delegate_lists.rules', row),
    delegates: parseStored(storedDelegates, r.delegates, 'delegate_lists.delegates', row),
    evaluation: parseStored(storedEvaluation, r.evaluation, 'delegate_lists.evaluation', row),
  };
}

/**
 * The number of the latest list of a conference (0 before the first), read while holding the
 * conference row so that two approvals of the same conference take turns.
 */
export async function lockLatestListNumber(db: Db, conferenceId: string): Promise<number> {
  await sql`select id from conferences where id = ${conferenceId} for update`.execute(db);
  const r = await db
    .selectFrom('delegate_lists')
    .select(sql<number>`coalesce(max(number), 0)::int`.as('n'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function insertDelegateList(
  db: Db,
  list: {
    conferenceId: string;
    number: number;
    approvedAt: Date;
    approvedBy: string | null;
    note: string;
    seats: number;
    rules: unknown;
    objective: number;
    delegates: unknown;
    evaluation: unknown;
  },
): Promise<void> {
  await db
    .insertInto('delegate_lists')
    .values({
      conference_id: list.conferenceId,
      number: list.number,
      approved_at: list.approvedAt,
      approved_by: list.approvedBy,
      note: list.note,
      seats: list.seats,
      rules: JSON.stringify(list.rules),
      objective: list.objective,
      delegates: JSON.stringify(list.delegates),
      evaluation: JSON.stringify(list.evaluation),
    })
    .execute();
}

function listQuery(db: Db, conferenceId: string) {
  return db
    .selectFrom('delegate_lists as l')
    .leftJoin('users as u', 'u.id', 'l.approved_by')
    .where('l.conference_id', '=', conferenceId);
}

/** Every list version of a conference, newest first, without the delegates themselves. */
export async function listDelegateListSummaries(db: Db, conferenceId: string): Promise<ListSummaryRow[]> {
  const rows = await listQuery(db, conferenceId)
    .select([
      'l.number',
      'l.approved_at',
      'l.note',
      'l.seats',
      'l.objective',
      'u.full_name as approver_name',
      sql<number>`jsonb_array_length(l.delegates)::int`.as('delegate_count'),
    ])
    .orderBy('l.number', 'desc')
    .execute();
  return rows.map((r) => ({
    number: r.number,
    approvedAt: iso(r.approved_at),
    approvedByName: r.approver_name ?? '',
    note: r.note,
    seats: r.seats,
    objective: Number(r.objective),
    delegateCount: Number(r.delegate_count),
  }));
}

/** One list version, or null when the conference has no list of that number. */
export async function findDelegateList(
  db: Db,
  conferenceId: string,
  number: number,
): Promise<ListRow | null> {
  const r = await listQuery(db, conferenceId)
    .selectAll('l')
    .select('u.full_name as approver_name')
    .where('l.number', '=', number)
    .executeTakeFirst();
  if (!r) return null;
  const { rules, delegates, evaluation } = parseListColumns(r);
  return {
    conferenceId: r.conference_id,
    number: r.number,
    approvedAt: iso(r.approved_at),
    approvedBy: r.approved_by ?? '',
    approvedByName: r.approver_name ?? '',
    note: r.note,
    seats: r.seats,
    objective: Number(r.objective),
    delegateCount: delegates.length,
    rules,
    delegates,
    evaluation,
  };
}
