import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedPlanConference } from '../documents/seed-plan.fixture.ts';
import {
  achievementPeriodProblems,
  defaultPeriod,
  occasionPhrase,
  occasionSentence,
  otherPeriodNamed,
  periodPhrase,
  periodProblems,
  proposalPeriod,
} from './period.ts';

const P = { from: 2020, to: 2025 };

describe('the period a commendation honours', () => {
  test('is written "giai đoạn 2020 - 2025", or "năm 2025" for one year', () => {
    assert.equal(periodPhrase(P), 'giai đoạn 2020 - 2025');
    assert.equal(periodPhrase({ from: 2025, to: 2025 }), 'năm 2025');
    assert.equal(
      occasionPhrase(P),
      'đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
    );
    assert.equal(
      occasionSentence({ from: 2025, to: 2025 }),
      'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2025',
    );
  });

  test('defaults to the period the plan assesses, else the term before the conference’s, else its year', () => {
    const conference = seedPlanConference();
    assert.deepEqual(defaultPeriod(conference), { from: 2020, to: 2025 });
    const noKeyContent = seedPlanConference({ plan: { ...conference.plan, keyContents: [] } });
    assert.deepEqual(defaultPeriod({ ...noKeyContent, term: '2026 - 2030' }), { from: 2022, to: 2026 });
    assert.deepEqual(defaultPeriod({ ...noKeyContent, term: '', year: 2024 }), { from: 2024, to: 2024 });
  });

  test('a new proposal: one year for a title, the plan’s period for a form once it has ended', () => {
    const plan = defaultPeriod(seedPlanConference());
    assert.deepEqual(proposalPeriod(plan, { category: 'form' }, 2025), { from: 2020, to: 2025 });
    assert.deepEqual(proposalPeriod(plan, { category: 'title' }, 2025), { from: 2025, to: 2025 });
    assert.deepEqual(proposalPeriod(plan, { category: 'form' }, 2023), { from: 2023, to: 2023 });
  });

  test('starts no later than it ends and ends no later than the year of the award', () => {
    assert.deepEqual(periodProblems(P, 2025), []);
    assert.deepEqual(
      periodProblems({ from: 2026, to: 2025 }, 2025).map((p) => p.path),
      ['period.from'],
    );
    assert.deepEqual(periodProblems({ from: 2021, to: 2026 }, 2025), [
      {
        path: 'period.to',
        message: 'Thời kỳ khen thưởng: năm kết thúc (2026) không được sau năm khen thưởng (2025)',
      },
    ]);
  });
});

describe('a line’s achievement and the period', () => {
  test('a line restating the emulation’s period must restate the proposal’s; dated deeds are left alone', () => {
    assert.equal(otherPeriodNamed('Bám biển 20 năm, mỗi năm khai thác trên 120 tấn hải sản', P), null);
    assert.equal(otherPeriodNamed('Đạt giáo viên dạy giỏi cấp huyện năm 2019', P), null);
    assert.equal(otherPeriodNamed('Đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2019', P), null);
    assert.equal(
      otherPeriodNamed(
        'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025',
        P,
      ),
      null,
    );
    assert.equal(
      otherPeriodNamed('Đã có thành tích tiêu biểu trong phong trào thi đua yêu nước giai đoạn 2020 - 2025', {
        from: 2025,
        to: 2025,
      }),
      'giai đoạn 2020 - 2025',
    );
    assert.equal(otherPeriodNamed('Có thành tích trong phong trào thi đua năm 2024', P), 'năm 2024');
  });

  test('each line restating another period is refused by row and name', () => {
    const items = [
      { achievement: 'Cứu hộ 5 ngư dân năm 2019', subject: { name: 'Nguyễn Văn An' } },
      {
        achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2015 - 2020',
        subject: { name: 'Trần Thu Hà' },
      },
    ];
    assert.deepEqual(achievementPeriodProblems(items, P), [
      {
        path: 'items.1.achievement',
        message:
          'Dòng 2 (Trần Thu Hà): thành tích ghi “giai đoạn 2015 - 2020”, khác thời kỳ khen thưởng (giai đoạn 2020 - 2025)',
      },
    ]);
  });
});
