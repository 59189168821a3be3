import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AWARD_FORM_CODES,
  DEFAULT_AWARD_FORMS,
  DEFAULT_BASE_SALARIES,
} from '../../../../core/awards/catalogue.ts';
import type { AwardFormRecord } from '../../../../shared/api/awards-catalogue.ts';
import { assertStatus } from '../../../testing/factories.ts';
import { auditActions } from '../../../testing/nomination-factories.ts';
import { createTestApp, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { testEngines } from '../../../testing/test-database.ts';
import { ensureAwardCatalogue, loadAwardCatalogue } from './catalogue.service.ts';

/** The edit body of a stored form: every field but the code, at its version. */
function editOf(form: AwardFormRecord, changes: Partial<AwardFormRecord> = {}) {
  const { code: _code, updatedAt: _updatedAt, ...rest } = { ...form, ...changes };
  return rest;
}

for (const engine of testEngines()) {
  describe(`commendation catalogue (${engine})`, () => {
    let t: TestApp;
    let admin: TestClient;
    let city: TestClient;
    let officer: TestClient;
    before(async () => {
      t = await createTestApp(engine);
      [admin, city, officer] = await Promise.all([t.as('admin'), t.as('thanhpho'), t.as('bachlongvi')]);
    });
    after(() => t.close());

    const forms = async (client = officer) => {
      const res = await client.request('GET', '/api/award-forms');
      assertStatus(res, 200);
      return res.json().forms as AwardFormRecord[];
    };
    const current = async (code: string) =>
      (await forms())
        .filter((f) => f.code === code)
        .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];

    test('a new installation holds every built-in form version with its stable code, and the base salary table', async () => {
      const stored = await forms();
      assert.deepEqual([...new Set(stored.map((f) => f.code))].sort(), [...AWARD_FORM_CODES].sort());
      for (const code of [
        'giay-khen',
        'lao-dong-tien-tien',
        'chien-si-thi-dua-co-so',
        'tap-the-lao-dong-tien-tien',
        'tap-the-lao-dong-xuat-sac',
        'bang-khen-thanh-pho',
        'chien-si-thi-dua-thanh-pho',
        'gia-dinh-van-hoa',
        'thon-to-dan-pho-van-hoa',
      ])
        assert.ok(
          stored.some((f) => f.code === code),
          code,
        );
      assert.equal(stored.length, DEFAULT_AWARD_FORMS.length);
      const giayKhen = await current('giay-khen');
      assert.deepEqual(
        [giayKhen.coefficientIndividual, giayKhen.conferredByCommune, giayKhen.verified, giayKhen.version],
        [0.3, true, false, 1],
      );
      const res = await officer.request('GET', '/api/base-salaries');
      assertStatus(res, 200);
      assert.deepEqual(res.json().salaries, DEFAULT_BASE_SALARIES);
    });

    test('the catalogue is readable by any signed-in user, and by no one else', async () => {
      assertStatus(await t.app.inject({ method: 'GET', url: '/api/award-forms' }), 401);
      assertStatus(await t.app.inject({ method: 'GET', url: '/api/base-salaries' }), 401);
      const school = await t.as('truonghoc.blv');
      assert.ok((await forms(school)).length > 0);
    });

    test('the city administrator edits a form; the change is audited and survives a restart of the seeding', async () => {
      const before = await current('giay-khen');
      const res = await city.request(
        'PUT',
        '/api/award-forms/giay-khen',
        editOf(before, { coefficientCollective: 0.5, verified: true }),
      );
      assertStatus(res, 200);
      assert.deepEqual(
        [res.json().coefficientCollective, res.json().verified, res.json().version],
        [0.5, true, 2],
      );
      assert.deepEqual(await auditActions(t, 'giay-khen'), ['award_form.updated']);
      await ensureAwardCatalogue(t.handle.db, t.ctx.now());
      const after = await current('giay-khen');
      assert.deepEqual([after.coefficientCollective, after.verified, after.version], [0.5, true, 2]);
      const { forms: loaded } = await loadAwardCatalogue(t.handle.db);
      assert.equal(loaded.filter((f) => f.code === 'giay-khen').length, 2, 'both versions stay');
    });

    test('an edit from a stale page is refused with 409 and overwrites nothing', async () => {
      const loaded = await current('lao-dong-tien-tien');
      assertStatus(
        await admin.request(
          'PUT',
          '/api/award-forms/lao-dong-tien-tien',
          editOf(loaded, { comesWith: 'Giấy chứng nhận' }),
        ),
        200,
      );
      const stale = await admin.request(
        'PUT',
        '/api/award-forms/lao-dong-tien-tien',
        editOf(loaded, { coefficientIndividual: 5 }),
      );
      assertStatus(stale, 409);
      assert.match(stale.json().error.message, /vừa được người khác thay đổi/);
      const now = await current('lao-dong-tien-tien');
      assert.deepEqual([now.coefficientIndividual, now.comesWith, now.version], [0.3, 'Giấy chứng nhận', 2]);
    });

    test('an older version is edited by its start date; overlapping another version is refused naming the field', async () => {
      const old = (await forms()).find(
        (f) => f.code === 'bang-khen-thanh-pho' && f.effectiveFrom === '2024-01-01',
      );
      assert.ok(old);
      const url = '/api/award-forms/bang-khen-thanh-pho?effectiveFrom=2024-01-01';
      const overlapping = await admin.request('PUT', url, editOf(old, { effectiveTo: '2025-12-31' }));
      assertStatus(overlapping, 400);
      assert.match(
        overlapping.json().error.message,
        /Hiệu lực từ ngày: trùng thời gian với bản từ 01\/07\/2025/,
      );
      const backwards = await admin.request('PUT', url, editOf(old, { effectiveTo: '2023-12-31' }));
      assertStatus(backwards, 400);
      assert.match(backwards.json().error.message, /Hiệu lực đến ngày: phải từ ngày 01\/01\/2024 trở đi/);
      const fixed = await admin.request(
        'PUT',
        url,
        editOf(old, { legalBasis: 'Nghị định 98/2023/NĐ-CP, Điều 54' }),
      );
      assertStatus(fixed, 200);
      assert.equal(fixed.json().effectiveFrom, '2024-01-01');
      const newest = await current('bang-khen-thanh-pho');
      assert.deepEqual(
        [newest.coefficientIndividual, newest.version],
        [1.5, 1],
        'the current version is untouched',
      );
    });

    test('a commune administrator and an officer may not change the city-wide catalogue', async () => {
      const loaded = await current('chien-si-thi-dua-co-so');
      for (const client of [officer, await t.as('cathai')]) {
        const res = await client.request(
          'PUT',
          '/api/award-forms/chien-si-thi-dua-co-so',
          editOf(loaded, { coefficientIndividual: 9 }),
        );
        assertStatus(res, 403);
        assert.match(res.json().error.message, /Chỉ quản trị thành phố/);
      }
      assert.equal((await current('chien-si-thi-dua-co-so')).coefficientIndividual, 1);
      const missing = await admin.request('PUT', '/api/award-forms/khong-co', editOf(loaded));
      assertStatus(missing, 404);
      const unknownRequirement = await admin.request(
        'PUT',
        '/api/award-forms/chien-si-thi-dua-co-so',
        editOf(loaded, { requiresSameYear: ['lao-dong-tien-tien', 'khong-co-ma-nay'] }),
      );
      assertStatus(unknownRequirement, 400);
      assert.match(
        unknownRequirement.json().error.message,
        /Điều kiện cùng năm \(mục 2\): mã "khong-co-ma-nay" không có/,
      );
    });

    test('the base salary table is replaced whole, sorted, audited; bad rows are named and nothing changes', async () => {
      const next = [
        { amount: 2_530_000, effectiveFrom: '2026-07-01', legalBasis: 'Dự kiến', verified: false },
        ...DEFAULT_BASE_SALARIES,
      ];
      const { version } = (await city.request('GET', '/api/base-salaries')).json();
      const bad = await city.request('PUT', '/api/base-salaries', {
        version,
        salaries: [
          ...next,
          { amount: 2_345_500, effectiveFrom: '2024-07-01', legalBasis: '', verified: false },
        ],
      });
      assertStatus(bad, 400);
      const messages = bad.json().error.fields.map((f: { message: string }) => f.message);
      assert.ok(
        messages.includes('Mức lương cơ sở (mục 5) › Hiệu lực từ ngày: ngày 01/07/2024 trùng với mục 4'),
        messages.join('\n'),
      );
      assert.ok(
        messages.includes('Mức lương cơ sở (mục 5) › Số tiền: phải là số đồng tròn nghìn'),
        messages.join('\n'),
      );
      const zero = await city.request('PUT', '/api/base-salaries', {
        salaries: [{ ...next[0], amount: 0 }],
        version,
      });
      assertStatus(zero, 400);
      assert.deepEqual(
        (await officer.request('GET', '/api/base-salaries')).json().salaries,
        DEFAULT_BASE_SALARIES,
      );

      assertStatus(await officer.request('PUT', '/api/base-salaries', { salaries: next, version }), 403);
      const res = await city.request('PUT', '/api/base-salaries', { salaries: next, version });
      assertStatus(res, 200);
      assert.deepEqual(
        res.json().salaries.map((s: { effectiveFrom: string }) => s.effectiveFrom),
        ['2019-07-01', '2023-07-01', '2024-07-01', '2026-07-01'],
      );
      assert.deepEqual(await auditActions(t, 'base_salaries'), ['base_salary.updated']);
      await ensureAwardCatalogue(t.handle.db, t.ctx.now());
      assert.equal(
        (await loadAwardCatalogue(t.handle.db)).salaries.length,
        4,
        'seeding leaves a saved table alone',
      );
    });

    test('two administrators replace the base salary table from the same version: the second gets 409 and the first stays', async () => {
      const [mine, theirs] = [
        (await city.request('GET', '/api/base-salaries')).json(),
        (await admin.request('GET', '/api/base-salaries')).json(),
      ];
      assert.equal(mine.version, theirs.version);
      const audited = (await auditActions(t, 'base_salaries')).length;
      const first = [
        ...mine.salaries,
        { amount: 2_800_000, effectiveFrom: '2027-07-01', legalBasis: 'Dự kiến 2027', verified: false },
      ];
      const ok = await city.request('PUT', '/api/base-salaries', { salaries: first, version: mine.version });
      assertStatus(ok, 200);
      assert.equal(ok.json().version, mine.version + 1);
      const stale = await admin.request('PUT', '/api/base-salaries', {
        salaries: [
          ...theirs.salaries,
          { amount: 2_900_000, effectiveFrom: '2028-01-01', legalBasis: 'Khác', verified: false },
        ],
        version: theirs.version,
      });
      assertStatus(stale, 409);
      assert.match(stale.json().error.message, /vừa được người khác thay đổi/);
      const stored = (await officer.request('GET', '/api/base-salaries')).json();
      assert.deepEqual(stored, { salaries: first, version: mine.version + 1 });
      assert.equal((await auditActions(t, 'base_salaries')).length, audited + 1);
    });
  });
}
