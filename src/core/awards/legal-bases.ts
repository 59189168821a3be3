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

export const LEGAL_DOCUMENT_KINDS = ['luat', 'nghi-dinh'] as const;
export type LegalDocumentKind = (typeof LEGAL_DOCUMENT_KINDS)[number];

/** Why a decision cites it; one document of each role is in force on a day (amending laws aside). */
export const LEGAL_ROLES = [
  'local-government',
  'emulation-law',
  'emulation-decree',
  'commune-powers',
] as const;
export type LegalRole = (typeof LEGAL_ROLES)[number];

/** The level of the body issuing the decision. */
export type IssuingLevel = 'commune' | 'city';

export const LEGAL_FIELDS = ['number', 'issuedOn', 'title', 'effectiveFrom', 'effectiveTo', 'forms'] as const;
export type LegalField = (typeof LEGAL_FIELDS)[number];

export interface LegalDocument {
  /** Stable code: "nd-152-2025". */
  code: string;
  kind: LegalDocumentKind;
  /** "06/2022/QH15", "152/2025/NĐ-CP". */
  number: string;
  /** The date it was passed or signed (the date cited). */
  issuedOn: string;
  /** "Quốc hội", "Chính phủ". */
  issuer: string;
  /** A law's name ("Thi đua, khen thưởng"); a decree's trích yếu ("quy định chi tiết …"). */
  title: string;
  effectiveFrom: string;
  /** The last day in force; null = still in force. */
  effectiveTo: string | null;
  role: LegalRole;
  /** The code of the law this one amends: cited on the same line, after it. */
  amends: string | null;
  /** The forms it is cited for; null = every form. */
  forms: readonly string[] | null;
  /** The issuing levels it is cited for; null = every level. */
  levels: readonly IssuingLevel[] | null;
  /** Fields not confirmed in the domain facts ("cần kiểm tra"); empty = verified. */
  unverified: readonly LegalField[];
  /** Where the values come from (shown to the administrator, in Vietnamese). */
  source: string;
}

const FACTS = 'Tài liệu tra cứu pháp lý (legal-facts.md)';
const NOT_IN_FACTS = 'Chưa có trong tài liệu tra cứu pháp lý.';

/** The forms a commune-level chairman confers from 1/7/2025 (Luật 06/2022 Điều 80 k2 và k3, NĐ 129/2025). */
export const COMMUNE_CONFERRED_FORMS = [
  'chien-si-thi-dua-co-so',
  'tap-the-lao-dong-tien-tien',
  'lao-dong-tien-tien',
  'giay-khen',
  'gia-dinh-van-hoa',
  'thon-to-dan-pho-van-hoa',
] as const;

const ALL = null;
const UNVERIFIED_ALL: readonly LegalField[] = ['number', 'issuedOn', 'title', 'effectiveFrom', 'effectiveTo'];

/** The built-in table (seed values). Order within a role does not matter; the rule sorts by date. */
export const LEGAL_DOCUMENTS: readonly LegalDocument[] = [
  {
    code: 'luat-tccqdp-2015',
    kind: 'luat',
    number: '77/2015/QH13',
    issuedOn: '2015-06-19',
    issuer: 'Quốc hội',
    title: 'Tổ chức chính quyền địa phương',
    effectiveFrom: '2016-01-01',
    effectiveTo: '2025-02-28',
    role: 'local-government',
    amends: null,
    forms: ALL,
    levels: ALL,
    unverified: UNVERIFIED_ALL,
    source: `${NOT_IN_FACTS} Theo cách trích dẫn thường gặp; cần đối chiếu trên vbpl.vn.`,
  },
  {
    code: 'luat-sua-doi-tccp-tccqdp-2019',
    kind: 'luat',
    number: '47/2019/QH14',
    issuedOn: '2019-11-22',
    issuer: 'Quốc hội',
    title: 'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
    effectiveFrom: '2020-07-01',
    effectiveTo: '2025-02-28',
    role: 'local-government',
    amends: 'luat-tccqdp-2015',
    forms: ALL,
    levels: ALL,
    unverified: UNVERIFIED_ALL,
    source: `${NOT_IN_FACTS} Theo cách trích dẫn thường gặp; cần đối chiếu trên vbpl.vn.`,
  },
  {
    code: 'luat-tccqdp-65-2025',
    kind: 'luat',
    number: '65/2025/QH15',
    issuedOn: '2025-02-19',
    issuer: 'Quốc hội',
    title: 'Tổ chức chính quyền địa phương',
    effectiveFrom: '2025-03-01',
    effectiveTo: '2025-06-15',
    role: 'local-government',
    amends: null,
    forms: ALL,
    levels: ALL,
    unverified: UNVERIFIED_ALL,
    source: `${NOT_IN_FACTS} Luật tháng 02/2025, được thay bằng Luật 72/2025/QH15; cần đối chiếu trên vbpl.vn.`,
  },
  {
    code: 'luat-tccqdp-72-2025',
    kind: 'luat',
    number: '72/2025/QH15',
    issuedOn: '2025-06-16',
    issuer: 'Quốc hội',
    title: 'Tổ chức chính quyền địa phương',
    effectiveFrom: '2025-06-16',
    effectiveTo: null,
    role: 'local-government',
    amends: null,
    forms: ALL,
    levels: ALL,
    unverified: ['issuedOn', 'effectiveFrom'],
    source: `${FACTS} §5: số hiệu và chính quyền hai cấp từ 01/7/2025 (đã kiểm chứng); ngày thông qua và ngày có hiệu lực chưa có trong tài liệu.`,
  },
  {
    code: 'luat-tdkt-2003',
    kind: 'luat',
    number: '15/2003/QH11',
    issuedOn: '2003-11-26',
    issuer: 'Quốc hội',
    title: 'Thi đua, khen thưởng',
    effectiveFrom: '2004-07-01',
    effectiveTo: '2023-12-31',
    role: 'emulation-law',
    amends: null,
    forms: ALL,
    levels: ALL,
    unverified: UNVERIFIED_ALL,
    source: `${NOT_IN_FACTS} Được thay bằng Luật 06/2022/QH15 từ 01/01/2024; cần đối chiếu trên vbpl.vn.`,
  },
  {
    code: 'luat-sua-doi-tdkt-2013',
    kind: 'luat',
    number: '39/2013/QH13',
    issuedOn: '2013-11-16',
    issuer: 'Quốc hội',
    title: 'sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
    effectiveFrom: '2014-06-01',
    effectiveTo: '2023-12-31',
    role: 'emulation-law',
    amends: 'luat-tdkt-2003',
    forms: ALL,
    levels: ALL,
    unverified: UNVERIFIED_ALL,
    source: `${NOT_IN_FACTS} Cần đối chiếu trên vbpl.vn.`,
  },
  {
    code: 'luat-tdkt-2022',
    kind: 'luat',
    number: '06/2022/QH15',
    issuedOn: '2022-06-15',
    issuer: 'Quốc hội',
    title: 'Thi đua, khen thưởng',
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    role: 'emulation-law',
    amends: null,
    forms: ALL,
    levels: ALL,
    unverified: [],
    source: `${FACTS} §1: thông qua 15/6/2022, có hiệu lực 01/01/2024 (đã kiểm chứng).`,
  },
  {
    code: 'nd-91-2017',
    kind: 'nghi-dinh',
    number: '91/2017/NĐ-CP',
    issuedOn: '2017-07-31',
    issuer: 'Chính phủ',
    title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    effectiveFrom: '2017-09-15',
    effectiveTo: '2023-12-31',
    role: 'emulation-decree',
    amends: null,
    forms: ALL,
    levels: ALL,
    unverified: ['issuedOn', 'title', 'effectiveFrom'],
    source: `${FACTS} §2: nghị định áp dụng đến 31/12/2023; ngày ký và trích yếu chưa có trong tài liệu.`,
  },
  {
    code: 'nd-98-2023',
    kind: 'nghi-dinh',
    number: '98/2023/NĐ-CP',
    issuedOn: '2023-12-31',
    issuer: 'Chính phủ',
    title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-06-30',
    role: 'emulation-decree',
    amends: null,
    forms: ALL,
    levels: ALL,
    unverified: ['title'],
    source: `${FACTS} §2: ký 31/12/2023, có hiệu lực 01/01/2024, được thay từ 01/7/2025 (đã kiểm chứng); trích yếu chính xác chưa có trong tài liệu.`,
  },
  {
    code: 'nd-152-2025',
    kind: 'nghi-dinh',
    number: '152/2025/NĐ-CP',
    issuedOn: '2025-06-14',
    issuer: 'Chính phủ',
    title: 'quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    role: 'emulation-decree',
    amends: null,
    forms: ALL,
    levels: ALL,
    unverified: ['title'],
    source: `${FACTS} §2: ký 14/6/2025, có hiệu lực 01/7/2025 (đã kiểm chứng); trích yếu chính xác chưa có trong tài liệu.`,
  },
  {
    code: 'nd-129-2025',
    kind: 'nghi-dinh',
    number: '129/2025/NĐ-CP',
    issuedOn: '2025-06-11',
    issuer: 'Chính phủ',
    title:
      'quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    role: 'commune-powers',
    amends: null,
    forms: COMMUNE_CONFERRED_FORMS,
    levels: ['commune'],
    unverified: ['issuedOn', 'title'],
    source: `${FACTS} §1–2: có hiệu lực 01/7/2025, giao thẩm quyền khoản 2 và 3 Điều 80 Luật 06/2022 cho Chủ tịch UBND cấp xã (đã kiểm chứng qua nguồn thứ cấp); ngày ký và trích yếu chính xác chưa có trong tài liệu.`,
  },
];

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
