import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertStatus } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { testEngines } from '../../testing/test-database.ts';

/** POST /api/apportion: seats shared in proportion, explained; bad input answered in Vietnamese. */
for (const engine of testEngines()) {
  describe(`apportionment (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    const units = [
      { unit: 'Nghiệp đoàn nghề cá', weight: 100 },
      { unit: 'Đồn Biên phòng', weight: 80 },
      { unit: 'Trạm Y tế', weight: 30 },
    ];

    test('largest remainder: 7 seats for 100/80/30 are 3, 3 and 1, step by step', async () => {
      // Quotas 7 × 100/210 = 3,33; 7 × 80/210 = 2,67; 7 × 30/210 = 1: whole parts 3 + 2 + 1 = 6,
      // the seat left goes to the largest remainder (0,67 of the border post).
      const client = await t.as('cathai');
      const res = await client.request('POST', '/api/apportion', {
        seats: 7,
        method: 'hamilton',
        min: 0,
        units,
      });
      assertStatus(res, 200);
      const { seats, steps } = res.json() as {
        seats: Record<string, number>;
        steps: Array<{ text: string }>;
      };
      assert.deepEqual(seats, { 'Nghiệp đoàn nghề cá': 3, 'Đồn Biên phòng': 3, 'Trạm Y tế': 1 });
      assert.ok(steps.length >= 3);
      assert.ok(steps.every((s) => typeof s.text === 'string' && s.text !== ''));
      assert.ok(steps.some((s) => s.text.includes('Đồn Biên phòng')));
    });

    test('a minimum per unit is given first', async () => {
      const client = await t.as('bachlongvi');
      const res = await client.request('POST', '/api/apportion', {
        seats: 7,
        method: 'hamilton',
        min: 2,
        units,
      });
      assertStatus(res, 200);
      const { seats } = res.json() as { seats: Record<string, number> };
      assert.ok(Object.values(seats).every((n) => n >= 2));
      assert.equal(
        Object.values(seats).reduce((a, b) => a + b, 0),
        7,
      );
    });

    test('input that cannot be shared is a 400 that says why, in Vietnamese', async () => {
      const client = await t.as('cathai');
      const zero = units.map((u) => ({ ...u, weight: 0 }));
      const res = await client.request('POST', '/api/apportion', {
        seats: 7,
        method: 'hamilton',
        min: 0,
        units: zero,
      });
      assertStatus(res, 400);
      assert.match(res.json().error.message, /trọng số 0/);
      const tooMany = await client.request('POST', '/api/apportion', {
        seats: 5,
        method: 'sainte-lague',
        min: 2,
        units,
      });
      assertStatus(tooMany, 400);
      assert.match(tooMany.json().error.message, /cần 6 chỉ tiêu, nhưng chỉ có 5/);
      const noSeats = await client.request('POST', '/api/apportion', {
        seats: 0,
        method: 'hamilton',
        min: 0,
        units,
      });
      assertStatus(noSeats, 400);
      assert.match(noSeats.json().error.message, /Dữ liệu chưa hợp lệ/);
    });

    test('a body far beyond the bounds (10 000 units, 100 000 seats) is a 400 naming the fields', async () => {
      const client = await t.as('cathai');
      const huge = {
        seats: 100_000,
        method: 'sainte-lague',
        min: 0,
        units: Array.from({ length: 10_000 }, (_, i) => ({ unit: `Đơn vị số ${i + 1}`, weight: 1000 + i })),
      };
      const res = await client.request('POST', '/api/apportion', huge);
      assertStatus(res, 400);
      const { message } = res.json().error as { message: string };
      assert.match(message, /Đơn vị: tối đa 2\.000 đơn vị/);
      assert.match(message, /Tổng số đại biểu: tối đa 50\.000/);
      const longName = await client.request('POST', '/api/apportion', {
        seats: 3,
        method: 'hamilton',
        min: 0,
        units: [{ unit: 'A'.repeat(201), weight: 1 }],
      });
      assertStatus(longName, 400);
      assert.match(longName.json().error.message, /tối đa 200 ký tự/);
    });

    test('the largest allowed request is answered in full with a bounded explanation', async () => {
      const client = await t.as('cathai');
      const res = await client.request('POST', '/api/apportion', {
        seats: 50_000,
        method: 'sainte-lague',
        min: 1,
        units: Array.from({ length: 2000 }, (_, i) => ({
          unit: `Đơn vị số ${i + 1}`,
          weight: 1 + ((i * 7919) % 5000),
        })),
      });
      assertStatus(res, 200);
      const { seats, steps } = res.json() as {
        seats: Record<string, number>;
        steps: Array<{ kind: string }>;
      };
      assert.equal(
        Object.values(seats).reduce((a, b) => a + b, 0),
        50_000,
      );
      assert.ok(steps.some((s) => s.kind === 'omitted'));
      assert.ok(res.body.length < 1_500_000, `${res.body.length} bytes`);
    });

    test('only those who compose a delegation may use it: a leader or a nominator gets 403', async () => {
      for (const username of ['lanhdao.blv', 'truonghoc.blv']) {
        const client = await t.as(username);
        const res = await client.request('POST', '/api/apportion', {
          seats: 7,
          method: 'hamilton',
          min: 0,
          units,
        });
        assertStatus(res, 403);
        assert.match(res.json().error.message, /không có quyền phân bổ chỉ tiêu/);
      }
    });

    test('without signing in it is refused', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/apportion',
        payload: { seats: 7, method: 'hamilton', min: 0, units },
      });
      assertStatus(res, 401);
    });
  });
}
