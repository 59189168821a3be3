import { type Kysely, sql } from 'kysely';

/**
 * Proposals of commendation with the council's vote, award decisions with their money, the lookup of
 * certificate tokens for the public verification page, and each unit's certificate template.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('award_proposals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('conference_id', 'uuid', (c) => c.notNull().references('conferences.id'))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('form_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('submission_number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('submission_date', 'date')
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('council', 'jsonb')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('award_proposals_conference_idx')
    .on('award_proposals')
    .column('conference_id')
    .execute();

  // replaced_by / replaces point into the same table without a foreign key, so a restore may insert
  // the rows in any order.
  await db.schema
    .createTable('award_decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('conference_id', 'uuid', (c) => c.notNull().references('conferences.id'))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('proposal_id', 'uuid', (c) => c.references('award_proposals.id'))
    .addColumn('form_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('signing_prefix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('bases', 'jsonb', (c) => c.notNull())
    .addColumn('fund_source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('executors', 'jsonb', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('base_salary', 'bigint', (c) => c.notNull())
    .addColumn('items', 'jsonb', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'timestamptz')
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('replaced_by', 'uuid')
    .addColumn('replaces', 'uuid')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('award_decisions_conference_idx')
    .on('award_decisions')
    .column('conference_id')
    .execute();
  await db.schema
    .createIndex('award_decisions_proposal_idx')
    .on('award_decisions')
    .column('proposal_id')
    .execute();

  await db.schema
    .createTable('certificate_tokens')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'uuid', (c) => c.notNull().references('award_decisions.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('certificate_tokens_decision_idx')
    .on('certificate_tokens')
    .column('decision_id')
    .execute();

  await db.schema
    .createTable('certificate_templates')
    .addColumn('unit_id', 'uuid', (c) => c.primaryKey().references('units.id'))
    .addColumn('fields', 'jsonb', (c) => c.notNull())
    .addColumn('background_file_id', 'uuid', (c) => c.references('files.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'uuid')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('certificate_templates').ifExists().execute();
  await db.schema.dropTable('certificate_tokens').ifExists().execute();
  await db.schema.dropTable('award_decisions').ifExists().execute();
  await db.schema.dropTable('award_proposals').ifExists().execute();
}
