import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AwardStatisticsResponse } from '../../../../shared/api/award-records.ts';
import { readSheets } from '../../../render/xlsx.ts';
import { assertStatus, UNIT_KEYS, unitByKey } from '../../../testing/factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { testEngines } from '../../../testing/test-database.ts';
import { addRecord, recordBody } from './award-records.fixture.ts';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

for (const engine of testEngines()) {
  describe(`award statistics (${engine})`, () => {
    let t: TestApp;
    let officer: TestClient;
    let blv: { id: string; path: string };
    before(async () => {
      t = await createTestApp(engine);
      officer = await t.as('bachlongvi');
      blv = await unitByKey(t, UNIT_KEYS.bachLongVi);
    });
    after(() => t.close());

    const statistics = async (client: TestClient, unitId = blv.id, query = 'from=2020&to=2025') => {
      const res = await client.request('GET', `/api/units/${unitId}/award-statistics?${query}`);
      assertStatus(res, 200);
      return res.json() as AwardStatisticsResponse;
    };
    /** The stored records of Bạch Long Vĩ's subtree, 2020–2025, straight from the table. */
    const records = () =>
      t.handle.db
        .selectFrom('award_records as r')
        .innerJoin('units as u', 'u.id', 'r.owner_unit_id')
        .select([
          'r.form_code',
          'r.year',
          'r.kind',
          'r.amount',
          'r.direct_worker',
          'r.gender',
          'r.ethnic_code',
        ])
        .where('u.path', 'like', `${blv.path}%`)
        .where('r.year', '>=', 2020)
        .where('r.year', '<=', 2025)
        .execute();

    test('Biểu 1 counts and sums exactly the stored records, per form, year and kind', async () => {
      const stored = await records();
      assert.ok(stored.length >= 300, `the demo has a few years of history (${stored.length})`);
      const s = await statistics(officer);
      assert.deepEqual(s.years, YEARS);
      const cells = s.byForm.levels.flatMap((g) => g.rows);
      const expected = new Map<string, { count: number; amount: number }>();
      for (const r of stored) {
        const key = `${r.form_code}|${r.year}|${r.kind}`;
        const e = expected.get(key) ?? { count: 0, amount: 0 };
        expected.set(key, { count: e.count + 1, amount: e.amount + Number(r.amount ?? 0) });
      }
      for (const row of cells)
        s.years.forEach((year, i) => {
          for (const kind of ['individual', 'collective'] as const)
            assert.deepEqual(
              row.years[i][kind],
              expected.get(`${row.formCode}|${year}|${kind}`) ?? { count: 0, amount: 0 },
              `${row.formCode} ${year} ${kind}`,
            );
        });
      assert.equal(s.byForm.total.total.all.count, stored.length);
      assert.equal(
        s.byForm.total.total.all.amount,
        stored.reduce((a, r) => a + Number(r.amount ?? 0), 0),
      );
      const levelSum = s.byForm.levels.reduce((a, g) => a + g.total.all.count, 0);
      assert.equal(levelSum, stored.length);
    });

    test('Biểu 2 counts individuals, direct workers, women and ethnic minorities of the stored records', async () => {
      const people = (await records()).filter((r) => r.kind === 'individual');
      const s = await statistics(officer);
      assert.equal(s.shares.total.individuals, people.length);
      assert.equal(s.shares.total.directWorkers.count, people.filter((r) => r.direct_worker).length);
      assert.equal(s.shares.total.women.count, people.filter((r) => r.gender === 'nu').length);
      assert.equal(
        s.shares.total.ethnicMinorities.count,
        people.filter((r) => r.ethnic_code !== null && r.ethnic_code !== '01' && r.ethnic_code !== '55')
          .length,
      );
      const share = Math.round((s.shares.total.directWorkers.count / people.length) * 1000) / 10;
      assert.equal(s.shares.total.directWorkers.share, share);
    });

    test('one more record moves exactly its cell; other years and units are left out', async () => {
      const before = await statistics(officer);
      await addRecord(
        officer,
        recordBody(blv.id, {
          formCode: 'chien-si-thi-dua-co-so',
          year: 2021,
          decisionDate: '2021-12-20',
          amount: 1490000,
          gender: 'nu',
          directWorker: true,
        }),
      );
      await addRecord(officer, recordBody(blv.id, { year: 2019, decisionDate: '2019-12-20' }));
      const after = await statistics(officer);
      const cell = (s: AwardStatisticsResponse) =>
        s.byForm.levels.flatMap((g) => g.rows).find((r) => r.formCode === 'chien-si-thi-dua-co-so')?.years[1]
          .individual;
      assert.deepEqual(cell(after), {
        count: (cell(before)?.count ?? 0) + 1,
        amount: (cell(before)?.amount ?? 0) + 1490000,
      });
      assert.equal(after.byForm.total.total.all.count, before.byForm.total.total.all.count + 1);
      assert.equal(after.shares.total.women.count, before.shares.total.women.count + 1);
      const single = await statistics(officer, blv.id, 'from=2021&to=2021');
      assert.deepEqual(single.years, [2021]);
      assert.equal(single.byForm.total.total.all.count, after.byForm.total.years[1].all.count);
    });

    test('the workbook holds Biểu 1 and Biểu 2 with titles, and its numbers are those of the statistics', async () => {
      const s = await statistics(officer);
      const res = await officer.request(
        'GET',
        `/api/units/${blv.id}/award-statistics.xlsx?from=2020&to=2025`,
      );
      assertStatus(res, 200);
      assert.match(String(res.headers['content-disposition']), /thong-ke-khen-thuong-2020-2025\.xlsx/);
      const [form, shares] = await readSheets(res.rawPayload);
      assert.deepEqual([form.name, shares.name], ['Biểu 1', 'Biểu 2']);
      assert.match(
        form.rows[0][0],
        /^BIỂU 1\. KẾT QUẢ KHEN THƯỞNG THEO HÌNH THỨC VÀ CẤP KHEN GIAI ĐOẠN 2020 - 2025$/,
      );
      assert.equal(form.rows[1][0], 'Đặc khu Bạch Long Vĩ');
      assert.equal(form.rows[2][2], 'Năm 2020: Tập thể (lượt)');
      const line = (name: string) => form.rows.find((r) => r[1] === name) ?? [];
      const ldtt = s.byForm.levels.flatMap((g) => g.rows).find((r) => r.formCode === 'lao-dong-tien-tien');
      assert.ok(ldtt);
      const y2023 = 3 * YEARS.indexOf(2023) + 2;
      assert.deepEqual(line('Lao động tiên tiến').slice(y2023, y2023 + 3), [
        String(ldtt.years[3].collective.count),
        String(ldtt.years[3].individual.count),
        String(ldtt.years[3].all.amount),
      ]);
      const total = line('Tổng cộng');
      assert.deepEqual(total.slice(-2), [
        String(s.byForm.total.total.all.count),
        String(s.byForm.total.total.all.amount),
      ]);
      assert.deepEqual(
        form.rows
          .slice(3)
          .map((r) => r[0])
          .filter((c) => /^[IVX]+$/.test(c)),
        ['I', 'II', 'III'],
      );
      const sharesTotal = shares.rows.find((r) => r[1] === 'Tổng cộng') ?? [];
      assert.deepEqual(sharesTotal.slice(2, 5), [
        String(s.shares.total.individuals),
        String(s.shares.total.directWorkers.count),
        String(s.shares.total.directWorkers.share),
      ]);
    });

    test('Cát Hải gets nothing of Bạch Long Vĩ; the city sees it inside its total; a reversed range is named', async () => {
      const catHai = await t.as('cathai');
      for (const url of [
        `/api/units/${blv.id}/award-statistics`,
        `/api/units/${blv.id}/award-statistics.xlsx`,
      ]) {
        const res = await catHai.request('GET', url);
        assertStatus(res, 404);
        assert.doesNotMatch(res.body, /Bạch Long Vĩ/);
      }
      const catHaiUnit = await unitByKey(t, UNIT_KEYS.catHai);
      assert.equal((await statistics(catHai, catHaiUnit.id)).byForm.total.total.all.count, 0);
      const city = await unitByKey(t, UNIT_KEYS.city);
      const whole = await statistics(await t.as('thanhpho'), city.id);
      assert.ok(whole.byForm.total.total.all.count >= (await records()).length);
      const reversed = await officer.request(
        'GET',
        `/api/units/${blv.id}/award-statistics?from=2025&to=2020`,
      );
      assertStatus(reversed, 400);
      assert.match(reversed.json().error.message, /Đến năm: phải từ năm bắt đầu trở đi/);
    });
  });
}
