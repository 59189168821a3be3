import { randomUUID } from 'node:crypto';
import type { Role } from '../../core/auth/roles.ts';
import { instantiateTemplate } from '../../core/conference/instantiate.ts';
import { unitOffice } from '../../core/documents/unit-office.ts';
import { duplicateKey } from '../../core/nominations/duplicates.ts';
import { foldVietnamese } from '../../core/vietnamese/fold.ts';
import type { ServiceContext } from '../context.ts';
import type { Db } from '../db/database.ts';
import { recordChange } from '../modules/audit/index.ts';
import { hashPassword } from '../modules/auth/index.ts';
import { insertConference } from '../modules/conferences/index.ts';
import { insertNominations } from '../modules/nominations/index.ts';
import { defaultTemplateFor } from '../modules/templates/index.ts';
import { findUnitByKey, listSubtree } from '../modules/units/index.ts';
import { hasAnyUser, insertUser, replaceRoles } from '../modules/users/index.ts';
import { ensureDemoAwardDecision } from './demo-award-decision.ts';
import { ensureDemoAwardsHistory } from './demo-awards-history.ts';
import { ensureDemoDelegation } from './demo-delegation.ts';
import { generateDemoNominations, seededRandom } from './demo-nominations.ts';
import { DEMO_TIMELINE, demoInstant } from './demo-timeline.ts';
import { ensureReferenceData } from './install-reference.ts';

/** The password of every demo account; printed at start so anyone can try the demo. */
export const DEMO_PASSWORD = 'vinhdanh2025';

export interface DemoAccount {
  username: string;
  fullName: string;
  /** Key of the home unit in the organisation tree. */
  unitKey: string;
  roles: Array<{ role: Role; unitKey: string }>;
  description: string;
}

const BLV = 'hp/11948';

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'bachlongvi',
    fullName: 'Phạm Thị Thu Hà',
    unitKey: `${BLV}/phong-vhxh`,
    roles: [
      { role: 'emulation_officer', unitKey: BLV },
      { role: 'unit_admin', unitKey: BLV },
    ],
    description: 'Cán bộ thi đua, Phòng Văn hóa - Xã hội đặc khu Bạch Long Vĩ',
  },
  {
    username: 'lanhdao.blv',
    fullName: 'Nguyễn Văn Hậu',
    unitKey: BLV,
    roles: [{ role: 'leader', unitKey: BLV }],
    description: 'Phó Chủ tịch UBND đặc khu Bạch Long Vĩ',
  },
  {
    username: 'truonghoc.blv',
    fullName: 'Vũ Đức Thắng',
    unitKey: `${BLV}/truong-th-thcs`,
    roles: [{ role: 'nominator', unitKey: `${BLV}/truong-th-thcs` }],
    description: 'Phó Hiệu trưởng Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ (đơn vị đề cử)',
  },
  {
    username: 'cathai',
    fullName: 'Đỗ Minh Tuấn',
    unitKey: 'hp/11914',
    roles: [
      { role: 'emulation_officer', unitKey: 'hp/11914' },
      { role: 'unit_admin', unitKey: 'hp/11914' },
    ],
    description: 'Cán bộ thi đua đặc khu Cát Hải',
  },
  {
    username: 'thanhpho',
    fullName: 'Trần Thị Lan',
    unitKey: 'hp/so-noi-vu/ban-tdkt',
    roles: [
      { role: 'emulation_officer', unitKey: 'hp' },
      { role: 'unit_admin', unitKey: 'hp' },
    ],
    description: 'Ban Thi đua - Khen thưởng thành phố (xem mọi đơn vị)',
  },
  {
    username: 'admin',
    fullName: 'Quản trị hệ thống',
    unitKey: 'hp',
    roles: [{ role: 'system_admin', unitKey: 'hp' }],
    description: 'Quản trị hệ thống',
  },
];

async function unitIdByKey(db: Db, key: string): Promise<string> {
  const unit = await findUnitByKey(db, key);
  if (!unit) throw new Error(`Demo unit ${key} is missing from the organisation tree`);
  return unit.id;
}

/**
 * Loads the Bạch Long Vĩ demo: the accounts above, the 2025 conference with the plan of
 * Kế hoạch 06/KH-UBND, about 200 nominations from its units, and the delegation (guests, leaders and
 * the approved list 1). Running it again changes nothing.
 */
export async function loadDemo(
  ctx: ServiceContext,
): Promise<{ conferenceId: string; usersAdded: number; nominationsAdded: number }> {
  // Reference data belongs to the installation; the demo's own records follow its conference's dates.
  await ensureReferenceData(ctx.db, ctx.now());
  const now = demoInstant(DEMO_TIMELINE.accounts);
  let usersAdded = 0;
  for (const account of DEMO_ACCOUNTS) {
    const exists = await ctx.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', account.username)
      .executeTakeFirst();
    if (exists) continue;
    const id = randomUUID();
    const roles: Array<{ role: Role; unitId: string }> = [];
    for (const r of account.roles) roles.push({ role: r.role, unitId: await unitIdByKey(ctx.db, r.unitKey) });
    const unitId = await unitIdByKey(ctx.db, account.unitKey);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await ctx.db.transaction().execute(async (tx) => {
      await insertUser(tx, {
        id,
        username: account.username,
        fullName: account.fullName,
        passwordHash,
        unitId,
        now,
      });
      await replaceRoles(tx, id, roles);
      await recordChange(tx, now, null, {
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        unitId,
        after: { username: account.username, fullName: account.fullName, demo: true },
      });
    });
    usersAdded++;
  }
  const conferenceId = await ensureDemoConference(ctx, demoInstant(DEMO_TIMELINE.plan));
  const nominationsAdded = await ensureDemoNominations(
    ctx,
    conferenceId,
    demoInstant(DEMO_TIMELINE.nominations),
  );
  await ensureDemoDelegation(ctx, conferenceId);
  await ensureDemoAwardsHistory(ctx, conferenceId);
  await ensureDemoAwardDecision(ctx, conferenceId);
  return { conferenceId, usersAdded, nominationsAdded };
}

/** About 200 nominations from Bạch Long Vĩ's units in every workflow state, once. */
async function ensureDemoNominations(ctx: ServiceContext, conferenceId: string, now: Date): Promise<number> {
  const existing = await ctx.db
    .selectFrom('nominations')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .limit(1)
    .execute();
  if (existing.length > 0) return 0;
  const unit = await findUnitByKey(ctx.db, BLV);
  if (!unit) throw new Error('Bạch Long Vĩ is missing from the organisation tree');
  const units = (
    await ctx.db
      .selectFrom('units')
      .select(['id', 'key', 'full_name', 'type_label'])
      .where('path', 'like', `${unit.path}%`)
      .where('is_former', '=', false)
      .execute()
  )
    .filter((u) => u.key !== null)
    .map((u) => ({ id: u.id, key: u.key as string, fullName: u.full_name, typeLabel: u.type_label }));
  const generated = generateDemoNominations(units, seededRandom(2025), 200);
  await ctx.db.transaction().execute(async (tx) => {
    await insertNominations(
      tx,
      conferenceId,
      generated.map((g) => ({
        ...g,
        duplicateKey: duplicateKey(g.name, g.birthYear, g.nominatingUnitId),
        submittedAt: g.state === 'draft' ? null : now,
      })),
      { now, createdBy: null },
    );
    await recordChange(tx, now, null, {
      action: 'nomination.imported',
      entityType: 'conference',
      entityId: conferenceId,
      unitId: unit.id,
      after: { count: generated.length, demo: true },
    });
  });
  return generated.length;
}

const DEMO_CONFERENCE_SETTING = 'demo.conference_id';

async function ensureDemoConference(ctx: ServiceContext, now: Date): Promise<string> {
  const setting = await ctx.db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', DEMO_CONFERENCE_SETTING)
    .executeTakeFirst();
  const knownId = setting?.value as string | undefined;
  if (knownId) {
    const exists = await ctx.db
      .selectFrom('conferences')
      .select('id')
      .where('id', '=', knownId)
      .executeTakeFirst();
    if (exists) return knownId;
  }
  const unit = await findUnitByKey(ctx.db, BLV);
  if (!unit) throw new Error('Bạch Long Vĩ is missing from the organisation tree');
  const template = await defaultTemplateFor(ctx, unit.path);
  if (!template) throw new Error('The default conference template is missing');
  const subtree = await listSubtree(ctx.db, unit.path);
  const byName = new Map(subtree.map((u) => [foldVietnamese(u.fullName), u.id]));
  const draft = instantiateTemplate(
    template.body,
    { typeLabel: unit.typeLabel, name: unit.name, officeName: unitOffice(unit).shortName },
    (n) => byName.get(foldVietnamese(n)) ?? null,
  );
  // The figures and signature of Kế hoạch 06/KH-UBND, 14/8/2025.
  draft.plan.documentNumber = '06';
  draft.plan.issuedDate = '2025-08-14';
  draft.plan.signature.signerName = 'Nguyễn Văn Hậu';
  const id = randomUUID();
  const userId =
    (await ctx.db.selectFrom('users').select('id').where('username', '=', 'bachlongvi').executeTakeFirst())
      ?.id ?? null;
  await ctx.db.transaction().execute(async (tx) => {
    await insertConference(tx, {
      id,
      unitId: unit.id,
      templateId: template.id,
      createdBy: userId,
      now,
      draft,
    });
    await tx
      .insertInto('app_settings')
      .values({ key: DEMO_CONFERENCE_SETTING, value: JSON.stringify(id) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(id) }))
      .execute();
    await recordChange(tx, now, null, {
      action: 'conference.created',
      entityType: 'conference',
      entityId: id,
      unitId: unit.id,
      after: { name: draft.name, demo: true },
    });
  });
  return id;
}

/**
 * For `vinhdanh serve`: loads the demo when `load` is set and the database has no account yet (a
 * database in use is never touched); true when the demo accounts are there to be shown.
 */
export async function prepareDemo(ctx: ServiceContext, load: boolean): Promise<boolean> {
  if (load && !(await hasAnyUser(ctx))) await loadDemo(ctx);
  return hasAnyUser(
    ctx,
    DEMO_ACCOUNTS.map((a) => a.username),
  );
}
