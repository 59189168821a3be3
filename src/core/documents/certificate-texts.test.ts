import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AwardSubject } from '../awards/types.ts';
import { FIXTURE_ISSUER, fixtureDecision, fixtureGiayKhen } from './award.fixture.ts';
import { type CertificateWordingInput, certificateTexts, certificateUrl } from './certificate-texts.ts';

const decision = fixtureDecision({ collectives: 1, individuals: 2 });
const input: CertificateWordingInput = {
  decision,
  form: fixtureGiayKhen(),
  issuer: FIXTURE_ISSUER,
  verifyBaseUrl: 'https://vinhdanh.haiphong.gov.vn/',
};
const line = (i: number) => {
  const item = decision.items[i];
  assert.ok(item);
  return item;
};

describe('certificateTexts', () => {
  test('a man’s Giấy khen: the chairman confers it, “Ông”, his position and unit, the decision and its date', () => {
    assert.deepEqual(certificateTexts(input, line(1)), {
      authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN ĐẶC KHU BẠCH LONG VĨ',
      verb: 'TẶNG',
      formName: 'GIẤY KHEN',
      name: 'Ông Nguyễn Văn An',
      unit: 'Thuyền trưởng tàu cá HP-90215-TS, Tổ đoàn kết trên biển số 3, Đặc khu Bạch Long Vĩ',
      achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
      decision: 'Quyết định số 125/QĐ-UBND ngày 20/8/2025',
      register: '',
      placeDate: 'Bạch Long Vĩ, ngày 20 tháng 8 năm 2025',
      signerLines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      signerName: 'Nguyễn Văn Hậu',
      url: 'https://vinhdanh.haiphong.gov.vn/xac-thuc/xac-thuc-002-Zk8wQ2rT5vNbY7',
    });
  });

  test('the register number (số vào sổ) is printed as “Số vào sổ: 15”, and nothing while there is none', () => {
    assert.equal(certificateTexts(input, { ...line(1), registerNumber: ' 15 ' }).register, 'Số vào sổ: 15');
    assert.equal(
      certificateTexts(input, { ...line(1), registerNumber: '125/GK' }).register,
      'Số vào sổ: 125/GK',
    );
    assert.equal(certificateTexts(input, { ...line(1), registerNumber: '' }).register, '');
  });

  test('a woman is “Bà”; a person of unknown gender and a collective have no honorific', () => {
    assert.equal(certificateTexts(input, line(2)).name, 'Bà Trần Thu Hà');
    const unknown: AwardSubject = { ...line(1).subject, gender: null };
    assert.equal(certificateTexts(input, { ...line(1), subject: unknown }).name, 'Nguyễn Văn An');
    assert.equal(certificateTexts(input, line(0)).name, 'Tổ đoàn kết trên biển số 1');
  });

  test('a title is conferred as “TẶNG DANH HIỆU”; a unit that only repeats the name is left out', () => {
    const title = { ...input, form: fixtureGiayKhen({ category: 'title', name: 'Lao động tiên tiến' }) };
    const texts = certificateTexts(title, line(1));
    assert.equal(texts.verb, 'TẶNG DANH HIỆU');
    assert.equal(texts.formName, 'LAO ĐỘNG TIÊN TIẾN');
    const named: AwardSubject = { ...line(0).subject, position: '', unitName: line(0).subject.name };
    assert.equal(certificateTexts(input, { ...line(0), subject: named }).unit, '');
  });

  test('every certificate says the decision’s period, as its trích yếu and Điều 1 do, whatever a line says', () => {
    const single = { ...input, decision: { ...decision, period: { from: 2025, to: 2025 } } };
    for (const item of single.decision.items)
      assert.equal(
        certificateTexts(single, { ...item, achievement: 'Bám biển 20 năm, khai thác 120 tấn hải sản' })
          .achievement,
        'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025',
      );
  });

  test('the head signing alone has one line; the QR address joins base and token with one slash', () => {
    const head = { ...input, decision: { ...decision, signingPrefix: '', signerTitle: 'Chủ tịch' } };
    assert.deepEqual(certificateTexts(head, line(1)).signerLines, ['CHỦ TỊCH']);
    assert.equal(certificateUrl(' https://a.vn// ', 'a b'), 'https://a.vn/xac-thuc/a%20b');
  });
});
