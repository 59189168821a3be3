import type { Kysely } from 'kysely';

/**
 * Each city or commune-level unit's own office settings: whether it has a Hội đồng nhân dân and the name
 * of its office, which documents name ("Chánh Văn phòng …" in Điều 3 of an award decision). NULL means
 * the default of the unit's type, so existing units keep working without a value.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('units').addColumn('has_council', 'boolean').execute();
  await db.schema.alterTable('units').addColumn('office_name', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('units').dropColumn('office_name').execute();
  await db.schema.alterTable('units').dropColumn('has_council').execute();
}
