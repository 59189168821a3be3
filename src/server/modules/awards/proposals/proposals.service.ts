import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../../core/auth/access.ts';
import type { Permission } from '../../../../core/auth/roles.ts';
import { latestForm } from '../../../../core/awards/catalogue.ts';
import {
  achievementPeriodProblems,
  defaultPeriod,
  periodPhrase,
  periodProblems,
  proposalPeriod,
} from '../../../../core/awards/period.ts';
import {
  defaultProposer,
  documentDateProblems,
  parseSubmissionNumber,
  proposerProblems,
  submissionReference,
  submissionSymbol,
} from '../../../../core/awards/proposer.ts';
import type {
  AwardForm,
  AwardPeriod,
  AwardVoteThreshold,
  CouncilMeeting,
  ProposalItem,
  Proposer,
} from '../../../../core/awards/types.ts';
import { unverifiedSentence } from '../../../../core/awards/unverified.ts';
import type { Conference } from '../../../../core/conference/types.ts';
import { proposalUnverified } from '../../../../core/documents/award-proposal-document.ts';
import { conflictError, DomainError, type FieldProblem } from '../../../../core/errors/domain-error.ts';
import { formatThreshold } from '../../../../core/nominations/rules.ts';
import { isoDateInVietnam } from '../../../../core/vietnamese/dates.ts';
import type {
  ProposalCheck,
  ProposalInput,
  ProposalSummary,
  ProposalView,
} from '../../../../shared/api/award-proposals.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import type { Db } from '../../../db/database.ts';
import { recordChange } from '../../audit/index.ts';
import { authorizeConference } from '../../conferences/index.ts';
import { authorize } from '../../units/index.ts';
import { loadAwardCatalogue } from '../catalogue/catalogue.service.ts';
import { loadLegalDocuments } from '../legal/legal-documents.service.ts';
import { assertEligible, itemProblems, requireForm, resolveItems } from './proposal-items.ts';
import {
  deleteProposalIfVersion,
  findProposal,
  insertProposal,
  listProposals,
  markProposalDecided,
  type ProposalRow,
  proposalHasDecision,
  updateProposalIfVersion,
} from './proposals.repo.ts';

/**
 * Proposals of commendation: the organising unit's staff ('nomination.review') pick exemplary delegates
 * and council-approved nominations for one form and year, record the council's vote, and read them
 * with 'conference.read'. Every change is audited; a stale version is a 409.
 */

const PROPOSAL = 'đề nghị khen thưởng này';
export const PROPOSAL_TITLE = 'Đề nghị khen thưởng';

/** The proposal, when the actor may do `permission` on its unit: 404 outside their scope, 403 inside. */
export function authorizeProposal(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  permission: Permission,
): Promise<ProposalRow> {
  return authorize(actor, permission, {
    load: () => findProposal(ctx.db, id),
    unitPath: (found) => found.unitPath,
    what: PROPOSAL,
  });
}

/** The proposal a decision was drafted from; the caller has checked access to the decision. */
export function proposalOfDecision(db: Db, proposalId: string): Promise<ProposalRow | null> {
  return findProposal(db, proposalId);
}

/** Marks the proposal as decided, inside the transaction that approves its decision. */
export function markDecided(db: Db, proposalId: string, at: Date): Promise<void> {
  return markProposalDecided(db, proposalId, at);
}

/** "trên 50% tổng số thành viên Hội đồng". */
export function thresholdText(threshold: AwardVoteThreshold): string {
  const base =
    threshold.base === 'members' ? 'tổng số thành viên Hội đồng' : 'số thành viên dự họp và gửi phiếu';
  return `${formatThreshold(threshold)} ${base}`;
}

/** The count a share is taken of: all members, or those who voted (present or in writing). */
export function thresholdBase(council: CouncilMeeting, threshold: AwardVoteThreshold): number {
  return threshold.base === 'members' ? council.members : council.present + council.writtenVotes;
}

export function formNamed(forms: readonly AwardForm[], code: string): AwardForm {
  const form = latestForm(forms, code);
  if (!form) throw new Error(`Form ${code} is not in the catalogue`);
  return form;
}

/** The proposal as the screen shows it, each line with its eligibility problems as of now. */
async function toView(ctx: ServiceContext, p: ProposalRow, forms?: AwardForm[]): Promise<ProposalView> {
  const catalogue = forms ?? (await loadAwardCatalogue(ctx.db)).forms;
  const form = formNamed(catalogue, p.formCode);
  const problems =
    p.state === 'decided'
      ? p.items.map(() => [])
      : await itemProblems(ctx.db, {
          conferenceId: p.conferenceId,
          proposalId: p.id,
          formCode: p.formCode,
          year: p.year,
          items: p.items,
          forms: catalogue,
        });
  const { unitPath: _path, ...proposal } = p;
  const unverifiedBases = proposalUnverified({
    proposal,
    form,
    legalDocuments: await loadLegalDocuments(ctx.db),
  }).map((v) => ({ key: v.key, label: v.label, text: unverifiedSentence(v) }));
  return {
    ...proposal,
    submissionSymbol: submissionSymbol(p.proposer),
    formName: form.name,
    thresholdText: thresholdText(form.threshold),
    unverifiedBases,
    items: p.items.map((item, i) => ({ ...item, problems: problems[i] })),
  };
}

/** What the Tờ trình says about itself, resolved: who proposes, the period, the number without symbol. */
interface Submission {
  proposer: Proposer;
  period: AwardPeriod;
  submissionNumber: string;
}

/**
 * The proposer, period and number of a proposal being saved (given, else as saved, else the defaults:
 * the council's standing body and the period of the conference's plan), checked together: the proposer
 * fits the form, the number's symbol is the proposer's, the period is a real one and no line names a
 * year outside it, and the Tờ trình is not dated after the meeting that reviews it. All problems at once.
 */
function resolveSubmission(
  input: ProposalInput,
  form: AwardForm,
  conference: Conference,
  items: readonly ProposalItem[],
  saved: { proposer: Proposer; period: AwardPeriod; council: CouncilMeeting | null } | null,
): Submission {
  const proposer = input.proposer ?? saved?.proposer ?? defaultProposer(form);
  const period = input.period ?? saved?.period ?? proposalPeriod(defaultPeriod(conference), form, input.year);
  const { number, problem } = parseSubmissionNumber(input.submissionNumber, proposer);
  const problems: FieldProblem[] = [
    ...proposerProblems(proposer, form),
    ...(problem ? [problem] : []),
    ...periodProblems(period, input.year),
    ...achievementPeriodProblems(items, period),
    ...documentDateProblems(
      proposer.kind,
      { submission: input.submissionDate, meeting: saved?.council?.date ?? null, decision: null },
      'submissionDate',
    ),
  ];
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Tờ trình chưa hợp lệ: ${problems.map((f) => f.message).join('; ')}.`,
      problems,
    );
  }
  return { proposer, period, submissionNumber: number };
}

/** The date the form must be in force on: the submission date, or today. */
function formDate(ctx: ServiceContext, input: Pick<ProposalInput, 'submissionDate'>): string {
  return input.submissionDate ?? isoDateInVietnam(ctx.now());
}

/** POST /api/conferences/:id/award-proposals/check: each chosen line with its problems; nothing is saved. */
export async function checkProposal(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  input: ProposalInput,
): Promise<ProposalCheck> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'nomination.review');
  const { forms } = await loadAwardCatalogue(ctx.db);
  requireForm(forms, input.formCode, formDate(ctx, input));
  const items = await resolveItems(ctx.db, found.conference, input.items);
  const problems = await itemProblems(ctx.db, {
    conferenceId,
    proposalId: null,
    formCode: input.formCode,
    year: input.year,
    items,
    forms,
  });
  return {
    items: items.map((item, i) => ({
      source: input.items[i].source,
      id: input.items[i].id,
      subject: item.subject,
      achievement: item.achievement,
      problems: problems[i],
    })),
  };
}

/** POST /api/conferences/:id/award-proposals: a new draft; lines that are not eligible are refused. */
export async function createProposal(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  input: ProposalInput,
  meta: RequestMeta,
): Promise<ProposalView> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'nomination.review');
  const { forms } = await loadAwardCatalogue(ctx.db);
  const form = requireForm(forms, input.formCode, formDate(ctx, input));
  const items = await resolveItems(ctx.db, found.conference, input.items);
  assertEligible(
    items,
    await itemProblems(ctx.db, {
      conferenceId,
      proposalId: null,
      formCode: form.code,
      year: input.year,
      items,
      forms,
    }),
  );
  const submission = resolveSubmission(input, form, found.conference, items, null);
  const id = randomUUID();
  const now = ctx.now();
  const title = input.title || `Đề nghị tặng ${form.name} ${periodPhrase(submission.period)}`;
  await ctx.db.transaction().execute(async (tx) => {
    await insertProposal(tx, {
      id,
      conferenceId,
      unitId: found.conference.unitId,
      formCode: form.code,
      year: input.year,
      title,
      ...submission,
      submissionDate: input.submissionDate,
      items,
      createdBy: actor.userId || null,
      now,
    });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_proposal.created',
        entityType: 'award_proposal',
        entityId: id,
        unitId: found.conference.unitId,
        after: {
          conferenceId,
          formCode: form.code,
          year: input.year,
          title,
          ...submission,
          submissionDate: input.submissionDate,
          items: items.length,
        },
      },
      meta.ip,
    );
  });
  return getProposal(ctx, actor, id);
}

/** GET /api/conferences/:id/award-proposals: newest first. */
export async function listConferenceProposals(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<ProposalSummary[]> {
  await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  const { forms } = await loadAwardCatalogue(ctx.db);
  return (await listProposals(ctx.db, conferenceId)).map((p) => ({
    id: p.id,
    formCode: p.formCode,
    formName: latestForm(forms, p.formCode)?.name ?? p.formCode,
    year: p.year,
    period: p.period,
    title: p.title,
    submissionReference: submissionReference(p.submissionNumber, p.proposer),
    submissionDate: p.submissionDate,
    state: p.state,
    itemCount: p.items.length,
    passedCount: p.council ? p.items.filter((i) => i.passed).length : null,
    version: p.version,
    updatedAt: p.updatedAt,
  }));
}

export async function getProposal(ctx: ServiceContext, actor: Actor, id: string): Promise<ProposalView> {
  return toView(ctx, await authorizeProposal(ctx, actor, id, 'conference.read'));
}

/** A proposal that may still change: not decided, and no decision drafted from it. */
export async function assertChangeable(ctx: ServiceContext, p: ProposalRow): Promise<void> {
  if (p.state === 'decided') {
    throw new DomainError(
      'INVALID_STATE',
      'Đề nghị này đã có quyết định khen thưởng được phê duyệt nên không sửa hoặc xóa được nữa.',
    );
  }
  if (await proposalHasDecision(ctx.db, p.id)) {
    throw new DomainError(
      'INVALID_STATE',
      'Đề nghị này đã có dự thảo quyết định khen thưởng. Hãy xóa dự thảo quyết định trước khi sửa đề nghị.',
    );
  }
}

/**
 * PUT /api/award-proposals/:id: the whole proposal again. The council's vote is kept while the form,
 * year and people stay the same; otherwise it must be recorded again.
 */
export async function updateProposal(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: ProposalInput & { version: number },
  meta: RequestMeta,
): Promise<ProposalView> {
  const p = await authorizeProposal(ctx, actor, id, 'nomination.review');
  if (p.version !== input.version) throw conflictError(PROPOSAL_TITLE);
  await assertChangeable(ctx, p);
  const found = await authorizeConference(ctx.db, actor, p.conferenceId, 'nomination.review');
  const { forms } = await loadAwardCatalogue(ctx.db);
  const form = requireForm(forms, input.formCode, formDate(ctx, input));
  let items = await resolveItems(ctx.db, found.conference, input.items, p.items);
  assertEligible(
    items,
    await itemProblems(ctx.db, {
      conferenceId: p.conferenceId,
      proposalId: p.id,
      formCode: form.code,
      year: input.year,
      items,
      forms,
    }),
  );
  const samePeople =
    items.length === p.items.length && items.every((item, i) => item.subjectKey === p.items[i]?.subjectKey);
  const keepVote = p.council !== null && samePeople && form.code === p.formCode && input.year === p.year;
  if (!keepVote) items = items.map((item) => ({ ...item, inFavour: null, passed: null }));
  const submission = resolveSubmission(input, form, found.conference, items, {
    ...p,
    council: keepVote ? p.council : null,
  });
  const now = ctx.now();
  const changes = {
    formCode: form.code,
    year: input.year,
    title: input.title || p.title,
    ...submission,
    submissionDate: input.submissionDate,
    items,
    council: keepVote ? p.council : null,
    state: keepVote ? p.state : ('draft' as const),
  };
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateProposalIfVersion(tx, id, input.version, changes, now)))
      throw conflictError(PROPOSAL_TITLE);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_proposal.updated',
        entityType: 'award_proposal',
        entityId: id,
        unitId: p.unitId,
        before: summaryOf(p),
        after: { ...summaryOf({ ...p, ...changes }), voteCleared: p.council !== null && !keepVote },
      },
      meta.ip,
    );
  });
  return getProposal(ctx, actor, id);
}

function summaryOf(
  p: Pick<
    ProposalRow,
    'formCode' | 'year' | 'period' | 'title' | 'proposer' | 'submissionNumber' | 'items' | 'state'
  >,
) {
  return {
    formCode: p.formCode,
    year: p.year,
    period: p.period,
    title: p.title,
    proposer: p.proposer,
    submissionNumber: p.submissionNumber,
    state: p.state,
    items: p.items.map((i) => ({ name: i.subject.name, achievement: i.achievement, inFavour: i.inFavour })),
  };
}

/** DELETE /api/award-proposals/:id?version=: only while no decision was made from it. */
export async function deleteProposal(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  version: number,
  meta: RequestMeta,
): Promise<void> {
  const p = await authorizeProposal(ctx, actor, id, 'nomination.review');
  if (p.version !== version) throw conflictError(PROPOSAL_TITLE);
  await assertChangeable(ctx, p);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await deleteProposalIfVersion(tx, id, version))) throw conflictError(PROPOSAL_TITLE);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_proposal.deleted',
        entityType: 'award_proposal',
        entityId: id,
        unitId: p.unitId,
        before: summaryOf(p),
      },
      meta.ip,
    );
  });
}
