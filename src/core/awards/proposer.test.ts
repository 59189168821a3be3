import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FIXTURE_ISSUER, fixtureGiayKhen } from '../documents/award.fixture.ts';
import {
  CITY_CHAIRMAN,
  documentDateProblems,
  parseSubmissionNumber,
  proposalAddressee,
  proposerHeader,
  proposerInDecision,
  proposerProblems,
  proposerSigningLines,
  submissionReference,
} from './proposer.ts';
import type { Proposer } from './types.ts';

const council: Proposer = {
  kind: 'council',
  name: '',
  code: '',
  signerTitle: 'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
  signerName: 'Vũ Thị Ngọc Ánh',
};
const department: Proposer = {
  kind: 'department',
  name: 'Phòng Văn hóa - Xã hội',
  code: 'VHXH',
  signerTitle: 'TRƯỞNG PHÒNG',
  signerName: '',
};
const committee: Proposer = {
  kind: 'committee',
  name: '',
  code: '',
  signerTitle: 'CHỦ TỊCH',
  signerName: '',
};
const giayKhen = fixtureGiayKhen();
const bangKhen = fixtureGiayKhen({ name: 'Bằng khen', conferredByCommune: false });

describe('who proposes to whom', () => {
  test('header, symbol and signing lines follow the body that proposes', () => {
    assert.deepEqual(proposerHeader(council, FIXTURE_ISSUER), {
      parentBody: 'ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ',
      issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    });
    assert.equal(proposerHeader(department, FIXTURE_ISSUER).issuingBody, 'PHÒNG VĂN HÓA - XÃ HỘI');
    assert.deepEqual(proposerHeader(committee, FIXTURE_ISSUER), {
      parentBody: 'ỦY BAN NHÂN DÂN',
      issuingBody: 'ĐẶC KHU BẠCH LONG VĨ',
    });
    assert.equal(submissionReference('15', council), '15/TTr-HĐTĐKT');
    assert.equal(submissionReference('07', department), '07/TTr-VHXH');
    assert.equal(submissionReference(' ', committee), '');
    assert.deepEqual(proposerSigningLines(council), [
      'TM. HỘI ĐỒNG',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH THƯỜNG TRỰC',
    ]);
    assert.deepEqual(proposerSigningLines({ ...council, signerTitle: 'CHỦ TỊCH' }), [
      'TM. HỘI ĐỒNG',
      'CHỦ TỊCH',
    ]);
    assert.deepEqual(proposerSigningLines(department), ['TRƯỞNG PHÒNG']);
    assert.deepEqual(proposerSigningLines(committee), ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    assert.equal(proposalAddressee(council, FIXTURE_ISSUER), 'Chủ tịch Ủy ban nhân dân đặc khu Bạch Long Vĩ');
    assert.equal(proposalAddressee(committee, FIXTURE_ISSUER), CITY_CHAIRMAN);
    assert.equal(proposerInDecision(department, FIXTURE_ISSUER), 'Trưởng Phòng Văn hóa - Xã hội');
    assert.equal(
      proposerInDecision({ ...department, name: 'Văn phòng Ủy ban nhân dân' }, FIXTURE_ISSUER),
      'Chánh Văn phòng Ủy ban nhân dân',
    );
  });

  test('the Ủy ban never proposes to its own chairman; a form of the city is proposed by the Ủy ban', () => {
    assert.deepEqual(proposerProblems(council, giayKhen), []);
    assert.deepEqual(proposerProblems(department, giayKhen), []);
    assert.deepEqual(proposerProblems(committee, bangKhen), []);
    assert.deepEqual(
      proposerProblems(committee, giayKhen).map((p) => p.path),
      ['proposer.kind'],
    );
    assert.deepEqual(
      proposerProblems(council, bangKhen).map((p) => p.path),
      ['proposer.kind'],
    );
    assert.deepEqual(
      proposerProblems({ ...department, name: ' ', code: 'vh xh', signerTitle: 'CHỦ TỊCH' }, giayKhen).map(
        (p) => p.path,
      ),
      ['proposer.name', 'proposer.code', 'proposer.signerTitle'],
    );
  });

  test('the number may be typed with its symbol only when the symbol is the proposer’s', () => {
    assert.deepEqual(parseSubmissionNumber(' 15 ', council), { number: '15', problem: null });
    assert.deepEqual(parseSubmissionNumber('15/TTr-HĐTĐKT', council), { number: '15', problem: null });
    assert.deepEqual(parseSubmissionNumber('15/ttr-hdtdkt', council), { number: '15', problem: null });
    assert.deepEqual(parseSubmissionNumber('15/TTr-UBND', council), {
      number: '15',
      problem: {
        path: 'submissionNumber',
        message:
          'Số Tờ trình: ký hiệu “TTr-UBND” không khớp với cơ quan trình (Thường trực Hội đồng Thi đua - Khen thưởng: “TTr-HĐTĐKT”)',
      },
    });
  });
});

describe('the order of the documents', () => {
  const dates = { submission: '2025-08-15', meeting: '2025-08-18', decision: '2025-08-20' };

  test('Tờ trình, then the meeting that reviews it, then the decision: in order, nothing to say', () => {
    for (const field of ['submissionDate', 'council.meetingDate', 'decisionDate'] as const)
      assert.deepEqual(documentDateProblems('council', dates, field), []);
  });

  test('each date out of order is named in the field being set', () => {
    assert.deepEqual(
      documentDateProblems('council', { ...dates, submission: '2025-08-19' }, 'submissionDate').map(
        (p) => p.message,
      ),
      ['Ngày Tờ trình: không được sau ngày họp Hội đồng Thi đua - Khen thưởng (18/8/2025) xem xét Tờ trình'],
    );
    assert.deepEqual(
      documentDateProblems('department', { ...dates, meeting: '2025-08-14' }, 'council.meetingDate'),
      [
        {
          path: 'council.meetingDate',
          message: 'Ngày họp Hội đồng: không được trước ngày Tờ trình (15/8/2025) mà Hội đồng xem xét',
        },
      ],
    );
    assert.deepEqual(documentDateProblems('council', { ...dates, decision: '2025-08-17' }, 'decisionDate'), [
      {
        path: 'decisionDate',
        message: 'Ngày quyết định: không được trước ngày họp Hội đồng Thi đua - Khen thưởng (18/8/2025)',
      },
    ]);
    assert.deepEqual(
      documentDateProblems(
        'council',
        { ...dates, meeting: null, decision: '2025-08-14' },
        'decisionDate',
      ).map((p) => p.message),
      ['Ngày quyết định: không được trước ngày Tờ trình (15/8/2025)'],
    );
  });

  test('the Ủy ban’s Tờ trình to the city reports the meeting, so it comes after it', () => {
    const upward = { submission: '2025-08-19', meeting: '2025-08-18', decision: null };
    assert.deepEqual(documentDateProblems('committee', upward, 'submissionDate'), []);
    assert.equal(
      documentDateProblems('committee', { ...upward, submission: '2025-08-17' }, 'submissionDate').length,
      1,
    );
  });
});
