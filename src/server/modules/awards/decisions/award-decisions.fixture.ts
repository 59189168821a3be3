/** Factories of the commendation tests: council-approved nominations, proposals, votes and decisions. */
import type { NominationInput } from '../../../../core/nominations/types.ts';
import type { DecisionView } from '../../../../shared/api/award-decisions.ts';
import type { ProposalView } from '../../../../shared/api/award-proposals.ts';
import type { NominationRecord } from '../../../../shared/api/nominations.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../../testing/factories.ts';
import {
  actOk,
  addNomination,
  COUNCIL_FOR,
  collectiveBody,
  individualBody,
} from '../../../testing/nomination-factories.ts';
import type { TestApp, TestClient } from '../../../testing/test-app.ts';

const schools = new WeakMap<TestApp, Promise<TestClient>>();

/** A nomination of the school of Bạch Long Vĩ, submitted, accepted and approved by the council. */
export async function approvedNomination(
  t: TestApp,
  officer: TestClient,
  kind: 'individual' | 'collective' = 'individual',
  overrides: Partial<NominationInput> = {},
): Promise<NominationRecord> {
  if (!schools.has(t)) schools.set(t, t.as('truonghoc.blv'));
  const school = await (schools.get(t) as Promise<TestClient>);
  const unitId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
  const body = kind === 'individual' ? individualBody(unitId, overrides) : collectiveBody(unitId, overrides);
  const submitted = await actOk(school, await addNomination(school, t.demoConferenceId, body), 'submit');
  const accepted = await actOk(officer, submitted, 'accept');
  return actOk(officer, accepted, 'council_approve', { council: COUNCIL_FOR });
}

/** A proposal body for nominations of the demo conference. */
export function proposalBody(
  formCode: string,
  nominationIds: readonly string[],
  overrides: Partial<{
    year: number;
    title: string;
    submissionNumber: string;
    submissionDate: string | null;
  }> = {},
) {
  return {
    formCode,
    year: 2025,
    title: '',
    submissionNumber: '20',
    submissionDate: '2025-08-14',
    items: nominationIds.map((id) => ({ source: 'nomination' as const, id })),
    ...overrides,
  };
}

export async function createProposal(
  officer: TestClient,
  conferenceId: string,
  body: ReturnType<typeof proposalBody>,
): Promise<ProposalView> {
  const res = await officer.request('POST', `/api/conferences/${conferenceId}/award-proposals`, body);
  assertStatus(res, 201);
  return res.json() as ProposalView;
}

/** A council of 9 members, 7 present and 1 written vote on 14/8/2025; `inFavour` per line (default 8). */
export function councilBody(
  proposal: ProposalView,
  inFavour: (i: number) => number = () => 8,
  meetingDate = '2025-08-14',
) {
  return {
    version: proposal.version,
    council: {
      meetingDate,
      members: 9,
      present: 7,
      writtenVotes: 1,
      chair: 'Đào Quang Minh',
      secretary: 'Nguyễn Thị Lệ',
      location: 'Hội trường Ủy ban nhân dân đặc khu',
    },
    votes: proposal.items.map((item, i) => ({ itemId: item.id, inFavour: inFavour(i) })),
  };
}

export async function vote(
  officer: TestClient,
  proposal: ProposalView,
  inFavour?: (i: number) => number,
  meetingDate?: string,
): Promise<ProposalView> {
  const res = await officer.request(
    'PUT',
    `/api/award-proposals/${proposal.id}/council`,
    councilBody(proposal, inFavour, meetingDate),
  );
  assertStatus(res, 200);
  return res.json() as ProposalView;
}

/** A draft decision of a voted proposal, dated 20/8/2025 unless told. */
export async function draftDecision(
  officer: TestClient,
  proposal: ProposalView,
  overrides: Record<string, unknown> = {},
): Promise<DecisionView> {
  const res = await officer.request('POST', `/api/conferences/${proposal.conferenceId}/award-decisions`, {
    proposalId: proposal.id,
    decisionNumber: '131',
    decisionDate: '2025-08-20',
    signerName: 'Đào Quang Minh',
    ...overrides,
  });
  assertStatus(res, 201);
  return res.json() as DecisionView;
}

/** The whole-draft edit the editor sends, with `changes` applied. */
export function decisionEdit(d: DecisionView, changes: Record<string, unknown> = {}) {
  return {
    version: d.version,
    decisionNumber: d.number,
    symbol: d.symbol,
    decisionDate: d.date,
    signingPrefix: d.signingPrefix,
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    bases: d.bases,
    fundSource: d.fundSource,
    executors: d.executors,
    items: d.items.map((i) => ({ id: i.id, achievement: i.achievement })),
    ...changes,
  };
}

/**
 * Approves a draft as `client` (who must hold conference.approve), confirming every unverified value
 * the decision uses, as the approval dialog makes the approver do.
 */
export async function approve(client: TestClient, d: DecisionView): Promise<DecisionView> {
  const res = await client.request('POST', `/api/award-decisions/${d.id}/approve`, {
    version: d.version,
    confirmUnverified: d.unverified.map((v) => v.key),
  });
  assertStatus(res, 200);
  return res.json() as DecisionView;
}

/** The id of the demo's approved decision (Quyết định 125/QĐ-UBND). */
export async function demoDecisionId(t: TestApp): Promise<string> {
  const row = await t.handle.db
    .selectFrom('award_decisions')
    .select('id')
    .where('conference_id', '=', t.demoConferenceId)
    .where('number', '=', '125')
    .executeTakeFirstOrThrow();
  return row.id;
}
