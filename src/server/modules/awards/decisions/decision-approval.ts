import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../../core/auth/access.ts';
import type { UnverifiedConfirmation } from '../../../../core/awards/types.ts';
import { unconfirmedMessage, unconfirmedValues } from '../../../../core/awards/unverified.ts';
import { conflictError, DomainError } from '../../../../core/errors/domain-error.ts';
import type { ApproveDecisionBody, DecisionView } from '../../../../shared/api/award-decisions.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import { recordChange } from '../../audit/index.ts';
import {
  type DecisionAwardRecord,
  deleteDecisionRecords,
  insertDecisionRecords,
} from '../history/award-records.service.ts';
import { assertEligible, itemProblems } from '../proposals/proposal-items.ts';
import { markDecided, proposalOfDecision } from '../proposals/proposals.service.ts';
import { newCertificateToken } from './certificate-token.ts';
import { decisionUnverified, loadUnverifiedSources } from './decision-unverified.ts';
import {
  approveIfVersion,
  type DecisionRow,
  findReplacingDraft,
  insertDecision,
  markReplaced,
} from './decisions.repo.ts';
import { assertDraft, authorizeDecision, DECISION_TITLE, view } from './decisions.service.ts';

/**
 * The end of a decision's life as a draft: approval ('conference.approve': leaders and unit
 * administrators, who sign for the chairman), and the replacing decision that changes an approved one.
 */

/** The award records an approved decision writes: one per line, owned by the decision's unit. */
async function recordsOf(
  ctx: ServiceContext,
  d: DecisionRow,
  createdAt: Date,
  createdBy: string | null,
): Promise<DecisionAwardRecord[]> {
  const proposal = d.proposalId ? await proposalOfDecision(ctx.db, d.proposalId) : null;
  const nominations = new Map((proposal?.items ?? []).map((i) => [i.subjectKey, i.nominationId]));
  return d.items.map((item) => ({
    ...item.subject,
    subjectKey: item.subjectKey,
    formCode: d.formCode,
    year: d.year,
    achievement: item.achievement,
    decisionNumber: `${d.number}/${d.symbol}`,
    decisionDate: d.date,
    issuer: d.issuer,
    amount: item.amount,
    decisionId: d.id,
    nominationId: nominations.get(item.subjectKey) ?? null,
    ownerUnitId: d.unitId,
    createdAt: createdAt.toISOString(),
    createdBy,
  }));
}

/**
 * In one transaction: the draft becomes approved (or nothing happens when someone saved it since),
 * with the confirmation of its unverified values, the decision it replaces is marked replaced and its
 * records withdrawn, its own records are written, its proposal is marked decided, and the approval is
 * audited (with the values confirmed, by whom).
 */
async function approveDecisionRecords(
  ctx: ServiceContext,
  actor: Actor,
  d: DecisionRow,
  confirmed: UnverifiedConfirmation['values'],
  meta: RequestMeta,
): Promise<void> {
  const now = ctx.now();
  const approvedBy = actor.userId || null;
  const records = await recordsOf(ctx, d, now, approvedBy);
  const confirmation: UnverifiedConfirmation | null =
    confirmed.length > 0
      ? {
          confirmedAt: now.toISOString(),
          confirmedBy: approvedBy,
          confirmedByName: actor.username,
          values: confirmed,
        }
      : null;
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await approveIfVersion(tx, d.id, d.version, approvedBy, now, confirmation)))
      throw conflictError('Quyết định khen thưởng');
    let withdrawn = 0;
    if (d.replaces) {
      await markReplaced(tx, d.replaces, d.id, now);
      withdrawn = await deleteDecisionRecords(tx, d.replaces);
    }
    await insertDecisionRecords(tx, records);
    if (d.proposalId) await markDecided(tx, d.proposalId, now);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_decision.approved',
        entityType: 'award_decision',
        entityId: d.id,
        unitId: d.unitId,
        after: {
          number: `${d.number}/${d.symbol}`,
          date: d.date,
          items: d.items.length,
          total: d.total,
          records: records.length,
          ...(confirmation ? { unverifiedConfirmed: confirmation.values } : {}),
          ...(d.replaces ? { replaces: d.replaces, recordsWithdrawn: withdrawn } : {}),
        },
      },
      meta.ip,
    );
    if (d.replaces) {
      await recordChange(
        tx,
        now,
        actor,
        {
          action: 'award_decision.replaced',
          entityType: 'award_decision',
          entityId: d.replaces,
          unitId: d.unitId,
          after: { replacedBy: d.id, replacedByNumber: `${d.number}/${d.symbol}` },
        },
        meta.ip,
      );
    }
  });
}

/**
 * POST /api/award-decisions/:id/approve: locks the draft, writes its award records, marks the proposal
 * decided and, for a replacing decision, withdraws the records of the one it replaces. A decision that
 * uses unverified values is approved only when `confirmUnverified` names every one of them.
 */
export async function approveDecision(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: ApproveDecisionBody,
  meta: RequestMeta,
): Promise<DecisionView> {
  const { version } = body;
  const d = await authorizeDecision(ctx, actor, id, 'conference.approve');
  assertDraft(d);
  if (d.version !== version) throw conflictError(DECISION_TITLE);
  const missing = [
    ...(d.number.trim()
      ? []
      : [{ path: 'decisionNumber', message: 'Số quyết định: cần ghi trước khi phê duyệt' }]),
    ...(d.signerName.trim()
      ? []
      : [{ path: 'signerName', message: 'Họ tên người ký: cần ghi trước khi phê duyệt' }]),
  ];
  if (missing.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Chưa phê duyệt được: ${missing.map((m) => m.message).join('; ')}.`,
      missing,
    );
  }
  const catalogue = await loadUnverifiedSources(ctx.db, d.unitId);
  const { forms } = catalogue;
  assertEligible(
    d.items,
    await itemProblems(ctx.db, {
      conferenceId: d.conferenceId,
      proposalId: d.proposalId,
      formCode: d.formCode,
      year: d.year,
      items: d.items,
      forms,
      exceptDecisionId: d.replaces,
    }),
  );
  const unverified = decisionUnverified(d, catalogue);
  const missingConfirmations = unconfirmedValues(unverified, body.confirmUnverified ?? []);
  if (missingConfirmations.length > 0) {
    throw new DomainError(
      'VALIDATION',
      unconfirmedMessage(missingConfirmations),
      missingConfirmations.map((v) => ({
        path: 'confirmUnverified',
        message: `${v.label}: chưa được kiểm tra, cần người phê duyệt xác nhận`,
      })),
    );
  }
  await approveDecisionRecords(
    ctx,
    actor,
    d,
    unverified.map((v) => ({ key: v.key, label: v.label })),
    meta,
  );
  return view(ctx, id);
}

/** POST /api/award-decisions/:id/replace: a new draft with the same lines (and new certificate tokens). */
export async function replaceDecision(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  version: number,
  meta: RequestMeta,
): Promise<DecisionView> {
  const d = await authorizeDecision(ctx, actor, id, 'nomination.review');
  if (d.version !== version) throw conflictError(DECISION_TITLE);
  if (d.state !== 'approved' || d.replacedBy) {
    throw new DomainError(
      'INVALID_STATE',
      d.replacedBy
        ? 'Quyết định này đã được thay thế rồi.'
        : 'Quyết định còn là dự thảo: hãy sửa trực tiếp, không cần quyết định thay thế.',
    );
  }
  const draft = await findReplacingDraft(ctx.db, id);
  if (draft) {
    throw new DomainError(
      'INVALID_STATE',
      'Đã có dự thảo quyết định thay thế quyết định này. Hãy mở dự thảo đó để sửa.',
    );
  }
  const newId = randomUUID();
  const now = ctx.now();
  const items = d.items.map((i) => ({ ...i, id: randomUUID(), certificateToken: newCertificateToken() }));
  await ctx.db.transaction().execute(async (tx) => {
    await insertDecision(tx, {
      ...d,
      id: newId,
      number: '',
      items,
      replaces: d.id,
      createdBy: actor.userId || null,
      now,
    });
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_decision.replacement_started',
        entityType: 'award_decision',
        entityId: newId,
        unitId: d.unitId,
        after: { replaces: d.id, replacesNumber: `${d.number}/${d.symbol}` },
      },
      meta.ip,
    );
  });
  return view(ctx, newId);
}
