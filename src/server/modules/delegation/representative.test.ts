import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DelegationResponse, RepresentativeView } from '../../../shared/api/delegation.ts';
import { assertStatus } from '../../testing/factories.ts';
import { auditActions } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

for (const engine of testEngines()) {
  describe(`a collective's representative (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
    });
    after(() => t.close());

    const collective = () =>
      t.handle.db
        .selectFrom('nominations')
        .selectAll()
        .where('conference_id', '=', t.demoConferenceId)
        .where('kind', '=', 'collective')
        .where('state', '=', 'council_approved')
        .orderBy('number')
        .executeTakeFirstOrThrow();
    const url = (id: string) => `/api/conferences/${t.demoConferenceId}/delegates/representatives/${id}`;
    const candidates = async () =>
      (
        (
          await officer.request('GET', `/api/conferences/${t.demoConferenceId}/delegates`)
        ).json() as DelegationResponse
      ).candidates;

    test('the demo collectives have a representative, who is the candidate’s person', async () => {
      const n = await collective();
      const c = (await candidates()).find((x) => x.id === n.id);
      assert.equal(c?.kind, 'collective');
      assert.equal(c?.representative?.name, n.representative_name);
      assert.ok(c?.representative?.gender === 'nam' || c?.representative?.gender === 'nu');
      assert.ok((c?.representative?.birthYear ?? 0) > 1960);
    });

    test('the organiser names the representative at the loaded version; audited; a stale save gets 409', async () => {
      const n = await collective();
      const body = {
        representativeName: '  Lò  Thị Mai ',
        representativeGender: 'nu',
        representativeBirthYear: 1984,
        representativeEthnicCode: '03',
        version: n.version,
      };
      const res = await officer.request('PUT', url(n.id), body);
      assertStatus(res, 200);
      const saved = res.json() as RepresentativeView;
      assert.equal(saved.representativeName, 'Lò Thị Mai');
      assert.equal(saved.version, n.version + 1);
      const c = (await candidates()).find((x) => x.id === n.id);
      assert.deepEqual(c?.representative, {
        name: 'Lò Thị Mai',
        gender: 'nu',
        birthYear: 1984,
        ethnicCode: '03',
      });
      assert.ok((await auditActions(t, n.id)).includes('nomination.representative_updated'));
      const stale = await officer.request('PUT', url(n.id), { ...body, representativeName: 'Người Khác' });
      assertStatus(stale, 409);
      assert.equal((await collective()).representative_name, 'Lò Thị Mai');
    });

    test('bad details are refused naming the field; details without a name too; a person has none', async () => {
      const n = await collective();
      const bad = await officer.request('PUT', url(n.id), {
        representativeName: 'Lò Thị Mai',
        representativeGender: 'nu',
        representativeBirthYear: 2020,
        representativeEthnicCode: '99',
        version: n.version,
      });
      assertStatus(bad, 400);
      const fields = (bad.json().error.fields as Array<{ path: string; message: string }>).map(
        (f) => f.message,
      );
      assert.ok(
        fields.some((m) => m.startsWith('Năm sinh người đại diện:')),
        fields.join(' | '),
      );
      assert.ok(
        fields.some((m) => m.startsWith('Dân tộc người đại diện:')),
        fields.join(' | '),
      );
      const nameless = await officer.request('PUT', url(n.id), {
        representativeName: ' ',
        representativeGender: 'nu',
        representativeBirthYear: null,
        representativeEthnicCode: null,
        version: n.version,
      });
      assertStatus(nameless, 400);
      assert.match(nameless.json().error.fields[0].message, /^Người đại diện: không được để trống/);
      const person = await t.handle.db
        .selectFrom('nominations')
        .select(['id', 'version'])
        .where('conference_id', '=', t.demoConferenceId)
        .where('kind', '=', 'individual')
        .executeTakeFirstOrThrow();
      const refused = await officer.request('PUT', url(person.id), {
        representativeName: 'Ai Đó',
        representativeGender: null,
        representativeBirthYear: null,
        representativeEthnicCode: null,
        version: person.version,
      });
      assertStatus(refused, 400);
      assert.equal((await collective()).version, n.version, 'nothing saved');
    });
  });
}
