import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { subjectKey } from '../../../../core/awards/subject.ts';
import type { AwardRecordView } from '../../../../shared/api/award-records.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../../testing/factories.ts';
import { auditActions } from '../../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { testEngines } from '../../../testing/test-database.ts';
import { addRecord, recordBody, recordEdit } from './award-records.fixture.ts';
import { insertDecisionRecords } from './award-records.service.ts';

for (const engine of testEngines()) {
  describe(`award history records (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let catHai: TestClient;
    let blvId: string;
    let schoolId: string;
    let catHaiId: string;
    before(async () => {
      t = await createTestApp(engine);
      [officer, catHai] = await Promise.all([t.as('bachlongvi'), t.as('cathai')]);
      blvId = (await unitByKey(t, UNIT_KEYS.bachLongVi)).id;
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
      catHaiId = (await unitByKey(t, UNIT_KEYS.catHai)).id;
    });
    after(() => t.close());

    const list = async (client: TestClient, query: string) => {
      const res = await client.request('GET', `/api/award-records?${query}`);
      assertStatus(res, 200);
      return res.json() as { records: AwardRecordView[]; total: number };
    };
    const row = (id: string) =>
      t.handle.db.selectFrom('award_records').selectAll().where('id', '=', id).executeTakeFirst();
    const problems = async (overrides: Parameters<typeof recordBody>[1]) => {
      const res = await officer.request('POST', '/api/award-records', recordBody(blvId, overrides));
      assertStatus(res, 400);
      return res.json().error.fields.map((f: { message: string }) => f.message) as string[];
    };

    test('an officer records an award of a school teacher; it is listed, found without diacritics and audited', async () => {
      const added = await addRecord(officer, recordBody(blvId, { name: 'Đoàn Thị Hường', unitId: schoolId }));
      assert.equal(added.unitName, 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ');
      assert.equal(
        added.subjectKey,
        subjectKey({ kind: 'individual', name: 'doan thi huong', birthYear: 1985, unitId: schoolId }),
      );
      assert.deepEqual(
        [added.source, added.formName, added.ownerUnitId, added.version],
        ['manual', 'Lao động tiên tiến', blvId, 1],
      );
      const found = await list(
        officer,
        'q=doan thi huong&year=2023&formCode=lao-dong-tien-tien&kind=individual',
      );
      assert.deepEqual(
        found.records.map((r) => r.id),
        [added.id],
      );
      const key = encodeURIComponent(added.subjectKey);
      assert.equal((await list(officer, `subjectKey=${key}&year=2022`)).total, 0, 'another year finds none');
      assert.equal((await list(officer, `subjectKey=${encodeURIComponent(added.subjectKey)}`)).total, 1);
      assert.deepEqual(await auditActions(t, added.id), ['award_record.created']);
    });

    test('an edit needs the version loaded; a stale one is refused with 409; delete removes it; both audited', async () => {
      const added = await addRecord(officer, recordBody(blvId));
      const url = `/api/award-records/${added.id}`;
      const edited = await officer.request(
        'PUT',
        url,
        recordEdit(added, { amount: 710000, year: 2024, decisionDate: '2024-12-20' }),
      );
      assertStatus(edited, 200);
      assert.deepEqual([edited.json().amount, edited.json().year, edited.json().version], [710000, 2024, 2]);
      const stale = await officer.request('PUT', url, recordEdit(added, { amount: 1 }));
      assertStatus(stale, 409);
      assert.equal((await row(added.id))?.amount, 710000);
      assertStatus(await officer.request('DELETE', `${url}?version=1`), 409);
      assertStatus(await officer.request('DELETE', `${url}?version=2`), 204);
      assert.equal(await row(added.id), undefined);
      assert.deepEqual(await auditActions(t, added.id), [
        'award_record.created',
        'award_record.updated',
        'award_record.deleted',
      ]);
    });

    test('each broken rule is named by its field', async () => {
      assert.deepEqual(await problems({ kind: 'collective', name: 'Tổ Toán' }), [
        'Hình thức khen thưởng: “Lao động tiên tiến” không dành cho tập thể',
      ]);
      assert.deepEqual(await problems({ formCode: 'khong-co' }), [
        'Hình thức khen thưởng: mã "khong-co" không có trong danh mục danh hiệu, hình thức khen thưởng',
      ]);
      assert.deepEqual(await problems({ year: 2026, decisionDate: null }), [
        'Năm được khen: không được sau năm 2025',
      ]);
      assert.deepEqual(await problems({ decisionDate: '2022-05-01' }), [
        'Ngày quyết định: 01/05/2022 trước năm được khen (2023)',
      ]);
      assert.deepEqual(await problems({ decisionDate: '2025-09-01', year: 2025 }), [
        'Ngày quyết định: không được sau ngày hôm nay',
      ]);
      assert.deepEqual(await problems({ unitId: catHaiId }), [
        'Đơn vị: phải là một đơn vị thuộc Đặc khu Bạch Long Vĩ',
      ]);
      assert.deepEqual(await problems({ ethnicCode: '99' }), [
        'Dân tộc: mã "99" không có trong danh mục dân tộc',
      ]);
      assert.deepEqual(await problems({ position: 'x'.repeat(501) }), [
        'Chức vụ, đơn vị công tác: không được dài quá 500 ký tự',
      ]);
    });

    test('a collective keeps no personal fields; the same award twice is refused', async () => {
      const team = await addRecord(
        officer,
        recordBody(blvId, {
          kind: 'collective',
          name: 'Tổ Khoa học tự nhiên',
          formCode: 'tap-the-lao-dong-tien-tien',
          unitId: schoolId,
        }),
      );
      assert.deepEqual([team.gender, team.birthYear, team.ethnicCode], [null, null, null]);
      const again = await officer.request(
        'POST',
        '/api/award-records',
        recordBody(blvId, {
          kind: 'collective',
          name: 'tổ khoa học  tự nhiên',
          formCode: 'tap-the-lao-dong-tien-tien',
          unitId: schoolId,
          decisionNumber: '215/qđ-ubnd',
        }),
      );
      assertStatus(again, 409);
      assert.match(again.json().error.message, /đã có trong lịch sử: Tổ Khoa học tự nhiên, năm 2023/);
    });

    test('Cát Hải neither sees nor changes Bạch Long Vĩ’s history, and Bạch Long Vĩ does not see Cát Hải’s', async () => {
      const blvRecord = await addRecord(officer, recordBody(blvId, { name: 'Phạm Văn Riêng' }));
      const catHaiRecord = await addRecord(
        catHai,
        recordBody(catHaiId, { name: 'Vũ Thị Cát', issuer: 'Chủ tịch UBND huyện Cát Hải' }),
      );
      const theirs = await list(catHai, 'limit=2000');
      assert.ok(theirs.records.length > 0 && theirs.records.every((r) => r.ownerUnitId === catHaiId));
      assert.doesNotMatch(JSON.stringify(theirs), /Bạch Long Vĩ|Phạm Văn Riêng/);
      assert.ok(!(await list(officer, 'limit=2000')).records.some((r) => r.id === catHaiRecord.id));
      const before = await row(blvRecord.id);
      const attempts = [
        catHai.request('GET', `/api/award-records?unitId=${blvId}`),
        catHai.request('POST', '/api/award-records', recordBody(blvId)),
        catHai.request('PUT', `/api/award-records/${blvRecord.id}`, recordEdit(blvRecord, { amount: 1 })),
        catHai.request('DELETE', `/api/award-records/${blvRecord.id}?version=1`),
      ];
      for (const res of await Promise.all(attempts)) {
        assertStatus(res, 404);
        assert.doesNotMatch(res.body, /Bạch Long Vĩ|Phạm Văn Riêng/);
      }
      assert.deepEqual(await row(blvRecord.id), before);
    });

    test('the leader reads but may not write; the school nominator reads nothing', async () => {
      const leader = await t.as('lanhdao.blv');
      assert.ok((await list(leader, `unitId=${blvId}`)).total > 0);
      const res = await leader.request('POST', '/api/award-records', recordBody(blvId));
      assertStatus(res, 403);
      assert.match(res.json().error.message, /không có quyền/);
      const school = await t.as('truonghoc.blv');
      assertStatus(await school.request('GET', '/api/award-records'), 403);
      assertStatus(await school.request('GET', `/api/award-records?unitId=${blvId}`), 404);
      assertStatus(await school.request('POST', '/api/award-records', recordBody(blvId)), 404);
    });

    test('a record written by a decision cannot be edited or deleted by hand; the message asks for a new decision', async () => {
      const [id] = await insertDecisionRecords(t.handle.db, [
        {
          ...recordBody(blvId, {
            name: 'Hoàng Văn Quyết',
            formCode: 'giay-khen',
            year: 2025,
            decisionDate: '2025-08-14',
            amount: 710000,
          }),
          gender: 'nam',
          subjectKey: subjectKey({
            kind: 'individual',
            name: 'Hoàng Văn Quyết',
            birthYear: 1985,
            unitId: null,
          }),
          decisionNumber: '125/QĐ-UBND',
          decisionId: '00000000-0000-4000-8000-000000000125',
          nominationId: null,
          createdAt: t.ctx.now().toISOString(),
        },
      ]);
      const [stored] = (await list(officer, 'q=hoang van quyet')).records;
      assert.deepEqual([stored.id, stored.source, stored.decisionNumber], [id, 'decision', '125/QĐ-UBND']);
      const before = await row(id);
      for (const res of [
        await officer.request('PUT', `/api/award-records/${id}`, recordEdit(stored, { amount: 0 })),
        await officer.request('DELETE', `/api/award-records/${id}?version=1`),
      ]) {
        assertStatus(res, 409);
        assert.match(
          res.json().error.message,
          /Quyết định số 125\/QĐ-UBND ngày 14\/08\/2025.*ban hành quyết định mới/,
        );
      }
      assert.deepEqual(await row(id), before);
    });

    test('a nomination shows its nominee’s past awards, matched by name, birth year and unit', async () => {
      const nomination = await t.handle.db
        .selectFrom('nominations')
        .selectAll()
        .where('conference_id', '=', t.demoConferenceId)
        .where('kind', '=', 'individual')
        .where('nominating_unit_id', '=', schoolId)
        .orderBy('number')
        .executeTakeFirstOrThrow();
      const same = await addRecord(
        officer,
        recordBody(blvId, {
          name: nomination.name.toUpperCase(),
          birthYear: nomination.birth_year,
          unitId: schoolId,
          year: 2021,
          decisionNumber: '9/QĐ-UBND',
          decisionDate: '2021-12-01',
        }),
      );
      const namesake = await addRecord(
        officer,
        recordBody(blvId, {
          name: nomination.name,
          birthYear: (nomination.birth_year ?? 1980) - 1,
          unitId: schoolId,
        }),
      );
      const res = await officer.request('GET', `/api/nominations/${nomination.id}/award-history`);
      assertStatus(res, 200);
      const { subjectKey: key, records } = res.json() as { subjectKey: string; records: AwardRecordView[] };
      assert.ok(records.some((r) => r.id === same.id));
      assert.ok(!records.some((r) => r.id === namesake.id));
      assert.ok(records.every((r) => r.subjectKey === key));
      assert.deepEqual(
        records.map((r) => r.year),
        [...records.map((r) => r.year)].sort((a, b) => b - a),
        'newest first',
      );
      assertStatus(await catHai.request('GET', `/api/nominations/${nomination.id}/award-history`), 404);
    });
  });
}
