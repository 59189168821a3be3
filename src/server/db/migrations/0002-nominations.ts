import { type Kysely, sql } from 'kysely';

/** Nominations with their votes, editable reference lists, stored files and in-app notifications. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reference_items')
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('aliases', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('reference_items_pk', ['list', 'code'])
    .execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('owner_unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('conferences').addColumn('nomination_settings', 'jsonb').execute();

  await db.schema
    .createTable('nominations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('conference_id', 'uuid', (c) => c.notNull().references('conferences.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('birth_year', 'integer')
    .addColumn('ethnic_code', 'text')
    .addColumn('position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('nominating_unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('former_unit_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('field_code', 'text')
    .addColumn('sector_code', 'text')
    .addColumn('direct_worker', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('priority_areas', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('achievements', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('awards', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('member_count', 'integer')
    .addColumn('representative_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('vote', 'jsonb')
    .addColumn('citizen_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('return_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('council', 'jsonb')
    .addColumn('photo_file_id', 'uuid', (c) => c.references('files.id'))
    .addColumn('duplicate_key', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('nominations_number_uq', ['conference_id', 'number'])
    .execute();
  await db.schema
    .createIndex('nominations_conference_idx')
    .on('nominations')
    .column('conference_id')
    .execute();
  await db.schema
    .createIndex('nominations_duplicate_idx')
    .on('nominations')
    .column('duplicate_key')
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('read', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'read'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notifications').ifExists().execute();
  await db.schema.dropTable('nominations').ifExists().execute();
  await db.schema.alterTable('conferences').dropColumn('nomination_settings').execute();
  await db.schema.dropTable('files').ifExists().execute();
  await db.schema.dropTable('reference_items').ifExists().execute();
}
