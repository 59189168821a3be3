/**
 * The demo commendation of Bạch Long Vĩ: Giấy khen of the chairman for every exemplary delegate of the
 * approved list, for the period of the plan (giai đoạn 2020 - 2025), each line with the achievements of
 * its nomination — Tờ trình 15/TTr-HĐTĐKT of the council's standing body (19/8/2025, once list 1 of
 * the delegates is approved), the council's meeting on it and Quyết định 125/QĐ-UBND (both 20/8/2025),
 * signed by the chairman and approved — all through the services the API uses, each step on its own
 * date (`demo-timeline.ts`). Running it again changes nothing.
 */
import type { Actor } from '../../core/auth/access.ts';
import type { ServiceContext } from '../context.ts';
import { findUserWithGrants } from '../modules/auth/index.ts';
import {
  approveDecision,
  createDecision,
  createProposal,
  loadPickable,
  recordCouncilVote,
} from '../modules/awards/index.ts';
import { DEMO_ORGANISER } from './demo-delegation.ts';
import { DEMO_TIMELINE, onDemoDay } from './demo-timeline.ts';

const SETTING = 'demo.award_decision_id';
export const DEMO_DECISION = {
  formCode: 'giay-khen',
  number: '125',
  symbol: 'QĐ-UBND',
  date: '2025-08-20',
  signerName: 'Đào Quang Minh',
} as const;

/**
 * The Tờ trình the council reviews: by its standing body, signed for the chair by the standing
 * vice-chair, on the day the delegate list it draws from is approved; the council meets the next day.
 */
export const DEMO_SUBMISSION = {
  number: '15',
  date: DEMO_TIMELINE.delegation,
  meetingDate: DEMO_DECISION.date,
  proposer: {
    kind: 'council',
    name: '',
    code: '',
    signerTitle: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
    signerName: 'Vũ Thị Ngọc Ánh',
  },
} as const;

async function organiser(ctx: ServiceContext): Promise<Actor | null> {
  const row = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', DEMO_ORGANISER)
    .executeTakeFirst();
  const user = row ? await findUserWithGrants(ctx.db, row.id) : null;
  if (!user) return null;
  return {
    userId: user.id,
    username: user.username,
    homeUnitId: user.unit_id,
    grants: user.grants.map((g) => ({ role: g.role, unitId: g.unitId, unitPath: g.unitPath })),
  };
}

async function knownDecision(ctx: ServiceContext): Promise<boolean> {
  const setting = await ctx.db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', SETTING)
    .executeTakeFirst();
  const id = setting?.value as string | undefined;
  if (!id) return false;
  return (
    (await ctx.db.selectFrom('award_decisions').select('id').where('id', '=', id).executeTakeFirst()) !==
    undefined
  );
}

/** Votes in favour out of 9 members, the same on every run: 7, 8 or 9. */
function inFavour(index: number): number {
  return 9 - ((index * 7) % 3);
}

/** Proposes, votes, decides and approves the demo Giấy khen once; returns the decision id (null when skipped). */
export async function ensureDemoAwardDecision(
  ctx: ServiceContext,
  conferenceId: string,
): Promise<string | null> {
  if (await knownDecision(ctx)) return null;
  const actor = await organiser(ctx);
  if (!actor) return null;
  const delegates = [...(await loadPickable(ctx.db, conferenceId)).delegate.keys()];
  if (delegates.length === 0) return null;
  const meta = { ip: null };
  // No period and no achievement given: the plan's period and each nomination's own achievements.
  const proposal = await createProposal(
    onDemoDay(ctx, DEMO_SUBMISSION.date),
    actor,
    conferenceId,
    {
      formCode: DEMO_DECISION.formCode,
      year: 2025,
      title: 'Đề nghị tặng Giấy khen cho các điển hình tiên tiến giai đoạn 2020 - 2025',
      proposer: { ...DEMO_SUBMISSION.proposer },
      submissionNumber: DEMO_SUBMISSION.number,
      submissionDate: DEMO_SUBMISSION.date,
      items: delegates.map((id) => ({ source: 'delegate' as const, id })),
    },
    meta,
  );
  const voted = await recordCouncilVote(
    onDemoDay(ctx, DEMO_SUBMISSION.meetingDate),
    actor,
    proposal.id,
    {
      version: proposal.version,
      council: {
        meetingDate: DEMO_SUBMISSION.meetingDate,
        members: 9,
        present: 8,
        writtenVotes: 1,
        chair: 'Đào Quang Minh - Chủ tịch Ủy ban nhân dân đặc khu, Chủ tịch Hội đồng',
        secretary: 'Nguyễn Thị Lệ - Trưởng Phòng Văn hóa - Xã hội, Thư ký Hội đồng',
        location: 'Hội trường Ủy ban nhân dân đặc khu Bạch Long Vĩ',
      },
      votes: proposal.items.map((item, i) => ({ itemId: item.id, inFavour: inFavour(i) })),
    },
    meta,
  );
  const draft = await createDecision(
    onDemoDay(ctx, DEMO_DECISION.date),
    actor,
    conferenceId,
    {
      proposalId: voted.id,
      decisionNumber: DEMO_DECISION.number,
      symbol: DEMO_DECISION.symbol,
      decisionDate: DEMO_DECISION.date,
      signingPrefix: '',
      signerTitle: 'CHỦ TỊCH',
      signerName: DEMO_DECISION.signerName,
    },
    meta,
  );
  // The chairman's side approves as anyone must: confirming, by name, each value the catalogue marks
  // "cần kiểm tra" (recorded on the decision and in its audit entry).
  const approved = await approveDecision(
    onDemoDay(ctx, DEMO_DECISION.date),
    actor,
    draft.id,
    { version: draft.version, confirmUnverified: draft.unverified.map((v) => v.key) },
    meta,
  );
  await ctx.db
    .insertInto('app_settings')
    .values({ key: SETTING, value: JSON.stringify(approved.id) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(approved.id) }))
    .execute();
  return approved.id;
}
