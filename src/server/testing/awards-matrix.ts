import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { AWARD_RECORD_COLUMNS } from '../../core/awards/record-sheet.ts';
import type { AwardRecordView } from '../../shared/api/award-records.ts';
import type { AwardFormRecord } from '../../shared/api/awards-catalogue.ts';
import {
  addRecord,
  recordBody,
  recordEdit,
  sheetRow,
} from '../modules/awards/history/award-records.fixture.ts';
import { writeWorkbook } from '../render/xlsx.ts';
import {
  assertHidden,
  assertHiddenAnswer,
  BLV_TEXT,
  type CrossUnitWorld,
  type MatrixRow,
} from './cross-unit-world.ts';
import { assertStatus } from './factories.ts';
import type { TestClient } from './test-app.ts';

/**
 * Rows of the access matrix for the commendation catalogue (city-wide: readable by everyone, changed
 * only by the city's administrators), the award history and its statistics (Cát Hải gets 404 and
 * changes nothing; the school's nominator reads none of it; the leader reads but may not write).
 */

/** A record id that exists nowhere, for the requests refused before any lookup. */
const NO_RECORD = '00000000-0000-4000-8000-000000000000';

const db = (w: CrossUnitWorld) => w.t.handle.db;
const catalogueRows = async (w: CrossUnitWorld) => [
  await db(w).selectFrom('award_forms').selectAll().orderBy('code').orderBy('effective_from').execute(),
  await db(w).selectFrom('base_salaries').selectAll().orderBy('effective_from').execute(),
];
const blvRecords = (w: CrossUnitWorld) =>
  db(w)
    .selectFrom('award_records')
    .selectAll()
    .where('owner_unit_id', 'in', [...w.blvUnitIds])
    .orderBy('id')
    .execute();

/** The catalogue and Bạch Long Vĩ's history are stored exactly as before the attempt. */
async function untouched(w: CrossUnitWorld, attempt: () => Promise<unknown>): Promise<void> {
  const before = [await catalogueRows(w), await blvRecords(w)];
  await attempt();
  assert.deepEqual([await catalogueRows(w), await blvRecords(w)], before);
}

/** A fresh record of Bạch Long Vĩ, entered by its own officer. */
const blvRecord = (w: CrossUnitWorld): Promise<AwardRecordView> =>
  addRecord(
    w.blvOfficer,
    recordBody(w.blv.id, { name: `Trần Thị Riêng Tư ${randomBytes(3).toString('hex')}` }),
  );

async function giayKhen(w: CrossUnitWorld): Promise<AwardFormRecord> {
  const { forms } = (await w.blvOfficer.request('GET', '/api/award-forms')).json() as {
    forms: AwardFormRecord[];
  };
  const found = forms
    .filter((f) => f.code === 'giay-khen')
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  assert.ok(found);
  return found;
}

async function formEdit(w: CrossUnitWorld) {
  const { code: _c, updatedAt: _u, ...rest } = await giayKhen(w);
  return { ...rest, coefficientIndividual: 9 };
}

const salaries = {
  salaries: [{ amount: 9_990_000, effectiveFrom: '2025-01-01', legalBasis: '', verified: true }],
  version: 1,
};

/** Only the city's administrators change the catalogue: the others are told "forbidden". */
async function cityOnly(
  w: CrossUnitWorld,
  clients: TestClient[],
  send: (c: TestClient) => Promise<LightMyRequestResponse>,
): Promise<void> {
  await untouched(w, async () => {
    for (const client of clients) {
      const res = await send(client);
      assertStatus(res, 403);
      assert.doesNotMatch(res.body, BLV_TEXT);
    }
  });
}

/** A spreadsheet with one valid row, which any manager of the unit could import. */
async function recordFile(): Promise<{ data: Buffer; fileName: string }> {
  const data = await writeWorkbook({
    sheets: [
      {
        kind: 'table',
        name: 'Lịch sử khen thưởng',
        columns: AWARD_RECORD_COLUMNS.map((c) => ({ header: c.header, width: 20 })),
        rows: [sheetRow({ kind: 'Cá nhân', name: 'Đinh Văn Lạ', form: 'Giấy khen', year: 2024 })],
      },
    ],
  });
  return { data, fileName: 'lich-su-khen-thuong.xlsx' };
}

/** The school's nominator is not told Bạch Long Vĩ's history exists; the leader is told "forbidden". */
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

const unitUrl = (w: CrossUnitWorld, tail: string) => `/api/units/${w.blv.id}/${tail}`;

/** A read of Bạch Long Vĩ's history by unit: Cát Hải and the school get 404. */
function unitReadRow(route: string, tail: string): MatrixRow {
  return {
    route,
    probe: (w) => ({ url: unitUrl(w, tail) }),
    async school(w) {
      assertHiddenAnswer(await w.school.request('GET', unitUrl(w, tail)));
    },
  };
}

export const AWARDS_CATALOGUE_MATRIX: MatrixRow[] = [
  {
    route: 'GET /api/award-forms',
    probe: () => ({ url: '/api/award-forms' }),
    async crossUnit(w) {
      const res = await w.catHai.request('GET', '/api/award-forms');
      assertStatus(res, 200);
      assert.doesNotMatch(res.body, BLV_TEXT);
    },
  },
  {
    route: 'PUT /api/award-forms/{code}',
    probe: () => ({ url: '/api/award-forms/giay-khen', body: {} }),
    async crossUnit(w) {
      const body = await formEdit(w);
      await cityOnly(w, [w.catHai, w.blvOfficer], (c) =>
        c.request('PUT', '/api/award-forms/giay-khen', body),
      );
    },
    async school(w) {
      const body = await formEdit(w);
      await cityOnly(w, [w.school], (c) => c.request('PUT', '/api/award-forms/giay-khen', body));
    },
  },
  {
    route: 'GET /api/base-salaries',
    probe: () => ({ url: '/api/base-salaries' }),
    async crossUnit(w) {
      const res = await w.catHai.request('GET', '/api/base-salaries');
      assertStatus(res, 200);
      assert.doesNotMatch(res.body, BLV_TEXT);
    },
  },
  {
    route: 'PUT /api/base-salaries',
    probe: () => ({ url: '/api/base-salaries', body: salaries }),
    async crossUnit(w) {
      await cityOnly(w, [w.catHai, w.blvOfficer], (c) => c.request('PUT', '/api/base-salaries', salaries));
    },
    async school(w) {
      await cityOnly(w, [w.school], (c) => c.request('PUT', '/api/base-salaries', salaries));
    },
  },
  {
    route: 'GET /api/award-records',
    probe: (w) => ({ url: `/api/award-records?unitId=${w.blv.id}` }),
    async crossUnit(w) {
      await blvRecord(w);
      const res = await w.catHai.request('GET', '/api/award-records?limit=2000&q=rieng tu');
      assertStatus(res, 200);
      assert.deepEqual(res.json().records, []);
      const all = await w.catHai.request('GET', '/api/award-records?limit=2000');
      assert.ok(!all.json().records.some((r: AwardRecordView) => w.blvUnitIds.has(r.ownerUnitId)));
      assert.doesNotMatch(all.body, BLV_TEXT);
      await assertHidden(w, 'GET', `/api/award-records?unitId=${w.blv.id}`);
    },
    async school(w) {
      assertStatus(await w.school.request('GET', '/api/award-records'), 403);
      assertHiddenAnswer(await w.school.request('GET', `/api/award-records?unitId=${w.blv.id}`));
    },
  },
  {
    route: 'POST /api/award-records',
    probe: (w) => ({ url: '/api/award-records', body: recordBody(w.blv.id) }),
    async crossUnit(w) {
      await untouched(w, () => assertHidden(w, 'POST', '/api/award-records', recordBody(w.blv.id)));
    },
    async school(w) {
      await schoolHiddenLeaderForbidden(w, (c) =>
        c.request('POST', '/api/award-records', recordBody(w.blv.id)),
      );
    },
  },
  ...(['PUT', 'DELETE'] as const).map(
    (method): MatrixRow => ({
      route: `${method} /api/award-records/{id}`,
      probe: (w) => ({
        url: `/api/award-records/${NO_RECORD}${method === 'DELETE' ? '?version=1' : ''}`,
        body: method === 'PUT' ? { ...recordBody(w.blv.id), version: 1 } : undefined,
      }),
      async crossUnit(w) {
        const record = await blvRecord(w);
        const url = `/api/award-records/${record.id}`;
        await untouched(w, () =>
          method === 'PUT'
            ? assertHidden(w, 'PUT', url, recordEdit(record, { amount: 1 }))
            : assertHidden(w, 'DELETE', `${url}?version=${record.version}`),
        );
      },
      async school(w) {
        const record = await blvRecord(w);
        const url = `/api/award-records/${record.id}`;
        await schoolHiddenLeaderForbidden(w, (c) =>
          method === 'PUT'
            ? c.request('PUT', url, recordEdit(record, { amount: 1 }))
            : c.request('DELETE', `${url}?version=${record.version}`),
        );
      },
    }),
  ),
  {
    route: 'GET /api/nominations/{id}/award-history',
    probe: (w) => ({ url: `/api/nominations/${w.blvNomination.id}/award-history` }),
    async school(w) {
      assertHiddenAnswer(
        await w.school.request('GET', `/api/nominations/${w.blvNomination.id}/award-history`),
      );
    },
  },
  unitReadRow('GET /api/units/{unitId}/award-records/template.xlsx', 'award-records/template.xlsx'),
  {
    route: 'POST /api/units/{unitId}/award-records/import',
    probe: (w) => ({ url: unitUrl(w, 'award-records/import'), body: {} }),
    async crossUnit(w) {
      const file = await recordFile();
      await untouched(w, async () =>
        assertHiddenAnswer(await w.catHai.upload(unitUrl(w, 'award-records/import'), file)),
      );
    },
    async school(w) {
      const file = await recordFile();
      await schoolHiddenLeaderForbidden(w, (c) => c.upload(unitUrl(w, 'award-records/import'), file));
    },
  },
  unitReadRow('GET /api/units/{unitId}/award-statistics', 'award-statistics'),
  unitReadRow('GET /api/units/{unitId}/award-statistics.xlsx', 'award-statistics.xlsx'),
];
