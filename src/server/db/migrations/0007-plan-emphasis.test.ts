import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import type { ConferencePlan } from '../../../core/conference/types.ts';
import { openDemoDatabase, testEngines } from '../../testing/test-database.ts';
import type { DatabaseHandle } from '../database.ts';
import { up, withSeedEmphasis } from './0007-plan-emphasis.ts';

const ITALIC_NOTE = '(*nếu có điều kiện*)';

/** A plan as saved before emphasis existed: no marks, no `labelBold`. */
function asSavedBefore(plan: ConferencePlan): unknown {
  return {
    ...plan,
    keyContents: plan.keyContents.map((k) => ({
      ...k,
      blocks: k.blocks.map((b) => ({ ...b, text: b.text.replaceAll('(*', '(').replaceAll('*)', ')') })),
    })),
    assignments: plan.assignments.map(({ labelBold: _, ...a }) => a),
  };
}

test('marks the two notes and the labels of IV.4 and IV.5, once', () => {
  const plan = {
    keyContents: [
      { blocks: [{ text: 'có minh họa bằng hình ảnh, video clip, phóng sự (nếu có điều kiện). Cần' }] },
    ],
    assignments: [{ unitName: 'Phòng Văn hóa - Xã hội' }, { unitName: 'Trung tâm sự nghiệp công' }] as Array<{
      unitName: string;
      labelBold?: boolean;
    }>,
  };
  const marked = withSeedEmphasis(plan);
  assert.equal(
    marked?.keyContents?.[0].blocks?.[0].text,
    `có minh họa bằng hình ảnh, video clip, phóng sự ${ITALIC_NOTE}. Cần`,
  );
  assert.deepEqual(
    marked?.assignments?.map((a) => a.labelBold),
    [false, true],
  );
  assert.equal(withSeedEmphasis(marked ?? {}), null, 'a second run finds nothing to add');
  assert.equal(withSeedEmphasis({ assignments: [{ unitName: 'Phòng Kinh tế', labelBold: false }] }), null);
});

for (const engine of testEngines()) {
  describe(`0007-plan-emphasis on a database saved before it (${engine})`, () => {
    let handle: DatabaseHandle;
    let conferenceId = '';
    let db: Kysely<unknown>;
    before(async () => {
      ({ handle, conferenceId } = await openDemoDatabase(engine, new Date('2025-08-20T08:00:00Z')));
      db = handle.db as unknown as Kysely<unknown>;
      const conference = await handle.db
        .selectFrom('conferences')
        .select(['plan'])
        .where('id', '=', conferenceId)
        .executeTakeFirstOrThrow();
      const template = await handle.db
        .selectFrom('conference_templates')
        .select(['id', 'body'])
        .executeTakeFirstOrThrow();
      const body = template.body as { plan: ConferencePlan };
      await handle.db
        .updateTable('conference_templates')
        .set({ body: JSON.stringify({ ...body, plan: asSavedBefore(body.plan) }) })
        .execute();
      await handle.db
        .updateTable('conferences')
        .set({ plan: JSON.stringify(asSavedBefore(conference.plan as ConferencePlan)), status: 'approved' })
        .where('id', '=', conferenceId)
        .execute();
    });
    after(() => handle.close());

    const stored = async () => {
      const c = await handle.db
        .selectFrom('conferences')
        .select(['plan', 'version'])
        .where('id', '=', conferenceId)
        .executeTakeFirstOrThrow();
      const t = await handle.db
        .selectFrom('conference_templates')
        .select(['body', 'version'])
        .executeTakeFirstOrThrow();
      return {
        conference: { plan: c.plan as ConferencePlan, version: c.version },
        template: { plan: (t.body as { plan: ConferencePlan }).plan, version: t.version },
      };
    };
    const labels = (plan: ConferencePlan) => plan.assignments.map((a) => a.labelBold);

    test('the template gets the emphasis; an approved plan stays as approved', async () => {
      const before = await stored();
      await up(db);
      const after = await stored();
      assert.deepEqual(labels(after.template.plan), [false, false, false, true, true]);
      assert.ok(JSON.stringify(after.template.plan).includes(ITALIC_NOTE));
      assert.equal(after.template.version, before.template.version + 1);
      assert.deepEqual(after.conference, before.conference);
    });

    test('a draft plan gets it too, with a new version and an audit entry; a second run changes nothing', async () => {
      await handle.db
        .updateTable('conferences')
        .set({ status: 'draft' })
        .where('id', '=', conferenceId)
        .execute();
      const before = await stored();
      await up(db);
      const after = await stored();
      assert.deepEqual(labels(after.conference.plan), [false, false, false, true, true]);
      assert.ok(JSON.stringify(after.conference.plan).includes(ITALIC_NOTE));
      assert.equal(after.conference.version, before.conference.version + 1);
      const audit = await handle.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', conferenceId)
        .where('action', '=', 'conference.emphasis_added')
        .execute();
      assert.equal(audit.length, 1);
      await up(db);
      assert.deepEqual(await stored(), after);
    });
  });
}
