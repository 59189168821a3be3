/**
 * Checks a selection problem and turns its rules into bounds on counts ("rows"): shares become counts
 * (a minimum rounds up, a maximum down), `each` becomes one row per distinct value. Inconsistent input
 * is an input error (DomainError 'VALIDATION') with a Vietnamese message, never "infeasible".
 */
import { DomainError } from '../errors/domain-error.ts';
import type { QuotaRule, SelectionProblem } from './types.ts';

/** One bound on the count of selected candidates in `members` (candidate positions in the pool). */
export interface ResolvedRow {
  index: number;
  column: string;
  value: string;
  min: number | null;
  max: number | null;
  members: Int32Array;
}

export interface ResolvedProblem {
  seats: number;
  ids: string[];
  scores: Float64Array;
  rows: ResolvedRow[];
  /** Per candidate: 1 locked in, -1 left out, 0 free. */
  fixed: Int8Array;
  /** Per candidate: the rows it belongs to. */
  rowsOf: Int32Array[];
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const EPS = 1e-9;

function fail(message: string): never {
  throw new DomainError('VALIDATION', message);
}

function ruleName(rule: QuotaRule, i: number): string {
  const what = rule.each ? `mọi giá trị của "${rule.column}"` : `"${rule.column}" = "${rule.value ?? ''}"`;
  return `Quy tắc thứ ${i + 1} (${what})`;
}

function valuesOf(v: string | readonly string[] | undefined): readonly string[] {
  if (v === undefined) return [];
  return typeof v === 'string' ? [v] : v;
}

function checkCount(x: unknown, name: string, what: string): void {
  if (x === undefined) return;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0)
    fail(`${name}: ${what} phải là số nguyên không âm.`);
}

function checkShare(x: unknown, name: string, what: string): void {
  if (x === undefined) return;
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 1)
    fail(`${name}: ${what} phải là tỷ lệ từ 0 đến 1 (ví dụ 0.3 là 30%).`);
}

/** The rule's bounds as counts of `seats` (a minimum share rounds up, a maximum share down). */
export function ruleBounds(rule: QuotaRule, seats: number): { min: number | null; max: number | null } {
  const mins = [rule.min, rule.minShare === undefined ? undefined : Math.ceil(rule.minShare * seats - EPS)];
  const maxs = [rule.max, rule.maxShare === undefined ? undefined : Math.floor(rule.maxShare * seats + EPS)];
  const lo = mins.filter((x): x is number => x !== undefined);
  const hi = maxs.filter((x): x is number => x !== undefined);
  return { min: lo.length ? Math.max(...lo) : null, max: hi.length ? Math.min(...hi) : null };
}

function checkCandidates(problem: SelectionProblem): Map<string, number> {
  const { seats, candidates } = problem;
  if (!Number.isInteger(seats) || seats < 1) fail('Số ghế (seats) phải là số nguyên từ 1 trở lên.');
  const position = new Map<string, number>();
  candidates.forEach((c, i) => {
    if (typeof c.id !== 'string' || c.id.trim() === '') fail(`Ứng viên thứ ${i + 1} chưa có mã (id).`);
    const before = position.get(c.id);
    if (before !== undefined)
      fail(`Mã ứng viên "${c.id}" bị trùng (ứng viên thứ ${before + 1} và ${i + 1}).`);
    if (typeof c.score !== 'number' || !Number.isFinite(c.score))
      fail(`Điểm ưu tiên của ứng viên "${c.id}" không phải là một số.`);
    position.set(c.id, i);
  });
  return position;
}

function fixedMarks(problem: SelectionProblem, position: Map<string, number>): Int8Array {
  const fixed = new Int8Array(problem.candidates.length);
  for (const id of problem.include ?? []) {
    const i = position.get(id);
    if (i === undefined) fail(`Người được giữ lại "${id}" không có trong danh sách ứng viên.`);
    fixed[i] = 1;
  }
  for (const id of problem.exclude ?? []) {
    const i = position.get(id);
    if (i === undefined) fail(`Người bị loại ra "${id}" không có trong danh sách ứng viên.`);
    if (fixed[i] === 1) fail(`"${id}" vừa được giữ lại vừa bị loại ra; hãy bỏ một trong hai.`);
    fixed[i] = -1;
  }
  let locked = 0;
  let available = 0;
  for (const f of fixed) {
    if (f === 1) locked++;
    if (f !== -1) available++;
  }
  if (locked > problem.seats)
    fail(
      `Có ${locked} người được giữ lại, nhiều hơn số ghế ${problem.seats}; hãy bỏ bớt người được giữ lại.`,
    );
  if (available < problem.seats)
    fail(`Chỉ có ${available} ứng viên (không kể người bị loại ra), ít hơn số ghế ${problem.seats}.`);
  return fixed;
}

/** Validates the problem and resolves its rules into rows (in rule order; `each` values in Vietnamese order). */
export function resolveProblem(problem: SelectionProblem, lenient = false): ResolvedProblem {
  const position = checkCandidates(problem);
  const fixed = lenient ? new Int8Array(problem.candidates.length) : fixedMarks(problem, position);
  const { seats, candidates } = problem;
  const columns = new Set<string>();
  for (const c of candidates) for (const k of Object.keys(c.attributes)) columns.add(k);

  const rows: ResolvedRow[] = [];
  const byKey = new Map<string, { min: number | null; max: number | null; rule: number }>();
  problem.quotas.forEach((rule, i) => {
    const name = ruleName(rule, i);
    if (typeof rule.column !== 'string' || !columns.has(rule.column))
      fail(`${name}: cột "${String(rule.column)}" không có trong danh sách ứng viên.`);
    checkCount(rule.min, name, 'tối thiểu (min)');
    checkCount(rule.max, name, 'tối đa (max)');
    checkShare(rule.minShare, name, 'tỷ lệ tối thiểu (minShare)');
    checkShare(rule.maxShare, name, 'tỷ lệ tối đa (maxShare)');
    if (rule.each && rule.value !== undefined) fail(`${name}: chỉ dùng một trong hai: "value" hoặc "each".`);
    if (!rule.each && (typeof rule.value !== 'string' || rule.value === ''))
      fail(`${name}: cần giá trị (value), hoặc "each": true để áp dụng cho mọi giá trị.`);
    const { min, max } = ruleBounds(rule, seats);
    if (min === null && max === null)
      fail(`${name}: cần ít nhất một giới hạn (min, max, minShare hoặc maxShare).`);
    if (min !== null && max !== null && min > max) fail(`${name}: tối thiểu ${min} lớn hơn tối đa ${max}.`);
    if (min !== null && min > seats) fail(`${name}: tối thiểu ${min} lớn hơn tổng số ghế ${seats}.`);

    const members = new Map<string, number[]>();
    candidates.forEach((c, j) => {
      for (const v of valuesOf(c.attributes[rule.column])) {
        if (v === '' || (!rule.each && v !== rule.value)) continue;
        const list = members.get(v);
        if (list) list.push(j);
        else members.set(v, [j]);
      }
    });
    const values = rule.each ? [...members.keys()].sort(collator.compare) : [rule.value as string];
    for (const value of values) {
      const key = `${rule.column}\u0000${value}`;
      const other = byKey.get(key);
      if (other) {
        const lo = Math.max(other.min ?? 0, min ?? 0);
        const hi = Math.min(other.max ?? Number.POSITIVE_INFINITY, max ?? Number.POSITIVE_INFINITY);
        if (lo > hi)
          fail(
            `${name} mâu thuẫn với quy tắc thứ ${other.rule + 1} cho "${rule.column}" = "${value}": tối thiểu ${lo} lớn hơn tối đa ${hi}.`,
          );
        if (min !== null) other.min = Math.max(other.min ?? 0, min);
        if (max !== null) other.max = Math.min(other.max ?? max, max);
      } else byKey.set(key, { min, max, rule: i });
      rows.push({
        index: i,
        column: rule.column,
        value,
        min,
        max,
        members: Int32Array.from(members.get(value) ?? []),
      });
    }
  });

  const counts = new Int32Array(candidates.length);
  for (const r of rows) for (const j of r.members) counts[j]++;
  const rowsOf = Array.from(counts, (n) => new Int32Array(n));
  counts.fill(0);
  rows.forEach((r, ri) => {
    for (const j of r.members) rowsOf[j][counts[j]++] = ri;
  });

  return {
    seats,
    ids: candidates.map((c) => c.id),
    scores: Float64Array.from(candidates, (c) => c.score),
    rows,
    fixed,
    rowsOf,
  };
}
