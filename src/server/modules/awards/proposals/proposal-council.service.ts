import type { Actor } from '../../../../core/auth/access.ts';
import { documentDateProblems } from '../../../../core/awards/proposer.ts';
import type { CouncilMeeting, ProposalItem, ProposerKind } from '../../../../core/awards/types.ts';
import { conflictError, DomainError, type FieldProblem } from '../../../../core/errors/domain-error.ts';
import { meetsThreshold } from '../../../../core/nominations/rules.ts';
import { isoDateInVietnam } from '../../../../core/vietnamese/dates.ts';
import type { CouncilBody, ProposalView } from '../../../../shared/api/award-proposals.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import { recordChange } from '../../audit/index.ts';
import { loadAwardCatalogue } from '../catalogue/catalogue.service.ts';
import { assertEligible, itemProblems } from './proposal-items.ts';
import { updateProposalIfVersion } from './proposals.repo.ts';
import {
  assertChangeable,
  authorizeProposal,
  formNamed,
  getProposal,
  PROPOSAL_TITLE,
  thresholdBase,
} from './proposals.service.ts';

/** The council's meeting on a proposal: its counts, each line's votes, and who passes by the form's threshold. */

/**
 * Counts that cannot be (more present than members, more in favour than those who voted), and a
 * meeting out of order with the Tờ trình it reviews (or, for the Ủy ban's own Tờ trình, reports).
 */
function councilProblems(
  body: CouncilBody,
  items: readonly ProposalItem[],
  today: string,
  submission: { kind: ProposerKind; date: string | null },
): FieldProblem[] {
  const { council, votes } = body;
  const out: FieldProblem[] = [];
  if (council.meetingDate > today)
    out.push({ path: 'council.meetingDate', message: 'Ngày họp: không được sau ngày hôm nay' });
  out.push(
    ...documentDateProblems(
      submission.kind,
      { submission: submission.date, meeting: council.meetingDate, decision: null },
      'council.meetingDate',
    ),
  );
  if (council.present > council.members)
    out.push({
      path: 'council.present',
      message: `Số người dự họp: không được lớn hơn tổng số thành viên Hội đồng (${council.members})`,
    });
  else if (council.present + council.writtenVotes > council.members)
    out.push({
      path: 'council.writtenVotes',
      message: `Số phiếu gửi bằng văn bản: chỉ thành viên vắng mặt mới gửi phiếu; tối đa ${council.members - council.present}`,
    });
  const voted = council.present + council.writtenVotes;
  const byItem = new Map(votes.map((v) => [v.itemId, v.inFavour]));
  const known = new Set(items.map((i) => i.id));
  votes.forEach((v, j) => {
    if (!known.has(v.itemId))
      out.push({ path: `votes.${j}.itemId`, message: 'Kết quả biểu quyết: có dòng không thuộc đề nghị này' });
  });
  items.forEach((item, i) => {
    const inFavour = byItem.get(item.id);
    const name = `Dòng ${i + 1} (${item.subject.name})`;
    if (inFavour === undefined)
      out.push({ path: `votes.${i}`, message: `${name}: chưa ghi số phiếu đồng ý` });
    else if (inFavour > voted)
      out.push({
        path: `votes.${i}.inFavour`,
        message: `${name}: số phiếu đồng ý (${inFavour}) không được lớn hơn số thành viên đã biểu quyết (${voted})`,
      });
  });
  return out;
}

/**
 * PUT /api/award-proposals/:id/council: the meeting and each line's votes in favour; the form's
 * threshold decides which lines pass. Lines that are not eligible must be removed first.
 */
export async function recordCouncilVote(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  body: CouncilBody,
  meta: RequestMeta,
): Promise<ProposalView> {
  const p = await authorizeProposal(ctx, actor, id, 'nomination.review');
  if (p.version !== body.version) throw conflictError(PROPOSAL_TITLE);
  await assertChangeable(ctx, p);
  const problems = councilProblems(body, p.items, isoDateInVietnam(ctx.now()), {
    kind: p.proposer.kind,
    date: p.submissionDate,
  });
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Kết quả họp Hội đồng chưa hợp lệ: ${problems.map((f) => f.message).join('; ')}.`,
      problems,
    );
  }
  const { forms } = await loadAwardCatalogue(ctx.db);
  assertEligible(
    p.items,
    await itemProblems(ctx.db, {
      conferenceId: p.conferenceId,
      proposalId: p.id,
      formCode: p.formCode,
      year: p.year,
      items: p.items,
      forms,
    }),
  );
  const threshold = formNamed(forms, p.formCode).threshold;
  const { meetingDate, ...rest } = body.council;
  const council: CouncilMeeting = { date: meetingDate, ...rest };
  const votes = new Map(body.votes.map((v) => [v.itemId, v.inFavour]));
  const items = p.items.map((item) => {
    const inFavour = votes.get(item.id) ?? 0;
    return {
      ...item,
      inFavour,
      passed: meetsThreshold(inFavour, thresholdBase(council, threshold), threshold),
    };
  });
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    const saved = await updateProposalIfVersion(
      tx,
      id,
      body.version,
      { council, items, state: 'voted' },
      now,
    );
    if (!saved) throw conflictError(PROPOSAL_TITLE);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_proposal.council_recorded',
        entityType: 'award_proposal',
        entityId: id,
        unitId: p.unitId,
        before: p.council ? { council: p.council, votes: p.items.map((i) => [i.id, i.inFavour]) } : null,
        after: {
          council,
          votes: items.map((i) => [i.id, i.inFavour, i.passed]),
          passed: items.filter((i) => i.passed).length,
        },
      },
      meta.ip,
    );
  });
  return getProposal(ctx, actor, id);
}
