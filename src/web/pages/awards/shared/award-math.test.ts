import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_AWARD_FORMS, DEFAULT_BASE_SALARIES } from '../../../../core/awards/catalogue.ts';
import type { AwardVoteThreshold } from '../../../../core/awards/types.ts';
import { linePasses, moneyPerSubject, previewMoney, votesNeeded } from './award-math.ts';

const forms = DEFAULT_AWARD_FORMS;
const salaries = DEFAULT_BASE_SALARIES;

describe('the decision editor computes the money on the date being typed', () => {
  it('Giấy khen on 20/8/2025: 710.000 đ for a person, the collective more, and the total', () => {
    const preview = previewMoney(forms, salaries, 'giay-khen', '2025-08-20', ['individual', 'collective']);
    assert.equal(preview.problem, null);
    assert.equal(preview.salary?.amount, 2_340_000);
    assert.deepEqual(preview.lines[0], { coefficient: 0.3, amount: 710_000 });
    const collective = preview.lines[1];
    assert.ok(collective && collective.amount > 710_000, 'a collective gets more than a person');
    assert.equal(preview.total, 710_000 + collective.amount);
  });

  it('an earlier date uses the base salary in force then', () => {
    const preview = previewMoney(forms, salaries, 'lao-dong-tien-tien', '2024-03-01', ['individual']);
    assert.equal(preview.salary?.amount, 1_800_000);
    assert.deepEqual(preview.lines[0], { coefficient: 0.3, amount: 540_000 });
  });

  it('says why when nothing can be computed: no date, or a date before any base salary', () => {
    assert.match(
      previewMoney(forms, salaries, 'giay-khen', '', ['individual']).problem ?? '',
      /ngày quyết định/,
    );
    const old = previewMoney(forms, [salaries[2]], 'lao-dong-tien-tien', '2024-03-01', ['individual']);
    assert.match(old.problem ?? '', /mức lương cơ sở/);
    assert.deepEqual(old.lines, [null]);
    assert.equal(old.total, 0);
  });

  it('a commune Giấy khen dated 30/6/2025 is 0,15 (360.000 đ); the district one ends on that day', () => {
    const preview = previewMoney(forms, salaries, 'giay-khen', '2025-06-30', ['individual', 'collective']);
    assert.deepEqual(preview.lines, [
      { coefficient: 0.15, amount: 360_000 },
      { coefficient: 0.3, amount: 710_000 },
    ]);
    const ended = previewMoney(forms, salaries, 'giay-khen-huyen', '2025-08-20', ['individual']);
    assert.match(ended.problem ?? '', /chỉ áp dụng đến hết ngày 30\/06\/2025/);
  });

  it('a form that is only for collectives names what is missing for a person', () => {
    const preview = previewMoney(forms, salaries, 'tap-the-lao-dong-tien-tien', '2025-08-20', ['individual']);
    assert.match(preview.problem ?? '', /không có mức tiền thưởng cho cá nhân/);
  });

  it('money per person of a form, shown in the form list', () => {
    const form = forms.find((f) => f.code === 'giay-khen' && f.effectiveTo === null);
    assert.ok(form);
    assert.equal(moneyPerSubject(form, 'individual', salaries, '2025-08-20'), 710_000);
  });
});

describe('the council form says at once whether a line passes', () => {
  const overHalf: AwardVoteThreshold = { share: 0.5, strict: true, base: 'members' };
  const ninety: AwardVoteThreshold = { share: 0.9, strict: false, base: 'members' };
  const council = { members: 9, present: 8, writtenVotes: 1 };

  it('over half of 9 members needs 5 votes', () => {
    assert.equal(votesNeeded(council, overHalf), 5);
    assert.equal(linePasses(4, council, overHalf), false);
    assert.equal(linePasses(5, council, overHalf), true);
  });

  it('at least 90% of 9 members needs 9; with only 7 voting it cannot pass', () => {
    assert.equal(votesNeeded(council, ninety), 9);
    assert.equal(votesNeeded({ members: 9, present: 6, writtenVotes: 1 }, ninety), null);
  });

  it('a share of those present counts the written votes too', () => {
    const present: AwardVoteThreshold = { share: 0.5, strict: true, base: 'present' };
    assert.equal(votesNeeded({ members: 15, present: 6, writtenVotes: 2 }, present), 5);
  });
});
