import { type Kysely, sql } from 'kysely';

/**
 * A collective's representative is the delegate who attends for it: besides the name (already stored)
 * the nomination keeps the representative's gender, birth year and ethnic group, which the composition
 * rules count when the collective is a delegate. Existing nominations get none (NULL).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('nominations')
    .addColumn('representative_gender', 'text')
    .addColumn('representative_birth_year', 'integer')
    .addColumn('representative_ethnic_code', 'text')
    .execute();
  // Named as 0006-enum-checks names its constraints, so migrations.test.ts compares it with the code.
  await sql`alter table nominations add constraint nominations_representative_gender_check
    check (representative_gender in ('nam', 'nu'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('nominations')
    .dropColumn('representative_ethnic_code')
    .dropColumn('representative_birth_year')
    .dropColumn('representative_gender')
    .execute();
}
