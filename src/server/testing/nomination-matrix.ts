import assert from 'node:assert/strict';
import type { NominationListResponse } from '../../shared/api/nominations.ts';
import { nominationTemplate } from '../modules/nominations/index.ts';
import { loadReferenceLists } from '../modules/reference/index.ts';
import { readSheets } from '../render/xlsx.ts';
import {
  assertHidden,
  assertHiddenAnswer,
  BLV_TEXT,
  type CrossUnitWorld,
  type MatrixRow,
} from './cross-unit-world.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from './factories.ts';
import { act, editBody, individualBody, nominationRow, pictureOf } from './nomination-factories.ts';

/** Rows of the access matrix for nominations, reference lists, files and notifications. */

const nominationUrl = (w: CrossUnitWorld) => `/api/nominations/${w.blvNomination.id}`;
const listUrl = (w: CrossUnitWorld) => `/api/conferences/${w.blvConference.id}/nominations`;
const settingsUrl = (w: CrossUnitWorld) => `/api/conferences/${w.blvConference.id}/nomination-settings`;

/** The clinic's nomination is stored exactly as before. */
async function untouched(w: CrossUnitWorld, attempt: () => Promise<unknown>): Promise<void> {
  const before = await nominationRow(w.t, w.blvNomination.id);
  assert.ok(before, 'the clinic’s nomination exists');
  await attempt();
  assert.deepEqual(await nominationRow(w.t, w.blvNomination.id), before);
}

const referenceRows = (w: CrossUnitWorld) =>
  w.t.handle.db.selectFrom('reference_items').selectAll().orderBy('list').orderBy('code').execute();

const settingsRow = (w: CrossUnitWorld) =>
  w.t.handle.db
    .selectFrom('conferences')
    .select(['nomination_settings', 'version'])
    .where('id', '=', w.blvConference.id)
    .executeTakeFirstOrThrow();

const conferenceNominationCount = async (w: CrossUnitWorld) =>
  (
    await w.t.handle.db
      .selectFrom('nominations')
      .select('id')
      .where('conference_id', '=', w.blvConference.id)
      .execute()
  ).length;

/** bachlongvi's notifications, with whether each is read. */
const officerInbox = (w: CrossUnitWorld) =>
  w.t.handle.db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['n.id', 'n.read'])
    .where('u.username', '=', 'bachlongvi')
    .orderBy('n.id')
    .execute();

const newSettings = {
  grassroots: { share: 0.9, strict: false },
  council: { share: 0.9, strict: false, base: 'present' },
  version: 1,
};
const tinyPicture = () => pictureOf(40, 40);

export const NOMINATION_MATRIX: MatrixRow[] = [
  {
    route: 'GET /api/reference',
    probe: () => ({ url: '/api/reference' }),
    async crossUnit(w) {
      const res = await w.catHai.request('GET', '/api/reference');
      assertStatus(res, 200);
      assert.doesNotMatch(res.body, BLV_TEXT);
    },
  },
  {
    route: 'PUT /api/reference/{list}',
    probe: () => ({ url: '/api/reference/field', body: { items: [], version: 1 } }),
    async crossUnit(w) {
      const before = await referenceRows(w);
      const items = [{ code: 'khac', label: 'Khác', aliases: [], active: true, sortOrder: 1 }];
      for (const client of [w.catHai, w.blvOfficer]) {
        const res = await client.request('PUT', '/api/reference/field', { items, version: 1 });
        assertStatus(res, 403);
        assert.doesNotMatch(res.body, BLV_TEXT);
      }
      assert.deepEqual(await referenceRows(w), before);
    },
    async school(w) {
      const before = await referenceRows(w);
      const items = [{ code: 'khac', label: 'Khác', aliases: [], active: true, sortOrder: 1 }];
      assertStatus(await w.school.request('PUT', '/api/reference/field', { items, version: 1 }), 403);
      assert.deepEqual(await referenceRows(w), before);
    },
  },
  {
    route: 'GET /api/nomination-conferences',
    probe: () => ({ url: '/api/nomination-conferences' }),
    async crossUnit(w) {
      const res = await w.catHai.request('GET', '/api/nomination-conferences');
      assertStatus(res, 200);
      assert.ok(!res.json().conferences.some((c: { unitId: string }) => w.blvUnitIds.has(c.unitId)));
      assert.doesNotMatch(res.body, BLV_TEXT);
    },
    async school(w) {
      const res = await w.school.request('GET', '/api/nomination-conferences');
      const seen = (res.json().conferences as Array<{ id: string; role: string }>).map((c) => [c.id, c.role]);
      assert.deepEqual(seen, [[w.blvConference.id, 'nominator']]);
    },
  },
  {
    route: 'GET /api/conferences/{id}/nominations',
    probe: (w) => ({ url: listUrl(w) }),
    async school(w) {
      const clinic = await unitByKey(w.t, UNIT_KEYS.bachLongViClinic);
      for (const query of ['', `?unitId=${clinic.id}`, `?q=${encodeURIComponent(w.blvNomination.name)}`]) {
        const res = await w.school.request('GET', `${listUrl(w)}${query}`);
        assertStatus(res, 200);
        const { nominations } = res.json() as NominationListResponse;
        assert.ok(nominations.every((n) => n.nominatingUnitId === w.schoolNomination.nominatingUnitId));
        assert.ok(!res.body.includes(w.blvNomination.id), query);
      }
    },
  },
  {
    route: 'POST /api/conferences/{id}/nominations',
    probe: (w) => ({ url: listUrl(w), body: individualBody(w.blvAgency.id) }),
    async crossUnit(w) {
      const before = await conferenceNominationCount(w);
      await assertHidden(w, 'POST', listUrl(w), individualBody(w.blvAgency.id));
      assert.equal(await conferenceNominationCount(w), before);
    },
    async school(w) {
      const before = await conferenceNominationCount(w);
      const res = await w.school.request(
        'POST',
        listUrl(w),
        individualBody(w.blvNomination.nominatingUnitId),
      );
      assertStatus(res, [403, 404]);
      assert.equal(await conferenceNominationCount(w), before);
    },
  },
  { route: 'GET /api/conferences/{id}/nomination-settings', probe: (w) => ({ url: settingsUrl(w) }) },
  {
    route: 'PUT /api/conferences/{id}/nomination-settings',
    probe: (w) => ({ url: settingsUrl(w), body: newSettings }),
    async crossUnit(w) {
      const before = await settingsRow(w);
      await assertHidden(w, 'PUT', settingsUrl(w), newSettings);
      assert.deepEqual(await settingsRow(w), before);
    },
    async school(w) {
      const before = await settingsRow(w);
      assertStatus(await w.school.request('PUT', settingsUrl(w), newSettings), 403);
      assert.deepEqual(await settingsRow(w), before);
    },
  },
  {
    route: 'GET /api/nominations/{id}',
    probe: (w) => ({ url: nominationUrl(w) }),
    async school(w) {
      assertHiddenAnswer(await w.school.request('GET', nominationUrl(w)));
    },
  },
  {
    route: 'PUT /api/nominations/{id}',
    probe: (w) => ({ url: nominationUrl(w), body: editBody(w.blvNomination) }),
    async crossUnit(w) {
      const body = editBody(w.blvNomination, { awards: 'Sửa trộm' });
      await untouched(w, () => assertHidden(w, 'PUT', nominationUrl(w), body));
    },
    async school(w) {
      const body = editBody(w.blvNomination, { awards: 'Sửa trộm' });
      await untouched(w, async () =>
        assertHiddenAnswer(await w.school.request('PUT', nominationUrl(w), body)),
      );
    },
  },
  {
    route: 'DELETE /api/nominations/{id}',
    probe: (w) => ({ url: `${nominationUrl(w)}?version=${w.blvNomination.version}` }),
    async crossUnit(w) {
      const url = `${nominationUrl(w)}?version=${w.blvNomination.version}`;
      await untouched(w, () => assertHidden(w, 'DELETE', url));
    },
    async school(w) {
      const url = `${nominationUrl(w)}?version=${w.blvNomination.version}`;
      await untouched(w, async () => assertHiddenAnswer(await w.school.request('DELETE', url)));
    },
  },
  {
    route: 'POST /api/nominations/{id}/transition',
    probe: (w) => ({
      url: `${nominationUrl(w)}/transition`,
      body: { action: 'submit', version: w.blvNomination.version },
    }),
    async crossUnit(w) {
      await untouched(w, async () => {
        assertHiddenAnswer(await act(w.catHai, w.blvNomination, 'submit'));
        assertHiddenAnswer(await act(w.catHai, w.schoolNomination, 'accept'));
      });
    },
    async school(w) {
      await untouched(w, async () => assertHiddenAnswer(await act(w.school, w.blvNomination, 'submit')));
    },
  },
  ...(['photo', 'minutes'] as const).map(
    (purpose): MatrixRow => ({
      route: `POST /api/nominations/{id}/${purpose}`,
      probe: (w) => ({ url: `${nominationUrl(w)}/${purpose}`, body: {} }),
      async crossUnit(w) {
        const file = { data: await tinyPicture(), fileName: 'x.png' };
        await untouched(w, async () =>
          assertHiddenAnswer(await w.catHai.upload(`${nominationUrl(w)}/${purpose}`, file)),
        );
      },
      async school(w) {
        const file = { data: await tinyPicture(), fileName: 'x.png' };
        await untouched(w, async () =>
          assertHiddenAnswer(await w.school.upload(`${nominationUrl(w)}/${purpose}`, file)),
        );
      },
    }),
  ),
  {
    route: 'GET /api/nominations/template.xlsx',
    probe: () => ({ url: '/api/nominations/template.xlsx' }),
    async crossUnit(w) {
      // The blank template is the same for every unit and holds no unit's data.
      const res = await w.catHai.request('GET', '/api/nominations/template.xlsx');
      assertStatus(res, 200);
      assert.equal(res.rawPayload.subarray(0, 2).toString('latin1'), 'PK');
      const [data] = await readSheets(res.rawPayload);
      assert.equal(data.rows.filter((r) => r.some((c) => c !== '')).length, 1, 'only the header row');
    },
  },
  {
    route: 'GET /api/conferences/{id}/nominations/export.xlsx',
    probe: (w) => ({ url: `${listUrl(w)}/export.xlsx` }),
    async school(w) {
      const res = await w.school.request('GET', `${listUrl(w)}/export.xlsx`);
      assertStatus(res, 200);
      const text = JSON.stringify(await readSheets(res.rawPayload));
      assert.ok(text.includes(w.schoolNomination.name), 'the school’s own nomination is exported');
      assert.ok(!text.includes(w.blvNomination.name), 'another unit’s nomination is not');
    },
  },
  ...(['import/preview', 'import'] as const).map(
    (path): MatrixRow => ({
      route: `POST /api/conferences/{id}/nominations/${path}`,
      probe: (w) => ({ url: `${listUrl(w)}/${path}`, body: {} }),
      async crossUnit(w) {
        const before = await conferenceNominationCount(w);
        const file = {
          data: await nominationTemplate(await loadReferenceLists(w.t.ctx.db)),
          fileName: 'de-cu.xlsx',
        };
        assertHiddenAnswer(await w.catHai.upload(`${listUrl(w)}/${path}`, file));
        assert.equal(await conferenceNominationCount(w), before);
      },
    }),
  ),
  {
    route: 'GET /api/files/{id}',
    probe: (w) => ({ url: `/api/files/${w.blvNomination.photoFileId}` }),
    async crossUnit(w) {
      for (const id of [w.blvNomination.photoFileId, w.blvNomination.vote?.minutesFileId])
        await assertHidden(w, 'GET', `/api/files/${id}`);
    },
    async school(w) {
      for (const id of [w.blvNomination.photoFileId, w.blvNomination.vote?.minutesFileId])
        assertHiddenAnswer(await w.school.request('GET', `/api/files/${id}`));
    },
  },
  {
    route: 'GET /api/notifications',
    probe: () => ({ url: '/api/notifications' }),
    async crossUnit(w) {
      const theirs = (await officerInbox(w)).map((n) => String(n.id));
      assert.ok(theirs.length > 0, 'bachlongvi was told of the school’s submission');
      for (const client of [w.catHai, w.school]) {
        const res = await client.request('GET', '/api/notifications');
        assertStatus(res, 200);
        const ids = (res.json().notifications as Array<{ id: string }>).map((n) => n.id);
        assert.ok(!ids.some((id) => theirs.includes(id)));
        assert.doesNotMatch(res.body, new RegExp(w.schoolNomination.name));
      }
    },
  },
  {
    route: 'POST /api/notifications/read',
    probe: () => ({ url: '/api/notifications/read', body: {} }),
    async crossUnit(w) {
      const before = await officerInbox(w);
      assert.ok(
        before.some((n) => !n.read),
        'bachlongvi has something unread',
      );
      const ids = before.map((n) => String(n.id));
      for (const client of [w.catHai, w.school]) {
        assertStatus(await client.request('POST', '/api/notifications/read', { ids }), 204);
        assertStatus(await client.request('POST', '/api/notifications/read', {}), 204);
      }
      assert.deepEqual(await officerInbox(w), before);
    },
  },
];
