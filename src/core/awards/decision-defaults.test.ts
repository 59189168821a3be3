import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixtureGiayKhen, fixtureProposal, fixtureSubjects } from '../documents/award.fixture.ts';
import { seedPlanConference } from '../documents/seed-plan.fixture.ts';
import { unitOffice } from '../documents/unit-office.ts';
import { DomainError } from '../errors/domain-error.ts';
import { DEFAULT_BASE_SALARIES } from './catalogue.ts';
import {
  defaultBases,
  defaultExecutors,
  defaultFundSource,
  issuerName,
  issuerOf,
  priceItems,
  type UnpricedItem,
} from './decision-defaults.ts';

const conference = seedPlanConference();
const LAWS = [
  'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
  'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ;',
];
const AUGUST = { date: '2025-08-20', formCode: 'giay-khen', level: 'commune' } as const;
const BLV_OFFICE = unitOffice({
  kind: 'commune',
  typeLabel: 'đặc khu',
  name: 'Bạch Long Vĩ',
  officialCode: '11948',
  hasCouncil: null,
  officeName: null,
});

describe('the issuer of a decision', () => {
  test('is the body of the conference plan, signed as the plan is unless told otherwise', () => {
    assert.deepEqual(issuerOf(conference), {
      parentBody: 'ỦY BAN NHÂN DÂN',
      issuingBody: 'ĐẶC KHU BẠCH LONG VĨ',
      place: 'Bạch Long Vĩ',
      signer: { prefix: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Hậu' },
    });
    const signer = { prefix: '', title: 'CHỦ TỊCH', name: 'Phạm Văn Nam' };
    assert.deepEqual(issuerOf(conference, signer).signer, signer);
    assert.equal(issuerName(conference), 'Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ');
  });
});

describe('the căn cứ, fund and executors of a new decision', () => {
  test('the laws, the decree, the plan with its number and date, and the council’s submission', () => {
    assert.deepEqual(defaultBases(conference, fixtureProposal(), AUGUST), [
      ...LAWS,
      'Căn cứ Kế hoạch số 06/KH-UBND ngày 14 tháng 8 năm 2025 của Ủy ban nhân dân đặc khu Bạch Long Vĩ về việc tổ chức Hội nghị điển hình tiên tiến đặc khu Bạch Long Vĩ tiến tới Đại hội thi đua yêu nước thành phố Hải Phòng lần thứ I (2025 - 2030);',
      'Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ tại Tờ trình số 15/TTr-HĐTĐKT ngày 15/8/2025 và kết quả họp Hội đồng Thi đua - Khen thưởng ngày 18/8/2025.',
    ]);
  });

  test('“Xét đề nghị của …” names who proposed: the council’s standing body or the head of the department', () => {
    const department = fixtureProposal(
      {},
      {
        proposer: {
          kind: 'department',
          name: 'Phòng Văn hóa - Xã hội',
          code: 'VHXH',
          signerTitle: 'TRƯỞNG PHÒNG',
          signerName: 'Nguyễn Thị Lệ',
        },
        submissionNumber: '07',
      },
    );
    assert.equal(
      defaultBases(conference, department, AUGUST).at(-1),
      'Xét đề nghị của Trưởng Phòng Văn hóa - Xã hội tại Tờ trình số 07/TTr-VHXH ngày 15/8/2025 và kết quả họp Hội đồng Thi đua - Khen thưởng ngày 18/8/2025.',
    );
  });

  test('a plan not yet numbered and a proposal without a submission leave their lines out', () => {
    const unnumbered = seedPlanConference({ plan: { ...conference.plan, documentNumber: '' } });
    const unsubmitted = fixtureProposal({}, { submissionNumber: ' ', submissionDate: null, council: null });
    assert.deepEqual(defaultBases(unnumbered, unsubmitted, AUGUST), [
      ...LAWS,
      'Xét đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng đặc khu Bạch Long Vĩ.',
    ]);
  });

  test('the fund of the issuing unit, and who carries the decision out', () => {
    assert.equal(defaultFundSource(conference), 'Quỹ thi đua, khen thưởng của đặc khu Bạch Long Vĩ');
    const people = fixtureSubjects(0, 2).map((subject) => ({ subject }));
    assert.deepEqual(defaultExecutors(conference, people, BLV_OFFICE), [
      'Chánh Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ',
      'Thủ trưởng các cơ quan, đơn vị có liên quan',
      'các cá nhân có tên tại Điều 1',
    ]);
    const both = fixtureSubjects(1, 1).map((subject) => ({ subject }));
    assert.equal(defaultExecutors(conference, both, BLV_OFFICE)[2], 'các tập thể, cá nhân có tên tại Điều 1');
  });

  test('a decision dated before 1/7/2025 cites Nghị định 98/2023 and not 129/2025', () => {
    const june = defaultBases(
      conference,
      fixtureProposal({}, { submissionNumber: '', submissionDate: null, council: null }),
      { ...AUGUST, date: '2025-06-30' },
    );
    assert.equal(
      june[2],
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    );
    assert.ok(!june.some((line) => /129\/2025|152\/2025/.test(line)));
  });

  test('Điều 3 names the office the unit has; without one, the office of the Ủy ban nhân dân', () => {
    const people = fixtureSubjects(0, 1).map((subject) => ({ subject }));
    const withCouncil = { officeName: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã An Phú' };
    assert.equal(
      defaultExecutors(conference, people, withCouncil)[0],
      'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã An Phú',
    );
    assert.equal(
      defaultExecutors(conference, people, null)[0],
      'Chánh Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ',
    );
  });
});

describe('priceItems', () => {
  const items = (collectives: number, individuals: number): UnpricedItem[] =>
    fixtureSubjects(collectives, individuals).map((subject, i) => ({
      id: `i${i}`,
      subject,
      subjectKey: `k${i}`,
      achievement: '',
      certificateToken: `t${i}`,
    }));

  test('coefficient × the base salary of the decision date, rounded up to 10.000 đ, and the total', () => {
    const priced = priceItems(fixtureGiayKhen(), items(1, 2), '2025-08-20', DEFAULT_BASE_SALARIES);
    assert.equal(priced.baseSalary, 2_340_000);
    assert.deepEqual(
      priced.items.map((i) => [i.subject.kind, i.coefficient, i.amount]),
      [
        ['collective', 0.6, 1_410_000],
        ['individual', 0.3, 710_000],
        ['individual', 0.3, 710_000],
      ],
    );
    assert.equal(priced.total, 2_830_000);
  });

  test('lines come in list order: collectives first, then people by given name', () => {
    const reversed = items(1, 3).reverse();
    const priced = priceItems(fixtureGiayKhen(), reversed, '2025-08-20', DEFAULT_BASE_SALARIES);
    assert.equal(priced.items[0]?.subject.kind, 'collective');
    assert.deepEqual(priced.items.map((i) => i.id).sort(), reversed.map((i) => i.id).sort());
  });

  test('a form without money for the kind pays 0; a form not for the kind names the line', () => {
    const noMoney = fixtureGiayKhen({ coefficientIndividual: null });
    const priced = priceItems(noMoney, items(0, 1), '2025-08-20', DEFAULT_BASE_SALARIES);
    assert.deepEqual([priced.items[0]?.amount, priced.total], [0, 0]);
    const peopleOnly = fixtureGiayKhen({ recipients: ['individual'], coefficientCollective: null });
    assert.throws(
      () => priceItems(peopleOnly, items(1, 0), '2025-08-20', DEFAULT_BASE_SALARIES),
      (e: Error) => e instanceof DomainError && /^Dòng 1 \(Tổ đoàn kết trên biển số 1\): /.test(e.message),
    );
  });
});
