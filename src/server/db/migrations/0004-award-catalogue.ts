import { type Kysely, sql } from 'kysely';

/**
 * Commendations, part 1: the catalogue of titles and forms with their money coefficients, the base
 * salary table, and the award history (entered, imported, or written by an approved decision).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('award_forms')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('recipients', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('authority', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('conferred_by_commune', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('coefficient_individual', 'double precision')
    .addColumn('coefficient_collective', 'double precision')
    .addColumn('comes_with', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('effective_to', 'date')
    .addColumn('verified', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('requires_same_year', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('threshold', 'jsonb', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    // A form may change over time (a new decree): one row per code and start of validity.
    .addPrimaryKeyConstraint('award_forms_pk', ['code', 'effective_from'])
    .execute();

  await db.schema
    .createTable('base_salaries')
    .addColumn('effective_from', 'date', (c) => c.primaryKey())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('verified', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('award_records')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('owner_unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('birth_year', 'integer')
    .addColumn('gender', 'text')
    .addColumn('ethnic_code', 'text')
    .addColumn('direct_worker', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('unit_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('form_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('achievement', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_date', 'date')
    .addColumn('issuer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('amount', 'bigint')
    .addColumn('source', 'text', (c) => c.notNull())
    // No foreign key: the decisions table comes with the next migration.
    .addColumn('decision_id', 'uuid')
    .addColumn('nomination_id', 'uuid')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .execute();
  await db.schema
    .createIndex('award_records_owner_idx')
    .on('award_records')
    .column('owner_unit_id')
    .execute();
  await db.schema
    .createIndex('award_records_subject_idx')
    .on('award_records')
    .column('subject_key')
    .execute();
  await db.schema
    .createIndex('award_records_decision_idx')
    .on('award_records')
    .column('decision_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('award_records').ifExists().execute();
  await db.schema.dropTable('base_salaries').ifExists().execute();
  await db.schema.dropTable('award_forms').ifExists().execute();
}
