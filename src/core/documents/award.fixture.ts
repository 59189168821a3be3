/**
 * Test factory: Giấy khen of the chairman of đặc khu Bạch Long Vĩ for 12 collectives and 40 individuals
 * for the period 2020 - 2025, proposed by the council's standing body in Tờ trình 15/TTr-HĐTĐKT
 * (15/8/2025), reviewed by the council on 18/8/2025 and decided by Quyết định 125/QĐ-UBND of 20/8/2025. Amounts: 0,3 × 2.340.000 = 702.000 → 710.000 đ per person,
 * 0,6 × 2.340.000 = 1.404.000 → 1.410.000 đ per collective; total 45.320.000 đ.
 */
import { legalBasisLines } from '../awards/legal-bases.ts';
import type {
  AwardDecision,
  AwardForm,
  AwardProposal,
  AwardSubject,
  DecisionItem,
  ProposalItem,
} from '../awards/types.ts';
import type { AwardIssuer } from './award-decision-document.ts';

export const FIXTURE_BASE_SALARY = 2_340_000;
export const FIXTURE_INDIVIDUAL_AMOUNT = 710_000;
export const FIXTURE_COLLECTIVE_AMOUNT = 1_410_000;

export const FIXTURE_ISSUER: AwardIssuer = {
  parentBody: 'ỦY BAN NHÂN DÂN',
  issuingBody: 'ĐẶC KHU BẠCH LONG VĨ',
  place: 'Bạch Long Vĩ',
  signer: { prefix: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Hậu' },
};

export function fixtureGiayKhen(overrides: Partial<AwardForm> = {}): AwardForm {
  return {
    code: 'giay-khen',
    name: 'Giấy khen',
    category: 'form',
    level: 'co_so',
    recipients: ['individual', 'collective'],
    authority: 'Chủ tịch Ủy ban nhân dân cấp xã',
    conferredByCommune: true,
    coefficientIndividual: 0.3,
    coefficientCollective: 0.6,
    comesWith: 'Giấy khen, khung',
    legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    verified: true,
    requiresSameYear: [],
    threshold: { share: 0.5, strict: true, base: 'members' },
    sortOrder: 10,
    ...overrides,
  };
}

const FAMILIES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô'];
const MEN = ['Văn An', 'Đức Bình', 'Minh Cường', 'Quang Dũng', 'Văn Hải', 'Hữu Khánh', 'Văn Lộc'];
const WOMEN = ['Thị Bích', 'Thu Hà', 'Thị Hồng', 'Ngọc Lan', 'Thị Mai', 'Thị Nga', 'Thu Trang'];
const POSITIONS = [
  'Thuyền trưởng tàu cá HP-90215-TS, Tổ đoàn kết trên biển số 3',
  'Giáo viên Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ',
  'Y sĩ Trạm Y tế đặc khu Bạch Long Vĩ',
  'Ngư dân, khu dân cư số 2',
  'Chiến sĩ dân quân thường trực, Ban Chỉ huy Quân sự đặc khu',
];
const COLLECTIVES = [
  'Tổ đoàn kết trên biển số 1',
  'Tổ đoàn kết trên biển số 2',
  'Khu dân cư số 1',
  'Khu dân cư số 2',
  'Trường Mầm non Bạch Long Vĩ',
  'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ',
  'Trạm Y tế đặc khu Bạch Long Vĩ',
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế',
  'Đoàn Thanh niên đặc khu',
  'Hội Liên hiệp Phụ nữ đặc khu',
  'Hợp tác xã Dịch vụ nghề cá Bạch Long Vĩ',
];
const DEEDS = [
  'Bám biển 20 năm, mỗi năm khai thác trên 120 tấn hải sản',
  'Tham gia cứu hộ, cứu nạn 7 ngư dân gặp nạn trên biển',
  'Đạt giáo viên dạy giỏi cấp huyện năm 2023',
  'Khám, chữa bệnh cho 900 lượt ngư dân mỗi năm',
  'Huấn luyện dân quân tự vệ biển đạt loại giỏi',
  'Hoàn thành xuất sắc nhiệm vụ 3 năm liền',
];

/** Each line's own deeds: specific to the subject, naming no period but the decision's. */
export function fixtureAchievement(i: number): string {
  return `${DEEDS[i % DEEDS.length]}; ${DEEDS[(i + 1) % DEEDS.length].toLocaleLowerCase('vi')}.`;
}

export const FIXTURE_PERIOD = { from: 2020, to: 2025 } as const;

function individual(i: number): AwardSubject {
  const woman = i % 3 === 1;
  const given = (woman ? WOMEN : MEN)[i % 7];
  return {
    kind: 'individual',
    // Family names cycle by 10 and given names by 7: 70 distinct names before any repeats.
    name: `${FAMILIES[i % 10]} ${given}`,
    birthYear: 1965 + (i % 30),
    gender: woman ? 'nu' : 'nam',
    ethnicCode: '01',
    directWorker: i % 5 === 0 || i % 5 === 3,
    position: POSITIONS[i % POSITIONS.length],
    unitId: 'unit-bach-long-vi',
    unitName: 'Đặc khu Bạch Long Vĩ',
  };
}

function collective(i: number): AwardSubject {
  return {
    kind: 'collective',
    name: COLLECTIVES[i % COLLECTIVES.length] + (i >= COLLECTIVES.length ? ` (${i})` : ''),
    birthYear: null,
    gender: null,
    ethnicCode: null,
    directWorker: false,
    position: 'Đặc khu Bạch Long Vĩ',
    unitId: 'unit-bach-long-vi',
    unitName: 'Đặc khu Bạch Long Vĩ',
  };
}

export function fixtureSubjects(collectives = 12, individuals = 40): AwardSubject[] {
  return [
    ...Array.from({ length: collectives }, (_, i) => collective(i)),
    ...Array.from({ length: individuals }, (_, i) => individual(i)),
  ];
}

function decisionItem(subject: AwardSubject, i: number): DecisionItem {
  const person = subject.kind === 'individual';
  return {
    id: `item-${i + 1}`,
    subject,
    subjectKey: `${subject.kind}:${subject.name}:${subject.birthYear ?? ''}`,
    achievement: fixtureAchievement(i),
    coefficient: person ? 0.3 : 0.6,
    amount: person ? FIXTURE_INDIVIDUAL_AMOUNT : FIXTURE_COLLECTIVE_AMOUNT,
    certificateToken: `xac-thuc-${String(i + 1).padStart(3, '0')}-Zk8wQ2rT5vNbY7`,
  };
}

/** Quyết định 125/QĐ-UBND of 20/8/2025; `overrides` replace whole top-level fields. */
export function fixtureDecision(
  counts: { collectives?: number; individuals?: number } = {},
  overrides: Partial<AwardDecision> = {},
): AwardDecision {
  const items = fixtureSubjects(counts.collectives ?? 12, counts.individuals ?? 40).map(decisionItem);
  return {
    id: 'decision-125',
    conferenceId: 'conference-seed',
    unitId: 'unit-bach-long-vi',
    proposalId: 'proposal-15',
    formCode: 'giay-khen',
    year: 2025,
    period: { ...FIXTURE_PERIOD },
    number: '125',
    symbol: 'QĐ-UBND',
    date: '2025-08-20',
    signingPrefix: 'KT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: 'Nguyễn Văn Hậu',
    bases: [
      ...legalBasisLines({ date: '2025-08-20', formCode: 'giay-khen', level: 'commune' }),
      'Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ tại Tờ trình số 15/TTr-HĐTĐKT ngày 15/8/2025 và kết quả họp Hội đồng Thi đua - Khen thưởng ngày 18/8/2025.',
    ],
    fundSource: 'Quỹ thi đua, khen thưởng của đặc khu Bạch Long Vĩ',
    executors: ['Chánh Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ', 'Trưởng Phòng Văn hóa - Xã hội'],
    baseSalary: FIXTURE_BASE_SALARY,
    items,
    total: items.reduce((sum, item) => sum + item.amount, 0),
    state: 'approved',
    approvedAt: '2025-08-20T03:00:00.000Z',
    approvedBy: 'user-leader',
    replacedBy: null,
    version: 2,
    createdAt: '2025-08-19T02:00:00.000Z',
    updatedAt: '2025-08-20T03:00:00.000Z',
    ...overrides,
  };
}

/**
 * Tờ trình 15/TTr-HĐTĐKT of 15/8/2025 by the council's standing body (signed for the chair by the
 * standing vice-chair) and the council meeting of 18/8/2025 that reviewed it: 9 members, 7 present,
 * 2 written votes; every item passes (more than half of the members) except the last individual (4 of 9).
 */
export function fixtureProposal(
  counts: { collectives?: number; individuals?: number } = {},
  overrides: Partial<AwardProposal> = {},
): AwardProposal {
  const subjects = fixtureSubjects(counts.collectives ?? 12, counts.individuals ?? 40);
  const items: ProposalItem[] = subjects.map((subject, i) => {
    const last = i === subjects.length - 1;
    return {
      id: `proposal-item-${i + 1}`,
      subject,
      subjectKey: `${subject.kind}:${subject.name}:${subject.birthYear ?? ''}`,
      nominationId: null,
      achievement: fixtureAchievement(i),
      inFavour: last ? 4 : 9 - (i % 3),
      passed: !last,
    };
  });
  return {
    id: 'proposal-15',
    conferenceId: 'conference-seed',
    unitId: 'unit-bach-long-vi',
    formCode: 'giay-khen',
    year: 2025,
    period: { ...FIXTURE_PERIOD },
    title: 'Giấy khen cho các điển hình tiên tiến giai đoạn 2020 - 2025',
    proposer: {
      kind: 'council',
      name: '',
      code: '',
      signerTitle: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
      signerName: 'Vũ Thị Ngọc Ánh',
    },
    submissionNumber: '15',
    submissionDate: '2025-08-15',
    items,
    council: {
      date: '2025-08-18',
      members: 9,
      present: 7,
      writtenVotes: 2,
      chair: 'Nguyễn Văn Hậu, Phó Chủ tịch Ủy ban nhân dân đặc khu, Chủ tịch Hội đồng',
      secretary: 'Nguyễn Thị Lệ, Trưởng Phòng Văn hóa - Xã hội, Thư ký Hội đồng',
      location: 'Hội trường Ủy ban nhân dân đặc khu Bạch Long Vĩ',
    },
    state: 'voted',
    version: 3,
    createdAt: '2025-08-15T02:00:00.000Z',
    updatedAt: '2025-08-18T09:00:00.000Z',
    ...overrides,
  };
}
