/**
 * The simple eligibility checks of a proposal line, against the subject's award history:
 * - the form must accept the subject (a collective title is not for a person, and the reverse);
 * - one achievement is not rewarded twice ("thành tích đến đâu khen đến đó", Luật 06/2022 Điều 5);
 * - the same form is not given to the same subject twice in one year;
 * - a title that needs another one in the same year (CSTĐ cơ sở needs Lao động tiên tiến) has it,
 *   either in the records or in the same proposal batch.
 * Each problem is one Vietnamese sentence naming the form and the year; no problem = eligible.
 */
import { slugifyVietnamese } from '../vietnamese/fold.ts';
import { describeForm, formAcceptsKind, formInForce, latestForm } from './catalogue.ts';
import { subjectKindOfKey } from './subject.ts';
import type { AwardForm, AwardRecord, AwardSubjectKind } from './types.ts';

export interface EligibilityInput {
  subjectKey: string;
  formCode: string;
  year: number;
  achievement: string;
  forms: readonly AwardForm[];
  records: readonly Pick<AwardRecord, 'subjectKey' | 'formCode' | 'year' | 'achievement'>[];
  /** Other lines of the same proposal batch (same year), which count towards "required in the same year". */
  alsoProposed?: readonly { subjectKey: string; formCode: string }[];
  /** The subject's kind; read from the subject key when not given. */
  kind?: AwardSubjectKind;
}

/** Achievement texts compared without marks, case, spacing or punctuation. */
function sameAchievement(a: string, b: string): boolean {
  const fa = slugifyVietnamese(a);
  return fa !== '' && fa === slugifyVietnamese(b);
}

/** The version of a form for an award year: the one in force at the year's end, or else the newest. */
function formForYear(forms: readonly AwardForm[], code: string, year: number): AwardForm | null {
  return formInForce(forms, code, `${year}-12-31`) ?? latestForm(forms, code);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Vietnamese sentences explaining why the line is not eligible; an empty list means eligible. */
export function eligibilityProblems(input: EligibilityInput): string[] {
  const { subjectKey, formCode, year, forms } = input;
  const form = formForYear(forms, formCode, year);
  if (!form) return [`Không có danh hiệu hoặc hình thức khen thưởng mã “${formCode}” trong danh mục.`];
  const problems: string[] = [];
  const nameOf = (code: string): string => {
    const f = formForYear(forms, code, year);
    return f ? describeForm(f) : `hình thức mã “${code}”`;
  };

  const kind = input.kind ?? subjectKindOfKey(subjectKey);
  if (kind && !formAcceptsKind(form, kind)) {
    problems.push(
      kind === 'individual'
        ? `${capitalise(describeForm(form))} chỉ xét tặng cho tập thể, không tặng cho cá nhân.`
        : `${capitalise(describeForm(form))} chỉ xét tặng cho cá nhân, không tặng cho tập thể.`,
    );
  }

  const own = input.records.filter((r) => r.subjectKey === subjectKey);
  const sameFormSameYear = own.some((r) => r.formCode === formCode && r.year === year);
  if (sameFormSameYear) {
    problems.push(
      `Đã được tặng ${describeForm(form)} năm ${year}; không xét tặng cùng một hình thức hai lần trong một năm.`,
    );
  }

  const seen = new Set<string>();
  for (const r of own) {
    if (r.formCode === formCode && r.year === year) continue;
    if (!sameAchievement(r.achievement, input.achievement)) continue;
    const message = `Thành tích này đã được khen bằng ${nameOf(r.formCode)} năm ${r.year}; một thành tích không được khen thưởng hai lần.`;
    if (!seen.has(message)) {
      seen.add(message);
      problems.push(message);
    }
  }

  const batch = input.alsoProposed ?? [];
  for (const required of form.requiresSameYear) {
    const held =
      own.some((r) => r.formCode === required && r.year === year) ||
      batch.some((p) => p.subjectKey === subjectKey && p.formCode === required);
    if (!held) {
      problems.push(`Chưa có ${nameOf(required)} năm ${year} — điều kiện của “${form.name}”.`);
    }
  }
  return problems;
}
