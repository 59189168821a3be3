/**
 * What a new award decision says before anyone edits it: the issuer and signer from the conference's
 * plan, the căn cứ of the law and of the plan, the fund and the executors; and the money of each line.
 */

import type { Conference } from '../conference/types.ts';
import {
  type AwardIssuer,
  chairmanOf,
  inListOrder,
  issuerUnitPhrase,
  whoPhrase,
} from '../documents/award-decision-document.ts';
import { chiefOfOffice, type UnitOffice } from '../documents/unit-office.ts';
import { DomainError } from '../errors/domain-error.ts';
import { formatLongDate, formatShortDate } from '../vietnamese/dates.ts';
import { formAcceptsKind } from './catalogue.ts';
import { type BasisQuery, type LegalDocument, legalBasisLines } from './legal-bases.ts';
import { baseSalaryOn, decisionMoney } from './money.ts';
import { proposerInDecision, submissionReference } from './proposer.ts';
import type { AwardForm, AwardProposal, BaseSalary, DecisionItem } from './types.ts';

/** The issuing body and place of the conference's plan, signed as given (or as the plan is signed). */
export function issuerOf(
  conference: Pick<Conference, 'plan'>,
  signer?: { prefix: string; title: string; name: string },
): AwardIssuer {
  const { plan } = conference;
  return {
    parentBody: plan.parentBody,
    issuingBody: plan.issuingBody,
    place: plan.place,
    signer: signer ?? {
      prefix: plan.signature.prefix,
      title: plan.signature.position,
      name: plan.signature.signerName,
    },
  };
}

/** "Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ": who confers the award, as records name it. */
export function issuerName(conference: Pick<Conference, 'plan'>): string {
  return chairmanOf(issuerOf(conference));
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * The căn cứ lines: the laws and decrees in force on the decision date for its form and issuing level
 * (`chooseLegalBases`), cited in full, then the conference's plan and the council's proposal.
 */
export function defaultBases(
  conference: Pick<Conference, 'plan'>,
  proposal: Pick<AwardProposal, 'proposer' | 'submissionNumber' | 'submissionDate' | 'council'>,
  decision: BasisQuery,
  documents?: readonly LegalDocument[],
): string[] {
  const { plan } = conference;
  const issuer = issuerOf(conference);
  const unit = issuerUnitPhrase(issuer);
  const lines = legalBasisLines(decision, documents).map((line) => `${line};`);
  if (plan.documentNumber && plan.issuedDate) {
    lines.push(
      `Căn cứ Kế hoạch số ${plan.documentNumber}/${plan.documentSymbol} ${formatLongDate(plan.issuedDate)} của Ủy ban nhân dân ${unit} về việc ${lowerFirst(plan.title.trim())};`,
    );
  }
  lines.push(proposalConsidered(issuer, proposal));
  return lines;
}

/**
 * The decision's "Xét đề nghị …" line: who proposed, in which Tờ trình, and the council's meeting on it.
 * @example "Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ tại Tờ trình
 *   số 15/TTr-HĐTĐKT ngày 15/8/2025 và kết quả họp Hội đồng Thi đua - Khen thưởng ngày 18/8/2025."
 */
export function proposalConsidered(
  issuer: AwardIssuer,
  proposal: Pick<AwardProposal, 'proposer' | 'submissionNumber' | 'submissionDate' | 'council'>,
): string {
  const reference = submissionReference(proposal.submissionNumber, proposal.proposer);
  const dated = proposal.submissionDate ? ` ngày ${formatShortDate(proposal.submissionDate)}` : '';
  const submission = reference
    ? ` tại Tờ trình số ${reference}${dated}`
    : dated
      ? ` tại Tờ trình${dated}`
      : '';
  const meeting = proposal.council
    ? ` và kết quả họp Hội đồng Thi đua - Khen thưởng ngày ${formatShortDate(proposal.council.date)}`
    : '';
  return `Xét đề nghị của ${proposerInDecision(proposal.proposer, issuer)}${submission}${meeting}.`;
}

/** "Quỹ thi đua, khen thưởng của đặc khu Bạch Long Vĩ". */
export function defaultFundSource(conference: Pick<Conference, 'plan'>): string {
  return `Quỹ thi đua, khen thưởng của ${issuerUnitPhrase(issuerOf(conference))}`;
}

/**
 * Điều 3: the head of the issuing unit's office (its own configuration: "Chánh Văn phòng Ủy ban nhân dân
 * đặc khu Bạch Long Vĩ", or "… Hội đồng nhân dân và Ủy ban nhân dân xã …" for a unit with a council;
 * without it, the office of the Ủy ban nhân dân), the agencies concerned, and the people of the list.
 */
export function defaultExecutors(
  conference: Pick<Conference, 'plan'>,
  items: readonly Pick<DecisionItem, 'subject'>[],
  office: Pick<UnitOffice, 'officeName'> | null,
): string[] {
  const unit = issuerUnitPhrase(issuerOf(conference));
  return [
    chiefOfOffice(office?.officeName ?? `Văn phòng Ủy ban nhân dân ${unit}`),
    'Thủ trưởng các cơ quan, đơn vị có liên quan',
    `${whoPhrase(items.map((i) => i.subject))} có tên tại Điều 1`,
  ];
}

/** A line before its money: who, for what, and the token of its certificate. */
export type UnpricedItem = Omit<DecisionItem, 'coefficient' | 'amount'>;

/**
 * Each line's coefficient and amount on the decision date (coefficient × base salary in force that day,
 * rounded up to 10.000 đ), the base salary used, and the total. Lines are put in list order
 * (collectives, then people by given name). A form without money for the line's kind pays nothing.
 */
export function priceItems(
  form: AwardForm,
  items: readonly UnpricedItem[],
  isoDate: string,
  salaries: readonly BaseSalary[],
): { items: DecisionItem[]; baseSalary: number; total: number } {
  const baseSalary = baseSalaryOn(salaries, isoDate).amount;
  const priced = inListOrder(items).map((item, i): DecisionItem => {
    const { kind } = item.subject;
    const coefficient = kind === 'individual' ? form.coefficientIndividual : form.coefficientCollective;
    if (coefficient === null && formAcceptsKind(form, kind)) return { ...item, coefficient: 0, amount: 0 };
    try {
      const money = decisionMoney(form, kind, isoDate, salaries);
      return { ...item, coefficient: money.coefficient, amount: money.amount };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new DomainError(
        error.code,
        `Dòng ${i + 1} (${item.subject.name}): ${error.message}`,
        error.fields,
      );
    }
  });
  return { items: priced, baseSalary, total: priced.reduce((sum, item) => sum + item.amount, 0) };
}
