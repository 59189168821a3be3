import type { Kysely } from 'kysely';

/**
 * Versions for the records saved as a whole: a conference's vote thresholds, each shared reference list
 * (every row of a list carries the list's version) and the base salary table (every row carries the
 * table's version). A save names the version it read; a stale save is refused instead of overwriting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('conferences')
    .addColumn('nomination_settings_version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('reference_items')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('base_salaries')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('base_salaries').dropColumn('version').execute();
  await db.schema.alterTable('reference_items').dropColumn('version').execute();
  await db.schema.alterTable('conferences').dropColumn('nomination_settings_version').execute();
}
