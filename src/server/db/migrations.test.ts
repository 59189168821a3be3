import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase, testEngines } from '../testing/test-database.ts';
import { type DatabaseHandle, migrate } from './database.ts';
import { TABLES_IN_DEPENDENCY_ORDER } from './schema.ts';

for (const engine of testEngines()) {
  describe(`migrations (${engine})`, () => {
    let handle: DatabaseHandle;
    before(async () => {
      handle = await openTestDatabase(engine);
    });
    after(() => handle.close());

    const columns = async () =>
      (
        await sql<{ table_name: string; column_name: string; data_type: string }>`
          select table_name, column_name, data_type from information_schema.columns
          where table_schema = 'public' order by table_name, column_name`.execute(handle.db)
      ).rows;

    test('a new database gets every table of the schema', async () => {
      const tables = (
        await sql<{ table_name: string }>`
          select table_name from information_schema.tables where table_schema = 'public'`.execute(handle.db)
      ).rows.map((r) => r.table_name);
      for (const table of TABLES_IN_DEPENDENCY_ORDER)
        assert.ok(tables.includes(table), `missing table ${table}`);
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        handle.db,
      );
      assert.deepEqual(
        applied.rows.map((m) => m.name),
        [
          '0001-foundation',
          '0002-nominations',
          '0003-delegation',
          '0004-award-catalogue',
          '0005-award-decisions',
        ],
      );
    });

    test('running the migrations again applies nothing and changes no column', async () => {
      const before = await columns();
      assert.deepEqual(await migrate(handle.db), []);
      assert.deepEqual(await migrate(handle.db), []);
      assert.deepEqual(await columns(), before);
    });

    test('dates come back as "YYYY-MM-DD" strings and big integers as numbers', async () => {
      const row = (
        await sql<{
          d: unknown;
          n: unknown;
        }>`select date '2025-08-25' as d, 9007199254740::bigint as n`.execute(handle.db)
      ).rows[0];
      assert.deepEqual(row, { d: '2025-08-25', n: 9007199254740 });
    });
  });
}
