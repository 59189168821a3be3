import { type Kysely, sql } from 'kysely';

/**
 * CHECK constraints on every column that holds one of a fixed set of codes (kinds, states, roles,
 * genders, categories). The values are written out here, not imported, because a migration must keep
 * doing what it did when it was released; `migrations.test.ts` checks they still match the code.
 *
 * Rows with other values would make adding a constraint fail with a bare "violates check constraint";
 * so the migration first looks for them and, when there are any, stops with a list naming the table,
 * the column and each bad value, and changes nothing.
 */

/** A column limited to a set of codes; NULL stays allowed where the column allows it. */
export interface CheckedColumn {
  table: string;
  column: string;
  values: readonly string[];
}

const GENDERS = ['nam', 'nu'];
const SUBJECT_KINDS = ['individual', 'collective'];

export const CHECKED_COLUMNS: readonly CheckedColumn[] = [
  {
    table: 'units',
    column: 'kind',
    values: ['city', 'commune', 'city_agency', 'agency', 'department', 'former'],
  },
  {
    table: 'user_roles',
    column: 'role',
    values: [
      'system_admin',
      'unit_admin',
      'emulation_officer',
      'leader',
      'council_member',
      'department',
      'nominator',
      'checkin',
    ],
  },
  { table: 'conferences', column: 'status', values: ['draft', 'approved'] },
  { table: 'conferences', column: 'session_part', values: ['sang', 'chieu'] },
  { table: 'reference_items', column: 'list', values: ['ethnic', 'field', 'sector', 'priority'] },
  { table: 'nominations', column: 'kind', values: SUBJECT_KINDS },
  { table: 'nominations', column: 'gender', values: GENDERS },
  {
    table: 'nominations',
    column: 'state',
    values: ['draft', 'submitted', 'returned', 'accepted', 'council_approved', 'council_rejected'],
  },
  { table: 'delegate_guests', column: 'category', values: ['khach_moi', 'lanh_dao'] },
  { table: 'delegate_guests', column: 'gender', values: GENDERS },
  { table: 'award_forms', column: 'category', values: ['title', 'form'] },
  { table: 'award_forms', column: 'level', values: ['nha_nuoc', 'thanh_pho', 'co_so'] },
  { table: 'award_records', column: 'kind', values: SUBJECT_KINDS },
  { table: 'award_records', column: 'gender', values: GENDERS },
  { table: 'award_records', column: 'source', values: ['manual', 'import', 'decision'] },
  { table: 'award_proposals', column: 'state', values: ['draft', 'voted', 'decided'] },
  { table: 'award_decisions', column: 'state', values: ['draft', 'approved'] },
];

/** The constraint's name, e.g. `nominations_state_check`. */
export function checkName(c: CheckedColumn): string {
  return `${c.table}_${c.column}_check`;
}

const valueList = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql.lit(v)),
    sql`, `,
  );

/** One line per checked column that holds other values: table, column, each bad value and its row count. */
export async function findBadRows(db: Kysely<unknown>, columns: readonly CheckedColumn[]): Promise<string[]> {
  const problems: string[] = [];
  for (const c of columns) {
    const { rows } = await sql<{ value: string; n: number }>`
      select ${sql.ref(c.column)} as value, count(*)::int as n from ${sql.table(c.table)}
      where ${sql.ref(c.column)} is not null and ${sql.ref(c.column)} not in (${valueList(c.values)})
      group by ${sql.ref(c.column)} order by ${sql.ref(c.column)}`.execute(db);
    if (rows.length === 0) continue;
    const bad = rows.map((r) => `"${r.value}" (${r.n} dòng)`).join(', ');
    problems.push(`bảng ${c.table}, cột ${c.column}: ${bad}; giá trị cho phép: ${c.values.join(', ')}`);
  }
  return problems;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const problems = await findBadRows(db, CHECKED_COLUMNS);
  if (problems.length > 0) {
    throw new Error(
      `Có dữ liệu mang giá trị không được phép; hãy sửa các dòng này rồi chạy lại:\n${problems
        .map((p) => `- ${p}`)
        .join('\n')}`,
    );
  }
  for (const c of CHECKED_COLUMNS) {
    await sql`alter table ${sql.table(c.table)} add constraint ${sql.ref(checkName(c))}
      check (${sql.ref(c.column)} in (${valueList(c.values)}))`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const c of [...CHECKED_COLUMNS].reverse()) {
    await sql`alter table ${sql.table(c.table)} drop constraint if exists ${sql.ref(checkName(c))}`.execute(
      db,
    );
  }
}
