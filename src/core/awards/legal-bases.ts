/**
 * The laws and decrees an award decision cites ("Căn cứ …"), as data with effective dates, and the rule
 * that chooses them for a decision's date, form and issuing level.
 *
 * - the local-government law in force on the date (Luật Tổ chức chính quyền địa phương);
 * - the emulation law in force (Luật Thi đua, khen thưởng), with the laws amending it;
 * - the decree detailing that law in force (Nghị định 91/2017, 98/2023, then 152/2025);
 * - from 1/7/2025, for a form a commune-level chairman confers, the decree that gives the chairman that
 *   power (Nghị định 129/2025).
 *
 * Each document is cited in full (number, date, issuer, trích yếu) the first time a document names it,
 * and by its short name after that. Values not confirmed in the domain facts are listed in
 * `unverified` and shown as "cần kiểm tra"; a human checks them against the official text.
 */
import { formatLongDate } from '../vietnamese/dates.ts';
import {
  type IssuingLevel,
  LEGAL_DOCUMENTS,
  LEGAL_ROLES,
  type LegalDocument,
  type LegalField,
  type LegalRole,
} from './legal-documents.ts';

export * from './legal-documents.ts';

const ROLE_ORDER: readonly LegalRole[] = LEGAL_ROLES;

/**
 * Pairs of documents of the same role (amending laws aside) in force on a common day for a common form
 * and level: the table must not hold them, or the choice would depend on the issue dates alone.
 */
export function overlappingDocuments(
  documents: readonly LegalDocument[],
): Array<[LegalDocument, LegalDocument]> {
  const main = documents.filter((d) => d.amends === null);
  const shared = <T>(a: readonly T[] | null, b: readonly T[] | null) =>
    a === null || b === null || a.some((x) => b.includes(x));
  const pairs: Array<[LegalDocument, LegalDocument]> = [];
  for (const [i, a] of main.entries()) {
    for (const b of main.slice(i + 1)) {
      if (a.role !== b.role || !shared(a.forms, b.forms) || !shared(a.levels, b.levels)) continue;
      const end = (d: LegalDocument) => d.effectiveTo ?? '9999-12-31';
      if (a.effectiveFrom <= end(b) && b.effectiveFrom <= end(a)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** What a decision is about, for choosing its căn cứ. */
export interface BasisQuery {
  /** The decision date (ISO). */
  date: string;
  /** The form's code ("giay-khen"). */
  formCode: string;
  level: IssuingLevel;
}

export function inForceOn(doc: Pick<LegalDocument, 'effectiveFrom' | 'effectiveTo'>, date: string): boolean {
  return doc.effectiveFrom <= date && (doc.effectiveTo === null || date <= doc.effectiveTo);
}

function appliesTo(doc: LegalDocument, query: BasisQuery): boolean {
  return (
    inForceOn(doc, query.date) &&
    (doc.forms === null || doc.forms.includes(query.formCode)) &&
    (doc.levels === null || doc.levels.includes(query.level))
  );
}

/** One căn cứ line: a document and the amending laws cited with it. */
export interface LegalBasis {
  document: LegalDocument;
  amendments: LegalDocument[];
}

export interface ChosenBases {
  bases: LegalBasis[];
  /** Roles every decision needs that no document fills on the date (a gap in the table). */
  missing: LegalRole[];
}

/**
 * The laws and decrees a decision cites: each role's document in force on the date for the form and
 * level (the latest issued when two overlap), with its amending laws in force, in the order
 * local-government law, emulation law, its decree, the commune chairman's powers.
 */
export function chooseLegalBases(
  query: BasisQuery,
  documents: readonly LegalDocument[] = LEGAL_DOCUMENTS,
): ChosenBases {
  const applicable = documents.filter((d) => appliesTo(d, query));
  const bases: LegalBasis[] = [];
  const missing: LegalRole[] = [];
  for (const role of ROLE_ORDER) {
    const main = applicable
      .filter((d) => d.role === role && d.amends === null)
      .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0];
    if (!main) {
      if (role !== 'commune-powers') missing.push(role);
      continue;
    }
    const amendments = applicable
      .filter((d) => d.amends === main.code)
      .sort((a, b) => a.issuedOn.localeCompare(b.issuedOn));
    bases.push({ document: main, amendments });
  }
  return { bases, missing };
}

/** "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022" / "Nghị định số … của Chính phủ …". */
export function fullCitation(doc: LegalDocument): string {
  const date = formatLongDate(doc.issuedOn);
  if (doc.kind === 'luat') return `Luật ${doc.title} số ${doc.number} ${date}`;
  return `Nghị định số ${doc.number} ${date} của ${doc.issuer} ${doc.title}`;
}

/** "Luật Thi đua, khen thưởng số 06/2022/QH15", "Nghị định số 152/2025/NĐ-CP": after the first citation. */
export function shortCitation(doc: LegalDocument): string {
  if (doc.kind === 'luat') return `Luật ${doc.title} số ${doc.number}`;
  return `Nghị định số ${doc.number}`;
}

/**
 * Cites documents as a document's text runs: in full the first time, short after that.
 * One citer per document being written.
 */
export function createCiter(): (doc: LegalDocument) => string {
  const cited = new Set<string>();
  return (doc) => {
    if (cited.has(doc.code)) return shortCitation(doc);
    cited.add(doc.code);
    return fullCitation(doc);
  };
}

/** "Căn cứ Luật … ngày …; Luật sửa đổi … ngày …" (without the closing ";"). */
export function basisLine(basis: LegalBasis, cite: (doc: LegalDocument) => string = createCiter()): string {
  return `Căn cứ ${[basis.document, ...basis.amendments].map(cite).join('; ')}`;
}

/** The căn cứ lines of the laws and decrees for a decision (without the plan and the proposal). */
export function legalBasisLines(query: BasisQuery, documents?: readonly LegalDocument[]): string[] {
  const cite = createCiter();
  return chooseLegalBases(query, documents).bases.map((b) => basisLine(b, cite));
}

/**
 * The căn cứ of a Tờ trình: the same choice without the local-government law (it grounds the
 * chairman's power to decide, which a proposal does not exercise).
 */
export function emulationBasisLines(query: BasisQuery, documents?: readonly LegalDocument[]): string[] {
  const cite = createCiter();
  return chooseLegalBases(query, documents)
    .bases.filter((b) => b.document.role !== 'local-government')
    .map((b) => basisLine(b, cite));
}

/** The documents cited with values not confirmed: "Nghị định số 129/2025/NĐ-CP (ngày ban hành, trích yếu)". */
export function unverifiedBases(query: BasisQuery, documents?: readonly LegalDocument[]): string[] {
  const labels: Record<LegalField, string> = {
    number: 'số hiệu',
    issuedOn: 'ngày ban hành',
    title: 'trích yếu',
    effectiveFrom: 'ngày có hiệu lực',
    effectiveTo: 'ngày hết hiệu lực',
    forms: 'hình thức áp dụng',
  };
  return chooseLegalBases(query, documents)
    .bases.flatMap((b) => [b.document, ...b.amendments])
    .filter((d) => d.unverified.length > 0)
    .map((d) => `${shortCitation(d)} (${d.unverified.map((f) => labels[f]).join(', ')})`);
}

const bare = (line: string) => line.trim().replace(/[.;,]+$/u, '');

/**
 * A draft's căn cứ after its date or form changes: when it still holds every law line chosen for the
 * old date, those lines are replaced by the ones chosen for the new date (put first, as a new decision
 * has them); lines someone wrote or changed stay as they are. Otherwise the lines are kept unchanged.
 */
export function rebaseLegalLines(
  bases: readonly string[],
  from: BasisQuery,
  to: BasisQuery,
  documents?: readonly LegalDocument[],
): string[] {
  const before = legalBasisLines(from, documents);
  const after = legalBasisLines(to, documents);
  const held = new Set(bases.map(bare));
  if (before.join('\n') === after.join('\n') || !before.every((line) => held.has(line))) return [...bases];
  const old = new Set(before);
  return [...after.map((line) => `${line};`), ...bases.filter((line) => !old.has(bare(line)))];
}
