import { type Kysely, sql } from 'kysely';

/**
 * Award money by conferring level, and the confirmation of unverified values.
 *
 * 1. The commune chairman's Giấy khen (`giay-khen`) carried 0,15 × lương cơ sở (collectives 0,3) under
 *    Nghị định 98/2023, not 0,3/0,6. The stored version of 1/1/2024 – 30/6/2025 gets the new values,
 *    unless an administrator has saved it (version above 1) or changed its coefficients.
 * 2. The former district chairman's Giấy khen (`giay-khen-huyen`, 0,3/0,6, until 30/6/2025) is added to
 *    a catalogue that is already installed. A new database gets it with the rest of the catalogue.
 * 3. Award records of `giay-khen` decided until 30/6/2025 by a district-level authority (the issuer names
 *    a "huyện") were district Giấy khen: they take `giay-khen-huyen`, one audit entry per owning unit.
 *    Records written by a decision of this system are left alone.
 * 4. `award_decisions.unverified_confirmation`: who confirmed which unverified values at approval.
 *
 * The values are written out here, not imported, so that the migration keeps doing what it did.
 */

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const ND98 = 'Nghị định 98/2023/NĐ-CP';
const COMMUNE_LEGAL_BASIS = `${LAW}, Điều 75 khoản 1 điểm d; ${LAW}, Điều 80 khoản 3; ${ND98}, Điều 58 khoản 1 và khoản 2`;
const DISTRICT_LEGAL_BASIS = `${LAW}, Điều 75 khoản 1; ${ND98}, Điều 58 khoản 1 và khoản 2 (Giấy khen của Chủ tịch UBND cấp huyện)`;
const LAST_DISTRICT_DAY = '2025-06-30';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table award_decisions add column unverified_confirmation jsonb`.execute(db);

  const installed = await sql<{ n: number }>`select count(*)::int as n from award_forms`.execute(db);
  if ((installed.rows[0]?.n ?? 0) > 0) {
    await sql`
      update award_forms
      set coefficient_individual = 0.15, coefficient_collective = 0.3, legal_basis = ${COMMUNE_LEGAL_BASIS},
          verified = false, version = version + 1, updated_at = now()
      where code = 'giay-khen' and effective_from = '2024-01-01' and version = 1
        and coefficient_individual = 0.3 and coefficient_collective = 0.6`.execute(db);
    await sql`
      insert into award_forms (code, name, category, level, recipients, authority, conferred_by_commune,
        coefficient_individual, coefficient_collective, comes_with, legal_basis, effective_from, effective_to,
        verified, requires_same_year, threshold, sort_order, version, updated_at)
      select 'giay-khen-huyen', 'Giấy khen cấp huyện', 'form', 'co_so', '["individual","collective"]'::jsonb,
        'Chủ tịch UBND cấp huyện', false, 0.3, 0.6, 'Giấy khen, khung', ${DISTRICT_LEGAL_BASIS},
        '2024-01-01', ${LAST_DISTRICT_DAY}, false, '[]'::jsonb,
        '{"share":0.5,"strict":true,"base":"members"}'::jsonb, 245, 1, now()
      where not exists (select 1 from award_forms where code = 'giay-khen-huyen')`.execute(db);
  }

  const recoded = await sql<{ id: string; owner_unit_id: string }>`
    update award_records
    set form_code = 'giay-khen-huyen', version = version + 1, updated_at = now()
    where form_code = 'giay-khen' and source <> 'decision'
      and (decision_date <= ${LAST_DISTRICT_DAY} or (decision_date is null and year <= 2024))
      and lower(issuer) like '%huyện%'
    returning id, owner_unit_id`.execute(db);
  const byUnit = new Map<string, string[]>();
  for (const r of recoded.rows) byUnit.set(r.owner_unit_id, [...(byUnit.get(r.owner_unit_id) ?? []), r.id]);
  for (const [unitId, ids] of byUnit) {
    const after = JSON.stringify({
      from: 'giay-khen',
      to: 'giay-khen-huyen',
      reason: 'Giấy khen do cấp huyện quyết định trước ngày 01/07/2025',
      count: ids.length,
      ids,
    });
    await sql`
      insert into audit_log (at, user_id, username, unit_id, action, entity_type, entity_id, before, after, ip)
      values (now(), null, 'hệ thống', ${unitId}, 'award_record.form_recoded', 'unit', ${unitId}, null,
        ${after}::jsonb, null)`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update award_records set form_code = 'giay-khen' where form_code = 'giay-khen-huyen'`.execute(db);
  await sql`delete from award_forms where code = 'giay-khen-huyen'`.execute(db);
  await sql`alter table award_decisions drop column if exists unverified_confirmation`.execute(db);
}
