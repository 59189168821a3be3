/**
 * The laws and decrees an award decision may cite, as data: kind, number, dates in force, the role
 * each plays, the forms and levels it is cited for, and which of its fields the domain facts do not
 * confirm. The rule that chooses among them is in `legal-bases.ts`.
 */

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
