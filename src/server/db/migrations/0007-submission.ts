import { type Kysely, sql } from 'kysely';

/**
 * Who proposes a commendation, and the one period it honours.
 *
 * - award_proposals.proposer (jsonb): the body that signs the Tờ trình (kind council / department /
 *   committee, a department's name and code, the signer's title and name).
 * - award_proposals.submission_number keeps the number only ("15"): the symbol follows the proposer.
 * - award_proposals.period_from / period_to and award_decisions.period_from / period_to: the period.
 *
 * Existing rows: the proposer is read from the old symbol ("15/TTr-UBND" for a form the city confers →
 * the Ủy ban; "…/TTr-VHXH" → the Phòng Văn hóa - Xã hội; anything else → the council's standing body,
 * which also repairs a commune form once proposed by the Ủy ban to its own chairman). The period is the
 * year the old documents printed ("năm 2025"); a decision takes its proposal's.
 */

const COUNCIL = `{"kind":"council","name":"","code":"","signerTitle":"PHÓ CHỦ TỊCH THƯỜNG TRỰC","signerName":""}`;
const DEPARTMENT = `{"kind":"department","name":"Phòng Văn hóa - Xã hội","code":"VHXH","signerTitle":"TRƯỞNG PHÒNG","signerName":""}`;
const COMMITTEE = `{"kind":"committee","name":"","code":"","signerTitle":"CHỦ TỊCH","signerName":""}`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('award_proposals')
    .addColumn('proposer', 'jsonb')
    .addColumn('period_from', 'integer')
    .addColumn('period_to', 'integer')
    .execute();
  await sql`
    update award_proposals p set
      period_from = p.year,
      period_to = p.year,
      proposer = case
        when p.submission_number ~* '/\\s*TTr-UBND\\s*$' and exists (
          select 1 from award_forms f where f.code = p.form_code and not f.conferred_by_commune)
          then ${COMMITTEE}::jsonb
        when p.submission_number ~* '/\\s*TTr-VHXH\\s*$' then ${DEPARTMENT}::jsonb
        else ${COUNCIL}::jsonb
      end,
      submission_number = trim(split_part(p.submission_number, '/', 1))`.execute(db);
  await db.schema
    .alterTable('award_proposals')
    .alterColumn('proposer', (c) => c.setNotNull())
    .alterColumn('period_from', (c) => c.setNotNull())
    .alterColumn('period_to', (c) => c.setNotNull())
    .execute();

  await db.schema
    .alterTable('award_decisions')
    .addColumn('period_from', 'integer')
    .addColumn('period_to', 'integer')
    .execute();
  await sql`
    update award_decisions d set
      period_from = coalesce((select p.period_from from award_proposals p where p.id = d.proposal_id), d.year),
      period_to = coalesce((select p.period_to from award_proposals p where p.id = d.proposal_id), d.year)`.execute(
    db,
  );
  await db.schema
    .alterTable('award_decisions')
    .alterColumn('period_from', (c) => c.setNotNull())
    .alterColumn('period_to', (c) => c.setNotNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update award_proposals set submission_number = submission_number || '/TTr-' || case proposer->>'kind'
      when 'council' then 'HĐTĐKT' when 'committee' then 'UBND' else proposer->>'code' end
    where submission_number <> ''`.execute(db);
  await db.schema.alterTable('award_decisions').dropColumn('period_from').dropColumn('period_to').execute();
  await db.schema
    .alterTable('award_proposals')
    .dropColumn('proposer')
    .dropColumn('period_from')
    .dropColumn('period_to')
    .execute();
}
