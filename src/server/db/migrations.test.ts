import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { ROLES } from '../../core/auth/roles.ts';
import { LEGAL_DOCUMENT_KINDS, LEGAL_ROLES } from '../../core/awards/legal-bases.ts';
import { AWARD_FORM_CATEGORIES, AWARD_FORM_LEVELS } from '../../core/awards/types.ts';
import { CONFERENCE_STATUSES, SESSION_PARTS } from '../../core/conference/types.ts';
import { GUEST_CATEGORIES } from '../../core/delegation/types.ts';
import { GENDERS, NOMINATION_KINDS, NOMINATION_STATES } from '../../core/nominations/types.ts';
import { REFERENCE_LIST_NAMES } from '../../core/reference/types.ts';
import { DECISION_STATES } from '../../shared/api/award-decisions.ts';
import { PROPOSAL_STATES } from '../../shared/api/award-proposals.ts';
import { AWARD_RECORD_SOURCES, AWARD_SUBJECT_KINDS } from '../../shared/api/award-records.ts';
import { UNIT_KINDS } from '../../shared/api/units.ts';
import { openTestDatabase, testEngines } from '../testing/test-database.ts';
import { type DatabaseHandle, migrate } from './database.ts';
import { migrationProvider } from './migrations/index.ts';
import { TABLES_IN_DEPENDENCY_ORDER } from './schema.ts';

/** The codes the application writes into each checked column, from the types and API schemas. */
const CODES_IN_THE_CODE: Record<string, readonly string[]> = {
  'units.kind': UNIT_KINDS,
  'user_roles.role': ROLES,
  'conferences.status': CONFERENCE_STATUSES,
  'conferences.session_part': SESSION_PARTS,
  'reference_items.list': REFERENCE_LIST_NAMES,
  'nominations.kind': NOMINATION_KINDS,
  'nominations.gender': GENDERS,
  'nominations.representative_gender': GENDERS,
  'nominations.state': NOMINATION_STATES,
  'delegate_guests.category': GUEST_CATEGORIES,
  'delegate_guests.gender': GENDERS,
  'award_forms.category': AWARD_FORM_CATEGORIES,
  'legal_documents.kind': LEGAL_DOCUMENT_KINDS,
  'legal_documents.role': LEGAL_ROLES,
  'award_forms.level': AWARD_FORM_LEVELS,
  'award_records.kind': AWARD_SUBJECT_KINDS,
  'award_records.gender': GENDERS,
  'award_records.source': AWARD_RECORD_SOURCES,
  'award_proposals.state': PROPOSAL_STATES,
  'award_decisions.state': DECISION_STATES,
};

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
        Object.keys(await migrationProvider.getMigrations()).sort(),
      );
      assert.deepEqual(
        applied.rows.slice(0, 6).map((m) => m.name),
        [
          '0001-foundation',
          '0002-nominations',
          '0003-delegation',
          '0004-award-catalogue',
          '0005-award-decisions',
          '0006-enum-checks',
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

    test('every enum column accepts exactly the codes of the code, no more and no fewer', async () => {
      const { rows } = await sql<{ table_name: string; def: string; name: string }>`
        select rel.relname as table_name, con.conname as name, pg_get_constraintdef(con.oid) as def
        from pg_constraint con join pg_class rel on rel.oid = con.conrelid
        join pg_namespace ns on ns.oid = rel.relnamespace
        where con.contype = 'c' and ns.nspname = 'public'`.execute(handle.db);
      const inDatabase: Record<string, string[]> = {};
      for (const r of rows) {
        const column = r.name.slice(r.table_name.length + 1, -'_check'.length);
        inDatabase[`${r.table_name}.${column}`] = [...r.def.matchAll(/'([^']*)'/g)]
          .map((m) => m[1] ?? '')
          .sort();
      }
      const inCode = Object.fromEntries(
        Object.entries(CODES_IN_THE_CODE).map(([key, values]) => [key, [...values].sort()]),
      );
      assert.deepEqual(inDatabase, inCode);
    });

    test('a checked column refuses a code the application does not know', async () => {
      await assert.rejects(
        sql`insert into reference_items (list, code, label, aliases, active, sort_order)
            values ('colour', 'red', 'Đỏ', '[]', true, 0)`.execute(handle.db),
        /reference_items_list_check/,
      );
      await assert.rejects(
        sql`insert into units (path, kind, type_label, name, full_name)
            values ('/x/', 'planet', 'Hành tinh', 'X', 'X')`.execute(handle.db),
        /units_kind_check/,
      );
    });

    test('the migration names the bad rows and adds no constraint while they remain', async () => {
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
      const down = await migrator.migrateTo('0005-award-decisions');
      assert.equal(down.error, undefined);
      await sql`insert into reference_items (list, code, label, aliases, active, sort_order)
          values ('colour', 'red', 'Đỏ', '[]', true, 0), ('colour', 'blue', 'Xanh', '[]', true, 1),
                 ('size', 'xl', 'Rất lớn', '[]', true, 2)`.execute(handle.db);
      await assert.rejects(migrate(handle.db), (error: Error) => {
        assert.match(error.message, /0006-enum-checks/);
        assert.match(error.message, /bảng reference_items, cột list: "colour" \(2 dòng\), "size" \(1 dòng\)/);
        assert.match(error.message, /giá trị cho phép: ethnic, field, sector, priority/);
        return true;
      });
      const checks = await sql<{ n: number }>`
        select count(*)::int as n from pg_constraint where conname = 'reference_items_list_check'`.execute(
        handle.db,
      );
      assert.equal(checks.rows[0]?.n, 0);

      await sql`delete from reference_items where list in ('colour', 'size')`.execute(handle.db);
      assert.equal((await migrate(handle.db))[0], '0006-enum-checks');
    });

    test('units of an older database get no office settings: each follows the default of its type', async () => {
      const migrator = new Migrator({ db: handle.db, provider: migrationProvider });
      assert.equal((await migrator.migrateTo('0006-enum-checks')).error, undefined);
      await sql`insert into units (path, kind, type_label, name, full_name, created_at, updated_at)
          values ('/old/', 'commune', 'xã', 'Cũ', 'Xã Cũ', now(), now())`.execute(handle.db);
      await migrate(handle.db);
      const { rows } = await sql<{ has_council: boolean | null; office_name: string | null }>`
        select has_council, office_name from units where path = '/old/'`.execute(handle.db);
      assert.deepEqual(rows, [{ has_council: null, office_name: null }]);
    });
  });
}
