import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Conference } from '../../../core/conference/types.ts';
import { DEFAULT_SCORE_WEIGHTS } from '../../../core/delegation/score.ts';
import type { CompositionSettings } from '../../../core/delegation/types.ts';
import type { DelegationResponse } from '../../../shared/api/delegation.ts';
import { assertStatus, createConference, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import { auditActions } from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';
import { addGuest } from './guests.fixture.ts';

for (const engine of testEngines()) {
  describe(`composition rules (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    /** A new conference of Bạch Long Vĩ: no nominations, three guests, nothing saved. */
    let conference: Conference;
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      conference = await createConference(officer, (await unitByKey(t, UNIT_KEYS.bachLongVi)).id);
      for (let i = 0; i < 3; i++) await addGuest(officer, conference.id);
    });
    after(() => t.close());

    const url = () => `/api/conferences/${conference.id}/composition`;
    const load = async (): Promise<CompositionSettings> => {
      const res = await officer.request('GET', url());
      assertStatus(res, 200);
      return res.json() as CompositionSettings;
    };
    const storedRow = () =>
      t.handle.db
        .selectFrom('delegate_compositions')
        .selectAll()
        .where('conference_id', '=', conference.id)
        .executeTakeFirst();
    const messagesOf = (body: string) =>
      (JSON.parse(body).error.fields as Array<{ message: string }>).map((f) => f.message);
    const candidateIds = async () => {
      const res = await officer.request('GET', `/api/conferences/${conference.id}/delegates`);
      return (res.json() as DelegationResponse).candidates.map((c) => c.id);
    };

    test('before any save the plan’s defaults come with version 0; the first save makes version 1', async () => {
      const initial = await load();
      assert.equal(initial.version, 0);
      assert.equal(initial.seats, conference.maxDelegates, 'all seats of the plan');
      const exemplary = Math.round((conference.exemplaryShare / 100) * conference.maxDelegates);
      assert.deepEqual(initial.rules[0], {
        column: 'category',
        value: 'dien_hinh',
        min: exemplary,
        max: exemplary,
      });
      assert.deepEqual(initial.weights, DEFAULT_SCORE_WEIGHTS);
      const [first] = await candidateIds();
      const res = await officer.request('PUT', url(), {
        ...initial,
        seats: 120,
        rules: [{ column: 'gender', value: 'nu', minShare: 0.4 }],
        include: [first],
      });
      assertStatus(res, 200);
      assert.equal(res.json().version, 1);
      const saved = await load();
      assert.deepEqual(
        [saved.seats, saved.rules, saved.include, saved.version],
        [120, [{ column: 'gender', value: 'nu', minShare: 0.4 }], [first], 1],
      );
      assert.deepEqual(
        await auditActions(t, conference.id).then((a) => a.filter((x) => x.startsWith('delegate_'))),
        ['delegate_composition.updated'],
      );
    });

    test('a save from a stale version gets 409 and keeps the other user’s rules', async () => {
      const current = await load();
      assertStatus(await officer.request('PUT', url(), { ...current, seats: 100 }), 200);
      const stale = await officer.request('PUT', url(), { ...current, seats: 90 });
      assertStatus(stale, 409);
      assert.match(stale.json().error.message, /Cơ cấu đại biểu vừa được người khác thay đổi/);
      assert.equal((await load()).seats, 100);
    });

    test('more seats than the plan allows is refused, naming “Tổng số đại biểu”', async () => {
      const current = await load();
      const seats = conference.maxDelegates + 1;
      const res = await officer.request('PUT', url(), { ...current, seats, rules: [] });
      assertStatus(res, 400);
      assert.deepEqual(messagesOf(res.body), [
        `Tổng số đại biểu: không được lớn hơn số đại biểu tối đa của kế hoạch (${conference.maxDelegates})`,
      ]);
      assert.equal((await storedRow())?.version, current.version);
    });

    test('a rule whose minimum is above its maximum is refused, naming the rule in Vietnamese', async () => {
      const current = await load();
      const rules = [
        { column: 'direct_worker', value: '1', minShare: 0.3 },
        { column: 'gender', value: 'nu', min: 50, max: 40 },
        { column: 'category', value: 'dien_hinh', minShare: 0.8, max: 60 },
      ];
      const res = await officer.request('PUT', url(), { ...current, seats: 100, rules });
      assertStatus(res, 400);
      assert.deepEqual(messagesOf(res.body), [
        'Quy tắc 2 (Giới tính: Nữ): tối thiểu 50 người lớn hơn tối đa 40 người',
        'Quy tắc 3 (Thành phần: Điển hình tiên tiến): tối thiểu 80 người lớn hơn tối đa 60 người',
      ]);
      assert.deepEqual((await load()).rules, current.rules);
    });

    test('locked-in and left-out people must be candidates, and not both', async () => {
      const current = await load();
      const [a, b] = await candidateIds();
      const stranger = crypto.randomUUID();
      const res = await officer.request('PUT', url(), {
        ...current,
        include: [a, stranger],
        exclude: [a, b],
      });
      assertStatus(res, 400);
      const messages = messagesOf(res.body);
      assert.equal(messages.length, 2, messages.join('\n'));
      assert.equal(
        messages[0],
        'Chọn chắc chắn (mục 2): không có trong danh sách đại biểu dự kiến của hội nghị',
      );
      assert.match(messages[1], /^Loại ra \(mục 1\): .+ đang được chọn chắc chắn; hãy bỏ một trong hai$/);
    });

    test('more people locked in than seats is refused', async () => {
      const current = await load();
      const ids = (await candidateIds()).slice(0, 3);
      const res = await officer.request('PUT', url(), { ...current, seats: 2, rules: [], include: ids });
      assertStatus(res, 400);
      assert.deepEqual(messagesOf(res.body), ['Chọn chắc chắn: 3 người, nhiều hơn tổng số đại biểu (2)']);
    });

    test('new weights rescore the candidates: no points for awards leaves council, work and priorities', async () => {
      const demoUrl = `/api/conferences/${t.demoConferenceId}`;
      const current = (await officer.request('GET', `${demoUrl}/composition`)).json() as CompositionSettings;
      const zero = Object.fromEntries(Object.keys(current.weights.award).map((k) => [k, 0]));
      const weights = {
        ...current.weights,
        award: zero,
        directWorker: 0,
        priorityArea: 0,
        councilShare: 10,
        guest: 7,
      };
      assertStatus(await officer.request('PUT', `${demoUrl}/composition`, { ...current, weights }), 200);
      const { candidates } = (
        await officer.request('GET', `${demoUrl}/delegates`)
      ).json() as DelegationResponse;
      const nominees = candidates.filter((x) => x.source === 'nomination');
      assert.ok(nominees.length > 0);
      for (const c of nominees) assert.ok(c.score > 5 && c.score <= 10, `${c.name}: ${c.score}`);
      for (const c of candidates.filter((x) => x.source === 'guest'))
        assert.equal(c.score, c.category === 'khach_moi' ? 7 : current.weights.leader, c.name);
    });

    test('the leader reads the composition but a save gets 403; the nominating school gets 404', async () => {
      const current = await load();
      const leader = await t.as('lanhdao.blv');
      assertStatus(await leader.request('GET', url()), 200);
      const res = await leader.request('PUT', url(), { ...current, seats: 10 });
      assertStatus(res, 403);
      const school = await t.as('truonghoc.blv');
      assertStatus(await school.request('GET', url()), 404);
      assert.equal((await load()).seats, current.seats);
    });
  });
}
