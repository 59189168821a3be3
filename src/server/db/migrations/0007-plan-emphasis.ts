import { type Kysely, sql } from 'kysely';

/**
 * The emphasis of Kế hoạch 06/KH-UBND in plans saved before a plan could carry it: the two bracketed
 * notes of III.3 become italic (`*…*`), and each assignment of section IV gets its `labelBold`, true for
 * "Trung tâm sự nghiệp công" and "Phòng Kinh tế" (IV.4 and IV.5 of the seed), false for the others.
 * Only text still exactly as the city template wrote it is marked; approved plans are left as approved.
 * Each changed template or conference gets a new version and an audit entry. Running it again changes
 * nothing. The texts are written out here, not imported, so that the migration keeps doing what it did.
 */

const NOTES: ReadonlyArray<[plain: string, marked: string]> = [
  [
    '(có thể xây dựng phóng sự, video clip, hình ảnh để minh họa các nội dung báo cáo)',
    '(*có thể xây dựng phóng sự, video clip, hình ảnh để minh họa các nội dung báo cáo*)',
  ],
  ['phóng sự (nếu có điều kiện)', 'phóng sự (*nếu có điều kiện*)'],
];
const BOLD_LABELS = ['Trung tâm sự nghiệp công', 'Phòng Kinh tế'];

interface StoredPlan {
  keyContents?: Array<{ blocks?: Array<{ text?: unknown }> }>;
  assignments?: Array<{ unitName?: unknown; labelBold?: unknown }>;
}

/** The plan with the seed's emphasis added, or null when there is nothing to add. */
export function withSeedEmphasis<T extends StoredPlan>(plan: T): T | null {
  let changed = false;
  const keyContents = plan.keyContents?.map((content) => ({
    ...content,
    blocks: content.blocks?.map((block) => {
      if (typeof block.text !== 'string') return block;
      let text = block.text;
      for (const [plain, marked] of NOTES) if (!text.includes(marked)) text = text.replace(plain, marked);
      if (text === block.text) return block;
      changed = true;
      return { ...block, text };
    }),
  }));
  const assignments = plan.assignments?.map((a) => {
    if (typeof a.labelBold === 'boolean') return a;
    changed = true;
    return { ...a, labelBold: typeof a.unitName === 'string' && BOLD_LABELS.includes(a.unitName.trim()) };
  });
  return changed ? { ...plan, keyContents, assignments } : null;
}

function parse(value: unknown): Record<string, unknown> {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const templates = await sql<{ id: string; owner_unit_id: string; body: unknown }>`
    select id, owner_unit_id, body from conference_templates`.execute(db);
  for (const t of templates.rows) {
    const body = parse(t.body);
    const plan = withSeedEmphasis((body.plan ?? {}) as StoredPlan);
    if (!plan) continue;
    await sql`update conference_templates set body = ${JSON.stringify({ ...body, plan })}::jsonb,
      version = version + 1, updated_at = now() where id = ${t.id}`.execute(db);
    await audit(db, t.owner_unit_id, 'conference_template.emphasis_added', 'conference_template', t.id);
  }
  const conferences = await sql<{ id: string; unit_id: string; plan: unknown }>`
    select id, unit_id, plan from conferences where status = 'draft'`.execute(db);
  for (const c of conferences.rows) {
    const plan = withSeedEmphasis(parse(c.plan) as StoredPlan);
    if (!plan) continue;
    await sql`update conferences set plan = ${JSON.stringify(plan)}::jsonb, version = version + 1,
      updated_at = now() where id = ${c.id}`.execute(db);
    await audit(db, c.unit_id, 'conference.emphasis_added', 'conference', c.id);
  }
}

async function audit(db: Kysely<unknown>, unitId: string, action: string, type: string, id: string) {
  const after = JSON.stringify({ reason: 'Chữ nghiêng, chữ đậm theo Kế hoạch 06/KH-UBND' });
  await sql`insert into audit_log (at, user_id, username, unit_id, action, entity_type, entity_id, before,
      after, ip) values (now(), null, 'hệ thống', ${unitId}, ${action}, ${type}, ${id}, null, ${after}::jsonb,
      null)`.execute(db);
}

/** The marks stay: they are valid plan text, and a plan read without `labelBold` prints its labels plain. */
export async function down(): Promise<void> {}
