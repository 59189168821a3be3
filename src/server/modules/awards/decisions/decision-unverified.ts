/**
 * The unverified values of a stored decision (the rules are `core/awards/unverified.ts` and
 * `core/awards/unverified-bases.ts`): which ones it uses under the catalogue and the legal table as
 * saved now, which of them its approval did not confirm, and how the API shows them.
 */
import { formInForce } from '../../../../core/awards/catalogue.ts';
import type { BasisQuery, IssuingLevel, LegalDocument } from '../../../../core/awards/legal-bases.ts';
import type { AwardDecision, AwardForm, BaseSalary } from '../../../../core/awards/types.ts';
import {
  type UnverifiedValue,
  unconfirmedValues,
  unverifiedSentence,
  unverifiedValues,
} from '../../../../core/awards/unverified.ts';
import { printedBasisLines, unverifiedBasisValues } from '../../../../core/awards/unverified-bases.ts';
import type { UnverifiedValueView } from '../../../../shared/api/award-decisions.ts';
import type { Db } from '../../../db/database.ts';
import { findUnitById } from '../../units/index.ts';
import { loadAwardCatalogue } from '../catalogue/catalogue.service.ts';
import { loadLegalDocuments } from '../legal/legal-documents.service.ts';

/** What the values are read from: the catalogue, the legal table, and the level of the issuing unit. */
export interface Catalogue {
  forms: readonly AwardForm[];
  salaries: readonly BaseSalary[];
  legal: readonly LegalDocument[];
  level: IssuingLevel;
}

/** The catalogue and legal table as saved, with the level of `unitId` (the city, or a commune). */
export async function loadUnverifiedSources(db: Db, unitId: string): Promise<Catalogue> {
  const [{ forms, salaries }, legal, unit] = await Promise.all([
    loadAwardCatalogue(db),
    loadLegalDocuments(db),
    findUnitById(db, unitId),
  ]);
  return { forms, salaries, legal, level: unit?.kind === 'city' ? 'city' : 'commune' };
}

function salaryOn(salaries: readonly BaseSalary[], isoDate: string): BaseSalary | null {
  let found: BaseSalary | null = null;
  for (const s of salaries)
    if (s.effectiveFrom <= isoDate && (!found || s.effectiveFrom > found.effectiveFrom)) found = s;
  return found;
}

/** The query the căn cứ of a decision are chosen for. */
export function basisQueryOf(d: Pick<AwardDecision, 'formCode' | 'date'>, level: IssuingLevel): BasisQuery {
  return { date: d.date, formCode: d.formCode, level };
}

/** The căn cứ lines the decision prints: its own, or those of its date when it holds none. */
export function decisionBasisLines(
  d: Pick<AwardDecision, 'formCode' | 'date' | 'bases'>,
  catalogue: Pick<Catalogue, 'legal' | 'level'>,
): string[] {
  return printedBasisLines(d.bases, basisQueryOf(d, catalogue.level), catalogue.legal);
}

/**
 * The unverified values the decision prints, in the order a reader meets them: its căn cứ, then its
 * form's version and base salary of its date.
 */
export function decisionUnverified(
  d: Pick<AwardDecision, 'formCode' | 'date' | 'items' | 'bases'>,
  catalogue: Catalogue,
): UnverifiedValue[] {
  return [
    ...unverifiedBasisValues({
      query: basisQueryOf(d, catalogue.level),
      lines: decisionBasisLines(d, catalogue),
      documents: catalogue.legal,
    }),
    ...unverifiedValues({
      form: formInForce(catalogue.forms, d.formCode, d.date),
      salary: salaryOn(catalogue.salaries, d.date),
      items: d.items,
    }),
  ];
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
