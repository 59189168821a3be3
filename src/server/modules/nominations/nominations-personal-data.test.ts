import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import {
  addNomination,
  editBody,
  individualBody,
  listNominations,
  loadNomination,
  nominationRow,
} from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

const CCCD = '001085012345';
const PHONE = '0912345678';

/** CCCD and phone: in full only for the organiser's staff with personal.read; masked for everyone else. */
for (const engine of testEngines()) {
  describe(`nomination personal data (${engine})`, () => {
    let t: TestApp;
    let school: TestClient;
    let officer: TestClient;
    let leader: TestClient;
    let schoolId: string;
    let n: NominationRecord;
    before(async () => {
      t = await createTestApp(engine);
      [school, officer, leader] = await Promise.all([
        t.as('truonghoc.blv'),
        t.as('bachlongvi'),
        t.as('lanhdao.blv'),
      ]);
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
      n = await addNomination(
        school,
        t.demoConferenceId,
        individualBody(schoolId, { citizenId: CCCD, phone: PHONE }),
      );
    });
    after(() => t.close());

    const stored = async (id: string) => {
      const row = await nominationRow(t, id);
      return [row?.citizen_id, row?.phone];
    };

    test('bachlongvi reads CCCD and phone in full, in the nomination and in the list', async () => {
      const one = await loadNomination(officer, n.id);
      assert.deepEqual([one.citizenId, one.phone, one.personalMasked], [CCCD, PHONE, false]);
      const listed = (await listNominations(officer, t.demoConferenceId)).nominations.find(
        (x) => x.id === n.id,
      );
      assert.deepEqual([listed?.citizenId, listed?.phone], [CCCD, PHONE]);
    });

    test('the school that entered them and the leader see them masked, everywhere', async () => {
      assert.deepEqual([n.citizenId, n.phone, n.personalMasked], ['********2345', '0912***678', true]);
      for (const client of [school, leader]) {
        const one = await loadNomination(client, n.id);
        assert.deepEqual(
          [one.citizenId, one.phone, one.personalMasked],
          ['********2345', '0912***678', true],
        );
        const list = await client.request('GET', `/api/conferences/${t.demoConferenceId}/nominations`);
        assertStatus(list, 200);
        assert.ok(list.body.includes('********2345'));
        assert.ok(!list.body.includes(CCCD) && !list.body.includes(PHONE));
        // No full 12-digit CCCD of any demo nomination either.
        assert.doesNotMatch(list.body, /"citizenId":"\d{12}"/);
      }
    });

    test('the school saving the form with CCCD and phone left empty keeps the stored values', async () => {
      const current = await loadNomination(school, n.id);
      const saved = await school.request(
        'PUT',
        `/api/nominations/${n.id}`,
        editBody(current, { citizenId: '', phone: '', awards: 'Giấy khen năm 2024' }),
      );
      assertStatus(saved, 200);
      assert.deepEqual(await stored(n.id), [CCCD, PHONE]);
      const after = await loadNomination(officer, n.id);
      assert.deepEqual([after.citizenId, after.phone, after.awards], [CCCD, PHONE, 'Giấy khen năm 2024']);
    });

    test('the school may replace a number it cannot read, and a masked value sent back is refused', async () => {
      const own = await addNomination(
        school,
        t.demoConferenceId,
        individualBody(schoolId, { citizenId: CCCD, phone: PHONE }),
      );
      const masked = await school.request('PUT', `/api/nominations/${own.id}`, {
        ...editBody(own),
        citizenId: own.citizenId,
      });
      assertStatus(masked, 400);
      assert.match(masked.json().error.message, /12 chữ số/);
      assert.deepEqual(await stored(own.id), [CCCD, PHONE]);
      const replaced = await school.request(
        'PUT',
        `/api/nominations/${own.id}`,
        editBody(own, { citizenId: '031190000777' }),
      );
      assertStatus(replaced, 200);
      assert.equal(replaced.json().citizenId, '********0777');
      assert.deepEqual(await stored(own.id), ['031190000777', PHONE]);
    });

    test('bachlongvi, who reads them, clears a phone number by saving it empty', async () => {
      const own = await addNomination(
        school,
        t.demoConferenceId,
        individualBody(schoolId, { citizenId: CCCD, phone: PHONE }),
      );
      const current = await loadNomination(officer, own.id);
      const saved = await officer.request(
        'PUT',
        `/api/nominations/${own.id}`,
        editBody(current, { phone: '' }),
      );
      assertStatus(saved, 200);
      assert.deepEqual(await stored(own.id), [CCCD, '']);
    });

    test('the school cannot read the audit log, which holds the numbers in full', async () => {
      assertStatus(await school.request('GET', `/api/audit?entityId=${n.id}`), 403);
      assertStatus(await leader.request('GET', `/api/audit?entityId=${n.id}`), 403);
    });
  });
}
