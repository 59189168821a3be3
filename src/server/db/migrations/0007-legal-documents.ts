import { type Kysely, sql } from 'kysely';

/**
 * The laws and decrees award decisions cite ("Căn cứ …"), with their effective dates, the role each
 * plays, the forms and levels it is cited for and the fields not yet confirmed. Filled at start from the
 * built-in table (`core/awards/legal-bases.ts`); the city's administrator corrects the values.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('legal_documents')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'date', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('effective_to', 'date')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('amends', 'text')
    .addColumn('forms', 'jsonb')
    .addColumn('levels', 'jsonb')
    .addColumn('unverified', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // Named as 0006-enum-checks names its constraints, so migrations.test.ts compares them with the code.
  await sql`alter table legal_documents add constraint legal_documents_kind_check
    check (kind in ('luat', 'nghi-dinh'))`.execute(db);
  await sql`alter table legal_documents add constraint legal_documents_role_check
    check (role in ('local-government', 'emulation-law', 'emulation-decree', 'commune-powers'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('legal_documents').ifExists().execute();
}
