import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../../core/auth/access.ts';
import type { Permission } from '../../../../core/auth/roles.ts';
import { latestForm } from '../../../../core/awards/catalogue.ts';
import {
  defaultBases,
  defaultExecutors,
  defaultFundSource,
  issuerName,
  issuerOf,
  priceItems,
} from '../../../../core/awards/decision-defaults.ts';
import { rebaseLegalLines } from '../../../../core/awards/legal-bases.ts';
import { achievementPeriodProblems } from '../../../../core/awards/period.ts';
import { documentDateProblems } from '../../../../core/awards/proposer.ts';
import type { AwardProposal, DecisionItem } from '../../../../core/awards/types.ts';
import {
  conflictError,
  DomainError,
  type FieldProblem,
  notFoundError,
} from '../../../../core/errors/domain-error.ts';
import { isoDateInVietnam } from '../../../../core/vietnamese/dates.ts';
import { amountInWords } from '../../../../core/vietnamese/money.ts';
import type {
  CreateDecisionBody,
  DecisionSummary,
  DecisionView,
  UpdateDecisionBody,
} from '../../../../shared/api/award-decisions.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import type { Db } from '../../../db/database.ts';
import { recordChange } from '../../audit/index.ts';
import { authorizeConference } from '../../conferences/index.ts';
import { authorize, officeOfUnit } from '../../units/index.ts';
import { loadAwardCatalogue } from '../catalogue/catalogue.service.ts';
import { loadLegalDocuments } from '../legal/legal-documents.service.ts';
import { assertEligible, itemProblems, requireForm } from '../proposals/proposal-items.ts';
import { authorizeProposal, proposalOfDecision } from '../proposals/proposals.service.ts';
import { newCertificateToken } from './certificate-token.ts';
import {
  type Catalogue,
  decisionUnverified,
  loadUnverifiedSources,
  unverifiedViews,
} from './decision-unverified.ts';
import {
  type DecisionContent,
  type DecisionRow,
  deleteDraftIfVersion,
  findByToken,
  findDecision,
  insertDecision,
  listDecisions,
  listDecisionsOfProposal,
  updateDraftIfVersion,
} from './decisions.repo.ts';

/**
 * Award decisions: drafted by the organising unit's staff ('nomination.review') from a voted proposal,
 * approved by the chairman's side ('conference.approve': leaders and unit administrators, not the
 * drafting officer's role). Approval locks the decision and writes the award records; a change after
 * that is a new decision that replaces it.
 */

const DECISION = 'quyết định khen thưởng này';
export const DECISION_TITLE = 'Quyết định khen thưởng';

/** The decision, when the actor may do `permission` on its unit: 404 outside their scope, 403 inside. */
export function authorizeDecision(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  permission: Permission,
): Promise<DecisionRow> {
  return authorize(actor, permission, {
    load: () => findDecision(ctx.db, id),
    unitPath: (found) => found.unitPath,
    what: DECISION,
  });
}

/** The decision and line a certificate's token stands for, without an access check (the public page). */
export function findCertificateLine(
  db: Db,
  token: string,
): Promise<{ decision: DecisionRow; item: DecisionItem } | null> {
  return findByToken(db, token);
}

export function toDecisionView(d: DecisionRow, catalogue: Catalogue): DecisionView {
  const { unitPath: _path, ...rest } = d;
  return {
    ...rest,
    formName: latestForm(catalogue.forms, d.formCode)?.name ?? d.formCode,
    totalInWords: amountInWords(d.total),
    unverified: unverifiedViews(decisionUnverified(d, catalogue)),
    unverifiedConfirmation: d.unverifiedConfirmation ?? null,
  };
}

export async function view(ctx: ServiceContext, id: string): Promise<DecisionView> {
  const d = await findDecision(ctx.db, id);
  if (!d) throw notFoundError(DECISION);
  return toDecisionView(d, await loadUnverifiedSources(ctx.db, d.unitId));
}

/** Refuses any change to an approved decision, saying what to do instead. */
export function assertDraft(d: DecisionRow): void {
  if (d.state === 'draft') return;
  throw new DomainError(
    'INVALID_STATE',
    d.replacedBy
      ? 'Quyết định này đã được thay thế bằng một quyết định khác nên không sửa được.'
      : 'Quyết định đã được phê duyệt nên không sửa hoặc xóa được. Muốn thay đổi, hãy ban hành quyết định thay thế (“Ban hành quyết định thay thế”).',
  );
}

function auditOf(
  d: Pick<DecisionRow, 'number' | 'symbol' | 'date' | 'signerName' | 'items' | 'total' | 'state'>,
) {
  return {
    number: d.number,
    symbol: d.symbol,
    date: d.date,
    signerName: d.signerName,
    state: d.state,
    total: d.total,
    items: d.items.map((i) => ({ name: i.subject.name, achievement: i.achievement, amount: i.amount })),
  };
}

/**
 * A decision's date and lines against its proposal: not dated before the Tờ trình or the council's
 * meeting, and no line's achievement naming a year outside the period. All problems at once.
 */
function assertFitsProposal(
  proposal: Pick<AwardProposal, 'proposer' | 'submissionDate' | 'council' | 'period'> | null,
  date: string,
  items: ReadonlyArray<{ achievement: string; subject: { name: string } }>,
  period: AwardProposal['period'],
): void {
  const problems: FieldProblem[] = [
    ...(proposal
      ? documentDateProblems(
          proposal.proposer.kind,
          { submission: proposal.submissionDate, meeting: proposal.council?.date ?? null, decision: date },
          'decisionDate',
        )
      : []),
    ...achievementPeriodProblems(items, period),
  ];
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Quyết định chưa hợp lệ: ${problems.map((f) => f.message).join('; ')}.`,
      problems,
    );
  }
}

/** Eligibility of the lines again (the history may have grown since the vote), and their money. */
async function priceChecked(
  ctx: ServiceContext,
  source: Pick<AwardProposal, 'conferenceId' | 'formCode' | 'year'> & { proposalId: string | null },
  items: Parameters<typeof priceItems>[1],
  isoDate: string,
  replaces: string | null,
) {
  const { forms, salaries } = await loadAwardCatalogue(ctx.db);
  const form = requireForm(forms, source.formCode, isoDate);
  assertEligible(
    items,
    await itemProblems(ctx.db, {
      conferenceId: source.conferenceId,
      proposalId: source.proposalId,
      formCode: source.formCode,
      year: source.year,
      items,
      forms,
      exceptDecisionId: replaces,
    }),
  );
  return priceItems(form, items, isoDate, salaries);
}

/** POST /api/conferences/:id/award-decisions: a draft from a voted proposal, for the lines that passed. */
export async function createDecision(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
  body: CreateDecisionBody,
  meta: RequestMeta,
): Promise<DecisionView> {
  const found = await authorizeConference(ctx.db, actor, conferenceId, 'nomination.review');
  const proposal = await authorizeProposal(ctx, actor, body.proposalId, 'nomination.review');
  if (proposal.conferenceId !== conferenceId) throw notFoundError('đề nghị khen thưởng này');
  if (proposal.state !== 'voted') {
    throw new DomainError(
      'INVALID_STATE',
      proposal.state === 'draft'
        ? 'Đề nghị chưa có kết quả họp Hội đồng Thi đua - Khen thưởng. Hãy ghi kết quả biểu quyết trước khi lập quyết định.'
        : 'Đề nghị này đã có quyết định khen thưởng được phê duyệt.',
    );
  }
  if ((await listDecisionsOfProposal(ctx.db, proposal.id)).some((d) => d.replacedBy === null)) {
    throw new DomainError(
      'INVALID_STATE',
      'Đề nghị này đã có dự thảo quyết định khen thưởng. Hãy mở dự thảo đó để sửa.',
    );
  }
  const passed = proposal.items.filter((i) => i.passed);
  if (passed.length === 0) {
    throw new DomainError(
      'INVALID_STATE',
      'Không có tập thể, cá nhân nào đạt tỷ lệ biểu quyết của Hội đồng nên không lập được quyết định.',
    );
  }
  const date = body.decisionDate ?? isoDateInVietnam(ctx.now());
  assertFitsProposal(proposal, date, passed, proposal.period);
  const unpriced = passed.map((i) => ({
    id: randomUUID(),
    subject: i.subject,
    subjectKey: i.subjectKey,
    achievement: i.achievement,
    certificateToken: newCertificateToken(),
  }));
  const money = await priceChecked(ctx, { ...proposal, proposalId: proposal.id }, unpriced, date, null);
  const plan = issuerOf(found.conference).signer;
  const { office, level } = await officeOfUnit(ctx, found.conference.unitId);
  const legal = await loadLegalDocuments(ctx.db);
  const content: DecisionContent = {
    number: body.decisionNumber ?? '',
    symbol: body.symbol || 'QĐ-UBND',
    date,
    signingPrefix: body.signingPrefix ?? plan.prefix,
    signerTitle: body.signerTitle ?? plan.title,
    signerName: body.signerName ?? plan.name,
    bases:
      body.bases ??
      defaultBases(found.conference, proposal, { date, formCode: proposal.formCode, level }, legal),
    fundSource: body.fundSource ?? defaultFundSource(found.conference),
    executors: body.executors ?? defaultExecutors(found.conference, money.items, office),
    ...money,
  };
  const id = randomUUID();
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertDecision(tx, {
      ...content,
      id,
      conferenceId,
      unitId: found.conference.unitId,
      proposalId: proposal.id,
      formCode: proposal.formCode,
      year: proposal.year,
      period: proposal.period,
      issuer: issuerName(found.conference),
      replaces: null,
      createdBy: actor.userId || null,
      now,
    });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_decision.created',
        entityType: 'award_decision',
        entityId: id,
        unitId: found.conference.unitId,
        after: { proposalId: proposal.id, ...auditOf({ ...content, state: 'draft' }) },
      },
      meta.ip,
    );
  });
  return view(ctx, id);
}

/** GET /api/conferences/:id/award-decisions: newest first. */
export async function listConferenceDecisions(
  ctx: ServiceContext,
  actor: Actor,
  conferenceId: string,
): Promise<DecisionSummary[]> {
  await authorizeConference(ctx.db, actor, conferenceId, 'conference.read');
  const { forms } = await loadAwardCatalogue(ctx.db);
  return (await listDecisions(ctx.db, conferenceId)).map((d) => ({
    id: d.id,
    proposalId: d.proposalId,
    formCode: d.formCode,
    formName: latestForm(forms, d.formCode)?.name ?? d.formCode,
    year: d.year,
    number: d.number,
    symbol: d.symbol,
    date: d.date,
    itemCount: d.items.length,
    total: d.total,
    state: d.state,
    replacedBy: d.replacedBy,
    replaces: d.replaces,
    version: d.version,
    updatedAt: d.updatedAt,
  }));
}

export async function getDecision(ctx: ServiceContext, actor: Actor, id: string): Promise<DecisionView> {
  const d = await authorizeDecision(ctx, actor, id, 'conference.read');
  return toDecisionView(d, await loadUnverifiedSources(ctx.db, d.unitId));
}

/** PUT /api/award-decisions/:id: the whole draft; money is computed again for the (new) date. */
export async function updateDecision(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: UpdateDecisionBody,
  meta: RequestMeta,
): Promise<DecisionView> {
  const d = await authorizeDecision(ctx, actor, id, 'nomination.review');
  assertDraft(d);
  if (d.version !== body.version) throw conflictError(DECISION_TITLE);
  const byId = new Map(d.items.map((i) => [i.id, i]));
  const unknown = body.items.findIndex((i) => !byId.has(i.id));
  if (unknown >= 0) {
    throw new DomainError('VALIDATION', `Dòng ${unknown + 1} không thuộc quyết định này.`, [
      { path: `items.${unknown}.id`, message: `Dòng ${unknown + 1}: không thuộc quyết định này` },
    ]);
  }
  const kept = [...new Map(body.items.map((i) => [i.id, i])).values()].map((i) => {
    const { coefficient: _c, amount: _a, ...item } = byId.get(i.id) as DecisionRow['items'][number];
    return { ...item, achievement: i.achievement };
  });
  const proposal = d.proposalId ? await proposalOfDecision(ctx.db, d.proposalId) : null;
  assertFitsProposal(proposal, body.decisionDate, kept, d.period);
  const money = await priceChecked(ctx, d, kept, body.decisionDate, d.replaces);
  const { level } = await officeOfUnit(ctx, d.unitId);
  const content: DecisionContent = {
    number: body.decisionNumber,
    symbol: body.symbol,
    date: body.decisionDate,
    signingPrefix: body.signingPrefix,
    signerTitle: body.signerTitle,
    signerName: body.signerName,
    bases: rebaseLegalLines(
      body.bases,
      { date: d.date, formCode: d.formCode, level },
      { date: body.decisionDate, formCode: d.formCode, level },
      await loadLegalDocuments(ctx.db),
    ),
    fundSource: body.fundSource,
    executors: body.executors,
    ...money,
  };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateDraftIfVersion(tx, id, body.version, content, now)))
      throw conflictError(DECISION_TITLE);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_decision.updated',
        entityType: 'award_decision',
        entityId: id,
        unitId: d.unitId,
        before: auditOf(d),
        after: auditOf({ ...content, state: 'draft' }),
      },
      meta.ip,
    );
  });
  return view(ctx, id);
}

/** DELETE /api/award-decisions/:id?version=: a draft only. */
export async function deleteDecision(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  version: number,
  meta: RequestMeta,
): Promise<void> {
  const d = await authorizeDecision(ctx, actor, id, 'nomination.review');
  assertDraft(d);
  if (d.version !== version) throw conflictError(DECISION_TITLE);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await deleteDraftIfVersion(tx, id, version))) throw conflictError(DECISION_TITLE);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_decision.deleted',
        entityType: 'award_decision',
        entityId: id,
        unitId: d.unitId,
        before: auditOf(d),
      },
      meta.ip,
    );
  });
}
