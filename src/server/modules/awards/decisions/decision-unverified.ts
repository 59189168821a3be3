/**
 * The unverified values of a stored decision (the rule is `core/awards/unverified.ts`): which ones it
 * uses under the catalogue as saved now, which of them its approval did not confirm, and how the API
 * shows them.
 */
import { formInForce } from '../../../../core/awards/catalogue.ts';
import type { AwardDecision, AwardForm, BaseSalary } from '../../../../core/awards/types.ts';
import {
  type UnverifiedValue,
  unconfirmedValues,
  unverifiedSentence,
  unverifiedValues,
} from '../../../../core/awards/unverified.ts';
import type { UnverifiedValueView } from '../../../../shared/api/award-decisions.ts';

export interface Catalogue {
  forms: readonly AwardForm[];
  salaries: readonly BaseSalary[];
}

function salaryOn(salaries: readonly BaseSalary[], isoDate: string): BaseSalary | null {
  let found: BaseSalary | null = null;
  for (const s of salaries)
    if (s.effectiveFrom <= isoDate && (!found || s.effectiveFrom > found.effectiveFrom)) found = s;
  return found;
}

/** The unverified values the decision prints: its form's version and base salary of its date. */
export function decisionUnverified(
  d: Pick<AwardDecision, 'formCode' | 'date' | 'items'>,
  catalogue: Catalogue,
): UnverifiedValue[] {
  return unverifiedValues({
    form: formInForce(catalogue.forms, d.formCode, d.date),
    salary: salaryOn(catalogue.salaries, d.date),
    items: d.items,
  });
}

/**
 * The values a document must still mark "giá trị cần kiểm tra": all of them on a draft, and on an
 * approved decision those its approval did not confirm (a decision approved before confirmations
 * were recorded confirmed none).
 */
export function unconfirmedOfDecision(
  d: Pick<AwardDecision, 'state' | 'unverifiedConfirmation'>,
  values: readonly UnverifiedValue[],
): UnverifiedValue[] {
  if (d.state !== 'approved') return [...values];
  return unconfirmedValues(
    values,
    (d.unverifiedConfirmation?.values ?? []).map((v) => v.key),
  );
}

export function unverifiedViews(values: readonly UnverifiedValue[]): UnverifiedValueView[] {
  return values.map((v) => ({
    key: v.key,
    kind: v.kind,
    label: v.label,
    legalBasis: v.legalBasis,
    text: unverifiedSentence(v),
    subjectKind: v.subjectKind ?? null,
    coefficient: v.coefficient ?? null,
  }));
}
