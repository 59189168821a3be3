import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AwardStatisticsResponse } from '../../../../shared/api/award-records.ts';
import { formTable, shareTable, tableHtml, tableText } from './statistics-model.ts';

const cell = (collective: [number, number], individual: [number, number]) => ({
  collective: { count: collective[0], amount: collective[1] },
  individual: { count: individual[0], amount: individual[1] },
  all: { count: collective[0] + individual[0], amount: collective[1] + individual[1] },
});
const zero = cell([0, 0], [0, 0]);
const giayKhen = {
  years: [cell([1, 1_410_000], [2, 1_420_000]), cell([0, 0], [1, 710_000])],
  total: cell([1, 1_410_000], [3, 2_130_000]),
};
const share = (level: string, levelName: string, individuals: number, direct: number) => ({
  level,
  levelName,
  individuals,
  directWorkers: { count: direct, share: individuals ? Math.round((1000 * direct) / individuals) / 10 : 0 },
  women: { count: 1, share: 33.3 },
  ethnicMinorities: { count: 0, share: 0 },
});

const stats: AwardStatisticsResponse = {
  unitId: 'u',
  unitName: 'Đặc khu Bạch Long Vĩ',
  years: [2024, 2025],
  byForm: {
    levels: [
      {
        level: 'thanh_pho',
        levelName: 'Khen thưởng cấp thành phố',
        years: [zero, zero],
        total: zero,
        rows: [
          {
            formCode: 'bang-khen-thanh-pho',
            formName: 'Bằng khen <thành phố>',
            years: [zero, zero],
            total: zero,
          },
        ],
      },
      {
        level: 'co_so',
        levelName: 'Khen thưởng cấp cơ sở',
        ...giayKhen,
        rows: [{ formCode: 'giay-khen', formName: 'Giấy khen', ...giayKhen }],
      },
    ],
    total: giayKhen,
  },
  shares: {
    levels: [
      share('thanh_pho', 'Khen thưởng cấp thành phố', 0, 0),
      share('co_so', 'Khen thưởng cấp cơ sở', 3, 2),
    ],
    total: share('total', 'Tổng cộng', 3, 2),
  },
};

describe('Biểu 1 and Biểu 2 as the official copies them into the report', () => {
  it('Biểu 1 counts: a pair Tập thể / Cá nhân per year, the totals, levels numbered I, II', () => {
    const t = formTable(stats, 'count', false);
    assert.deepEqual(
      t.head[1].map((c) => c.text),
      ['Tập thể', 'Cá nhân', 'Tập thể', 'Cá nhân', 'Tập thể', 'Cá nhân', 'Cộng'],
    );
    const texts = t.body.map((r) => r.map((c) => c.text));
    assert.deepEqual(texts[0].slice(0, 2), ['I', 'Khen thưởng cấp thành phố']);
    assert.deepEqual(texts[1], ['II', 'Khen thưởng cấp cơ sở', '1', '2', '0', '1', '1', '3', '4']);
    assert.deepEqual(texts[2].slice(0, 2), ['1', 'Giấy khen']);
    assert.deepEqual(texts.at(-1), ['', 'Tổng cộng', '1', '2', '0', '1', '1', '3', '4']);
    assert.equal(texts.length, 4, 'the form nobody received is left out');
    assert.equal(formTable(stats, 'count', true).body.length, 5, 'unless asked for');
  });

  it('Biểu 1 money in đồng with Vietnamese thousands', () => {
    const t = formTable(stats, 'amount', false);
    assert.equal(t.note, 'Đơn vị tính: đồng');
    assert.deepEqual(
      t.body
        .at(-1)
        ?.slice(2)
        .map((c) => c.text),
      ['1.410.000', '1.420.000', '0', '710.000', '1.410.000', '2.130.000', '3.540.000'],
    );
  });

  it('Biểu 2: individuals, then direct workers, women and minorities with their shares', () => {
    const t = shareTable(stats);
    assert.deepEqual(
      t.body[1].map((c) => c.text),
      ['II', 'Khen thưởng cấp cơ sở', '3', '2', '66,7%', '1', '33,3%', '0', '0%'],
    );
  });

  it('the HTML keeps merged headers and borders and escapes names', () => {
    const html = tableHtml(formTable(stats, 'count', true));
    assert.match(html, /<th colspan="2" style="border:1px solid #000;[^"]*">2024<\/th>/);
    assert.match(html, /<th rowspan="2"[^>]*>STT<\/th>/);
    assert.match(html, /Bằng khen &lt;thành phố&gt;/);
    assert.match(
      html,
      /^<p[^>]*>Biểu 1\. Kết quả khen thưởng theo hình thức và cấp khen, giai đoạn 2024 - 2025<\/p>/,
    );
  });

  it('the plain text lines up every column under its header', () => {
    const lines = tableText(formTable(stats, 'count', false)).split('\n');
    assert.equal(lines[1], 'STT\tHình thức khen thưởng\t2024\t\t2025\t\tTổng cộng\t\t');
    assert.equal(lines[2], '\t\tTập thể\tCá nhân\tTập thể\tCá nhân\tTập thể\tCá nhân\tCộng');
    assert.equal(lines[4].split('\t').length, 9);
  });
});
