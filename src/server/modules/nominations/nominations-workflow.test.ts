import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import {
  act,
  actOk,
  addNomination,
  auditActions,
  COUNCIL_AGAINST,
  COUNCIL_FOR,
  collectiveBody,
  editBody,
  individualBody,
  loadNomination,
  nominationRow,
} from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

/** draft → submitted → accepted / returned → council decision → reopen, each step by its side, audited. */
for (const engine of testEngines()) {
  describe(`nomination workflow (${engine})`, () => {
    let t: TestApp;
    let school: TestClient;
    let officer: TestClient;
    let leader: TestClient;
    let schoolId: string;
    before(async () => {
      t = await createTestApp(engine);
      [school, officer, leader] = await Promise.all([
        t.as('truonghoc.blv'),
        t.as('bachlongvi'),
        t.as('lanhdao.blv'),
      ]);
      schoolId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
    });
    after(() => t.close());

    const draft = (overrides = {}) =>
      addNomination(school, t.demoConferenceId, individualBody(schoolId, overrides));
    const stateOf = async (id: string) => (await nominationRow(t, id))?.state;

    test('the school enters an individual and a collective as drafts, with every classification field', async () => {
      const person = await draft({
        fieldCode: 'giao-duc',
        sectorCode: 'nha-nuoc',
        ethnicCode: '02',
        directWorker: false,
        priorityAreas: ['sap-xep-bo-may'],
      });
      const team = await addNomination(school, t.demoConferenceId, collectiveBody(schoolId));
      assert.deepEqual(
        [person.kind, person.state, person.fieldCode, person.sectorCode, person.ethnicCode],
        ['individual', 'draft', 'giao-duc', 'nha-nuoc', '02'],
      );
      assert.deepEqual([person.directWorker, person.priorityAreas], [false, ['sap-xep-bo-may']]);
      assert.equal(person.nominatingUnitName, 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ');
      const loaded = await loadNomination(school, team.id);
      assert.deepEqual(
        [loaded.kind, loaded.gender, loaded.birthYear, loaded.memberCount, loaded.representativeName],
        ['collective', null, null, 9, 'Trần Thị Lan'],
      );
      assert.ok(person.number > 200 && team.number > person.number, 'numbered after the demo');
      assert.deepEqual(await auditActions(t, person.id), ['nomination.created']);
    });

    test('returned to the unit with a reason, fixed and resubmitted, accepted, decided, reopened, decided again', async () => {
      let n = await draft();
      n = await actOk(school, n, 'submit');
      assert.equal(n.state, 'submitted');
      assert.ok(n.submittedAt);
      n = await actOk(officer, n, 'return', { reason: 'Thành tích chưa có số liệu cụ thể.' });
      assert.deepEqual([n.state, n.returnReason], ['returned', 'Thành tích chưa có số liệu cụ thể.']);
      const fixed = await school.request(
        'PUT',
        `/api/nominations/${n.id}`,
        editBody(n, { achievements: 'Cứu 12 ngư dân năm 2023; 20 năm bám biển.' }),
      );
      assertStatus(fixed, 200);
      n = await actOk(school, fixed.json(), 'submit');
      assert.deepEqual([n.state, n.returnReason], ['submitted', '']);
      n = await actOk(officer, n, 'accept');
      assert.equal(n.state, 'accepted');
      n = await actOk(officer, n, 'council_approve', { council: COUNCIL_FOR });
      assert.deepEqual([n.state, n.council], ['council_approved', COUNCIL_FOR]);
      n = await actOk(officer, n, 'reopen');
      assert.deepEqual([n.state, n.council], ['accepted', null]);
      n = await actOk(officer, n, 'council_reject', { council: COUNCIL_AGAINST });
      assert.deepEqual([n.state, n.council], ['council_rejected', COUNCIL_AGAINST]);
      assert.deepEqual(await auditActions(t, n.id), [
        'nomination.created',
        'nomination.submit',
        'nomination.return',
        'nomination.updated',
        'nomination.submit',
        'nomination.accept',
        'nomination.council_approve',
        'nomination.reopen',
        'nomination.council_reject',
      ]);
      const entry = await t.handle.db
        .selectFrom('audit_log')
        .select(['username', 'before', 'after'])
        .where('entity_id', '=', n.id)
        .where('action', '=', 'nomination.return')
        .executeTakeFirstOrThrow();
      assert.equal(entry.username, 'bachlongvi');
      assert.deepEqual(
        [(entry.before as { state: string }).state, (entry.after as { state: string }).state],
        ['submitted', 'returned'],
      );
    });

    test('a return without a reason is refused and the nomination stays submitted', async () => {
      const n = await actOk(school, await draft(), 'submit');
      for (const reason of [undefined, '', '   ']) {
        const res = await act(officer, n, 'return', reason === undefined ? {} : { reason });
        assertStatus(res, [400, 409]);
        assert.match(res.json().error.message, /lý do trả lại/);
      }
      assert.equal(await stateOf(n.id), 'submitted');
    });

    test('the council vote must agree with the decision and be consistent', async () => {
      const accepted = await actOk(officer, await actOk(school, await draft(), 'submit'), 'accept');
      const refusals: Array<[Parameters<typeof act>[2], object, RegExp]> = [
        ['council_approve', {}, /Cần nhập kết quả biểu quyết/],
        ['council_approve', { council: COUNCIL_AGAINST }, /chưa đạt ngưỡng/],
        ['council_reject', { council: COUNCIL_FOR }, /đã đạt ngưỡng/],
        ['council_approve', { council: { ...COUNCIL_FOR, present: 12 } }, /không được lớn hơn tổng số/],
        ['council_approve', { council: { ...COUNCIL_FOR, meetingDate: '2025-08-16' } }, /Ngày họp Hội đồng/],
      ];
      for (const [action, extra, message] of refusals) {
        const res = await act(officer, accepted, action, extra);
        assertStatus(res, [400, 409]);
        assert.match(res.json().error.message, message);
      }
      assert.equal(await stateOf(accepted.id), 'accepted');
    });

    test('only the organising unit’s reviewers accept, return, decide and reopen: 403 for the school and the leader', async () => {
      const submitted = await actOk(school, await draft(), 'submit');
      const organiserActions = [
        ['accept', {}],
        ['return', { reason: 'Thiếu biên bản.' }],
      ] as const;
      for (const client of [school, leader]) {
        for (const [action, extra] of organiserActions)
          assertStatus(await act(client, submitted, action, extra), 403);
      }
      const accepted = await actOk(officer, submitted, 'accept');
      for (const client of [school, leader]) {
        assertStatus(await act(client, accepted, 'council_approve', { council: COUNCIL_FOR }), 403);
        assertStatus(await act(client, accepted, 'council_reject', { council: COUNCIL_AGAINST }), 403);
      }
      const decided = await actOk(officer, accepted, 'council_approve', { council: COUNCIL_FOR });
      for (const client of [school, leader]) assertStatus(await act(client, decided, 'reopen'), 403);
      assert.equal(await stateOf(decided.id), 'council_approved');
      assert.equal((await nominationRow(t, decided.id))?.version, decided.version);
    });

    test('the leader may neither submit, edit nor delete the school’s draft', async () => {
      const n = await draft();
      assertStatus(await act(leader, n, 'submit'), 403);
      assertStatus(await leader.request('PUT', `/api/nominations/${n.id}`, editBody(n)), 403);
      assertStatus(await leader.request('DELETE', `/api/nominations/${n.id}?version=${n.version}`), 403);
      assert.equal((await nominationRow(t, n.id))?.version, n.version);
    });

    test('an action from the wrong state is refused and changes nothing', async () => {
      const n = await draft();
      for (const action of ['accept', 'return', 'reopen'] as const)
        assertStatus(await act(officer, n, action, { reason: 'x' }), 409);
      const res = await act(officer, n, 'council_approve', { council: COUNCIL_FOR });
      assertStatus(res, 409);
      assert.match(res.json().error.message, /Chỉ đề cử ở trạng thái Đã tiếp nhận/);
      const submitted = await actOk(school, n, 'submit');
      assertStatus(await act(school, submitted, 'submit'), 409);
      assert.equal(await stateOf(n.id), 'submitted');
    });

    test('the school edits and deletes only in draft or returned', async () => {
      const submitted = await actOk(school, await draft(), 'submit');
      const edit = await school.request(
        'PUT',
        `/api/nominations/${submitted.id}`,
        editBody(submitted, { awards: 'Sửa sau khi gửi' }),
      );
      assertStatus(edit, 409);
      assert.match(edit.json().error.message, /Nháp hoặc Trả lại/);
      const del = await school.request(
        'DELETE',
        `/api/nominations/${submitted.id}?version=${submitted.version}`,
      );
      assertStatus(del, 409);
      assert.equal((await nominationRow(t, submitted.id))?.awards, submitted.awards);

      const returned = await actOk(officer, submitted, 'return', { reason: 'Đơn vị tự rút.' });
      const gone = await school.request(
        'DELETE',
        `/api/nominations/${returned.id}?version=${returned.version}`,
      );
      assertStatus(gone, 204);
      assert.equal(await nominationRow(t, returned.id), undefined);
      assertStatus(await school.request('GET', `/api/nominations/${returned.id}`), 404);
      assert.equal((await auditActions(t, returned.id)).at(-1), 'nomination.deleted');

      const fresh = await draft();
      assertStatus(
        await school.request('DELETE', `/api/nominations/${fresh.id}?version=${fresh.version}`),
        204,
      );
    });

    test('a stale version gets 409 on save, delete and every action, and changes nothing', async () => {
      const first: NominationRecord = await draft();
      const saved = await school.request(
        'PUT',
        `/api/nominations/${first.id}`,
        editBody(first, { awards: 'Bản của người thứ nhất' }),
      );
      assertStatus(saved, 200);
      const stale = await school.request(
        'PUT',
        `/api/nominations/${first.id}`,
        editBody(first, { awards: 'Bản của người thứ hai' }),
      );
      assertStatus(stale, 409);
      assert.equal(stale.json().error.code, 'CONFLICT');
      assertStatus(await act(school, first, 'submit'), 409);
      assertStatus(
        await school.request('DELETE', `/api/nominations/${first.id}?version=${first.version}`),
        409,
      );
      const row = await nominationRow(t, first.id);
      assert.deepEqual([row?.awards, row?.state, row?.version], ['Bản của người thứ nhất', 'draft', 2]);

      const submitted = await actOk(school, saved.json(), 'submit');
      const accepted = await actOk(officer, submitted, 'accept');
      const late = await act(officer, submitted, 'return', { reason: 'Quá muộn' });
      assertStatus(late, 409);
      assert.equal(late.json().error.code, 'CONFLICT');
      assert.equal(await stateOf(accepted.id), 'accepted');
    });
  });
}
