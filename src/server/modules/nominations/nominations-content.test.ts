import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NominationInput } from '../../../core/nominations/types.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import {
  addNomination,
  collectiveBody,
  editBody,
  individualBody,
  loadNomination,
} from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

/** What a nomination must say (classification against the reference lists), and duplicates flagged. */
for (const engine of testEngines()) {
  describe(`nomination content and duplicates (${engine})`, () => {
    let t: TestApp;
    let school: TestClient;
    let officer: TestClient;
    let schoolId: string;
    let clinicId: string;
    before(async () => {
      t = await createTestApp(engine);
      [school, officer] = await Promise.all([t.as('truonghoc.blv'), t.as('bachlongvi')]);
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
      clinicId = (await unitByKey(t, UNIT_KEYS.bachLongViClinic)).id;
    });
    after(() => t.close());

    const post = (body: NominationInput) =>
      school.request('POST', `/api/conferences/${t.demoConferenceId}/nominations`, body);
    const countOf = async () =>
      (
        await t.handle.db
          .selectFrom('nominations')
          .select('id')
          .where('conference_id', '=', t.demoConferenceId)
          .execute()
      ).length;

    test('codes outside the reference lists are refused with every field named, and nothing is stored', async () => {
      const before = await countOf();
      const res = await post(
        individualBody(schoolId, {
          fieldCode: 'thien-van',
          sectorCode: 'khong-co',
          ethnicCode: '99',
          priorityAreas: ['kinh-te-xa-hoi', 'kinh-te-xa-hoi'],
        }),
      );
      assertStatus(res, 400);
      const paths = (res.json().error.fields as Array<{ path: string }>).map((f) => f.path).sort();
      assert.deepEqual(paths, ['ethnicCode', 'fieldCode', 'priorityAreas', 'sectorCode']);
      assert.match(res.json().error.message, /Lĩnh vực: mã "thien-van" không có trong danh mục/);
      assert.equal(await countOf(), before);
    });

    test('an individual needs gender, birth year and ethnic group; a collective must not have them', async () => {
      const person = await post(
        individualBody(schoolId, { gender: null, birthYear: null, ethnicCode: null }),
      );
      assertStatus(person, 400);
      const personPaths = (person.json().error.fields as Array<{ path: string }>).map((f) => f.path).sort();
      assert.deepEqual(personPaths, ['birthYear', 'ethnicCode', 'gender']);
      const team = await post(collectiveBody(schoolId, { gender: 'nu', memberCount: null }));
      assertStatus(team, 400);
      assert.match(team.json().error.message, /Giới tính: chỉ ghi cho cá nhân/);
      // The member count may wait until the collective is sent (the spreadsheet has no such column).
      assertStatus(await post(collectiveBody(schoolId, { memberCount: null })), 201);
      const young = await post(individualBody(schoolId, { birthYear: 2015 }));
      assertStatus(young, 400);
      assert.match(young.json().error.message, /Năm sinh: tuổi phải từ 16 đến 100/);
    });

    test('malformed CCCD and phone numbers are refused in Vietnamese', async () => {
      const res = await post(individualBody(schoolId, { citizenId: '12345', phone: '12345' }));
      assertStatus(res, 400);
      assert.match(res.body, /12 chữ số/);
      assert.match(res.body, /số điện thoại Việt Nam/);
    });

    test('a second nomination with the same name, birth year and unit is flagged on both', async () => {
      const first = await addNomination(
        school,
        t.demoConferenceId,
        individualBody(schoolId, { name: 'Lê Thị Trùng Tên', birthYear: 1979 }),
      );
      assert.deepEqual(first.duplicateOf, []);
      // Case, marks and spacing do not hide a duplicate.
      const second = await addNomination(
        officer,
        t.demoConferenceId,
        individualBody(schoolId, { name: '  le thi  TRUNG ten', birthYear: 1979 }),
      );
      assert.deepEqual(
        second.duplicateOf.map((d) => [d.id, d.number, d.conferenceId]),
        [[first.id, first.number, t.demoConferenceId]],
      );
      const firstNow = await loadNomination(school, first.id);
      assert.deepEqual(
        firstNow.duplicateOf.map((d) => d.id),
        [second.id],
      );
      const listed = (
        await officer.request('GET', `/api/conferences/${t.demoConferenceId}/nominations?q=trung ten`)
      ).json().nominations as Array<{ id: string; duplicateOf: Array<{ id: string }> }>;
      assert.deepEqual(
        listed.map((n) => [n.id, n.duplicateOf.map((d) => d.id)]).sort(),
        [
          [first.id, [second.id]],
          [second.id, [first.id]],
        ].sort(),
      );
    });

    test('another birth year or another unit is not a duplicate; editing one apart clears both flags', async () => {
      const base = { name: 'Hoàng Văn Khác Năm', birthYear: 1985 };
      const first = await addNomination(school, t.demoConferenceId, individualBody(schoolId, base));
      const otherYear = await addNomination(
        school,
        t.demoConferenceId,
        individualBody(schoolId, { ...base, birthYear: 1986 }),
      );
      const otherUnit = await addNomination(officer, t.demoConferenceId, individualBody(clinicId, base));
      assert.deepEqual([otherYear.duplicateOf, otherUnit.duplicateOf], [[], []]);
      const twin = await addNomination(school, t.demoConferenceId, individualBody(schoolId, base));
      assert.deepEqual(
        twin.duplicateOf.map((d) => d.id),
        [first.id],
      );
      const apart = await school.request(
        'PUT',
        `/api/nominations/${twin.id}`,
        editBody(twin, { birthYear: 1990 }),
      );
      assertStatus(apart, 200);
      assert.deepEqual(apart.json().duplicateOf, []);
      assert.deepEqual((await loadNomination(school, first.id)).duplicateOf, []);
    });
  });
}
