/**
 * The built-in catalogue of emulation titles and forms of commendation (Luật Thi đua, khen thưởng
 * 06/2022/QH15; Nghị định 98/2023/NĐ-CP until 30/6/2025, Nghị định 152/2025/NĐ-CP from 1/7/2025) and the
 * base salary table. These are the seed values: the database keeps an editable copy, and values not
 * confirmed in an official text carry `verified: false` ("cần kiểm tra").
 */
import type { AwardForm, AwardVoteThreshold, BaseSalary } from './types.ts';

/** The stable codes of the built-in forms, used by the CLI, imports and the database. */
export const AWARD_FORM_CODES = [
  'huan-chuong-lao-dong-hang-ba',
  'chien-si-thi-dua-toan-quoc',
  'co-thi-dua-chinh-phu',
  'bang-khen-thu-tuong',
  'co-thi-dua-thanh-pho',
  'chien-si-thi-dua-thanh-pho',
  'bang-khen-thanh-pho',
  'tap-the-lao-dong-xuat-sac',
  'xa-phuong-dac-khu-tieu-bieu',
  'chien-si-thi-dua-co-so',
  'tap-the-lao-dong-tien-tien',
  'lao-dong-tien-tien',
  'giay-khen',
  'giay-khen-huyen',
  'gia-dinh-van-hoa',
  'thon-to-dan-pho-van-hoa',
] as const;
export type AwardFormCode = (typeof AWARD_FORM_CODES)[number];

/** Default council vote: more than half of all members (the current rule is not confirmed). */
export const DEFAULT_VOTE_THRESHOLD: AwardVoteThreshold = { share: 0.5, strict: true, base: 'members' };

/** At least 90% of all members: the rule of Nghị định 91/2017 Điều 45 khoản 8 for CSTĐ tỉnh and above. */
export const HIGH_VOTE_THRESHOLD: AwardVoteThreshold = { share: 0.9, strict: false, base: 'members' };

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const ND98 = 'Nghị định 98/2023/NĐ-CP';
const ND152 = 'Nghị định 152/2025/NĐ-CP';
const ND98_FROM = '2024-01-01';
const ND98_TO = '2025-06-30';
const ND152_FROM = '2025-07-01';

const COMMUNE_CHAIR = 'Chủ tịch UBND cấp xã (xã, phường, đặc khu)';
const DISTRICT_CHAIR = 'Chủ tịch UBND cấp huyện';
const CITY_CHAIR = 'Chủ tịch UBND thành phố';
const PRIME_MINISTER = 'Thủ tướng Chính phủ';
const PRESIDENT = 'Chủ tịch nước';

type FormSeed = Omit<
  AwardForm,
  'effectiveFrom' | 'effectiveTo' | 'threshold' | 'requiresSameYear' | 'category'
> &
  Partial<Pick<AwardForm, 'threshold' | 'requiresSameYear' | 'category'>>;

function nd152(seed: FormSeed): AwardForm {
  return {
    category: 'title',
    requiresSameYear: [],
    threshold: DEFAULT_VOTE_THRESHOLD,
    ...seed,
    effectiveFrom: ND152_FROM,
    effectiveTo: null,
  };
}

/** The same form under Nghị định 98/2023 (1/1/2024 – 30/6/2025), with the fields that differed. */
function nd98(form: AwardForm, changes: Partial<AwardForm>): AwardForm {
  return {
    ...form,
    legalBasis: form.legalBasis.replace(ND152, ND98),
    ...changes,
    effectiveFrom: ND98_FROM,
    effectiveTo: ND98_TO,
  };
}

const TITLE_BASIS = `${LAW}; ${ND152} (mức tiền thưởng danh hiệu thi đua)`;
const FORM_BASIS = `${LAW}; ${ND152}, Điều 54 khoản 1`;
const COMMUNE_BASIS = `${LAW}, Điều 80 khoản 2 và 3; Nghị định 129/2025/NĐ-CP`;

/** The forms in force from 1/7/2025 (the district's Giấy khen has no version then). */
const current: Record<Exclude<AwardFormCode, 'giay-khen-huyen'>, AwardForm> = {
  'huan-chuong-lao-dong-hang-ba': nd152({
    code: 'huan-chuong-lao-dong-hang-ba',
    name: 'Huân chương Lao động hạng Ba',
    category: 'form',
    level: 'nha_nuoc',
    recipients: ['individual', 'collective'],
    authority: PRESIDENT,
    conferredByCommune: false,
    coefficientIndividual: 4.5,
    coefficientCollective: 9,
    comesWith: 'Huân chương, bằng, hộp',
    legalBasis: `${LAW}; ${ND152}`,
    verified: false,
    sortOrder: 10,
  }),
  'chien-si-thi-dua-toan-quoc': nd152({
    code: 'chien-si-thi-dua-toan-quoc',
    name: 'Chiến sĩ thi đua toàn quốc',
    level: 'nha_nuoc',
    recipients: ['individual'],
    authority: PRIME_MINISTER,
    conferredByCommune: false,
    coefficientIndividual: 4.5,
    coefficientCollective: null,
    comesWith: 'Bằng chứng nhận, khung, Huy hiệu, hộp',
    legalBasis: TITLE_BASIS,
    verified: true,
    threshold: HIGH_VOTE_THRESHOLD,
    sortOrder: 20,
  }),
  'co-thi-dua-chinh-phu': nd152({
    code: 'co-thi-dua-chinh-phu',
    name: 'Cờ thi đua của Chính phủ',
    level: 'nha_nuoc',
    recipients: ['collective'],
    authority: PRIME_MINISTER,
    conferredByCommune: false,
    coefficientIndividual: null,
    coefficientCollective: 12,
    comesWith: 'Cờ',
    legalBasis: TITLE_BASIS,
    verified: true,
    sortOrder: 30,
  }),
  'bang-khen-thu-tuong': nd152({
    code: 'bang-khen-thu-tuong',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    category: 'form',
    level: 'nha_nuoc',
    recipients: ['individual', 'collective'],
    authority: PRIME_MINISTER,
    conferredByCommune: false,
    coefficientIndividual: 3.5,
    // Twice the individual value, as under Nghị định 91/2017; the 2025 wording is not confirmed.
    coefficientCollective: 7,
    comesWith: 'Bằng khen, khung',
    legalBasis: FORM_BASIS,
    verified: false,
    sortOrder: 40,
  }),
  'co-thi-dua-thanh-pho': nd152({
    code: 'co-thi-dua-thanh-pho',
    name: 'Cờ thi đua của UBND thành phố',
    level: 'thanh_pho',
    recipients: ['collective'],
    authority: CITY_CHAIR,
    conferredByCommune: false,
    coefficientIndividual: null,
    coefficientCollective: 8,
    comesWith: 'Cờ',
    legalBasis: TITLE_BASIS,
    verified: true,
    sortOrder: 110,
  }),
  'chien-si-thi-dua-thanh-pho': nd152({
    code: 'chien-si-thi-dua-thanh-pho',
    name: 'Chiến sĩ thi đua thành phố',
    level: 'thanh_pho',
    recipients: ['individual'],
    authority: CITY_CHAIR,
    conferredByCommune: false,
    coefficientIndividual: 3,
    coefficientCollective: null,
    comesWith: 'Bằng chứng nhận, khung, Huy hiệu, hộp',
    legalBasis: TITLE_BASIS,
    verified: true,
    threshold: HIGH_VOTE_THRESHOLD,
    sortOrder: 120,
  }),
  'bang-khen-thanh-pho': nd152({
    code: 'bang-khen-thanh-pho',
    name: 'Bằng khen của Chủ tịch UBND thành phố',
    category: 'form',
    level: 'thanh_pho',
    recipients: ['individual', 'collective'],
    authority: CITY_CHAIR,
    conferredByCommune: false,
    coefficientIndividual: 1.5,
    coefficientCollective: 3,
    comesWith: 'Bằng khen, khung',
    legalBasis: FORM_BASIS,
    verified: false,
    sortOrder: 130,
  }),
  'tap-the-lao-dong-xuat-sac': nd152({
    code: 'tap-the-lao-dong-xuat-sac',
    name: 'Tập thể lao động xuất sắc',
    level: 'thanh_pho',
    recipients: ['collective'],
    authority: CITY_CHAIR,
    conferredByCommune: false,
    coefficientIndividual: null,
    coefficientCollective: 1.5,
    comesWith: 'Bằng chứng nhận, khung',
    legalBasis: TITLE_BASIS,
    verified: true,
    sortOrder: 140,
  }),
  'xa-phuong-dac-khu-tieu-bieu': nd152({
    code: 'xa-phuong-dac-khu-tieu-bieu',
    name: 'Xã, phường, đặc khu tiêu biểu',
    level: 'thanh_pho',
    recipients: ['collective'],
    authority: CITY_CHAIR,
    conferredByCommune: false,
    coefficientIndividual: null,
    coefficientCollective: 2,
    comesWith: 'Bằng chứng nhận, khung',
    legalBasis: `${TITLE_BASIS}; Nghị định 86/2023/NĐ-CP (khung tiêu chuẩn)`,
    verified: true,
    sortOrder: 150,
  }),
  'chien-si-thi-dua-co-so': nd152({
    code: 'chien-si-thi-dua-co-so',
    name: 'Chiến sĩ thi đua cơ sở',
    level: 'co_so',
    recipients: ['individual'],
    authority: COMMUNE_CHAIR,
    conferredByCommune: true,
    coefficientIndividual: 1,
    coefficientCollective: null,
    comesWith: 'Bằng chứng nhận, khung',
    legalBasis: `${TITLE_BASIS}; ${COMMUNE_BASIS}`,
    verified: true,
    requiresSameYear: ['lao-dong-tien-tien'],
    sortOrder: 210,
  }),
  'tap-the-lao-dong-tien-tien': nd152({
    code: 'tap-the-lao-dong-tien-tien',
    name: 'Tập thể lao động tiên tiến',
    level: 'co_so',
    recipients: ['collective'],
    authority: COMMUNE_CHAIR,
    conferredByCommune: true,
    coefficientIndividual: null,
    coefficientCollective: 0.8,
    comesWith: '',
    legalBasis: `${TITLE_BASIS}; ${COMMUNE_BASIS}`,
    verified: true,
    sortOrder: 220,
  }),
  'lao-dong-tien-tien': nd152({
    code: 'lao-dong-tien-tien',
    name: 'Lao động tiên tiến',
    level: 'co_so',
    recipients: ['individual'],
    authority: COMMUNE_CHAIR,
    conferredByCommune: true,
    coefficientIndividual: 0.3,
    coefficientCollective: null,
    comesWith: '',
    legalBasis: `${TITLE_BASIS}; ${COMMUNE_BASIS}`,
    verified: true,
    sortOrder: 230,
  }),
  'giay-khen': nd152({
    code: 'giay-khen',
    name: 'Giấy khen',
    category: 'form',
    level: 'co_so',
    recipients: ['individual', 'collective'],
    authority: COMMUNE_CHAIR,
    conferredByCommune: true,
    // 0,3 read (in translation) in a report of the Nghị định 152/2025 table.
    coefficientIndividual: 0.3,
    // Twice the individual value, as under Nghị định 91/2017 and 98/2023; the 2025 wording is not confirmed.
    coefficientCollective: 0.6,
    comesWith: 'Giấy khen, khung',
    legalBasis: `${LAW}, Điều 75 khoản 1; ${ND152}, Điều 54 khoản 1; ${COMMUNE_BASIS}`,
    verified: false,
    sortOrder: 240,
  }),
  'gia-dinh-van-hoa': nd152({
    code: 'gia-dinh-van-hoa',
    name: 'Gia đình văn hóa',
    level: 'co_so',
    recipients: ['household'],
    authority: COMMUNE_CHAIR,
    conferredByCommune: true,
    coefficientIndividual: null,
    coefficientCollective: null,
    comesWith: 'Giấy chứng nhận',
    legalBasis: `${LAW}; Nghị định 86/2023/NĐ-CP; ${COMMUNE_BASIS}`,
    verified: false,
    sortOrder: 250,
  }),
  'thon-to-dan-pho-van-hoa': nd152({
    code: 'thon-to-dan-pho-van-hoa',
    name: 'Thôn, tổ dân phố văn hóa',
    level: 'co_so',
    recipients: ['village'],
    authority: COMMUNE_CHAIR,
    conferredByCommune: true,
    coefficientIndividual: null,
    coefficientCollective: 1.5,
    comesWith: 'Bằng chứng nhận, khung',
    legalBasis: `${TITLE_BASIS}; Nghị định 86/2023/NĐ-CP; ${COMMUNE_BASIS}`,
    verified: true,
    sortOrder: 260,
  }),
};

// Under Nghị định 98/2023 (before the two-level reform) the district chairman conferred CSTĐ cơ sở,
// Tập thể lao động tiên tiến and thôn/TDP văn hóa; the commune chairman LĐTT, Giấy khen, Gia đình văn hóa.
const fromDistrict: Partial<AwardForm> = { authority: DISTRICT_CHAIR, conferredByCommune: false };
const OLD_COMMUNE_BASIS = `${LAW}, Điều 80 khoản 3`;
const previous: AwardForm[] = [
  nd98(current['chien-si-thi-dua-toan-quoc'], {}),
  nd98(current['co-thi-dua-chinh-phu'], {}),
  nd98(current['co-thi-dua-thanh-pho'], {}),
  nd98(current['chien-si-thi-dua-thanh-pho'], {}),
  nd98(current['bang-khen-thanh-pho'], {
    coefficientIndividual: 1,
    coefficientCollective: 2,
    legalBasis: `${LAW}; ${ND98}`,
  }),
  nd98(current['tap-the-lao-dong-xuat-sac'], {}),
  nd98(current['xa-phuong-dac-khu-tieu-bieu'], { name: 'Xã, phường, thị trấn tiêu biểu' }),
  nd98(current['chien-si-thi-dua-co-so'], {
    ...fromDistrict,
    legalBasis: `${LAW}, Điều 80 khoản 2; ${ND98}`,
  }),
  nd98(current['tap-the-lao-dong-tien-tien'], {
    ...fromDistrict,
    legalBasis: `${LAW}, Điều 80 khoản 2; ${ND98}`,
  }),
  nd98(current['lao-dong-tien-tien'], {
    authority: 'Chủ tịch UBND cấp xã',
    legalBasis: `${OLD_COMMUNE_BASIS}; ${ND98}`,
  }),
  // The commune chairman's Giấy khen carried 0,15 (Nghị định 91/2017 Điều 73 khoản 1 điểm d, and
  // Nghị định 98/2023 Điều 58 khoản 1 as the Bộ Nội vụ cites it); collectives twice (khoản 2).
  nd98(current['giay-khen'], {
    authority: 'Chủ tịch UBND cấp xã',
    coefficientIndividual: 0.15,
    coefficientCollective: 0.3,
    legalBasis: `${LAW}, Điều 75 khoản 1 điểm d; ${OLD_COMMUNE_BASIS}; ${ND98}, Điều 58 khoản 1 và khoản 2`,
    verified: false,
  }),
  // The district chairman's Giấy khen (0,3; collectives twice): the district level ended on 30/6/2025.
  nd98(current['giay-khen'], {
    code: 'giay-khen-huyen',
    name: 'Giấy khen cấp huyện',
    ...fromDistrict,
    recipients: ['individual', 'collective'],
    coefficientIndividual: 0.3,
    coefficientCollective: 0.6,
    legalBasis: `${LAW}, Điều 75 khoản 1; ${ND98}, Điều 58 khoản 1 và khoản 2 (Giấy khen của Chủ tịch UBND cấp huyện)`,
    verified: false,
    sortOrder: 245,
  }),
  nd98(current['gia-dinh-van-hoa'], {
    authority: 'Chủ tịch UBND cấp xã',
    legalBasis: `${LAW}; Nghị định 86/2023/NĐ-CP; ${OLD_COMMUNE_BASIS}`,
  }),
  nd98(current['thon-to-dan-pho-van-hoa'], {
    ...fromDistrict,
    legalBasis: `${LAW}, Điều 80 khoản 2; Nghị định 86/2023/NĐ-CP; ${ND98}`,
  }),
];

/**
 * Every built-in version of every form: the Nghị định 152/2025 values from 1/7/2025 and, where the
 * form existed, the Nghị định 98/2023 values from 1/1/2024 to 30/6/2025 (the district chairman's
 * Giấy khen, `giay-khen-huyen`, only then). Ordered by level then form.
 */
export const DEFAULT_AWARD_FORMS: AwardForm[] = [...Object.values(current), ...previous].sort(
  (a, b) => a.sortOrder - b.sortOrder || a.effectiveFrom.localeCompare(b.effectiveFrom),
);

/** Mức lương cơ sở by date; only the Nghị định 73/2024 value was read in a source. */
export const DEFAULT_BASE_SALARIES: BaseSalary[] = [
  { amount: 1_490_000, effectiveFrom: '2019-07-01', legalBasis: 'Nghị định 38/2019/NĐ-CP', verified: false },
  { amount: 1_800_000, effectiveFrom: '2023-07-01', legalBasis: 'Nghị định 24/2023/NĐ-CP', verified: false },
  { amount: 2_340_000, effectiveFrom: '2024-07-01', legalBasis: 'Nghị định 73/2024/NĐ-CP', verified: true },
];

export {
  AWARD_LEVEL_LABELS,
  currentForms,
  describeForm,
  formAcceptsKind,
  formInForce,
  formNotInForceMessage,
  latestForm,
} from './catalogue-lookup.ts';
