import type { Kysely } from 'kysely';

/**
 * Settings of the installation as a whole, edited by the system administrator ("Cài đặt"): one row
 * per setting, versioned like every editable record. The first is the public address that
 * certificates' QR codes open.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('installation_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'uuid')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('installation_settings').ifExists().execute();
}
