import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { openTestDatabase, testEngines } from '../testing/test-database.ts';
import { type DatabaseHandle, migrate } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

const BEFORE = '0006-enum-checks';
const THIS = '0007-award-money';

for (const engine of testEngines()) {
  describe(`upgrading a database to the award money by conferring level (${engine})`, () => {
    let handle: DatabaseHandle;
    let unitId: string;
    before(async () => {
      handle = await openTestDatabase(engine);
      const unit = await sql<{ id: string }>`
        insert into units (key, path, kind, type_label, name, full_name)
        values ('hp-test', '/x/', 'commune', 'đặc khu', 'Bạch Long Vĩ', 'Đặc khu Bạch Long Vĩ') returning id`.execute(
        handle.db,
      );
      unitId = unit.rows[0]?.id as string;
    });
    after(() => handle.close());

    /** Back to the database as it was before: the old Giấy khen rows, saved at `version`. */
    async function oldDatabase(version: number): Promise<void> {
      const down = await new Migrator({ db: handle.db, provider: migrationProvider }).migrateTo(BEFORE);
      assert.equal(down.error, undefined);
      await sql`delete from award_forms`.execute(handle.db);
      await sql`delete from award_records`.execute(handle.db);
      await sql`delete from audit_log`.execute(handle.db);
      for (const [from, to, v] of [
        ['2024-01-01', '2025-06-30', version],
        ['2025-07-01', null, 1],
      ] as const) {
        await sql`
          insert into award_forms (code, name, category, level, recipients, authority, conferred_by_commune,
            coefficient_individual, coefficient_collective, comes_with, legal_basis, effective_from, effective_to,
            verified, requires_same_year, threshold, sort_order, version, updated_at)
          values ('giay-khen', 'Giấy khen', 'form', 'co_so', '["individual","collective"]', 'Chủ tịch UBND cấp xã',
            true, 0.3, 0.6, 'Giấy khen, khung', 'Nghị định 98/2023/NĐ-CP', ${from}, ${to}, false, '[]',
            '{"share":0.5,"strict":true,"base":"members"}', 240, ${v}, now())`.execute(handle.db);
      }
      const record = (issuer: string, date: string, source: string) => sql`
        insert into award_records (owner_unit_id, kind, name, subject_key, form_code, year, decision_date,
          issuer, amount, source, created_at, updated_at)
        values (${unitId}, 'individual', ${issuer}, ${`k-${issuer}-${date}-${source}`}, 'giay-khen',
          ${Number(date.slice(0, 4))}, ${date}, ${issuer}, 710000, ${source}, now(), now())`;
      await record('Chủ tịch UBND huyện Bạch Long Vĩ', '2023-12-15', 'import').execute(handle.db);
      await record('Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Bạch Long Vĩ', '2024-12-20', 'manual').execute(
        handle.db,
      );
      await record('Chủ tịch UBND xã Lê Lợi', '2024-12-20', 'import').execute(handle.db);
      await record('Chủ tịch UBND huyện Bạch Long Vĩ', '2025-07-20', 'import').execute(handle.db);
      await record('Chủ tịch UBND huyện Bạch Long Vĩ', '2024-05-02', 'decision').execute(handle.db);
    }

    const forms = async () =>
      (
        await sql<{ code: string; effective_from: string; ci: number; cc: number; version: number }>`
          select code, effective_from::text as effective_from, coefficient_individual as ci,
            coefficient_collective as cc, version
          from award_forms order by code, effective_from`.execute(handle.db)
      ).rows.map((r) => [r.code, r.effective_from, r.ci, r.cc, r.version]);

    test('an untouched catalogue gets 0,15/0,3 before 1/7/2025 and the district Giấy khen; district records move', async () => {
      await oldDatabase(1);
      assert.equal((await migrate(handle.db))[0], THIS);
      assert.deepEqual(await forms(), [
        ['giay-khen', '2024-01-01', 0.15, 0.3, 2],
        ['giay-khen', '2025-07-01', 0.3, 0.6, 1],
        ['giay-khen-huyen', '2024-01-01', 0.3, 0.6, 1],
      ]);
      const records = await sql<{ issuer: string; decision_date: string; source: string; form_code: string }>`
        select issuer, decision_date::text as decision_date, source, form_code from award_records
        order by decision_date, issuer`.execute(handle.db);
      assert.deepEqual(
        records.rows.map((r) => [r.decision_date, r.source, r.form_code]),
        [
          ['2023-12-15', 'import', 'giay-khen-huyen'],
          ['2024-05-02', 'decision', 'giay-khen'],
          ['2024-12-20', 'manual', 'giay-khen-huyen'],
          ['2024-12-20', 'import', 'giay-khen'],
          ['2025-07-20', 'import', 'giay-khen'],
        ],
      );
      const audit = await sql<{ action: string; after: { count: number; to: string } }>`
        select action, after from audit_log`.execute(handle.db);
      assert.deepEqual(
        audit.rows.map((r) => [r.action, r.after.count, r.after.to]),
        [['award_record.form_recoded', 2, 'giay-khen-huyen']],
      );
      const column = await sql<{ n: number }>`
        select count(*)::int as n from information_schema.columns
        where table_name = 'award_decisions' and column_name = 'unverified_confirmation'`.execute(handle.db);
      assert.equal(column.rows[0]?.n, 1);
    });

    test('a version an administrator saved keeps its values; the district Giấy khen is still added', async () => {
      await oldDatabase(3);
      assert.equal((await migrate(handle.db))[0], THIS);
      assert.deepEqual(await forms(), [
        ['giay-khen', '2024-01-01', 0.3, 0.6, 3],
        ['giay-khen', '2025-07-01', 0.3, 0.6, 1],
        ['giay-khen-huyen', '2024-01-01', 0.3, 0.6, 1],
      ]);
    });

    test('a database whose catalogue is not installed yet gets no rows (the start installs the catalogue)', async () => {
      await oldDatabase(1);
      await sql`delete from award_forms`.execute(handle.db);
      assert.equal((await migrate(handle.db))[0], THIS);
      assert.deepEqual(await forms(), []);
    });
  });
}
