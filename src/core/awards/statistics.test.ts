import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_AWARD_FORMS } from './catalogue.ts';
import { awardStatistics, percentShare } from './statistics.ts';
import type { AwardRecord } from './types.ts';

let n = 0;
function rec(over: Partial<AwardRecord>): AwardRecord {
  n += 1;
  return {
    kind: 'individual',
    name: `Người ${n}`,
    birthYear: 1980,
    gender: 'nam',
    ethnicCode: '01',
    directWorker: false,
    position: '',
    unitId: 'u1',
    unitName: 'Đặc khu Bạch Long Vĩ',
    id: `r${n}`,
    subjectKey: `k${n}`,
    formCode: 'giay-khen',
    year: 2025,
    achievement: '',
    decisionNumber: '1/QĐ-UBND',
    decisionDate: null,
    issuer: '',
    amount: null,
    source: 'manual',
    decisionId: null,
    nominationId: null,
    ownerUnitId: 'u1',
    version: 1,
    createdAt: '2025-01-01T00:00:00Z',
    ...over,
  };
}

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const records: AwardRecord[] = [
  // Giấy khen 2025: 3 individuals (710.000 each), 1 collective (1.410.000).
  rec({ amount: 710_000, directWorker: true, gender: 'nu' }),
  rec({ amount: 710_000, directWorker: true, ethnicCode: '02' }),
  rec({ amount: 710_000, gender: 'nu' }),
  rec({ kind: 'collective', gender: null, birthYear: null, ethnicCode: null, amount: 1_410_000 }),
  // Giấy khen 2020 without a recorded amount.
  rec({ year: 2020, directWorker: true }),
  // Bằng khen thành phố 2024: 1 individual 2.340.000, 1 collective 4.680.000.
  rec({ formCode: 'bang-khen-thanh-pho', year: 2024, amount: 2_340_000, ethnicCode: '55' }),
  rec({ formCode: 'bang-khen-thanh-pho', year: 2024, kind: 'collective', amount: 4_680_000, gender: null }),
  // A code not in the catalogue, 2022.
  rec({ formCode: 'ky-niem-chuong', year: 2022, amount: 500_000 }),
  // Outside the years: left out.
  rec({ year: 2019, amount: 999_999 }),
];
const stats = awardStatistics(records, DEFAULT_AWARD_FORMS, YEARS);
const row = (code: string) => {
  for (const g of stats.byForm.levels) for (const r of g.rows) if (r.formCode === code) return { g, r };
  throw new Error(code);
};

describe('Biểu 1: results by level and form', () => {
  it('counts and sums exactly the records of each form, year and kind', () => {
    const { r } = row('giay-khen');
    const y2025 = r.years[YEARS.indexOf(2025)];
    assert.deepEqual(y2025.individual, { count: 3, amount: 2_130_000 });
    assert.deepEqual(y2025.collective, { count: 1, amount: 1_410_000 });
    assert.deepEqual(y2025.all, { count: 4, amount: 3_540_000 });
    assert.deepEqual(r.years[0].individual, { count: 1, amount: 0 });
    assert.deepEqual(r.total.all, { count: 5, amount: 3_540_000 });
    assert.deepEqual(r.years[YEARS.indexOf(2023)].all, { count: 0, amount: 0 });
  });

  it('groups rows by level in report order, with every catalogue form present and subtotals per level', () => {
    assert.deepEqual(
      stats.byForm.levels.map((g) => g.level),
      ['nha_nuoc', 'thanh_pho', 'co_so', 'khac'],
    );
    const { g: city, r: bk } = row('bang-khen-thanh-pho');
    assert.equal(city.level, 'thanh_pho');
    assert.deepEqual(bk.years[YEARS.indexOf(2024)].individual, { count: 1, amount: 2_340_000 });
    assert.deepEqual(city.total.all, { count: 2, amount: 7_020_000 });
    const base = stats.byForm.levels[2];
    assert.equal(base.levelName, 'Khen thưởng cấp cơ sở');
    assert.deepEqual(
      base.rows.map((x) => x.formCode),
      [
        'chien-si-thi-dua-co-so',
        'tap-the-lao-dong-tien-tien',
        'lao-dong-tien-tien',
        'giay-khen',
        'giay-khen-huyen',
        'gia-dinh-van-hoa',
        'thon-to-dan-pho-van-hoa',
      ],
    );
    assert.deepEqual(base.total.all, { count: 5, amount: 3_540_000 });
    assert.deepEqual(stats.byForm.levels[0].total.all, { count: 0, amount: 0 });
  });

  it('keeps records of an unknown form under "khác", so the grand total equals the records', () => {
    const { g, r } = row('ky-niem-chuong');
    assert.equal(g.level, 'khac');
    assert.deepEqual(r.years[YEARS.indexOf(2022)].individual, { count: 1, amount: 500_000 });
    const inYears = records.filter((x) => YEARS.includes(x.year));
    assert.deepEqual(stats.byForm.total.total.all, {
      count: inYears.length,
      amount: inYears.reduce((s, x) => s + (x.amount ?? 0), 0),
    });
    assert.deepEqual(
      stats.byForm.total.total.individual.count,
      inYears.filter((x) => x.kind === 'individual').length,
    );
    assert.deepEqual(stats.byForm.total.years[YEARS.indexOf(2025)].all, { count: 4, amount: 3_540_000 });
  });
});

describe('Biểu 2: direct workers, women and ethnic minorities among individuals', () => {
  it('counts individuals per level with shares of one decimal', () => {
    const base = stats.shares.levels.find((s) => s.level === 'co_so');
    assert.deepEqual(base, {
      level: 'co_so',
      levelName: 'Khen thưởng cấp cơ sở',
      individuals: 4,
      directWorkers: { count: 3, share: 75 },
      women: { count: 2, share: 50 },
      ethnicMinorities: { count: 1, share: 25 },
    });
  });

  it('does not count foreign nationals (55) as an ethnic minority; a level with no individuals shows 0', () => {
    const city = stats.shares.levels.find((s) => s.level === 'thanh_pho');
    assert.equal(city?.individuals, 1);
    assert.deepEqual(city?.ethnicMinorities, { count: 0, share: 0 });
    const state = stats.shares.levels.find((s) => s.level === 'nha_nuoc');
    assert.deepEqual([state?.individuals, state?.directWorkers.share], [0, 0]);
  });

  it('totals all levels: 6 individuals, 3 direct workers = 50,0%', () => {
    assert.equal(stats.shares.total.levelName, 'Tổng cộng');
    assert.equal(stats.shares.total.individuals, 6);
    assert.deepEqual(stats.shares.total.directWorkers, { count: 3, share: 50 });
    assert.deepEqual(stats.shares.total.women, { count: 2, share: 33.3 });
  });

  it('rounds shares half up to one decimal', () => {
    assert.equal(percentShare(1, 3), 33.3);
    assert.equal(percentShare(2, 3), 66.7);
    assert.equal(percentShare(1, 8), 12.5);
    assert.equal(percentShare(1, 16), 6.3);
    assert.equal(percentShare(0, 0), 0);
  });
});
