import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_AWARD_FORMS } from './catalogue.ts';
import { eligibilityProblems } from './eligibility.ts';
import { subjectKey } from './subject.ts';

const hau = subjectKey({ kind: 'individual', name: 'Nguyễn Văn Hậu', birthYear: 1980, unitId: 'u1' });
const lan = subjectKey({ kind: 'individual', name: 'Trần Thị Lan', birthYear: 1990, unitId: 'u1' });
const team = subjectKey({ kind: 'collective', name: 'Tổ đoàn kết số 3', birthYear: null, unitId: 'u1' });
const RESCUE = 'Cứu 12 ngư dân gặp nạn trong cơn bão số 3 năm 2025';

const check = (over: Partial<Parameters<typeof eligibilityProblems>[0]>) =>
  eligibilityProblems({
    subjectKey: hau,
    formCode: 'giay-khen',
    year: 2025,
    achievement: RESCUE,
    forms: DEFAULT_AWARD_FORMS,
    records: [],
    ...over,
  });

describe('eligibilityProblems', () => {
  it('a first award with no history is eligible', () => {
    assert.deepEqual(check({}), []);
    assert.deepEqual(check({ subjectKey: team }), []);
  });

  it('one achievement is not rewarded twice, whatever the form and however the text is typed', () => {
    const records = [
      {
        subjectKey: hau,
        formCode: 'bang-khen-thanh-pho',
        year: 2025,
        achievement: 'cứu 12 ngư dân gặp nạn trong cơn bão số 3 năm 2025.',
      },
    ];
    assert.deepEqual(check({ records }), [
      'Thành tích này đã được khen bằng hình thức “Bằng khen của Chủ tịch UBND thành phố” năm 2025; một thành tích không được khen thưởng hai lần.',
    ]);
    // Another person with the same words is not affected; another achievement of the same person is fine.
    assert.deepEqual(check({ records, subjectKey: lan }), []);
    assert.deepEqual(check({ records, achievement: 'Dẫn đầu phong trào bám biển năm 2025' }), []);
  });

  it('the same form for the same subject in the same year is refused, in another year allowed', () => {
    const records = [{ subjectKey: hau, formCode: 'giay-khen', year: 2025, achievement: 'Thành tích khác' }];
    assert.deepEqual(check({ records }), [
      'Đã được tặng hình thức “Giấy khen” năm 2025; không xét tặng cùng một hình thức hai lần trong một năm.',
    ]);
    assert.deepEqual(check({ records, year: 2026 }), []);
  });

  it('CSTĐ cơ sở without Lao động tiên tiến in the same year is refused, naming both and the year', () => {
    const message =
      'Chưa có danh hiệu “Lao động tiên tiến” năm 2025 — điều kiện của “Chiến sĩ thi đua cơ sở”.';
    assert.deepEqual(check({ formCode: 'chien-si-thi-dua-co-so' }), [message]);
    const lastYear = [
      { subjectKey: hau, formCode: 'lao-dong-tien-tien', year: 2024, achievement: 'Hoàn thành tốt nhiệm vụ' },
    ];
    assert.deepEqual(check({ formCode: 'chien-si-thi-dua-co-so', records: lastYear }), [message]);
    // Somebody else's LĐTT does not count.
    assert.deepEqual(
      check({
        formCode: 'chien-si-thi-dua-co-so',
        alsoProposed: [{ subjectKey: lan, formCode: 'lao-dong-tien-tien' }],
      }),
      [message],
    );
  });

  it('CSTĐ cơ sở is eligible with LĐTT in the records or in the same proposal batch', () => {
    const records = [
      { subjectKey: hau, formCode: 'lao-dong-tien-tien', year: 2025, achievement: 'Hoàn thành tốt nhiệm vụ' },
    ];
    assert.deepEqual(check({ formCode: 'chien-si-thi-dua-co-so', records }), []);
    assert.deepEqual(
      check({
        formCode: 'chien-si-thi-dua-co-so',
        alsoProposed: [{ subjectKey: hau, formCode: 'lao-dong-tien-tien' }],
      }),
      [],
    );
  });

  it('a collective title for a person, or a personal title for a collective, is refused', () => {
    assert.deepEqual(check({ formCode: 'tap-the-lao-dong-tien-tien' }), [
      'Danh hiệu “Tập thể lao động tiên tiến” chỉ xét tặng cho tập thể, không tặng cho cá nhân.',
    ]);
    assert.deepEqual(check({ formCode: 'lao-dong-tien-tien', subjectKey: team }), [
      'Danh hiệu “Lao động tiên tiến” chỉ xét tặng cho cá nhân, không tặng cho tập thể.',
    ]);
    // An explicit kind wins over the key.
    assert.deepEqual(
      check({ formCode: 'lao-dong-tien-tien', subjectKey: 'ma-rieng', kind: 'individual' }),
      [],
    );
  });

  it('an unknown form code is reported', () => {
    assert.deepEqual(check({ formCode: 'bang-khen-tinh-cu' }), [
      'Không có danh hiệu hoặc hình thức khen thưởng mã “bang-khen-tinh-cu” trong danh mục.',
    ]);
  });

  it('reports every problem at once', () => {
    const records = [
      { subjectKey: team, formCode: 'tap-the-lao-dong-tien-tien', year: 2025, achievement: RESCUE },
      { subjectKey: team, formCode: 'giay-khen', year: 2024, achievement: RESCUE },
    ];
    const problems = check({ subjectKey: team, formCode: 'tap-the-lao-dong-tien-tien', records });
    assert.equal(problems.length, 2);
    assert.match(problems[0], /^Đã được tặng danh hiệu “Tập thể lao động tiên tiến” năm 2025/);
    assert.match(problems[1], /“Giấy khen” năm 2024/);
  });
});
