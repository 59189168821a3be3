/**
 * What the award screens compute while the official types, before anything is saved: the money of a
 * decision on the date being entered, the council's verdict per line, and money per person of a form.
 * The same core rules the server applies, so the screen never shows a number the document would not.
 */
import { formAcceptsKind, formInForce, formNotInForceMessage } from '../../../../core/awards/catalogue.ts';
import { awardAmount, baseSalaryOn } from '../../../../core/awards/money.ts';
import type {
  AwardForm,
  AwardSubjectKind,
  AwardVoteThreshold,
  BaseSalary,
} from '../../../../core/awards/types.ts';
import { DomainError } from '../../../../core/errors/domain-error.ts';
import { meetsThreshold } from '../../../../core/nominations/rules.ts';
import { isIsoDate } from '../../../../core/vietnamese/dates.ts';

export interface MoneyPreview {
  form: AwardForm | null;
  salary: BaseSalary | null;
  /** Per line: the coefficient and amount, or null when it cannot be computed. */
  lines: Array<{ coefficient: number; amount: number } | null>;
  total: number;
  /** Why some money cannot be computed (no form in force, no base salary, no coefficient). */
  problem: string | null;
}

/**
 * The money of a decision's lines on `isoDate`: coefficient × base salary in force that day, rounded up
 * to 10.000 đ. A form that takes the line's kind but pays it nothing gives 0, as the server does.
 */
export function previewMoney(
  forms: readonly AwardForm[],
  salaries: readonly BaseSalary[],
  formCode: string,
  isoDate: string,
  kinds: readonly AwardSubjectKind[],
): MoneyPreview {
  const none = (problem: string, form: AwardForm | null = null, salary: BaseSalary | null = null) => ({
    form,
    salary,
    lines: kinds.map(() => null),
    total: 0,
    problem,
  });
  if (!isIsoDate(isoDate)) return none('Chưa nhập ngày quyết định hợp lệ.');
  const form = formInForce(forms, formCode, isoDate);
  if (!form)
    return none(
      formNotInForceMessage(forms, formCode, isoDate) ??
        'Ngày này không có hình thức khen thưởng này trong danh mục (ngoài thời gian hiệu lực).',
    );
  let salary: BaseSalary;
  try {
    salary = baseSalaryOn(salaries, isoDate);
  } catch (error) {
    if (error instanceof DomainError) return none(error.message, form);
    throw error;
  }
  let problem: string | null = null;
  const lines = kinds.map((kind) => {
    const coefficient = kind === 'individual' ? form.coefficientIndividual : form.coefficientCollective;
    if (coefficient === null) {
      if (formAcceptsKind(form, kind)) return { coefficient: 0, amount: 0 };
      problem = `“${form.name}” không có mức tiền thưởng cho ${kind === 'individual' ? 'cá nhân' : 'tập thể'}.`;
      return null;
    }
    return { coefficient, amount: awardAmount(coefficient, salary.amount) };
  });
  const total = lines.reduce((sum, line) => sum + (line?.amount ?? 0), 0);
  return { form, salary, lines, total, problem };
}

/** Money per person of a form for a kind on a date, or null when it pays none or the date has no salary. */
export function moneyPerSubject(
  form: AwardForm,
  kind: AwardSubjectKind,
  salaries: readonly BaseSalary[],
  isoDate: string,
): number | null {
  const coefficient = kind === 'individual' ? form.coefficientIndividual : form.coefficientCollective;
  if (coefficient === null || !formAcceptsKind(form, kind)) return null;
  try {
    return awardAmount(coefficient, baseSalaryOn(salaries, isoDate).amount);
  } catch {
    return null;
  }
}

export interface CouncilCounts {
  members: number;
  present: number;
  writtenVotes: number;
}

/** The number the share is taken of: all members, or those who voted (present or in writing). */
export function voteBase(council: CouncilCounts, threshold: AwardVoteThreshold): number {
  return threshold.base === 'members' ? council.members : council.present + council.writtenVotes;
}

/** Members who voted: present at the meeting or in writing; nobody can vote in favour beyond that. */
export function votersOf(council: CouncilCounts): number {
  return council.present + council.writtenVotes;
}

/** Whether a line passes with `inFavour` votes, as the server decides it. */
export function linePasses(inFavour: number, council: CouncilCounts, threshold: AwardVoteThreshold): boolean {
  return meetsThreshold(inFavour, voteBase(council, threshold), threshold);
}

/** The fewest votes in favour that pass, or null when even every voter is not enough. */
export function votesNeeded(council: CouncilCounts, threshold: AwardVoteThreshold): number | null {
  const voters = votersOf(council);
  for (let n = 0; n <= voters; n++) if (linePasses(n, council, threshold)) return n;
  return null;
}
