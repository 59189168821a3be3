/**
 * Award money: tiền thưởng = hệ số × mức lương cơ sở in force on the decision date, rounded UP to the
 * next 10.000 đ. All arithmetic is on integers (coefficients are scaled to thousandths), so
 * 0,3 × 2.340.000 is exactly 702.000 and becomes 710.000.
 */
import { DomainError } from '../errors/domain-error.ts';
import { formatDayMonthYear, isIsoDate } from '../vietnamese/dates.ts';
import type { AwardForm, AwardSubjectKind, BaseSalary } from './types.ts';

const ROUNDING_STEP = 10_000;
/** Coefficients are written with at most three decimals (0,3; 0,15; 1,25 …). */
const COEFFICIENT_SCALE = 1_000;

function assertDate(isoDate: string, field: string): void {
  if (!isIsoDate(isoDate)) {
    throw new DomainError(
      'VALIDATION',
      `${field}: “${isoDate}” không phải là ngày hợp lệ (viết dạng 2025-08-20).`,
      [{ path: 'date', message: `${field}: ngày không hợp lệ.` }],
    );
  }
}

/** The base salary in force on `isoDate`: the one with the latest start on or before it. */
export function baseSalaryOn(salaries: readonly BaseSalary[], isoDate: string): BaseSalary {
  assertDate(isoDate, 'Ngày quyết định');
  let found: BaseSalary | null = null;
  for (const s of salaries) {
    if (s.effectiveFrom <= isoDate && (!found || s.effectiveFrom > found.effectiveFrom)) found = s;
  }
  if (!found) {
    throw new DomainError(
      'VALIDATION',
      `Chưa có mức lương cơ sở áp dụng cho ngày ${formatDayMonthYear(isoDate)}. Hãy bổ sung bảng mức lương cơ sở trước khi tính tiền thưởng.`,
      [{ path: 'date', message: 'Ngày quyết định: chưa có mức lương cơ sở áp dụng.' }],
    );
  }
  return found;
}

/** Rounds a whole amount of đồng up to the next multiple of 10.000 đ: 702.000 → 710.000, 2.340.000 stays. */
export function roundUpTo10k(amount: number): number {
  if (!Number.isFinite(amount) || amount < 0) throw new Error(`Not an amount of money: ${amount}`);
  const whole = Math.ceil(amount);
  const rest = whole % ROUNDING_STEP;
  return rest === 0 ? whole : whole - rest + ROUNDING_STEP;
}

/** The coefficient in thousandths as an exact integer: 0.3 → 300; throws beyond three decimals. */
function scaledCoefficient(coefficient: number): number {
  const scaled = Math.round(coefficient * COEFFICIENT_SCALE);
  if (
    !Number.isFinite(coefficient) ||
    coefficient < 0 ||
    Math.abs(coefficient * COEFFICIENT_SCALE - scaled) > 1e-6
  ) {
    throw new DomainError(
      'VALIDATION',
      `Hệ số tiền thưởng ${coefficient} không hợp lệ: phải là số không âm, tối đa ba chữ số sau dấu phẩy.`,
      [{ path: 'coefficient', message: 'Hệ số: phải là số không âm, tối đa ba chữ số thập phân.' }],
    );
  }
  return scaled;
}

/** coefficient × baseSalary, rounded up to 10.000 đ, computed exactly: awardAmount(0.3, 2340000) === 710000. */
export function awardAmount(coefficient: number, baseSalary: number): number {
  if (!Number.isSafeInteger(baseSalary) || baseSalary < 0) {
    throw new Error(`Base salary must be a whole number of đồng: ${baseSalary}`);
  }
  // In thousandths of a đồng; 12,0 × 10.000.000 is still far below 2^53.
  const thousandths = scaledCoefficient(coefficient) * baseSalary;
  // Up to whole đồng in integers (no division error can slip past a boundary), then the one rounding rule.
  const rest = thousandths % COEFFICIENT_SCALE;
  const dong = (thousandths - rest) / COEFFICIENT_SCALE + (rest === 0 ? 0 : 1);
  return roundUpTo10k(dong);
}

const KIND_WORDS: Record<AwardSubjectKind, string> = { individual: 'cá nhân', collective: 'tập thể' };

/** The coefficient of a form for a kind of subject, or a DomainError naming the form when it has none. */
export function formCoefficient(form: AwardForm, kind: AwardSubjectKind): number {
  const coefficient = kind === 'individual' ? form.coefficientIndividual : form.coefficientCollective;
  if (coefficient === null) {
    throw new DomainError('VALIDATION', `“${form.name}” không có mức tiền thưởng cho ${KIND_WORDS[kind]}.`, [
      { path: 'kind', message: `Đối tượng: “${form.name}” không có tiền thưởng cho ${KIND_WORDS[kind]}.` },
    ]);
  }
  return coefficient;
}

/** The money of one award on a decision date: the coefficient, the base salary used, and the amount. */
export function decisionMoney(
  form: AwardForm,
  kind: AwardSubjectKind,
  isoDate: string,
  salaries: readonly BaseSalary[],
): { coefficient: number; baseSalary: number; amount: number } {
  const coefficient = formCoefficient(form, kind);
  const baseSalary = baseSalaryOn(salaries, isoDate).amount;
  return { coefficient, baseSalary, amount: awardAmount(coefficient, baseSalary) };
}

/** The total of a decision's amounts (whole đồng). */
export function totalAmount(items: readonly { amount: number }[]): number {
  let total = 0;
  for (const item of items) total += item.amount;
  return total;
}
