import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import {
  APPORTION_LIMITS,
  type ApportionMethod,
  type ApportionStep,
  apportion,
  ROUND_STEPS,
} from './apportion.ts';

const units = (pairs: Array<[string, number]>) => pairs.map(([unit, weight]) => ({ unit, weight }));
const run = (pairs: Array<[string, number]>, seats: number, method: ApportionMethod, min = 0) =>
  apportion({ units: units(pairs), seats, method, min });
const ofKind = <K extends ApportionStep['kind']>(steps: ApportionStep[], kind: K) =>
  steps.filter((s): s is Extract<ApportionStep, { kind: K }> => s.kind === kind);
const fails = (fn: () => unknown, message: RegExp) =>
  assert.throws(
    fn,
    (e: unknown) => e instanceof DomainError && e.code === 'VALIDATION' && message.test(e.message),
  );

describe('apportion, largest remainder (Hamilton)', () => {
  test('7 seats among A 100, B 80, C 30: quotas 3.333, 2.667, 1 give 3, 3, 1', () => {
    const r = run(
      [
        ['A', 100],
        ['B', 80],
        ['C', 30],
      ],
      7,
      'hamilton',
    );
    assert.deepEqual(r.seats, { A: 3, B: 3, C: 1 });
    const quotas = ofKind(r.steps, 'quota');
    assert.deepEqual(
      quotas.map((q) => [q.unit, Number(q.quota.toFixed(3)), q.floor, Number(q.remainder.toFixed(3))]),
      [
        ['A', 3.333, 3, 0.333],
        ['B', 2.667, 2, 0.667],
        ['C', 1, 1, 0],
      ],
    );
    assert.equal(quotas[0].text, 'A: tiêu chuẩn = 100 × 7 / 210 = 3,333 → phần nguyên 3, phần dư 0,333.');
    const [leftover] = ofKind(r.steps, 'leftover');
    assert.deepEqual([leftover.whole, leftover.left], [6, 1]);
    const awards = ofKind(r.steps, 'award');
    assert.deepEqual(
      awards.map((a) => [a.unit, a.rank, a.tieBreak]),
      [['B', 1, undefined]],
    );
    assert.equal(awards[0].text, 'Chỉ tiêu dư thứ 1: B, phần dư 0,667 (lớn nhất).');
    assert.equal(r.steps.at(-1)?.text, 'Kết quả: A 3; B 3; C 1 — tổng 7 chỉ tiêu.');
  });

  test('the Alabama paradox: one more seat in total takes a seat away from C', () => {
    const pool: Array<[string, number]> = [
      ['A', 6],
      ['B', 6],
      ['C', 2],
    ];
    // 10 seats: quotas 4.286, 4.286, 1.429 → the one leftover seat goes to C (0.429 > 0.286).
    assert.deepEqual(run(pool, 10, 'hamilton').seats, { A: 4, B: 4, C: 2 });
    // 11 seats: quotas 4.714, 4.714, 1.571 → the two leftover seats go to A and B (0.714 > 0.571).
    assert.deepEqual(run(pool, 11, 'hamilton').seats, { A: 5, B: 5, C: 1 });
  });

  test('equal remainders go to the larger weight, even when that unit comes later', () => {
    // 2 seats, A 10, B 30: quotas 0.5 and 1.5 → floors 0 + 1, one seat left, both remainders 0.5.
    const r = run(
      [
        ['A', 10],
        ['B', 30],
      ],
      2,
      'hamilton',
    );
    assert.deepEqual(r.seats, { A: 0, B: 2 });
    const [award] = ofKind(r.steps, 'award');
    assert.deepEqual([award.unit, award.tieBreak, award.tiedWith], ['B', 'weight', 'A']);
    assert.match(award.text, /bằng A nhưng B có trọng số lớn hơn \(30 so với 10\)/);
  });

  test('equal remainders and equal weights go to the earlier row', () => {
    // 5 seats, A 30, B 45, C 45, D 30: quotas 1, 1.5, 1.5, 1 → one seat left between B and C.
    const r = run(
      [
        ['A', 30],
        ['B', 45],
        ['C', 45],
        ['D', 30],
      ],
      5,
      'hamilton',
    );
    assert.deepEqual(r.seats, { A: 1, B: 2, C: 1, D: 1 });
    const [award] = ofKind(r.steps, 'award');
    assert.deepEqual([award.unit, award.tieBreak, award.tiedWith], ['B', 'order', 'C']);
    const swapped = run(
      [
        ['C', 45],
        ['B', 45],
      ],
      1,
      'hamilton',
    );
    assert.deepEqual(swapped.seats, { C: 1, B: 0 });
  });

  test('decimal weights are compared exactly: 0.1 and 0.3 tie on remainder 0.5 and the larger weight wins', () => {
    // Floating point would give A a remainder 0.5 and B 0.4999…, handing the seat to A.
    const r = run(
      [
        ['A', 0.1],
        ['B', 0.3],
        ['C', 0.2],
      ],
      3,
      'hamilton',
    );
    assert.deepEqual(r.seats, { A: 0, B: 2, C: 1 });
    assert.equal(ofKind(r.steps, 'award')[0].tieBreak, 'weight');
    // Quotas 1/3, 2/3, exactly 1: C's whole seat is not lost to rounding.
    assert.deepEqual(
      run(
        [
          ['A', 0.1],
          ['B', 0.2],
          ['C', 0.3],
        ],
        2,
        'hamilton',
      ).seats,
      { A: 0, B: 1, C: 1 },
    );
  });

  test('with a minimum of 1 every unit gets 1 first, the other seats are shared by the weights', () => {
    // 7 seats, min 1: 3 reserved, 4 shared: quotas 1.905, 1.524, 0.571 → floors 1, 1, 0; leftovers A, C.
    const r = run(
      [
        ['A', 100],
        ['B', 80],
        ['C', 30],
      ],
      7,
      'hamilton',
      1,
    );
    assert.deepEqual(r.seats, { A: 3, B: 2, C: 2 });
    const [start] = ofKind(r.steps, 'start');
    assert.deepEqual([start.reserved, start.remaining, start.totalWeight], [3, 4, 210]);
    assert.deepEqual(
      ofKind(r.steps, 'award').map((a) => a.unit),
      ['A', 'C'],
    );
    assert.equal(r.steps.at(-1)?.text, 'Kết quả: A 3 (1 + 2); B 2 (1 + 1); C 2 (1 + 1) — tổng 7 chỉ tiêu.');
  });

  test('a unit with weight 0 gets only the minimum', () => {
    assert.deepEqual(
      run(
        [
          ['A', 0],
          ['B', 5],
        ],
        4,
        'hamilton',
        1,
      ).seats,
      { A: 1, B: 3 },
    );
  });
});

describe('apportion, Sainte-Laguë', () => {
  test('7 seats among 53 000, 24 000, 23 000: the hand-computed rounds give 3, 2, 2', () => {
    const r = run(
      [
        ['A', 53000],
        ['B', 24000],
        ['C', 23000],
      ],
      7,
      'sainte-lague',
    );
    assert.deepEqual(r.seats, { A: 3, B: 2, C: 2 });
    const rounds = ofKind(r.steps, 'round');
    // Winners: 53000/1, 24000/1, 23000/1, 53000/3 = 17667, 53000/5 = 10600, 24000/3 = 8000, 23000/3 = 7667.
    assert.deepEqual(
      rounds.map((s) => [s.unit, Math.round(s.quotient)]),
      [
        ['A', 53000],
        ['B', 24000],
        ['C', 23000],
        ['A', 17667],
        ['A', 10600],
        ['B', 8000],
        ['C', 7667],
      ],
    );
    assert.deepEqual(
      rounds[5].quotients.map((q) => [q.unit, q.won, q.divisor]),
      [
        ['A', 3, 7],
        ['B', 1, 3],
        ['C', 1, 3],
      ],
    );
    assert.equal(
      rounds[5].text,
      'Vòng 6: A 53.000/7 = 7.571,429; B 24.000/3 = 8.000; C 23.000/3 = 7.666,667 → B (lớn nhất).',
    );
    // Hamilton on the same weights gives A 4, B 2, C 1: the methods differ.
    assert.deepEqual(
      run(
        [
          ['A', 53000],
          ['B', 24000],
          ['C', 23000],
        ],
        7,
        'hamilton',
      ).seats,
      { A: 4, B: 2, C: 1 },
    );
  });

  test('7 seats among A 100, B 80, C 30 give 3, 3, 1 (round 7: 80/5 = 16 beats 100/7 = 14.29)', () => {
    const r = run(
      [
        ['A', 100],
        ['B', 80],
        ['C', 30],
      ],
      7,
      'sainte-lague',
    );
    assert.deepEqual(r.seats, { A: 3, B: 3, C: 1 });
    assert.deepEqual(
      ofKind(r.steps, 'round').map((s) => s.unit),
      ['A', 'B', 'A', 'C', 'B', 'A', 'B'],
    );
  });

  test('with a minimum of 1 the divisors of the shared seats start again at 1', () => {
    // 3 reserved, 4 shared: A 100, B 80, A 100/3 = 33.3 > C 30, then C 30 > B 80/3 = 26.7.
    const r = run(
      [
        ['A', 100],
        ['B', 80],
        ['C', 30],
      ],
      7,
      'sainte-lague',
      1,
    );
    assert.deepEqual(r.seats, { A: 3, B: 2, C: 2 });
    assert.deepEqual(
      ofKind(r.steps, 'round').map((s) => [s.unit, s.quotients.map((q) => q.divisor)]),
      [
        ['A', [1, 1, 1]],
        ['B', [3, 1, 1]],
        ['A', [3, 3, 1]],
        ['C', [5, 3, 1]],
      ],
    );
  });

  test('equal quotients go to the larger weight, then to the earlier row', () => {
    // Round 2: A 30/3 = 10 equals B 10/1 = 10; A is heavier.
    const byWeight = run(
      [
        ['B', 10],
        ['A', 30],
      ],
      2,
      'sainte-lague',
    );
    assert.deepEqual(byWeight.seats, { B: 0, A: 2 });
    const round2 = ofKind(byWeight.steps, 'round')[1];
    assert.deepEqual([round2.unit, round2.tieBreak, round2.tiedWith], ['A', 'weight', 'B']);
    const byOrder = run(
      [
        ['Y', 10],
        ['X', 10],
      ],
      1,
      'sainte-lague',
    );
    assert.deepEqual(byOrder.seats, { Y: 1, X: 0 });
    assert.equal(ofKind(byOrder.steps, 'round')[0].tieBreak, 'order');
  });

  test('with many units a round names the winner and the runner-up; the numbers keep every quotient', () => {
    const many = Array.from({ length: 10 }, (_, i): [string, number] => [`Đơn vị ${i + 1}`, 100 - i]);
    const r = run(many, 30, 'sainte-lague');
    const rounds = ofKind(r.steps, 'round');
    assert.equal(rounds.length, 30);
    assert.equal(
      rounds[0].text,
      'Vòng 1: Đơn vị 1, thương số 100/1 = 100 (lớn nhất; kế tiếp Đơn vị 2 99/1 = 99).',
    );
    assert.ok(rounds.every((s) => s.quotients.length === 10));
    assert.equal(
      Object.values(r.seats).reduce((a, b) => a + b, 0),
      30,
    );
  });
});

describe('apportion refuses bad input in Vietnamese', () => {
  const ab: Array<[string, number]> = [
    ['A', 1],
    ['B', 2],
  ];
  test('no units, duplicate names, negative or non-numeric weights', () => {
    fails(() => run([], 3, 'hamilton'), /Chưa có đơn vị nào/);
    fails(
      () =>
        run(
          [
            ['A', 1],
            ['B', 1],
            ['A', 2],
          ],
          3,
          'hamilton',
        ),
      /Tên đơn vị "A" có hai lần \(đơn vị thứ 1 và thứ 3\)/,
    );
    fails(
      () =>
        run(
          [
            ['A', 1],
            ['B', -2],
          ],
          3,
          'hamilton',
        ),
      /Đơn vị thứ 2 \("B"\): trọng số -2 là số âm/,
    );
    fails(
      () =>
        run(
          [
            ['A', Number.NaN],
            ['B', 1],
          ],
          3,
          'sainte-lague',
        ),
      /Đơn vị thứ 1 \("A"\): trọng số không phải là số/,
    );
  });

  test('fewer seats than units × minimum, all weights zero, bad seat counts', () => {
    fails(
      () => run(ab, 3, 'hamilton', 2),
      /Có 2 đơn vị, mỗi đơn vị tối thiểu 2 chỉ tiêu thì cần 4 chỉ tiêu, nhưng chỉ có 3/,
    );
    fails(
      () =>
        run(
          [
            ['A', 0],
            ['B', 0],
          ],
          3,
          'hamilton',
        ),
      /Mọi đơn vị đều có trọng số 0/,
    );
    fails(() => run(ab, 0, 'hamilton'), /Số chỉ tiêu "0" không hợp lệ/);
    fails(() => run(ab, 2.5, 'hamilton'), /Số chỉ tiêu "2.5" không hợp lệ/);
    fails(() => run(ab, 3, 'hamilton', -1), /tối thiểu mỗi đơn vị "-1" không hợp lệ/);
  });
});

/** A seeded generator (mulberry32), so the random cases are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The plain Sainte-Laguë of the definition: every round sorts all units by weight / (2s + 1), exactly
 * (integer weights, cross-multiplied), ties to the larger weight then the earlier row.
 */
function referenceSainteLague(weights: number[], seats: number, min: number) {
  const won = weights.map(() => 0);
  const rounds: Array<{ winner: number; runnerUp?: number; tied: boolean }> = [];
  const order = weights.map((_, i) => i);
  for (let round = 0; round < seats - weights.length * min; round++) {
    const key = (i: number) => BigInt(weights[i]);
    const div = (i: number) => BigInt(2 * won[i] + 1);
    const ranked = [...order].sort((a, b) => {
      const l = key(a) * div(b);
      const r = key(b) * div(a);
      if (l !== r) return l > r ? -1 : 1;
      if (weights[a] !== weights[b]) return weights[b] - weights[a];
      return a - b;
    });
    const [winner, runnerUp] = ranked;
    rounds.push({
      winner,
      runnerUp,
      tied: runnerUp !== undefined && key(winner) * div(runnerUp) === key(runnerUp) * div(winner),
    });
    won[winner] += 1;
  }
  return { seats: won.map((n) => n + min), rounds };
}

describe('apportion, Sainte-Laguë with a heap matches the plain definition', () => {
  test('200 seeded random cases, ties included: same seats, same winners, runners-up and tie breaks', () => {
    const random = seeded(20251107);
    for (let c = 0; c < 200; c++) {
      const n = 1 + Math.floor(random() * 25);
      // Weights from a small range, so equal quotients (ties) happen often.
      const weights = Array.from({ length: n }, () => Math.floor(random() * (c % 2 ? 12 : 5000)));
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const min = c % 5 === 0 ? 1 : 0;
      const seats = n * min + Math.floor(random() * 300);
      if (seats === 0) continue;
      const pairs = weights.map((w, i): [string, number] => [`Đ${i}`, w]);
      const got = run(pairs, seats, 'sainte-lague', min);
      const want = referenceSainteLague(weights, seats, min);
      assert.deepEqual(
        pairs.map(([name]) => got.seats[name]),
        want.seats,
        `case ${c}: ${JSON.stringify({ weights, seats, min })}`,
      );
      const rounds = ofKind(got.steps, 'round');
      assert.equal(rounds.length, Math.min(ROUND_STEPS, want.rounds.length));
      rounds.forEach((step, i) => {
        const ref = want.rounds[i];
        assert.equal(step.unit, `Đ${ref.winner}`, `case ${c} round ${i + 1}`);
        assert.equal(step.tiedWith, ref.tied ? `Đ${ref.runnerUp}` : undefined, `case ${c} round ${i + 1}`);
      });
    }
  });

  test('the largest allowed request is shared in full, and only the first rounds are explained', () => {
    const random = seeded(7);
    const pairs = Array.from({ length: APPORTION_LIMITS.units }, (_, i): [string, number] => [
      `Đơn vị ${i + 1}`,
      1 + Math.floor(random() * 100_000),
    ]);
    const r = run(pairs, APPORTION_LIMITS.seats, 'sainte-lague');
    assert.equal(
      Object.values(r.seats).reduce((a, b) => a + b, 0),
      APPORTION_LIMITS.seats,
    );
    const rounds = ofKind(r.steps, 'round');
    assert.equal(rounds.length, ROUND_STEPS);
    assert.ok(
      rounds.every((s) => s.quotients.length === 2),
      'winner and runner-up only',
    );
    const [omitted] = ofKind(r.steps, 'omitted');
    assert.deepEqual([omitted.fromRound, omitted.toRound], [ROUND_STEPS + 1, APPORTION_LIMITS.seats]);
    // The answer stays small: no per-seat trace of every unit.
    assert.ok(JSON.stringify(r).length < 1_000_000, `${JSON.stringify(r).length} characters`);
  });

  test('more units or seats than the tool is for are refused in Vietnamese', () => {
    const many = Array.from({ length: APPORTION_LIMITS.units + 1 }, (_, i): [string, number] => [`Đ${i}`, 1]);
    assert.throws(() => run(many, 10, 'hamilton'), /Số đơn vị: tối đa 2\.000/);
    assert.throws(
      () => run([['A', 1]], APPORTION_LIMITS.seats + 1, 'sainte-lague'),
      /Số chỉ tiêu: tối đa 50\.000/,
    );
    assert.throws(() => run([['A'.repeat(201), 1]], 3, 'hamilton'), /tên đơn vị tối đa 200 ký tự/);
  });
});
