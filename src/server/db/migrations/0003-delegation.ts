import { type Kysely, sql } from 'kysely';

/** The delegation: guests and leaders added by hand, the composition rules and the approved lists. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('delegate_guests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('conference_id', 'uuid', (c) => c.notNull().references('conferences.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('birth_year', 'integer')
    .addColumn('ethnic_code', 'text')
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('nominating_unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('former_unit_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('field_code', 'text')
    .addColumn('sector_code', 'text')
    .addColumn('direct_worker', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('priority_areas', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('achievements', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .execute();
  await db.schema
    .createIndex('delegate_guests_conference_idx')
    .on('delegate_guests')
    .column('conference_id')
    .execute();

  await db.schema
    .createTable('delegate_compositions')
    .addColumn('conference_id', 'uuid', (c) => c.primaryKey().references('conferences.id'))
    .addColumn('settings', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'uuid')
    .execute();

  await db.schema
    .createTable('delegate_lists')
    .addColumn('conference_id', 'uuid', (c) => c.notNull().references('conferences.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('approved_at', 'timestamptz', (c) => c.notNull())
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('rules', 'jsonb', (c) => c.notNull())
    .addColumn('objective', 'double precision', (c) => c.notNull())
    .addColumn('delegates', 'jsonb', (c) => c.notNull())
    .addColumn('evaluation', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('delegate_lists_pk', ['conference_id', 'number'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('delegate_lists').ifExists().execute();
  await db.schema.dropTable('delegate_compositions').ifExists().execute();
  await db.schema.dropTable('delegate_guests').ifExists().execute();
}
