import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { GUEST_COLUMNS } from '../../core/delegation/guest-sheet.ts';
import { DEFAULT_SCORE_WEIGHTS } from '../../core/delegation/score.ts';
import type { Guest } from '../../core/delegation/types.ts';
import { addGuest, guestBody, guestEdit } from '../modules/delegation/guests.fixture.ts';
import { writeWorkbook } from '../render/xlsx.ts';
import {
  assertHidden,
  assertHiddenAnswer,
  BLV_TEXT,
  type CrossUnitWorld,
  type MatrixRow,
} from './cross-unit-world.ts';
import { assertStatus, createConference, UNIT_KEYS, unitByKey } from './factories.ts';
import type { TestClient } from './test-app.ts';

/**
 * Rows of the access matrix for the delegation (guests, composition). Cát Hải gets 404 and changes
 * nothing; the school's nominator must not even read the delegation (404); for every change, the
 * `school` check also proves that Bạch Long Vĩ's leader, who may read but not manage, gets 403.
 */

const delegatesUrl = (w: CrossUnitWorld) => `/api/conferences/${w.blvConference.id}/delegates`;
const guestsUrl = (w: CrossUnitWorld) => `${delegatesUrl(w)}/guests`;
const compositionUrl = (w: CrossUnitWorld) => `/api/conferences/${w.blvConference.id}/composition`;
/** A guest id that exists nowhere, for the requests refused before any lookup. */
const NO_GUEST = '00000000-0000-4000-8000-000000000000';

const guestRows = (w: CrossUnitWorld) =>
  w.t.handle.db
    .selectFrom('delegate_guests')
    .selectAll()
    .where('conference_id', '=', w.blvConference.id)
    .orderBy('id')
    .execute();

const compositionRow = (w: CrossUnitWorld) =>
  w.t.handle.db
    .selectFrom('delegate_compositions')
    .selectAll()
    .where('conference_id', '=', w.blvConference.id)
    .executeTakeFirst();

/** Bạch Long Vĩ's guests and composition are stored exactly as before the attempt. */
async function untouched(w: CrossUnitWorld, attempt: () => Promise<unknown>): Promise<void> {
  const before = [await guestRows(w), await compositionRow(w)];
  await attempt();
  assert.deepEqual([await guestRows(w), await compositionRow(w)], before);
}

/** A fresh guest of the Bạch Long Vĩ conference, added by its own officer. */
const blvGuest = (w: CrossUnitWorld): Promise<Guest> => addGuest(w.blvOfficer, w.blvConference.id);

/** A composition any manager could save: ten seats, no rules, at the stored version. */
async function compositionBody(w: CrossUnitWorld) {
  const version = (await compositionRow(w))?.version ?? 0;
  return { seats: 10, rules: [], include: [], exclude: [], weights: DEFAULT_SCORE_WEIGHTS, version };
}

/** A spreadsheet with one valid leader, which any manager could import. */
async function guestFile(): Promise<{ data: Buffer; fileName: string }> {
  const row = ['Lãnh đạo', 'Đinh Văn Lạ', 'Nam', 1970, 'Kinh', 'Cán bộ', '', '', '', 'Không', '', ''];
  const data = await writeWorkbook({
    sheets: [
      {
        kind: 'table',
        name: 'Khách mời, lãnh đạo',
        columns: GUEST_COLUMNS.map((c) => ({ header: c.header, width: 20 })),
        rows: [row],
      },
    ],
  });
  return { data, fileName: 'khach-moi.xlsx' };
}

/** A council-approved collective of the Bạch Long Vĩ demo, as stored. */
const blvCollective = (w: CrossUnitWorld) =>
  w.t.handle.db
    .selectFrom('nominations')
    .selectAll()
    .where('conference_id', '=', w.blvConference.id)
    .where('kind', '=', 'collective')
    .where('state', '=', 'council_approved')
    .orderBy('number')
    .executeTakeFirstOrThrow();

const representativeUrl = (w: CrossUnitWorld, nominationId: string) =>
  `${delegatesUrl(w)}/representatives/${nominationId}`;

const representativeBody = (version: number) => ({
  representativeName: 'Người Lạ Mặt',
  representativeGender: 'nam',
  representativeBirthYear: 1980,
  representativeEthnicCode: '01',
  version,
});

/** The collective's row, its representative included, is stored exactly as before the attempt. */
async function collectiveUntouched(w: CrossUnitWorld, attempt: () => Promise<unknown>): Promise<void> {
  const before = await blvCollective(w);
  await attempt();
  assert.deepEqual(await blvCollective(w), before);
}

/** The school's nominator is not told the delegation exists; the leader is told "forbidden". */
async function schoolHiddenLeaderForbidden(
  w: CrossUnitWorld,
  request: (client: TestClient) => Promise<LightMyRequestResponse>,
): Promise<void> {
  await untouched(w, async () => {
    assertHiddenAnswer(await request(w.school));
    const res = await request(await w.t.as('lanhdao.blv'));
    assertStatus(res, 403);
    assert.match(res.json().error.message, /không có quyền/);
  });
}

export const DELEGATION_MATRIX: MatrixRow[] = [
  {
    route: 'GET /api/conferences/{id}/delegates',
    probe: (w) => ({ url: delegatesUrl(w) }),
    async school(w) {
      assertHiddenAnswer(await w.school.request('GET', delegatesUrl(w)));
    },
  },
  {
    route: 'GET /api/conferences/{id}/delegates/guests',
    probe: (w) => ({ url: guestsUrl(w) }),
    async school(w) {
      assertHiddenAnswer(await w.school.request('GET', guestsUrl(w)));
    },
  },
  {
    route: 'POST /api/conferences/{id}/delegates/guests',
    probe: (w) => ({ url: guestsUrl(w), body: guestBody() }),
    async crossUnit(w) {
      await untouched(w, () => assertHidden(w, 'POST', guestsUrl(w), guestBody()));
    },
    async school(w) {
      await schoolHiddenLeaderForbidden(w, (c) => c.request('POST', guestsUrl(w), guestBody()));
    },
  },
  ...(['PUT', 'DELETE'] as const).map(
    (method): MatrixRow => ({
      route: `${method} /api/conferences/{id}/delegates/guests/{guestId}`,
      probe: (w) => ({
        url: `${guestsUrl(w)}/${NO_GUEST}${method === 'DELETE' ? '?version=1' : ''}`,
        body: method === 'PUT' ? { ...guestBody(), version: 1 } : undefined,
      }),
      async crossUnit(w) {
        const guest = await blvGuest(w);
        const catHai = await unitByKey(w.t, UNIT_KEYS.catHai);
        const own = await createConference(w.catHai, catHai.id);
        const send = (url: string) =>
          method === 'PUT'
            ? w.catHai.request('PUT', url, guestEdit(guest, { name: 'Sửa Trộm Tên' }))
            : w.catHai.request('DELETE', `${url}?version=${guest.version}`);
        await untouched(w, async () => {
          // Through Bạch Long Vĩ's conference, and through Cát Hải's own one.
          assertHiddenAnswer(await send(`${guestsUrl(w)}/${guest.id}`));
          const res = await send(`/api/conferences/${own.id}/delegates/guests/${guest.id}`);
          assertStatus(res, 404);
          assert.doesNotMatch(res.body, BLV_TEXT);
        });
      },
      async school(w) {
        const guest = await blvGuest(w);
        const url = `${guestsUrl(w)}/${guest.id}`;
        await schoolHiddenLeaderForbidden(w, (c) =>
          method === 'PUT'
            ? c.request('PUT', url, guestEdit(guest, { position: 'Sửa trộm' }))
            : c.request('DELETE', `${url}?version=${guest.version}`),
        );
      },
    }),
  ),
  {
    route: 'GET /api/conferences/{id}/delegates/guests/template',
    probe: (w) => ({ url: `${guestsUrl(w)}/template` }),
    async school(w) {
      assertHiddenAnswer(await w.school.request('GET', `${guestsUrl(w)}/template`));
    },
  },
  {
    route: 'POST /api/conferences/{id}/delegates/guests/import',
    probe: (w) => ({ url: `${guestsUrl(w)}/import`, body: {} }),
    async crossUnit(w) {
      const file = await guestFile();
      await untouched(w, async () =>
        assertHiddenAnswer(await w.catHai.upload(`${guestsUrl(w)}/import`, file)),
      );
    },
    async school(w) {
      const file = await guestFile();
      await schoolHiddenLeaderForbidden(w, (c) => c.upload(`${guestsUrl(w)}/import`, file));
    },
  },
  {
    route: 'PUT /api/conferences/{id}/delegates/representatives/{nominationId}',
    probe: (w) => ({ url: representativeUrl(w, NO_GUEST), body: representativeBody(1) }),
    async crossUnit(w) {
      const n = await blvCollective(w);
      await collectiveUntouched(w, () =>
        assertHidden(w, 'PUT', representativeUrl(w, n.id), representativeBody(n.version)),
      );
    },
    async school(w) {
      const n = await blvCollective(w);
      await collectiveUntouched(w, () =>
        schoolHiddenLeaderForbidden(w, (c) =>
          c.request('PUT', representativeUrl(w, n.id), representativeBody(n.version)),
        ),
      );
    },
  },
  {
    route: 'GET /api/conferences/{id}/composition',
    probe: (w) => ({ url: compositionUrl(w) }),
    async school(w) {
      assertHiddenAnswer(await w.school.request('GET', compositionUrl(w)));
    },
  },
  {
    route: 'PUT /api/conferences/{id}/composition',
    probe: (w) => ({
      url: compositionUrl(w),
      body: { seats: 10, rules: [], include: [], exclude: [], version: 1 },
    }),
    async crossUnit(w) {
      const body = await compositionBody(w);
      await untouched(w, () => assertHidden(w, 'PUT', compositionUrl(w), body));
    },
    async school(w) {
      const body = await compositionBody(w);
      await schoolHiddenLeaderForbidden(w, (c) => c.request('PUT', compositionUrl(w), body));
    },
  },
];
