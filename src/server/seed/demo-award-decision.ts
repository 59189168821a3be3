/**
 * The demo commendation of Bạch Long Vĩ: Giấy khen of the chairman for every exemplary delegate of the
 * approved list — the Tờ trình of the council (18/8/2025), its vote, and Quyết định 125/QĐ-UBND of
 * 20/8/2025 signed by the chairman and approved — all through the services the API uses, each step on
 * its own date. Running it again changes nothing.
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

const SETTING = 'demo.award_decision_id';
export const DEMO_DECISION = {
  formCode: 'giay-khen',
  number: '125',
  symbol: 'QĐ-UBND',
  date: '2025-08-20',
  signerName: 'Đào Quang Minh',
} as const;

/** The demo's steps happen on these days (Vietnam time), whatever the clock of the run says. */
const on = (ctx: ServiceContext, isoDate: string): ServiceContext => ({
  ...ctx,
  now: () => new Date(`${isoDate}T02:00:00.000Z`),
});

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
  const proposal = await createProposal(
    on(ctx, '2025-08-18'),
    actor,
    conferenceId,
    {
      formCode: DEMO_DECISION.formCode,
      year: 2025,
      title: 'Đề nghị tặng Giấy khen cho các điển hình tiên tiến giai đoạn 2020 - 2025',
      submissionNumber: '15/TTr-HĐTĐKT',
      submissionDate: '2025-08-18',
      items: delegates.map((id) => ({ source: 'delegate' as const, id })),
    },
    meta,
  );
  const voted = await recordCouncilVote(
    on(ctx, '2025-08-18'),
    actor,
    proposal.id,
    {
      version: proposal.version,
      council: {
        meetingDate: '2025-08-18',
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
    on(ctx, '2025-08-19'),
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
    on(ctx, DEMO_DECISION.date),
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
