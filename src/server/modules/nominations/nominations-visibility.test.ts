import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import {
  act,
  addNomination,
  editBody,
  individualBody,
  listNominations,
  loadNomination,
  nominationRow,
  pictureOf,
} from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

/** Who sees which nominations: the nominating unit its own, the organiser and the city all, Cát Hải none. */
for (const engine of testEngines()) {
  describe(`nomination visibility (${engine})`, () => {
    let t: TestApp;
    let school: TestClient;
    let officer: TestClient;
    let schoolId: string;
    let clinicId: string;
    /** A draft of the clinic (another Bạch Long Vĩ unit) with a portrait and vote minutes. */
    let clinics: NominationRecord;
    let demoTotal: number;
    before(async () => {
      t = await createTestApp(engine);
      [school, officer] = await Promise.all([t.as('truonghoc.blv'), t.as('bachlongvi')]);
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
      clinicId = (await unitByKey(t, UNIT_KEYS.bachLongViClinic)).id;
      const added = await addNomination(officer, t.demoConferenceId, individualBody(clinicId));
      const url = `/api/nominations/${added.id}`;
      assertStatus(
        await officer.upload(`${url}/photo`, { data: await pictureOf(300, 400), fileName: 'a.png' }),
        200,
      );
      const minutes = await officer.upload(`${url}/minutes`, {
        data: await pictureOf(300, 400, 'jpeg'),
        fileName: 'bien-ban.jpg',
      });
      assertStatus(minutes, 200);
      clinics = minutes.json();
      demoTotal = (
        await t.handle.db
          .selectFrom('nominations')
          .select('id')
          .where('conference_id', '=', t.demoConferenceId)
          .execute()
      ).length;
    });
    after(() => t.close());

    test('the school lists only its own nominations, even when it asks for another unit', async () => {
      const own = await listNominations(school, t.demoConferenceId);
      assert.ok(own.total >= 10, `the demo gives the school some nominations: ${own.total}`);
      assert.ok(own.nominations.every((n) => n.nominatingUnitId === schoolId));
      assert.deepEqual(Object.keys(own.counts.unit), [schoolId]);
      const stored = await t.handle.db
        .selectFrom('nominations')
        .select('id')
        .where('conference_id', '=', t.demoConferenceId)
        .where('nominating_unit_id', '=', schoolId)
        .execute();
      assert.equal(own.total, stored.length);
      const other = await listNominations(school, t.demoConferenceId, `unitId=${clinicId}`);
      assert.deepEqual([other.total, other.nominations], [0, []]);
      const searched = await listNominations(
        school,
        t.demoConferenceId,
        `q=${encodeURIComponent(clinics.name)}`,
      );
      assert.equal(searched.total, 0);
    });

    test('the organiser, its leader and the city see every nomination of the conference', async () => {
      for (const username of ['bachlongvi', 'lanhdao.blv', 'thanhpho']) {
        const list = await listNominations(await t.as(username), t.demoConferenceId);
        assert.equal(list.total, demoTotal, username);
        assert.ok(Object.keys(list.counts.unit).length > 10, username);
        assertStatus(await (await t.as(username)).request('GET', `/api/nominations/${clinics.id}`), 200);
      }
    });

    test('Cát Hải sees nothing of Bạch Long Vĩ’s nominations: 404 for the list, the settings and a nomination', async () => {
      const catHai = await t.as('cathai');
      for (const url of [
        `/api/conferences/${t.demoConferenceId}/nominations`,
        `/api/conferences/${t.demoConferenceId}/nomination-settings`,
        `/api/nominations/${clinics.id}`,
        `/api/files/${clinics.photoFileId}`,
      ]) {
        const res = await catHai.request('GET', url);
        assertStatus(res, 404);
        assert.doesNotMatch(res.body, /Bạch Long Vĩ/);
      }
      const res = await catHai.request('GET', '/api/nomination-conferences');
      assert.deepEqual(res.json().conferences, []);
    });

    test('nomination conferences: the school nominates to Bạch Long Vĩ’s, which bachlongvi organises', async () => {
      const roleOf = async (username: string) => {
        const res = await (await t.as(username)).request('GET', '/api/nomination-conferences');
        assertStatus(res, 200);
        return (res.json().conferences as Array<{ id: string; role: string }>)
          .filter((c) => c.id === t.demoConferenceId)
          .map((c) => c.role);
      };
      assert.deepEqual(await roleOf('truonghoc.blv'), ['nominator']);
      assert.deepEqual(await roleOf('bachlongvi'), ['organiser']);
      assert.deepEqual(await roleOf('thanhpho'), ['organiser']);
    });

    test('the school cannot reach another unit’s nomination through any route, and changes nothing', async () => {
      const url = `/api/nominations/${clinics.id}`;
      const before = await nominationRow(t, clinics.id);
      const attempts = [
        school.request('GET', url),
        school.request('PUT', url, editBody(clinics, { nominatingUnitId: schoolId, awards: 'Chiếm' })),
        school.request('DELETE', `${url}?version=${clinics.version}`),
        act(school, clinics, 'submit'),
        school.upload(`${url}/photo`, { data: await pictureOf(50, 50), fileName: 'b.png' }),
        school.upload(`${url}/minutes`, { data: await pictureOf(50, 50), fileName: 'c.png' }),
        school.request('GET', `/api/files/${clinics.photoFileId}`),
        school.request('GET', `/api/files/${clinics.vote?.minutesFileId}`),
      ];
      for (const res of await Promise.all(attempts)) {
        assertStatus(res, 404);
        assert.doesNotMatch(res.body, new RegExp(clinics.name));
      }
      assert.deepEqual(await nominationRow(t, clinics.id), before);
      const files = await t.handle.db.selectFrom('files').select('id').execute();
      assert.equal(files.length, 2, 'no file was stored by the refused uploads');
    });

    test('the school may not nominate for another unit, nor move its own nomination there', async () => {
      const res = await school.request(
        'POST',
        `/api/conferences/${t.demoConferenceId}/nominations`,
        individualBody(clinicId, { name: 'Trần Văn Mượn Tên' }),
      );
      assertStatus(res, [403, 404]);
      const stored = await t.handle.db
        .selectFrom('nominations')
        .select('id')
        .where('name', '=', 'Trần Văn Mượn Tên')
        .execute();
      assert.deepEqual(stored, []);
      const own = await addNomination(school, t.demoConferenceId, individualBody(schoolId));
      const move = await school.request(
        'PUT',
        `/api/nominations/${own.id}`,
        editBody(own, { nominatingUnitId: clinicId }),
      );
      assertStatus(move, [403, 404]);
      assert.equal((await nominationRow(t, own.id))?.nominating_unit_id, schoolId);
    });

    test('the school cannot reach another unit’s file by naming it as its own vote minutes', async () => {
      const own = await addNomination(school, t.demoConferenceId, individualBody(schoolId));
      const foreignFile = clinics.vote?.minutesFileId as string;
      const vote = { ...(own.vote as NonNullable<NominationRecord['vote']>), minutesFileId: foreignFile };
      const saved = await school.request('PUT', `/api/nominations/${own.id}`, editBody(own, { vote }));
      assertStatus(saved, [200, 400, 403]);
      // The clinic's row is rewritten after the school's, so a lookup by file id meets the school's first.
      const current = await loadNomination(officer, clinics.id);
      const touched = await officer.request('PUT', `/api/nominations/${clinics.id}`, editBody(current));
      assertStatus(touched, 200);
      clinics = touched.json();
      assertStatus(await school.request('GET', `/api/files/${foreignFile}`), 404);
      assertStatus(await school.request('GET', `/api/files/${clinics.photoFileId}`), 404);
      const asStored = (await loadNomination(school, own.id)).vote?.minutesFileId ?? null;
      assert.notEqual(asStored, foreignFile);
    });
  });
}
