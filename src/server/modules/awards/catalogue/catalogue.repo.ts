import { sql } from 'kysely';
import type { AwardForm, BaseSalary } from '../../../../core/awards/types.ts';
import { awardFormSchema } from '../../../../shared/api/awards-catalogue.ts';
import type { Db } from '../../../db/database.ts';
import type { AwardFormsTable } from '../../../db/schema.ts';
import { parseStored } from '../../../db/stored-json.ts';

/** A stored form with its version and last change. */
export interface AwardFormRow extends AwardForm {
  version: number;
  updatedAt: string;
}

type Selected = Omit<
  AwardFormsTable,
  'version' | 'recipients' | 'requires_same_year' | 'threshold' | 'updated_at'
> & {
  version: number;
  updated_at: Date;
  recipients: unknown;
  requires_same_year: unknown;
  threshold: unknown;
};

const { recipients, requiresSameYear, threshold } = awardFormSchema.shape;

function toForm(r: Selected): AwardFormRow {
  const row = `${r.code}@${r.effective_from}`;
  return {
    code: r.code,
    name: r.name,
    category: r.category as AwardForm['category'],
    level: r.level as AwardForm['level'],
    recipients: parseStored(recipients, r.recipients, 'award_forms.recipients', row),
    authority: r.authority,
    conferredByCommune: r.conferred_by_commune,
    coefficientIndividual: r.coefficient_individual,
    coefficientCollective: r.coefficient_collective,
    comesWith: r.comes_with,
    legalBasis: r.legal_basis,
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
    verified: r.verified,
    requiresSameYear: parseStored(
      requiresSameYear,
      r.requires_same_year,
      'award_forms.requires_same_year',
      row,
    ),
    threshold: parseStored(threshold, r.threshold, 'award_forms.threshold', row),
    sortOrder: r.sort_order,
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

function formColumns(f: AwardForm) {
  return {
    name: f.name,
    category: f.category,
    level: f.level,
    recipients: JSON.stringify(f.recipients),
    authority: f.authority,
    conferred_by_commune: f.conferredByCommune,
    coefficient_individual: f.coefficientIndividual,
    coefficient_collective: f.coefficientCollective,
    comes_with: f.comesWith,
    legal_basis: f.legalBasis,
    effective_from: f.effectiveFrom,
    effective_to: f.effectiveTo,
    verified: f.verified,
    requires_same_year: JSON.stringify(f.requiresSameYear),
    threshold: JSON.stringify(f.threshold),
    sort_order: f.sortOrder,
  };
}

/** Every version of every form, in the catalogue's order (then oldest first). */
export async function listAwardFormRows(db: Db): Promise<AwardFormRow[]> {
  const rows = await db
    .selectFrom('award_forms')
    .selectAll()
    .orderBy('sort_order')
    .orderBy('code')
    .orderBy('effective_from')
    .execute();
  return rows.map(toForm);
}

/**
 * Adds the forms of every code that has no stored version yet. A code already stored is left alone,
 * even when the defaults hold a version it lacks: the administrator may have moved or edited it.
 */
export async function insertMissingAwardForms(
  db: Db,
  forms: readonly AwardForm[],
  now: Date,
): Promise<number> {
  const stored = new Set((await db.selectFrom('award_forms').select('code').execute()).map((r) => r.code));
  const missing = forms.filter((f) => !stored.has(f.code));
  if (missing.length === 0) return 0;
  await db
    .insertInto('award_forms')
    .values(missing.map((f) => ({ code: f.code, ...formColumns(f), updated_at: now })))
    .onConflict((oc) => oc.columns(['code', 'effective_from']).doNothing())
    .execute();
  return missing.length;
}

/**
 * Saves the version of `form.code` that started on `storedFrom` when its stored version is `version`;
 * false when it changed meanwhile (or is gone).
 */
export async function updateAwardFormIfVersion(
  db: Db,
  form: AwardForm,
  storedFrom: string,
  version: number,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('award_forms')
    .set({ ...formColumns(form), version: version + 1, updated_at: now })
    .where('code', '=', form.code)
    .where('effective_from', '=', storedFrom)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The base salary table, oldest first. */
export async function listBaseSalaryRows(db: Db): Promise<BaseSalary[]> {
  const rows = await db.selectFrom('base_salaries').selectAll().orderBy('effective_from').execute();
  return rows.map((r) => ({
    amount: Number(r.amount),
    effectiveFrom: r.effective_from,
    legalBasis: r.legal_basis,
    verified: r.verified,
  }));
}

/** Replaces the base salary table whole: the administrator edits it as a table. */
export async function replaceBaseSalaryRows(db: Db, salaries: readonly BaseSalary[]): Promise<void> {
  await db.deleteFrom('base_salaries').execute();
  if (salaries.length === 0) return;
  await db
    .insertInto('base_salaries')
    .values(
      salaries.map((s) => ({
        effective_from: s.effectiveFrom,
        amount: s.amount,
        legal_basis: s.legalBasis,
        verified: s.verified,
      })),
    )
    .execute();
}

/** The base salary table's version (0 while it has no rows). */
export async function baseSalaryVersion(db: Db): Promise<number> {
  const r = await db
    .selectFrom('base_salaries')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return r?.version == null ? 0 : Number(r.version);
}

/**
 * Replaces the base salary table when its stored version still matches, and bumps it; returns false
 * when someone saved first. Bumping the rows first locks them, so a concurrent save waits and then misses.
 */
export async function replaceBaseSalaryRowsIfVersion(
  db: Db,
  version: number,
  salaries: readonly BaseSalary[],
): Promise<boolean> {
  const bumped = await db
    .updateTable('base_salaries')
    .set({ version: sql`version + 1` })
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(bumped.numUpdatedRows) === 0 && (version !== 0 || (await listBaseSalaryRows(db)).length > 0))
    return false;
  await db.deleteFrom('base_salaries').execute();
  if (salaries.length === 0) return true;
  await db
    .insertInto('base_salaries')
    .values(
      salaries.map((s) => ({
        effective_from: s.effectiveFrom,
        amount: s.amount,
        legal_basis: s.legalBasis,
        verified: s.verified,
        version: version + 1,
      })),
    )
    .execute();
  return true;
}
