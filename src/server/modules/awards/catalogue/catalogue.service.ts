import { type Actor, can } from '../../../../core/auth/access.ts';
import { DEFAULT_AWARD_FORMS, DEFAULT_BASE_SALARIES } from '../../../../core/awards/catalogue.ts';
import type { AwardForm, BaseSalary } from '../../../../core/awards/types.ts';
import {
  conflictError,
  DomainError,
  type FieldProblem,
  notFoundError,
} from '../../../../core/errors/domain-error.ts';
import { formatDayMonthYear, isIsoDate } from '../../../../core/vietnamese/dates.ts';
import type { AwardFormRecord, UpdateAwardFormBody } from '../../../../shared/api/awards-catalogue.ts';
import type { RequestMeta, ServiceContext } from '../../../context.ts';
import type { Db } from '../../../db/database.ts';
import { recordChange } from '../../audit/index.ts';
import { findUnitByKey, type UnitRow } from '../../units/index.ts';
import {
  type AwardFormRow,
  baseSalaryVersion,
  insertMissingAwardForms,
  listAwardFormRows,
  listBaseSalaryRows,
  replaceBaseSalaryRows,
  replaceBaseSalaryRowsIfVersion,
  updateAwardFormIfVersion,
} from './catalogue.repo.ts';

const FORM = 'danh hiệu, hình thức khen thưởng này';

/**
 * Installs the catalogue's titles and forms whose code is not stored yet, and the base salary table
 * when it is empty. What an administrator saved is never overwritten.
 */
export async function ensureAwardCatalogue(db: Db, now: Date): Promise<void> {
  await insertMissingAwardForms(db, DEFAULT_AWARD_FORMS, now);
  if ((await listBaseSalaryRows(db)).length === 0) await replaceBaseSalaryRows(db, DEFAULT_BASE_SALARIES);
}

function plainForm(row: AwardFormRow): AwardForm {
  const { version: _version, updatedAt: _updatedAt, ...form } = row;
  return form;
}

/** The catalogue as the administrator last saved it: forms in their order, salaries oldest first. */
export async function loadAwardCatalogue(db: Db): Promise<{ forms: AwardForm[]; salaries: BaseSalary[] }> {
  return {
    forms: (await listAwardFormRows(db)).map(plainForm),
    salaries: await listBaseSalaryRows(db),
  };
}

export async function listAwardForms(ctx: ServiceContext): Promise<AwardFormRecord[]> {
  return listAwardFormRows(ctx.db);
}

export async function listBaseSalaries(
  ctx: ServiceContext,
): Promise<{ salaries: BaseSalary[]; version: number }> {
  return { salaries: await listBaseSalaryRows(ctx.db), version: await baseSalaryVersion(ctx.db) };
}

/** The city, on which 'reference.manage' is needed: every unit of the city uses the catalogue. */
async function assertCatalogueManager(ctx: ServiceContext, actor: Actor): Promise<UnitRow> {
  const root = await findUnitByKey(ctx.db, 'hp');
  if (!root) throw new Error('Organisation tree is missing');
  if (!can(actor, 'reference.manage', root.path)) {
    throw new DomainError(
      'FORBIDDEN',
      'Chỉ quản trị thành phố mới sửa được danh mục danh hiệu, hình thức khen thưởng và mức lương cơ sở.',
    );
  }
  return root;
}

function refuse(problems: FieldProblem[], what: string): never {
  throw new DomainError(
    'VALIDATION',
    `${what} chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
    problems,
  );
}

/** "từ 01/07/2025" or "từ 01/01/2024 đến 30/06/2025", for messages. */
function validity(f: Pick<AwardForm, 'effectiveFrom' | 'effectiveTo'>): string {
  const from = `từ ${formatDayMonthYear(f.effectiveFrom)}`;
  return f.effectiveTo === null ? from : `${from} đến ${formatDayMonthYear(f.effectiveTo)}`;
}

/** What is wrong with a form's new values, against the other versions of its code and the catalogue. */
function formProblems(
  form: AwardForm,
  others: readonly AwardForm[],
  codes: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (form.effectiveTo !== null && form.effectiveTo < form.effectiveFrom)
    problems.push({
      path: 'effectiveTo',
      message: `Hiệu lực đến ngày: phải từ ngày ${formatDayMonthYear(form.effectiveFrom)} trở đi`,
    });
  const end = (f: AwardForm) => f.effectiveTo ?? '9999-12-31';
  for (const o of others)
    if (o.effectiveFrom <= end(form) && form.effectiveFrom <= end(o))
      problems.push({
        path: 'effectiveFrom',
        message: `Hiệu lực từ ngày: trùng thời gian với bản ${validity(o)} của cùng danh hiệu, hình thức`,
      });
  form.requiresSameYear.forEach((c, i) => {
    const label = `Điều kiện cùng năm (mục ${i + 1})`;
    if (c === form.code)
      problems.push({
        path: `requiresSameYear.${i}`,
        message: `${label}: không được là chính danh hiệu này`,
      });
    else if (!codes.has(c))
      problems.push({
        path: `requiresSameYear.${i}`,
        message: `${label}: mã "${c}" không có trong danh mục`,
      });
  });
  return problems;
}

/**
 * Saves one version of a title or form (the one that started on `storedFrom`, else the newest) at the
 * version the administrator loaded; audited.
 */
export async function updateAwardForm(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
  storedFrom: string | undefined,
  body: UpdateAwardFormBody,
  meta: RequestMeta,
): Promise<AwardFormRecord> {
  const root = await assertCatalogueManager(ctx, actor);
  const all = await listAwardFormRows(ctx.db);
  const versions = all.filter((f) => f.code === code);
  const before =
    storedFrom === undefined
      ? versions.reduce<AwardFormRow | null>(
          (a, f) => (!a || f.effectiveFrom > a.effectiveFrom ? f : a),
          null,
        )
      : (versions.find((f) => f.effectiveFrom === storedFrom) ?? null);
  if (!before) throw notFoundError(FORM);
  const { version, ...fields } = body;
  const form: AwardForm = { ...fields, code, requiresSameYear: [...new Set(fields.requiresSameYear)] };
  const others = versions.filter((f) => f !== before);
  const problems = formProblems(form, others, new Set(all.map((f) => f.code)));
  if (problems.length > 0) refuse(problems, 'Danh hiệu, hình thức khen thưởng');
  if (before.version !== version) throw conflictError('Danh hiệu, hình thức khen thưởng này');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await updateAwardFormIfVersion(tx, form, before.effectiveFrom, version, now)))
      throw conflictError('Danh hiệu, hình thức khen thưởng này');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'award_form.updated',
        entityType: 'award_form',
        entityId: code,
        unitId: root.id,
        before: plainForm(before),
        after: form,
      },
      meta.ip,
    );
  });
  return { ...form, version: version + 1, updatedAt: now.toISOString() };
}

/** Replaces the base salary table (oldest first); one row per effective date; audited. */
export async function replaceBaseSalaries(
  ctx: ServiceContext,
  actor: Actor,
  salaries: BaseSalary[],
  version: number,
  meta: RequestMeta,
): Promise<{ salaries: BaseSalary[]; version: number }> {
  const root = await assertCatalogueManager(ctx, actor);
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  salaries.forEach((s, i) => {
    const label = `Mức lương cơ sở (mục ${i + 1})`;
    if (!isIsoDate(s.effectiveFrom)) {
      problems.push({
        path: `salaries.${i}.effectiveFrom`,
        message: `${label} › Hiệu lực từ ngày: không phải ngày có thật`,
      });
      return;
    }
    const first = seen.get(s.effectiveFrom);
    if (first !== undefined)
      problems.push({
        path: `salaries.${i}.effectiveFrom`,
        message: `${label} › Hiệu lực từ ngày: ngày ${formatDayMonthYear(s.effectiveFrom)} trùng với mục ${first + 1}`,
      });
    else seen.set(s.effectiveFrom, i);
    if (s.amount % 1000 !== 0)
      problems.push({
        path: `salaries.${i}.amount`,
        message: `${label} › Số tiền: phải là số đồng tròn nghìn`,
      });
  });
  if (problems.length > 0) refuse(problems, 'Bảng mức lương cơ sở');
  const sorted = [...salaries].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const before = await listBaseSalaryRows(ctx.db);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await replaceBaseSalaryRowsIfVersion(tx, version, sorted)))
      throw conflictError('Bảng mức lương cơ sở');
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'base_salary.updated',
        entityType: 'base_salary',
        entityId: 'base_salaries',
        unitId: root.id,
        before,
        after: sorted,
      },
      meta.ip,
    );
  });
  return { salaries: sorted, version: version + 1 };
}
