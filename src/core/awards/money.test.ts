import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { amountInWords } from '../vietnamese/money.ts';
import { DEFAULT_AWARD_FORMS, DEFAULT_BASE_SALARIES, formInForce } from './catalogue.ts';
import { awardAmount, baseSalaryOn, decisionMoney, roundUpTo10k, totalAmount } from './money.ts';
import type { AwardForm } from './types.ts';

function form(code: string, date: string): AwardForm {
  const f = formInForce(DEFAULT_AWARD_FORMS, code, date);
  assert.ok(f, `${code} in force on ${date}`);
  return f;
}

const money = (code: string, kind: 'individual' | 'collective', date: string) =>
  decisionMoney(form(code, date), kind, date, DEFAULT_BASE_SALARIES);

describe('award money (worked examples of the issue)', () => {
  it('Giấy khen for an individual on 20/8/2025: 0,3 × 2.340.000 = 702.000 → 710.000 đ', () => {
    const m = money('giay-khen', 'individual', '2025-08-20');
    assert.deepEqual(m, { coefficient: 0.3, baseSalary: 2_340_000, amount: 710_000 });
    assert.equal(amountInWords(m.amount), 'Bảy trăm mười nghìn đồng');
  });

  it('Lao động tiên tiến 0,3 → 710.000; Tập thể lao động tiên tiến 0,8 → 1.880.000; CSTĐ cơ sở 1,0 → 2.340.000', () => {
    assert.equal(money('lao-dong-tien-tien', 'individual', '2025-08-20').amount, 710_000);
    assert.equal(money('tap-the-lao-dong-tien-tien', 'collective', '2025-08-20').amount, 1_880_000);
    assert.equal(money('chien-si-thi-dua-co-so', 'individual', '2025-08-20').amount, 2_340_000);
  });

  it('Giấy khen for a collective is 0,6 × 2.340.000 = 1.404.000 → 1.410.000 đ', () => {
    assert.equal(money('giay-khen', 'collective', '2025-08-20').amount, 1_410_000);
  });

  it('the commune chairman’s Giấy khen before 1/7/2025 is 0,15 (collective 0,3), from 1/7/2025 0,3', () => {
    // 0,15 × 1.800.000 = 270.000 (the base salary of 30/6/2024 is still 1.800.000).
    assert.deepEqual(money('giay-khen', 'individual', '2024-06-30'), {
      coefficient: 0.15,
      baseSalary: 1_800_000,
      amount: 270_000,
    });
    // 0,15 × 2.340.000 = 351.000 → 360.000; the collective 0,3 × 2.340.000 = 702.000 → 710.000.
    assert.equal(money('giay-khen', 'individual', '2025-06-30').amount, 360_000);
    assert.equal(money('giay-khen', 'collective', '2025-06-30').amount, 710_000);
    assert.equal(money('giay-khen', 'individual', '2025-07-01').amount, 710_000);
  });

  it('the former district chairman’s Giấy khen is 0,3 (collective 0,6) until 30/6/2025 and then ends', () => {
    assert.equal(money('giay-khen-huyen', 'individual', '2025-06-30').amount, 710_000);
    assert.equal(money('giay-khen-huyen', 'collective', '2025-06-30').amount, 1_410_000);
    assert.equal(money('giay-khen-huyen', 'individual', '2024-06-30').amount, 540_000);
    assert.equal(formInForce(DEFAULT_AWARD_FORMS, 'giay-khen-huyen', '2025-07-01'), null);
  });

  it('the higher titles give the amounts of the legal table', () => {
    assert.equal(money('chien-si-thi-dua-thanh-pho', 'individual', '2025-12-01').amount, 7_020_000);
    assert.equal(money('chien-si-thi-dua-toan-quoc', 'individual', '2025-12-01').amount, 10_530_000);
    assert.equal(money('co-thi-dua-thanh-pho', 'collective', '2025-12-01').amount, 18_720_000);
    assert.equal(money('tap-the-lao-dong-xuat-sac', 'collective', '2025-12-01').amount, 3_510_000);
    assert.equal(money('thon-to-dan-pho-van-hoa', 'collective', '2025-12-01').amount, 3_510_000);
    assert.equal(money('bang-khen-thanh-pho', 'individual', '2025-12-01').amount, 3_510_000);
  });

  it('a decision of 1/3/2024 uses the base salary 1.800.000 đ and the values in force then', () => {
    const m = money('lao-dong-tien-tien', 'individual', '2024-03-01');
    assert.deepEqual(m, { coefficient: 0.3, baseSalary: 1_800_000, amount: 540_000 });
    // Bằng khen of the city was 1,0 before 1/7/2025: 1,0 × 2.340.000 in May 2025.
    assert.equal(money('bang-khen-thanh-pho', 'individual', '2025-05-15').amount, 2_340_000);
    assert.equal(money('bang-khen-thanh-pho', 'individual', '2025-07-01').amount, 3_510_000);
  });

  it('the base salary changes on its first day, not the day after', () => {
    assert.equal(baseSalaryOn(DEFAULT_BASE_SALARIES, '2024-06-30').amount, 1_800_000);
    assert.equal(baseSalaryOn(DEFAULT_BASE_SALARIES, '2024-07-01').amount, 2_340_000);
    assert.equal(baseSalaryOn(DEFAULT_BASE_SALARIES, '2019-07-01').amount, 1_490_000);
  });

  it('a date before every base salary is refused with a message naming the date', () => {
    assert.throws(
      () => baseSalaryOn(DEFAULT_BASE_SALARIES, '2019-06-30'),
      (e: unknown) => e instanceof DomainError && e.code === 'VALIDATION' && e.message.includes('30/06/2019'),
    );
  });

  it('a date that is not a calendar date is refused', () => {
    for (const bad of ['2025-02-30', '20/8/2025', '']) {
      assert.throws(() => baseSalaryOn(DEFAULT_BASE_SALARIES, bad), DomainError);
    }
  });

  it('a form without money for that kind is refused, naming the form', () => {
    assert.throws(
      () => money('tap-the-lao-dong-tien-tien', 'individual', '2025-08-20'),
      (e: unknown) =>
        e instanceof DomainError &&
        e.message === '“Tập thể lao động tiên tiến” không có mức tiền thưởng cho cá nhân.',
    );
    assert.throws(() => money('gia-dinh-van-hoa', 'collective', '2025-08-20'), DomainError);
  });
});

describe('awardAmount and roundUpTo10k', () => {
  it('is exact where floating point is not (1.1 × 1800000 = 1980000.0000000002 in floats)', () => {
    assert.notEqual(1.1 * 1_800_000, 1_980_000);
    assert.equal(awardAmount(1.1, 1_800_000), 1_980_000);
    assert.equal(awardAmount(0.3, 2_340_000), 710_000);
    assert.equal(awardAmount(0.7, 1_000_000), 700_000);
    assert.equal(awardAmount(0.15, 1_490_000), 230_000);
    assert.equal(awardAmount(0.125, 2_340_000), 300_000);
  });

  it('an amount already on a 10.000 đ step is kept; anything above it goes to the next step', () => {
    assert.equal(roundUpTo10k(2_340_000), 2_340_000);
    assert.equal(roundUpTo10k(2_340_001), 2_350_000);
    assert.equal(roundUpTo10k(702_000), 710_000);
    assert.equal(roundUpTo10k(0), 0);
    assert.equal(awardAmount(0, 2_340_000), 0);
  });

  it('refuses coefficients with more than three decimals or below zero', () => {
    assert.throws(() => awardAmount(0.3333, 2_340_000), DomainError);
    assert.throws(() => awardAmount(-1, 2_340_000), DomainError);
    assert.throws(() => roundUpTo10k(-5));
  });

  it('totals a decision exactly', () => {
    const items = Array.from({ length: 40 }, () => ({ amount: 710_000 }));
    items.push(...Array.from({ length: 12 }, () => ({ amount: 1_410_000 })));
    assert.equal(totalAmount(items), 45_320_000);
    assert.equal(amountInWords(totalAmount(items)), 'Bốn mươi lăm triệu ba trăm hai mươi nghìn đồng');
  });
});
