import assert from 'node:assert/strict';
import {
  assertHidden,
  assertHiddenAnswer,
  BLV_TEXT,
  type CrossUnitWorld,
  type MatrixRow,
  type Method,
} from './cross-unit-world.ts';
import { assertStatus, createUser, FACTORY_PASSWORD, userBody } from './factories.ts';
import type { TestClient } from './test-app.ts';

/**
 * Rows of the access matrix for proposals, approved delegate lists, their downloads and apportionment:
 * Cát Hải gets "not found" and changes nothing; inside Bạch Long Vĩ a role without the permission gets
 * 403 (the leader may read but not approve; a nominator of the commune may not even read).
 */

const base = (w: CrossUnitWorld) => `/api/conferences/${w.blvConference.id}/delegates`;
const listsUrl = (w: CrossUnitWorld) => `${base(w)}/lists`;

/** The approved lists of Bạch Long Vĩ and the audit entries of its conference, to prove nothing changed. */
async function listState(w: CrossUnitWorld) {
  const db = w.t.handle.db;
  return {
    lists: await db
      .selectFrom('delegate_lists')
      .select(['number', 'note'])
      .where('conference_id', '=', w.blvConference.id)
      .orderBy('number')
      .execute(),
    audit: (
      await db.selectFrom('audit_log').select('id').where('entity_id', '=', w.blvConference.id).execute()
    ).length,
  };
}

async function unchanged(w: CrossUnitWorld, attempt: () => Promise<void>): Promise<void> {
  const before = await listState(w);
  assert.ok(before.lists.length > 0, 'the demo has an approved list');
  await attempt();
  assert.deepEqual(await listState(w), before);
}

/** The ids of list 1, as an approval body based on the latest list. */
async function approvalBody(w: CrossUnitWorld) {
  const rows = await w.t.handle.db
    .selectFrom('delegate_lists')
    .select(['number', 'delegates'])
    .where('conference_id', '=', w.blvConference.id)
    .orderBy('number', 'desc')
    .execute();
  const delegates = (rows.at(-1)?.delegates ?? []) as Array<{ id: string }>;
  return { selected: delegates.map((d) => d.id), basedOn: rows[0]?.number ?? null, note: 'Sửa trộm' };
}

const clients = new WeakMap<CrossUnitWorld, Promise<TestClient>>();

/** A nominator granted on the Bạch Long Vĩ commune itself: inside the scope, without conference.read. */
function communeNominator(w: CrossUnitWorld): Promise<TestClient> {
  let client = clients.get(w);
  if (!client) {
    client = (async () => {
      const user = await createUser(
        w.blvOfficer,
        userBody(w.blv.id, { roles: [{ role: 'nominator', unitId: w.blv.id }] }),
      );
      return w.t.as(user.username, FACTORY_PASSWORD);
    })();
    clients.set(w, client);
  }
  return client;
}

/** A read: Cát Hải gets 404; the commune's nominator 403; neither learns anything of the list. */
function readRow(route: string, path: (w: CrossUnitWorld) => string): MatrixRow {
  return {
    route,
    probe: (w) => ({ url: path(w) }),
    async crossUnit(w) {
      await assertHidden(w, 'GET', path(w));
      const res = await (await communeNominator(w)).request('GET', path(w));
      assertStatus(res, 403);
      assert.match(res.json().error.message, /không có quyền/);
    },
    async school(w) {
      assertHiddenAnswer(await w.school.request('GET', path(w)));
    },
  };
}

/** A change that needs conference.manage: Cát Hải 404, the leader 403, the school 404; nothing saved. */
function manageRow(
  route: string,
  path: (w: CrossUnitWorld) => string,
  body: (w: CrossUnitWorld) => Promise<unknown>,
): MatrixRow {
  const method = route.split(' ')[0] as Method;
  return {
    route,
    probe: (w) => ({ url: path(w), body: {} }),
    async crossUnit(w) {
      await unchanged(w, async () => {
        await assertHidden(w, method, path(w), await body(w));
        const leader = await w.t.as('lanhdao.blv');
        const res = await leader.request(method, path(w), await body(w));
        assertStatus(res, 403);
        assert.match(res.json().error.message, /không có quyền/);
      });
    },
    async school(w) {
      await unchanged(w, async () =>
        assertHiddenAnswer(await w.school.request(method, path(w), await body(w))),
      );
    },
  };
}

export const DELEGATE_LISTS_MATRIX: MatrixRow[] = [
  manageRow(
    'POST /api/conferences/{id}/delegates/propose',
    (w) => `${base(w)}/propose`,
    async () => ({}),
  ),
  readRow('GET /api/conferences/{id}/delegates/lists', listsUrl),
  manageRow('POST /api/conferences/{id}/delegates/lists', listsUrl, approvalBody),
  readRow('GET /api/conferences/{id}/delegates/lists/{number}', (w) => `${listsUrl(w)}/1`),
  ...(['xlsx', 'docx', 'pdf'] as const).map((format) =>
    readRow(
      `GET /api/conferences/{id}/delegates/lists/{number}/export.${format}`,
      (w) => `${listsUrl(w)}/1/export.${format}`,
    ),
  ),
  {
    route: 'POST /api/apportion',
    probe: () => ({
      url: '/api/apportion',
      body: { seats: 3, method: 'hamilton', min: 0, units: [{ unit: 'A', weight: 1 }] },
    }),
    async crossUnit(w) {
      // A computation on the numbers sent: it reads and stores nothing of any unit.
      await unchanged(w, async () => {
        const body = { seats: 3, method: 'hamilton', min: 0, units: [{ unit: 'Cát Hải', weight: 1 }] };
        const res = await w.catHai.request('POST', '/api/apportion', body);
        assertStatus(res, 200);
        assert.deepEqual(res.json().seats, { 'Cát Hải': 3 });
        assert.doesNotMatch(res.body, BLV_TEXT);
        // Only those who compose a delegation (conference.manage) may use it: the leader may not.
        const leader = await w.t.as('lanhdao.blv');
        const refused = await leader.request('POST', '/api/apportion', body);
        assertStatus(refused, 403);
        assert.match(refused.json().error.message, /không có quyền/);
      });
    },
    async school(w) {
      // The school's nominator cannot compose a delegation either.
      const body = { seats: 3, method: 'hamilton', min: 0, units: [{ unit: 'Trường', weight: 1 }] };
      const res = await w.school.request('POST', '/api/apportion', body);
      assertStatus(res, 403);
      assert.match(res.json().error.message, /không có quyền/);
    },
  },
];
