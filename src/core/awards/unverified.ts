/**
 * Which values a decision prints that nobody has checked against the official text: a coefficient of a
 * form version marked "cần kiểm tra" (`verified: false`), a base salary marked so, or, for a form without
 * money, the form itself; and the unconfirmed fields of the laws and decrees its căn cứ cite
 * (`unverified-bases.ts`). Approval must confirm each one by its key; until then documents mark them.
 */
import { formatDayMonthYear } from '../vietnamese/dates.ts';
import { formatNumberVi } from '../vietnamese/money.ts';
import { describeForm } from './catalogue-lookup.ts';
import type { LegalField } from './legal-bases.ts';
import type { AwardForm, AwardSubjectKind, BaseSalary } from './types.ts';

export type UnverifiedKind = 'coefficient' | 'base-salary' | 'form' | 'legal-basis';

/** One unverified value a decision uses. */
export interface UnverifiedValue {
  /**
   * What a confirmation names: the form version or salary and the value, so that a value changed in the
   * catalogue after the confirmation needs a new one ("coefficient:giay-khen@2025-07-01:collective:0.6").
   */
  key: string;
  kind: UnverifiedKind;
  /**
   * "Hệ số 0,6 của “Giấy khen” (tập thể)", "Mức lương cơ sở 1.800.000 đồng (từ ngày 01/07/2023)",
   * "Ngày ban hành 16/6/2025 của Luật Tổ chức chính quyền địa phương số 72/2025/QH15".
   */
  label: string;
  /** The legal basis the catalogue gives for the value; for a căn cứ, the source the legal table gives. */
  legalBasis: string;
  /** For a coefficient: the kind of subject and the value, so documents can mark the line that prints it. */
  subjectKind?: AwardSubjectKind;
  coefficient?: number;
  /** For a căn cứ: the citation of the document as its line prints it, and the field not confirmed. */
  citation?: string;
  field?: LegalField;
}

/** What the rule reads of a decision line. */
export interface PricedLine {
  subject: { kind: AwardSubjectKind };
  coefficient: number;
  amount: number;
}

const KIND_WORDS: Record<AwardSubjectKind, string> = { individual: 'cá nhân', collective: 'tập thể' };

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * The unverified values of a decision: `form` is the version in force on the decision date and `salary`
 * the base salary of that date (null when the catalogue has none). Coefficients in the order collective
 * then individual, then the base salary; a form without money on any line is named itself.
 */
export function unverifiedValues(input: {
  form: AwardForm | null;
  salary: BaseSalary | null;
  items: readonly PricedLine[];
}): UnverifiedValue[] {
  const { form, salary, items } = input;
  const paid = items.filter((i) => i.amount > 0);
  const values: UnverifiedValue[] = [];
  if (form && !form.verified) {
    const version = `${form.code}@${form.effectiveFrom}`;
    if (paid.length === 0 && items.length > 0) {
      values.push({
        key: `form:${version}`,
        kind: 'form',
        label: capitalised(describeForm(form)),
        legalBasis: form.legalBasis,
      });
    }
    const seen = new Set<string>();
    for (const kind of ['collective', 'individual'] as const) {
      for (const item of paid.filter((i) => i.subject.kind === kind)) {
        const key = `coefficient:${version}:${kind}:${item.coefficient}`;
        if (seen.has(key)) continue;
        seen.add(key);
        values.push({
          key,
          kind: 'coefficient',
          label: `Hệ số ${formatNumberVi(item.coefficient)} của “${form.name}” (${KIND_WORDS[kind]})`,
          legalBasis: form.legalBasis,
          subjectKind: kind,
          coefficient: item.coefficient,
        });
      }
    }
  }
  if (salary && !salary.verified && paid.length > 0) {
    values.push({
      key: `base-salary:${salary.effectiveFrom}:${salary.amount}`,
      kind: 'base-salary',
      label: `Mức lương cơ sở ${formatNumberVi(salary.amount)} đồng (áp dụng từ ngày ${formatDayMonthYear(salary.effectiveFrom)})`,
      legalBasis: salary.legalBasis,
    });
  }
  return values;
}

/**
 * "Hệ số 0,6 của “Giấy khen” (tập thể) chưa được kiểm tra với văn bản gốc (căn cứ ghi trong danh mục: …)."
 * For a căn cứ: "… chưa được kiểm tra với văn bản gốc (nguồn ghi trong bảng văn bản căn cứ: …)."
 */
export function unverifiedSentence(
  value: Pick<UnverifiedValue, 'label' | 'legalBasis'> & { kind?: UnverifiedKind },
): string {
  const basis = value.legalBasis.trim();
  const where =
    value.kind === 'legal-basis' ? 'nguồn ghi trong bảng văn bản căn cứ' : 'căn cứ ghi trong danh mục';
  return `${value.label} chưa được kiểm tra với văn bản gốc${basis ? ` (${where}: ${basis.replace(/\.$/u, '')})` : ''}.`;
}

/** The values of `values` that `confirmedKeys` does not name, in their order. */
export function unconfirmedValues<T extends Pick<UnverifiedValue, 'key'>>(
  values: readonly T[],
  confirmedKeys: readonly string[],
): T[] {
  const confirmed = new Set(confirmedKeys);
  return values.filter((v) => !confirmed.has(v.key));
}

/** The refusal of an approval that does not confirm every value, naming each one. */
export function unconfirmedMessage(values: readonly Pick<UnverifiedValue, 'label'>[]): string {
  return `Chưa phê duyệt được: quyết định dùng ${values.length === 1 ? 'giá trị' : `${values.length} giá trị`} chưa được kiểm tra với văn bản gốc — ${values.map((v) => v.label).join('; ')}. Người phê duyệt cần xác nhận từng giá trị này trước khi phê duyệt.`;
}

/** The note a document prints beside a value that is not confirmed. */
export const UNVERIFIED_MARK = 'giá trị cần kiểm tra';
