import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_TEMPLATE } from '../../core/conference/default-template.ts';
import { DEMO_PASSWORD } from '../seed/demo.ts';
import { AWARD_DECISIONS_MATRIX } from '../testing/award-decisions-matrix.ts';
import { AWARDS_CATALOGUE_MATRIX } from '../testing/awards-matrix.ts';
import {
  assertHidden,
  BLV_TEXT,
  blvConferenceRow,
  type CrossUnitWorld,
  countNamed,
  createCrossUnitWorld,
  currentBlvConference,
  type MatrixRow,
  type Method,
  passwordHashOf,
} from '../testing/cross-unit-world.ts';
import { DELEGATE_LISTS_MATRIX } from '../testing/delegate-lists-matrix.ts';
import { DELEGATION_MATRIX } from '../testing/delegation-matrix.ts';
import {
  agencyBody,
  assertStatus,
  conferenceEdit,
  createUser,
  FACTORY_PASSWORD,
  UNIT_KEYS,
  unitByKey,
  userBody,
} from '../testing/factories.ts';
import { NOMINATION_MATRIX } from '../testing/nomination-matrix.ts';
import { testEngines } from '../testing/test-database.ts';

const db = (w: CrossUnitWorld) => w.t.handle.db;

const CORE_MATRIX: MatrixRow[] = [
  {
    route: 'POST /api/auth/login',
    probe: () => ({ url: '/api/auth/login', body: { username: 'bachlongvi', password: 'sai-mat-khau' } }),
    async crossUnit(w) {
      const payload = { username: 'cathai', password: DEMO_PASSWORD };
      const res = await w.t.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      const catHai = await unitByKey(w.t, UNIT_KEYS.catHai);
      const roles = res.json().user.roles as Array<{ unitId: string }>;
      assert.ok(roles.length > 0 && roles.every((r) => r.unitId === catHai.id), 'roles on Cát Hải only');
    },
  },
  {
    route: 'POST /api/auth/logout',
    probe: () => ({ url: '/api/auth/logout' }),
    async crossUnit(w) {
      const leaving = await w.t.as('cathai');
      assertStatus(await leaving.request('POST', '/api/auth/logout'), 204);
      assertStatus(await w.blvOfficer.request('GET', '/api/auth/me'), 200);
    },
  },
  {
    route: 'GET /api/auth/me',
    probe: () => ({ url: '/api/auth/me' }),
    async crossUnit(w) {
      const res = await w.catHai.request('GET', '/api/auth/me');
      assert.equal(res.json().user.username, 'cathai');
      assert.doesNotMatch(res.body, BLV_TEXT);
    },
  },
  {
    route: 'POST /api/auth/password',
    probe: () => ({
      url: '/api/auth/password',
      body: { password: DEMO_PASSWORD, newPassword: 'mat-khau-2025' },
    }),
    async crossUnit(w) {
      const fresh = await createUser(w.catHai, userBody((await unitByKey(w.t, UNIT_KEYS.catHai)).id));
      const client = await w.t.as(fresh.username, FACTORY_PASSWORD);
      const blvHash = await passwordHashOf(w, 'bachlongvi');
      const body = { password: FACTORY_PASSWORD, newPassword: 'mat-khau-moi-1' };
      assertStatus(await client.request('POST', '/api/auth/password', body), 204);
      assert.equal(await passwordHashOf(w, 'bachlongvi'), blvHash);
    },
  },
  {
    route: 'GET /api/units',
    probe: () => ({ url: '/api/units' }),
    async crossUnit(w) {
      const { units } = (await w.catHai.request('GET', '/api/units')).json() as {
        units: Array<{ id: string; inScope: boolean }>;
      };
      const seen = units.filter((u) => w.blvUnitIds.has(u.id)).map((u) => [u.id, u.inScope]);
      assert.deepEqual(seen, [[w.blv.id, false]], 'only the public entry of the commune, out of scope');
    },
  },
  {
    route: 'POST /api/units',
    probe: (w) => ({ url: '/api/units', body: agencyBody(w.blv.id) }),
    async crossUnit(w) {
      const body = agencyBody(w.blv.id);
      await assertHidden(w, 'POST', '/api/units', body);
      assert.equal(await countNamed(w, { unit: body.fullName }), 0);
    },
  },
  {
    route: 'GET /api/units/{id}',
    probe: (w) => ({ url: `/api/units/${w.blv.id}` }),
    async crossUnit(w) {
      for (const unit of [w.blv, w.blvDepartment, w.blvAgency])
        await assertHidden(w, 'GET', `/api/units/${unit.id}`);
    },
  },
  {
    route: 'PATCH /api/units/{id}',
    probe: (w) => ({
      url: `/api/units/${w.blvAgency.id}`,
      body: { version: w.blvAgency.version, fullName: 'Đổi tên' },
    }),
    async crossUnit(w) {
      const body = { version: w.blvAgency.version, fullName: 'Đã bị đổi tên' };
      await assertHidden(w, 'PATCH', `/api/units/${w.blvAgency.id}`, body);
      const now = await unitByKey(w.t, UNIT_KEYS.bachLongViSchool);
      assert.deepEqual([now.fullName, now.version], [w.blvAgency.fullName, w.blvAgency.version]);
    },
  },
  {
    route: 'PUT /api/units/{id}/office',
    probe: (w) => ({
      url: `/api/units/${w.blv.id}/office`,
      body: { version: w.blv.version, hasCouncil: true, officeName: null },
    }),
    async crossUnit(w) {
      const body = { version: w.blv.version, hasCouncil: true, officeName: 'Văn phòng bị sửa trộm' };
      await assertHidden(w, 'PUT', `/api/units/${w.blv.id}/office`, body);
      const now = await unitByKey(w.t, UNIT_KEYS.bachLongVi);
      assert.deepEqual([now.hasCouncil, now.officeName, now.version], [null, null, w.blv.version]);
    },
  },
  {
    route: 'GET /api/legal-documents',
    probe: () => ({ url: '/api/legal-documents' }),
    async crossUnit(w) {
      const res = await w.catHai.request('GET', '/api/legal-documents');
      assertStatus(res, 200);
      assert.doesNotMatch(res.body, BLV_TEXT);
    },
  },
  {
    route: 'PUT /api/legal-documents/{code}',
    probe: () => ({ url: '/api/legal-documents/nd-152-2025', body: {} }),
    async crossUnit(w) {
      const stored = async () =>
        db(w)
          .selectFrom('legal_documents')
          .select(['title', 'version'])
          .where('code', '=', 'nd-152-2025')
          .executeTakeFirst();
      const before = await stored();
      const body = {
        version: before?.version,
        number: '152/2025/NĐ-CP',
        issuedOn: '2025-06-14',
        title: 'trích yếu bị sửa trộm',
        effectiveFrom: '2025-07-01',
        effectiveTo: null,
        source: '',
        verified: true,
      };
      for (const client of [w.catHai, w.blvOfficer]) {
        assertStatus(await client.request('PUT', '/api/legal-documents/nd-152-2025', body), 403);
      }
      assert.deepEqual(await stored(), before);
    },
  },
  {
    route: 'GET /api/templates',
    probe: () => ({ url: '/api/templates' }),
    async crossUnit(w) {
      const { templates } = (await w.catHai.request('GET', '/api/templates')).json() as {
        templates: Array<{ id: string }>;
      };
      assert.ok(templates.length > 0, 'the city template is listed');
      assert.ok(!templates.some((x) => x.id === w.blvTemplateId));
    },
  },
  { route: 'GET /api/templates/{id}', probe: (w) => ({ url: `/api/templates/${w.blvTemplateId}` }) },
  {
    route: 'PUT /api/templates/{id}',
    probe: (w) => ({
      url: `/api/templates/${w.blvTemplateId}`,
      body: { version: 1, body: DEFAULT_TEMPLATE },
    }),
    async crossUnit(w) {
      const body = { version: 1, body: { ...DEFAULT_TEMPLATE, title: 'Mẫu bị sửa trộm' } };
      await assertHidden(w, 'PUT', `/api/templates/${w.blvTemplateId}`, body);
      const { templates } = (await w.blvOfficer.request('GET', '/api/templates')).json();
      const stored = templates.find((x: { id: string }) => x.id === w.blvTemplateId);
      assert.deepEqual([stored.title, stored.version], [DEFAULT_TEMPLATE.title, 1]);
    },
  },
  {
    route: 'GET /api/conferences',
    probe: () => ({ url: '/api/conferences' }),
    async crossUnit(w) {
      for (const url of ['/api/conferences', `/api/conferences?unitId=${w.blv.id}`]) {
        const res = await w.catHai.request('GET', url);
        assertStatus(res, 200);
        assert.ok(!res.json().conferences.some((c: { unitId: string }) => w.blvUnitIds.has(c.unitId)));
        assert.doesNotMatch(res.body, BLV_TEXT);
      }
    },
  },
  {
    route: 'POST /api/conferences',
    probe: (w) => ({ url: '/api/conferences', body: { unitId: w.blv.id } }),
    async crossUnit(w) {
      const count = async () =>
        (await db(w).selectFrom('conferences').select('id').where('unit_id', '=', w.blv.id).execute()).length;
      const before = await count();
      await assertHidden(w, 'POST', '/api/conferences', { unitId: w.blv.id });
      assert.equal(await count(), before);
    },
  },
  { route: 'GET /api/conferences/{id}', probe: (w) => ({ url: `/api/conferences/${w.blvConference.id}` }) },
  {
    route: 'PUT /api/conferences/{id}',
    probe: (w) => ({ url: `/api/conferences/${w.blvConference.id}`, body: conferenceEdit(w.blvConference) }),
    async crossUnit(w) {
      const before = await blvConferenceRow(w);
      const edit = conferenceEdit(await currentBlvConference(w), { maxDelegates: 7 });
      await assertHidden(w, 'PUT', `/api/conferences/${w.blvConference.id}`, edit);
      assert.deepEqual(await blvConferenceRow(w), before);
    },
  },
  {
    route: 'GET /api/conferences/{id}/plan.docx',
    probe: (w) => ({ url: `/api/conferences/${w.blvConference.id}/plan.docx` }),
  },
  {
    route: 'GET /api/conferences/{id}/plan.pdf',
    probe: (w) => ({ url: `/api/conferences/${w.blvConference.id}/plan.pdf` }),
  },
  {
    route: 'GET /api/users',
    probe: () => ({ url: '/api/users' }),
    async crossUnit(w) {
      for (const url of ['/api/users', `/api/users?unitId=${w.blv.id}`]) {
        const res = await w.catHai.request('GET', url);
        assertStatus(res, 200);
        assert.ok(!res.json().users.some((u: { unitId: string }) => w.blvUnitIds.has(u.unitId)));
        assert.doesNotMatch(res.body, /bachlongvi|lanhdao\.blv|truonghoc\.blv/);
      }
    },
  },
  {
    route: 'POST /api/users',
    probe: (w) => ({ url: '/api/users', body: userBody(w.blv.id) }),
    async crossUnit(w) {
      const catHai = await unitByKey(w.t, UNIT_KEYS.catHai);
      const intoBlv = userBody(w.blv.id);
      const grantOnBlv = userBody(catHai.id, { roles: [{ role: 'unit_admin', unitId: w.blv.id }] });
      for (const body of [intoBlv, grantOnBlv]) {
        const res = await w.catHai.request('POST', '/api/users', body);
        assertStatus(res, [403, 404]);
        assert.doesNotMatch(res.body, BLV_TEXT);
        assert.equal(await countNamed(w, { username: body.username }), 0);
      }
    },
  },
  {
    route: 'PATCH /api/users/{id}',
    probe: (w) => ({ url: `/api/users/${w.blvUserId}`, body: { version: 1, active: false } }),
    async crossUnit(w) {
      const row = () =>
        db(w).selectFrom('users').selectAll().where('id', '=', w.blvUserId).executeTakeFirstOrThrow();
      const before = await row();
      const body = { version: before.version, active: false, password: 'mat-khau-chiem-quyen' };
      await assertHidden(w, 'PATCH', `/api/users/${w.blvUserId}`, body);
      assert.deepEqual(await row(), before);
    },
  },
  {
    route: 'GET /api/audit',
    probe: () => ({ url: '/api/audit' }),
    async crossUnit(w) {
      const edit = conferenceEdit(await currentBlvConference(w));
      edit.session.venue = 'Hội trường Ủy ban nhân dân đặc khu';
      assertStatus(await w.blvOfficer.request('PUT', `/api/conferences/${w.blvConference.id}`, edit), 200);
      const own = (await w.blvOfficer.request('GET', `/api/audit?entityId=${w.blvConference.id}`)).json();
      assert.ok(own.total > 0, 'Bạch Long Vĩ sees its entry, so its absence below means something');
      const urls = [
        '/api/audit?limit=500',
        `/api/audit?unitId=${w.blv.id}`,
        `/api/audit?entityId=${w.blvConference.id}`,
      ];
      for (const url of urls) {
        const res = await w.catHai.request('GET', url);
        assertStatus(res, 200);
        const { entries } = res.json() as { entries: Array<{ unitId: string; entityId: string }> };
        assert.ok(!entries.some((e) => w.blvUnitIds.has(e.unitId) || e.entityId === w.blvConference.id), url);
        assert.doesNotMatch(res.body, BLV_TEXT);
      }
    },
  },
  {
    // Installation-wide: everyone signed in reads the address the QR codes open; nothing of a unit in it.
    route: 'GET /api/settings/public-address',
    probe: () => ({ url: '/api/settings/public-address' }),
    async crossUnit(w) {
      const res = await w.catHai.request('GET', '/api/settings/public-address');
      assertStatus(res, 200);
      assert.deepEqual(Object.keys(res.json()).sort(), ['problem', 'saved', 'source', 'value', 'version']);
      assert.doesNotMatch(res.body, BLV_TEXT);
    },
    async school(w) {
      assertStatus(await w.school.request('GET', '/api/settings/public-address'), 200);
    },
  },
  {
    route: 'PUT /api/settings/public-address',
    probe: () => ({
      url: '/api/settings/public-address',
      body: { version: 0, publicUrl: 'https://vinhdanh.haiphong.gov.vn' },
    }),
    async crossUnit(w) {
      const body = { version: 0, publicUrl: 'https://cathai.example.vn' };
      for (const client of [w.catHai, w.blvOfficer, w.school]) {
        assertStatus(await client.request('PUT', '/api/settings/public-address', body), 403);
      }
      const saved = await db(w)
        .selectFrom('installation_settings')
        .select('value')
        .where('value', '=', body.publicUrl)
        .execute();
      assert.deepEqual(saved, []);
    },
  },
];

/** Every API route, with what Cát Hải (and, for nominations, the school) must not reach in Bạch Long Vĩ. */
const MATRIX = [
  ...CORE_MATRIX,
  ...NOMINATION_MATRIX,
  ...DELEGATION_MATRIX,
  ...DELEGATE_LISTS_MATRIX,
  ...AWARDS_CATALOGUE_MATRIX,
  ...AWARD_DECISIONS_MATRIX,
];

for (const engine of testEngines()) {
  describe(`cross-unit access matrix: Cát Hải against Bạch Long Vĩ (${engine})`, () => {
    let w: CrossUnitWorld;
    before(async () => {
      w = await createCrossUnitWorld(engine);
    });
    after(() => w.t.close());

    test('every /api route of the OpenAPI description is in the matrix, and nothing else', async () => {
      const spec = (await w.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
        paths: Record<string, object>;
      };
      const registered = Object.entries(spec.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      );
      assert.deepEqual(
        MATRIX.map((r) => r.route).sort(),
        // The certificate check is public by design (the QR code on a printed certificate opens it).
        registered.filter((r) => r.includes(' /api/') && !r.startsWith('GET /api/public/')).sort(),
      );
    });

    for (const row of MATRIX) {
      const method = row.route.split(' ')[0] as Method;
      test(`${row.route}: without a session → 401`, async () => {
        const { url, body } = row.probe(w);
        const res = await w.t.app.inject({
          method,
          url,
          ...(body === undefined ? {} : { payload: body as object }),
        });
        assertStatus(res, 401);
        assert.doesNotMatch(res.body, BLV_TEXT);
      });
      test(`${row.route}: Cát Hải can neither read nor change Bạch Long Vĩ`, async () => {
        if (row.crossUnit) return row.crossUnit(w);
        const { url, body } = row.probe(w);
        await assertHidden(w, method, url, body);
      });
      const { school } = row;
      if (school) test(`${row.route}: the school nominator reaches nothing beyond its own`, () => school(w));
    }
  });
}
