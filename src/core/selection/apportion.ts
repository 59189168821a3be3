/**
 * Phân bổ chỉ tiêu đại biểu: share N seats among units in proportion to a weight (staff, members,
 * population), each unit first receiving a minimum. Two methods:
 * - `hamilton` (phần dư lớn nhất): quota = weight × seats / total weight; every unit gets the whole
 *   part, the seats left go to the largest remainders;
 * - `sainte-lague`: seat by seat, to the unit with the largest weight / (2s + 1), s = the seats it won
 *   so far (divisors 1, 3, 5, …); the units sit in a binary heap, so a round costs O(log units). Only
 *   the first ROUND_STEPS rounds are explained one by one.
 * With a minimum m every unit gets m seats first; the remaining N − k·m seats are then shared by the
 * method exactly as if no unit had any seat yet (for Sainte-Laguë the divisors of these seats start
 * again at 1). Ties on equal remainders or quotients go to the larger weight, then to the earlier row.
 * All comparisons are exact: weights are turned into integers by a common power of ten and compared
 * with BigInt arithmetic. See docs/cli-selection.md.
 */
import { DomainError } from '../errors/domain-error.ts';

export type ApportionMethod = 'hamilton' | 'sainte-lague';

/** What the tool is for: a delegation shared among at most a few thousand units. */
export const APPORTION_LIMITS = {
  units: 2000,
  seats: 50_000,
  name: 200,
  weight: Number.MAX_SAFE_INTEGER,
} as const;

const thousands = (n: number): string => new Intl.NumberFormat('vi-VN').format(n);

export interface ApportionInput {
  units: { unit: string; weight: number }[];
  seats: number;
  method: ApportionMethod;
  min: number;
}

/** A unit's quotient in one Sainte-Laguë round: weight / divisor, divisor = 2 × seats won + 1. */
export interface RoundQuotient {
  unit: string;
  won: number;
  divisor: number;
  quotient: number;
}

/** Why a unit won over another with the same remainder or quotient. */
export type TieBreak = 'weight' | 'order';

/** One explained step; `text` is the Vietnamese line, the other fields its numbers. */
export type ApportionStep =
  | {
      kind: 'start';
      text: string;
      method: ApportionMethod;
      totalWeight: number;
      seats: number;
      minimum: number;
      reserved: number;
      remaining: number;
    }
  | {
      kind: 'quota';
      text: string;
      unit: string;
      weight: number;
      quota: number;
      floor: number;
      remainder: number;
    }
  | { kind: 'leftover'; text: string; whole: number; left: number }
  | {
      kind: 'award';
      text: string;
      unit: string;
      rank: number;
      remainder: number;
      tieBreak?: TieBreak;
      tiedWith?: string;
    }
  | {
      kind: 'round';
      text: string;
      round: number;
      unit: string;
      quotient: number;
      quotients: RoundQuotient[];
      tieBreak?: TieBreak;
      tiedWith?: string;
    }
  | { kind: 'omitted'; text: string; fromRound: number; toRound: number }
  | { kind: 'result'; text: string; seats: Record<string, number> };

export interface ApportionResult {
  seats: Record<string, number>;
  steps: ApportionStep[];
}

/** Above this many units a round's text names only the winner and the runner-up (numbers keep all). */
const ROUND_TEXT_UNITS = 6;
/** Up to this many units a round keeps every unit's quotient; above it, the winner and the runner-up. */
const ROUND_QUOTIENT_UNITS = 12;
/** Only the first rounds are explained one by one; the rest are summed up in one step. */
export const ROUND_STEPS = 200;

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
const fmt = (n: number): string => numberFormat.format(n);

/** The exact decimal value of a finite non-negative number: digits × 10^−scale. */
function exactDecimal(n: number): { digits: bigint; scale: number } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new Error(`Unexpected number text ${String(n)}`);
  const fraction = m[2] ?? '';
  const scale = fraction.length - Number(m[3] ?? 0);
  const digits = BigInt(m[1] + fraction);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** A fraction num/den of BigInts as a JavaScript number, for display (9 decimals are plenty). */
function approx(num: bigint, den: bigint): number {
  const scaled = (num * 1_000_000_000n) / den;
  return Number(scaled) / 1e9;
}

function validate(input: ApportionInput): void {
  const { units, seats, min } = input;
  if (units.length === 0) throw new DomainError('VALIDATION', 'Chưa có đơn vị nào để phân bổ chỉ tiêu.');
  if (units.length > APPORTION_LIMITS.units)
    throw new DomainError(
      'VALIDATION',
      `Số đơn vị: tối đa ${thousands(APPORTION_LIMITS.units)} (đang có ${thousands(units.length)}).`,
    );
  if (Number.isInteger(seats) && seats > APPORTION_LIMITS.seats)
    throw new DomainError(
      'VALIDATION',
      `Số chỉ tiêu: tối đa ${thousands(APPORTION_LIMITS.seats)} (đang ghi ${thousands(seats)}).`,
    );
  if (!Number.isInteger(seats) || seats < 1)
    throw new DomainError(
      'VALIDATION',
      `Số chỉ tiêu "${seats}" không hợp lệ: phải là số nguyên từ 1 trở lên.`,
    );
  if (!Number.isInteger(min) || min < 0)
    throw new DomainError(
      'VALIDATION',
      `Số chỉ tiêu tối thiểu mỗi đơn vị "${min}" không hợp lệ: phải là số nguyên từ 0 trở lên.`,
    );
  if (input.method !== 'hamilton' && input.method !== 'sainte-lague')
    throw new DomainError(
      'VALIDATION',
      `Cách chia "${String(input.method)}" không có: dùng "hamilton" hoặc "sainte-lague".`,
    );
  const seen = new Map<string, number>();
  units.forEach((u, i) => {
    const where = `Đơn vị thứ ${i + 1}`;
    if (u.unit.trim() === '') throw new DomainError('VALIDATION', `${where}: chưa có tên đơn vị.`);
    if (u.unit.length > APPORTION_LIMITS.name)
      throw new DomainError('VALIDATION', `${where}: tên đơn vị tối đa ${APPORTION_LIMITS.name} ký tự.`);
    const first = seen.get(u.unit);
    if (first !== undefined)
      throw new DomainError(
        'VALIDATION',
        `Tên đơn vị "${u.unit}" có hai lần (đơn vị thứ ${first + 1} và thứ ${i + 1}); mỗi đơn vị chỉ ghi một lần.`,
      );
    seen.set(u.unit, i);
    if (typeof u.weight !== 'number' || !Number.isFinite(u.weight))
      throw new DomainError('VALIDATION', `${where} ("${u.unit}"): trọng số không phải là số.`);
    if (u.weight < 0)
      throw new DomainError(
        'VALIDATION',
        `${where} ("${u.unit}"): trọng số ${fmt(u.weight)} là số âm; trọng số phải từ 0 trở lên.`,
      );
    if (u.weight > APPORTION_LIMITS.weight)
      throw new DomainError(
        'VALIDATION',
        `${where} ("${u.unit}"): trọng số tối đa ${thousands(APPORTION_LIMITS.weight)}.`,
      );
  });
  if (seats < units.length * min)
    throw new DomainError(
      'VALIDATION',
      `Có ${units.length} đơn vị, mỗi đơn vị tối thiểu ${min} chỉ tiêu thì cần ${units.length * min} chỉ tiêu, nhưng chỉ có ${seats}.`,
    );
  if (units.every((u) => u.weight === 0))
    throw new DomainError(
      'VALIDATION',
      'Mọi đơn vị đều có trọng số 0 nên không chia theo tỷ lệ được; hãy ghi trọng số của các đơn vị.',
    );
}

interface Unit {
  name: string;
  weight: number;
  w: bigint;
  index: number;
}

/** Larger weight first, then the earlier row: the tie rule of both methods. */
function tieOrder(a: Unit, b: Unit): number {
  if (a.w !== b.w) return a.w > b.w ? -1 : 1;
  return a.index - b.index;
}

function tieText(winner: Unit, other: Unit): { tieBreak: TieBreak; text: string } {
  return winner.w !== other.w
    ? {
        tieBreak: 'weight',
        text: `bằng ${other.name} nhưng ${winner.name} có trọng số lớn hơn (${fmt(winner.weight)} so với ${fmt(other.weight)})`,
      }
    : {
        tieBreak: 'order',
        text: `bằng ${other.name}, cùng trọng số ${fmt(winner.weight)}, nhưng ${winner.name} đứng trước trong danh sách`,
      };
}

function hamilton(
  units: Unit[],
  total: bigint,
  totalWeight: number,
  remaining: number,
  steps: ApportionStep[],
): number[] {
  const extra = units.map(() => 0);
  const R = BigInt(remaining);
  const remainders = units.map((u) => {
    const num = u.w * R;
    const floor = num / total;
    extra[u.index] = Number(floor);
    const rest = num % total;
    steps.push({
      kind: 'quota',
      text: `${u.name}: tiêu chuẩn = ${fmt(u.weight)} × ${remaining} / ${fmt(totalWeight)} = ${fmt(approx(num, total))} → phần nguyên ${floor}, phần dư ${fmt(approx(rest, total))}.`,
      unit: u.name,
      weight: u.weight,
      quota: approx(num, total),
      floor: Number(floor),
      remainder: approx(rest, total),
    });
    return rest;
  });
  const whole = extra.reduce((a, b) => a + b, 0);
  const left = remaining - whole;
  steps.push({
    kind: 'leftover',
    text:
      left === 0
        ? `Các phần nguyên cộng lại đủ ${whole} chỉ tiêu, không còn chỉ tiêu dư.`
        : `Các phần nguyên cộng lại ${whole} chỉ tiêu; còn ${left} chỉ tiêu dư, lần lượt chia cho đơn vị có phần dư lớn nhất (bằng nhau thì đơn vị có trọng số lớn hơn, rồi đơn vị đứng trước).`,
    whole,
    left,
  });
  // Same denominator (total) for every remainder: comparing numerators is exact.
  const ranked = [...units].sort((a, b) => {
    const ra = remainders[a.index];
    const rb = remainders[b.index];
    return ra !== rb ? (ra > rb ? -1 : 1) : tieOrder(a, b);
  });
  const firstOut = ranked[left];
  for (let r = 0; r < left; r++) {
    const u = ranked[r];
    extra[u.index] += 1;
    const rest = remainders[u.index];
    const tie = firstOut && remainders[firstOut.index] === rest ? tieText(u, firstOut) : undefined;
    steps.push({
      kind: 'award',
      text: `Chỉ tiêu dư thứ ${r + 1}: ${u.name}, phần dư ${fmt(approx(rest, total))} (${tie ? tie.text : r === 0 ? 'lớn nhất' : `lớn thứ ${r + 1}`}).`,
      unit: u.name,
      rank: r + 1,
      remainder: approx(rest, total),
      ...(tie ? { tieBreak: tie.tieBreak, tiedWith: firstOut.name } : {}),
    });
  }
  return extra;
}

/**
 * A binary heap of the units by their current Sainte-Laguë quotient, largest first, ties by the tie
 * rule: each round costs O(log units) instead of sorting every unit again.
 */
class QuotientHeap {
  private readonly items: Unit[] = [];
  private readonly won: number[];
  constructor(won: number[]) {
    this.won = won;
  }

  /** Does `a` come before `b` this round? weight/(2s+1) compared exactly, then the tie rule. */
  before(a: Unit, b: Unit): boolean {
    const left = a.w * BigInt(2 * this.won[b.index] + 1);
    const right = b.w * BigInt(2 * this.won[a.index] + 1);
    if (left !== right) return left > right;
    return tieOrder(a, b) < 0;
  }

  get size(): number {
    return this.items.length;
  }

  peek(): Unit | undefined {
    return this.items[0];
  }

  push(u: Unit): void {
    const a = this.items;
    a.push(u);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(a[i], a[parent])) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): Unit {
    const a = this.items;
    const top = a[0];
    const last = a.pop() as Unit;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < a.length && this.before(a[l], a[best])) best = l;
        if (r < a.length && this.before(a[r], a[best])) best = r;
        if (best === i) break;
        [a[i], a[best]] = [a[best], a[i]];
        i = best;
      }
    }
    return top;
  }
}

function sainteLague(units: Unit[], remaining: number, steps: ApportionStep[]): number[] {
  const extra = units.map(() => 0);
  const heap = new QuotientHeap(extra);
  for (const u of units) heap.push(u);
  const divisor = (u: Unit) => 2 * extra[u.index] + 1;
  const quotient = (u: Unit) => u.weight / divisor(u);
  const show = (u: Unit) => `${u.name} ${fmt(u.weight)}/${divisor(u)} = ${fmt(quotient(u))}`;
  const entry = (u: Unit): RoundQuotient => ({
    unit: u.name,
    won: extra[u.index],
    divisor: divisor(u),
    quotient: quotient(u),
  });
  for (let round = 1; round <= remaining; round++) {
    const winner = heap.pop();
    if (round <= ROUND_STEPS) {
      // The runner-up is the best of the others, i.e. the top of the heap without the winner.
      const runnerUp = heap.peek();
      const tied =
        runnerUp && winner.w * BigInt(divisor(runnerUp)) === runnerUp.w * BigInt(divisor(winner))
          ? tieText(winner, runnerUp)
          : undefined;
      const why = tied ? tied.text : 'lớn nhất';
      const text =
        units.length <= ROUND_TEXT_UNITS
          ? `Vòng ${round}: ${units.map(show).join('; ')} → ${winner.name} (${why}).`
          : `Vòng ${round}: ${winner.name}, thương số ${show(winner).slice(winner.name.length + 1)} (${why}${runnerUp && !tied ? `; kế tiếp ${show(runnerUp)}` : ''}).`;
      steps.push({
        kind: 'round',
        text,
        round,
        unit: winner.name,
        quotient: quotient(winner),
        quotients:
          units.length <= ROUND_QUOTIENT_UNITS
            ? units.map(entry)
            : [winner, ...(runnerUp ? [runnerUp] : [])].map(entry),
        ...(tied && runnerUp ? { tieBreak: tied.tieBreak, tiedWith: runnerUp.name } : {}),
      });
    } else if (round === ROUND_STEPS + 1) {
      steps.push({
        kind: 'omitted',
        text: `Các vòng từ ${round} đến ${remaining} chia theo cùng cách (thương số lớn nhất được chỉ tiêu), không liệt kê từng vòng; kết quả ở dòng cuối.`,
        fromRound: round,
        toRound: remaining,
      });
    }
    extra[winner.index] += 1;
    heap.push(winner);
  }
  return extra;
}

/**
 * Shares `seats` among `units` by `method`, each unit first receiving `min`; every step explained in
 * Vietnamese. Throws DomainError for no units, a duplicate name, a negative or non-numeric weight,
 * fewer seats than units × min, or weights that are all zero.
 */
export function apportion(input: ApportionInput): ApportionResult {
  validate(input);
  const { seats, min, method } = input;
  const decimals = input.units.map((u) => exactDecimal(u.weight));
  const scale = Math.max(...decimals.map((d) => d.scale));
  const units: Unit[] = input.units.map((u, index) => ({
    name: u.unit,
    weight: u.weight,
    w: decimals[index].digits * 10n ** BigInt(scale - decimals[index].scale),
    index,
  }));
  const total = units.reduce((sum, u) => sum + u.w, 0n);
  const totalWeight = approx(total, 10n ** BigInt(scale));
  const reserved = units.length * min;
  const remaining = seats - reserved;
  const steps: ApportionStep[] = [];
  const methodName =
    method === 'hamilton'
      ? 'phần dư lớn nhất (Hamilton)'
      : 'thương số lớn nhất Sainte-Laguë (chia cho 1, 3, 5, …)';
  steps.push({
    kind: 'start',
    text:
      (min > 0
        ? `Mỗi đơn vị có trước ${min} chỉ tiêu tối thiểu (${units.length} đơn vị × ${min} = ${reserved}); còn ${remaining} chỉ tiêu chia theo tỷ lệ trọng số`
        : `Chia ${seats} chỉ tiêu theo tỷ lệ trọng số`) +
      ` (tổng trọng số ${fmt(totalWeight)}), theo cách ${methodName}.`,
    method,
    totalWeight,
    seats,
    minimum: min,
    reserved,
    remaining,
  });
  const extra =
    method === 'hamilton'
      ? hamilton(units, total, totalWeight, remaining, steps)
      : sainteLague(units, remaining, steps);
  const result: Record<string, number> = {};
  for (const u of units) result[u.name] = min + extra[u.index];
  steps.push({
    kind: 'result',
    text: `Kết quả: ${units
      .map((u) => `${u.name} ${result[u.name]}${min > 0 ? ` (${min} + ${extra[u.index]})` : ''}`)
      .join('; ')} — tổng ${seats} chỉ tiêu.`,
    seats: { ...result },
  });
  return { seats: result, steps };
}
