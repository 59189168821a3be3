import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Conference } from '../../core/conference/types.ts';
import {
  assertStatus,
  conferenceEdit,
  createConference,
  UNIT_KEYS,
  unitByKey,
} from '../testing/factories.ts';
import {
  act,
  actOk,
  addNomination,
  COUNCIL_FOR,
  demoNominationId,
  editBody,
  individualBody,
  listNominations,
  loadNomination,
} from '../testing/nomination-factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { testEngines } from '../testing/test-database.ts';

/** The other side of the matrix: what each demo role inside Bạch Long Vĩ, and the city, may do. */
for (const engine of testEngines()) {
  describe(`access by role (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    const conferenceUrl = () => `/api/conferences/${t.demoConferenceId}`;
    const storedVersion = async () =>
      (
        await t.handle.db
          .selectFrom('conferences')
          .select('version')
          .where('id', '=', t.demoConferenceId)
          .executeTakeFirstOrThrow()
      ).version;

    test('the nominating school cannot read its commune’s conference, its plan or its list', async () => {
      const school = await t.as('truonghoc.blv');
      for (const url of [conferenceUrl(), `${conferenceUrl()}/plan.docx`, `${conferenceUrl()}/plan.pdf`]) {
        const res = await school.request('GET', url);
        assertStatus(res, [403, 404]);
        assert.doesNotMatch(res.body, /Hội nghị tuyên dương/);
      }
      const list = await school.request('GET', '/api/conferences');
      assert.deepEqual(list.json().conferences, []);
    });

    test('the nominating school sees its own unit but cannot manage users or read the audit log', async () => {
      const school = await t.as('truonghoc.blv');
      const own = await unitByKey(t, UNIT_KEYS.bachLongViSchool);
      assertStatus(await school.request('GET', `/api/units/${own.id}`), 200);
      assertStatus(await school.request('GET', '/api/users'), 403);
      assertStatus(await school.request('GET', '/api/audit'), 403);
    });

    test('the leader reads the conference and its plan but an edit gets 403 and changes nothing', async () => {
      const leader = await t.as('lanhdao.blv');
      const res = await leader.request('GET', conferenceUrl());
      assertStatus(res, 200);
      const conference = res.json() as Conference;
      assertStatus(await leader.request('GET', `${conferenceUrl()}/plan.docx`), 200);
      const version = await storedVersion();
      const edit = await leader.request(
        'PUT',
        conferenceUrl(),
        conferenceEdit(conference, { maxDelegates: 120 }),
      );
      assertStatus(edit, 403);
      assert.match(edit.json().error.message, /không có quyền/);
      assert.equal(await storedVersion(), version);
    });

    test('the leader can neither create a conference nor add a unit', async () => {
      const leader = await t.as('lanhdao.blv');
      const blv = await unitByKey(t, UNIT_KEYS.bachLongVi);
      assertStatus(await leader.request('POST', '/api/conferences', { unitId: blv.id }), 403);
      const body = {
        parentId: blv.id,
        kind: 'agency',
        typeLabel: 'trường học',
        fullName: 'Trường của lãnh đạo',
      };
      assertStatus(await leader.request('POST', '/api/units', body), 403);
    });

    test('the Bạch Long Vĩ officer reads and updates their own conference', async () => {
      const officer = await t.as('bachlongvi');
      const loaded = (await officer.request('GET', conferenceUrl())).json() as Conference;
      const edit = conferenceEdit(loaded, { maxDelegates: loaded.maxDelegates === 150 ? 149 : 150 });
      const saved = await officer.request('PUT', conferenceUrl(), edit);
      assertStatus(saved, 200);
      assert.equal(saved.json().maxDelegates, edit.maxDelegates);
      assert.equal(saved.json().version, loaded.version + 1);
      const list = (await officer.request('GET', '/api/conferences')).json().conferences as Conference[];
      assert.ok(list.some((c) => c.id === t.demoConferenceId));
    });

    test('the city officer sees the conferences of every unit, Cát Hải and Bạch Long Vĩ included', async () => {
      const catHaiUnit = await unitByKey(t, UNIT_KEYS.catHai);
      const catHaiConference = await createConference(await t.as('cathai'), catHaiUnit.id);
      const city = await t.as('thanhpho');
      const list = (await city.request('GET', '/api/conferences')).json().conferences as Array<{
        id: string;
      }>;
      const ids = list.map((c) => c.id);
      assert.ok(ids.includes(t.demoConferenceId), 'Bạch Long Vĩ');
      assert.ok(ids.includes(catHaiConference.id), 'Cát Hải');
      assertStatus(await city.request('GET', `/api/conferences/${catHaiConference.id}`), 200);
      assertStatus(await city.request('GET', conferenceUrl()), 200);
    });

    test('the school nominates to its commune’s conference: enters, submits, but never reviews', async () => {
      const school = await t.as('truonghoc.blv');
      const own = await unitByKey(t, UNIT_KEYS.bachLongViSchool);
      const n = await addNomination(school, t.demoConferenceId, individualBody(own.id));
      const submitted = await actOk(school, n, 'submit');
      assertStatus(await act(school, submitted, 'accept'), 403);
      const settings = `${conferenceUrl()}/nomination-settings`;
      assertStatus(await school.request('GET', settings), 200);
      assertStatus(
        await school.request('PUT', settings, (await school.request('GET', settings)).json()),
        403,
      );
    });

    test('the leader reads every nomination, masked, but may not edit, review or set thresholds', async () => {
      const leader = await t.as('lanhdao.blv');
      const all = await listNominations(leader, t.demoConferenceId);
      assert.ok(all.total >= 200);
      assert.ok(all.nominations.every((n) => n.personalMasked));
      const submitted = await loadNomination(
        leader,
        await demoNominationId(t, UNIT_KEYS.bachLongViClinic, 'submitted'),
      );
      assertStatus(await act(leader, submitted, 'accept'), 403);
      const draft = await loadNomination(
        leader,
        await demoNominationId(t, UNIT_KEYS.bachLongViClinic, 'draft'),
      );
      assertStatus(await leader.request('PUT', `/api/nominations/${draft.id}`, editBody(draft)), 403);
      const settings = `${conferenceUrl()}/nomination-settings`;
      assertStatus(
        await leader.request('PUT', settings, (await leader.request('GET', settings)).json()),
        403,
      );
    });

    test('the city officer sees every Bạch Long Vĩ nomination unmasked and may review them', async () => {
      const city = await t.as('thanhpho');
      const all = await listNominations(city, t.demoConferenceId);
      assert.equal(all.total, (await listNominations(await t.as('bachlongvi'), t.demoConferenceId)).total);
      assert.ok(all.nominations.every((n) => !n.personalMasked));
      const accepted = await loadNomination(
        city,
        await demoNominationId(t, UNIT_KEYS.bachLongViClinic, 'accepted'),
      );
      assert.equal(
        (await actOk(city, accepted, 'council_approve', { council: COUNCIL_FOR })).state,
        'council_approved',
      );
    });

    test('the Bạch Long Vĩ officer does not see the Cát Hải conference', async () => {
      const catHaiUnit = await unitByKey(t, UNIT_KEYS.catHai);
      const catHaiConference = await createConference(await t.as('cathai'), catHaiUnit.id);
      const officer = await t.as('bachlongvi');
      assertStatus(await officer.request('GET', `/api/conferences/${catHaiConference.id}`), 404);
      const list = (await officer.request('GET', '/api/conferences')).json().conferences as Array<{
        id: string;
      }>;
      assert.ok(!list.some((c) => c.id === catHaiConference.id));
    });
  });
}
