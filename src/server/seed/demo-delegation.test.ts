import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultComposition } from '../../core/delegation/default-rules.ts';
import { DEFAULT_REFERENCE_LISTS } from '../../core/reference/defaults.ts';
import type { DelegateListView, DelegationResponse } from '../../shared/api/delegation.ts';
import { assertGuestValid, guestProblems } from '../modules/delegation/index.ts';
import { assertStatus } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { testEngines } from '../testing/test-database.ts';
import { loadDemo } from './demo.ts';
import { demoGuests } from './demo-delegation.ts';

describe('demoGuests', () => {
  const guests = demoGuests();
  test('about 50 guests and leaders, valid, every name once', () => {
    assert.equal(guests.length, 50);
    assert.equal(new Set(guests.map((g) => g.name)).size, 50);
    for (const g of guests)
      assertGuestValid(guestProblems(g, { lists: DEFAULT_REFERENCE_LISTS, units: [], today: '2025-08-15' }));
  });
  test('the leaders of the special zone, the city and the forces on the island are there', () => {
    const positions = guests.filter((g) => g.category === 'lanh_dao').map((g) => g.position);
    for (const expected of [
      /^Bí thư Đảng ủy đặc khu/,
      /^Chủ tịch Ủy ban nhân dân đặc khu/,
      /^Phó Chủ tịch Ủy ban nhân dân đặc khu/,
      /Ban Thi đua - Khen thưởng thành phố/,
      /Đồn Biên phòng/,
      /Ban Chỉ huy quân sự/,
      /Mặt trận Tổ quốc/,
      /Đoàn Thanh niên/,
      /Hội Liên hiệp Phụ nữ/,
      /Hội Nông dân/,
      /Hội Cựu chiến binh/,
    ])
      assert.ok(
        positions.some((p) => expected.test(p)),
        String(expected),
      );
    assert.ok(guests.some((g) => g.category === 'khach_moi' && /Thủy sản/.test(g.position)));
  });
});

for (const engine of testEngines()) {
  describe(`the demo delegation (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    const url = () => `/api/conferences/${t.demoConferenceId}/delegates`;

    test('list 1 has 150 delegates, approved by the organiser, meeting every default rule', async () => {
      const officer = await t.as('bachlongvi');
      const res = await officer.request('GET', `${url()}/lists/1`);
      assertStatus(res, 200);
      const list = res.json() as DelegateListView;
      assert.equal(list.delegates.length, 150);
      assert.equal(list.approvedByName, 'Phạm Thị Thu Hà');
      const conference = (await officer.request('GET', `/api/conferences/${t.demoConferenceId}`)).json();
      assert.deepEqual(list.rules, defaultComposition(conference).rules);
      assert.ok(list.evaluation.length >= 7);
      for (const q of list.evaluation) assert.ok(q.met, `${q.label}: ${q.count}`);
      const count = (category: string) => list.delegates.filter((d) => d.category === category).length;
      assert.equal(count('dien_hinh'), 105);
      assert.equal(count('khach_moi') + count('lanh_dao'), 45);
      assert.ok(list.delegates.filter((d) => d.gender === 'nu').length >= 45);
    });

    test('the leaders are locked in, and the current list is list 1', async () => {
      const officer = await t.as('bachlongvi');
      const delegation = (await officer.request('GET', url())).json() as DelegationResponse;
      const leaders = delegation.candidates.filter((c) => c.category === 'lanh_dao').map((c) => c.id);
      assert.equal(leaders.length, 18);
      assert.deepEqual(new Set(delegation.composition.include), new Set(leaders));
      assert.equal(delegation.current?.number, 1);
      for (const id of leaders) assert.ok(delegation.current?.selected.includes(id));
      assert.equal(delegation.candidates.filter((c) => c.source === 'nomination').length, 130);
    });

    test('loading the demo again changes nothing', async () => {
      const counts = async () => ({
        guests: (await t.handle.db.selectFrom('delegate_guests').select('id').execute()).length,
        lists: (await t.handle.db.selectFrom('delegate_lists').select('number').execute()).length,
        compositions: (await t.handle.db.selectFrom('delegate_compositions').select('version').execute()).map(
          (r) => r.version,
        ),
      });
      const before = await counts();
      assert.deepEqual(before, { guests: 50, lists: 1, compositions: [1] });
      await loadDemo(t.ctx);
      assert.deepEqual(await counts(), before);
    });
  });
}
