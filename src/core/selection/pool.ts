/**
 * The files of `vinhdanh select`: POOL (a table with a header row, one candidate per row, a unique `id`
 * column, every other column text) and RULES (JSON: seats, score column, quotas, include, exclude),
 * checked and turned into a SelectionProblem. Pure: the caller reads the files (an .xlsx through
 * readSheets) and hands over bytes, text or rows. Every problem is a DomainError naming the row,
 * column or key. Formats: docs/cli-selection.md.
 */
import { parse } from 'csv-parse/sync';
import { DomainError } from '../errors/domain-error.ts';
import type { QuotaRule, SelectionProblem } from './types.ts';

/** One row of a file: `line` is its row number as the user sees it (1 = the first line). */
export interface TableRow {
  line: number;
  cells: string[];
}

/** A table: the header names and the non-blank rows below it, cells trimmed. */
export interface Table {
  header: string[];
  rows: TableRow[];
}

/** RULES.json, checked for shape; column names and ids are checked against the pool by buildProblem. */
export interface SelectionRules {
  seats: number;
  score?: string;
  quotas: QuotaRule[];
  include: string[];
  exclude: string[];
}

const fail = (message: string): never => {
  throw new DomainError('VALIDATION', message);
};

const clean = (s: string): string => s.normalize('NFC').trim();

/** UTF-8 text with or without a byte order mark; anything else (e.g. an ANSI CSV) is refused. */
export function decodeUtf8(bytes: Uint8Array, source = 'Tệp'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      `${source} không ở dạng chữ UTF-8. Trong Excel hãy chọn "Lưu thành" → "CSV UTF-8 (phân cách bằng dấu phẩy)" rồi dùng tệp mới.`,
    );
  }
}

/** The separator of the first line: a semicolon when it has more semicolons than commas (outside quotes). */
function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** The rows of a CSV text, comma or semicolon separated (detected from the first line). */
export function parseCsv(text: string, source = 'Tệp CSV'): TableRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, {
      delimiter: detectDelimiter(body),
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return fail(
      `${source} bị lỗi${line ? ` ở dòng ${line}` : ''}: có dấu ngoặc kép (") chưa đóng hoặc đặt sai chỗ. Hãy mở tệp bằng Excel và lưu lại dạng CSV UTF-8.`,
    );
  }
  // A record spanning several lines (a quoted line break) starts right after the previous one ends.
  let next = 1;
  return records.map(({ record, info }) => {
    const row = { line: next, cells: record };
    next = info.lines + 1;
    return row;
  });
}

/** The rows of a worksheet as readSheets gives them (rows[i] is row i + 1). */
export function sheetRows(rows: readonly string[][]): TableRow[] {
  return rows.map((cells, i) => ({ line: i + 1, cells }));
}

/** The first non-blank row is the header; blank rows are dropped; every cell is trimmed. */
export function toTable(rows: readonly TableRow[], source = 'Tệp danh sách'): Table {
  const filled = rows
    .map((r) => ({ line: r.line, cells: r.cells.map(clean) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const [head, ...body] = filled;
  if (!head) return fail(`${source} trống: cần một dòng tiêu đề (tên các cột) và mỗi dòng sau là một người.`);
  const header = [...head.cells];
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') fail(`${source}, dòng tiêu đề (dòng ${head.line}): cột thứ ${i + 1} chưa có tên.`);
    const before = seen.get(name);
    if (before !== undefined)
      fail(
        `${source}, dòng tiêu đề (dòng ${head.line}): cột "${name}" có hai lần (cột thứ ${before + 1} và thứ ${i + 1}).`,
      );
    seen.set(name, i);
  });
  for (const r of body) {
    const extra = r.cells.findIndex((c, i) => i >= header.length && c !== '');
    if (extra >= 0)
      fail(
        `${source}, dòng ${r.line}: ô thứ ${extra + 1} có dữ liệu nhưng dòng tiêu đề chỉ có ${header.length} cột.`,
      );
  }
  return { header, rows: body };
}

/** The position of the first syntax error in a JSON text (−1 when it has none). */
function jsonErrorPosition(text: string): number {
  let i = 0;
  const stop = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        i++;
        if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++;
        else if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else stop();
      } else if (ch < ' ') stop();
      else i++;
    }
    stop();
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      const close = ch === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        space();
        if (close === '}') {
          if (text[i] !== '"') stop();
          string();
          space();
          if (text[i] !== ':') stop();
          i++;
        }
        value();
        space();
        if (text[i] === close) {
          i++;
          return;
        }
        if (text[i] !== ',') stop();
        i++;
      }
    }
    if (ch === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) stop();
    i += (literal as RegExpExecArray)[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) stop();
    return -1;
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
}

const RULE_KEYS = ['seats', 'score', 'quotas', 'include', 'exclude'];
const QUOTA_KEYS = ['column', 'value', 'each', 'min', 'max', 'minShare', 'maxShare'];

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function checkKeys(obj: Record<string, unknown>, allowed: string[], where: string): void {
  for (const key of Object.keys(obj))
    if (!allowed.includes(key))
      fail(`${where}: không có mục "${key}". Chỉ dùng: ${allowed.map((k) => `"${k}"`).join(', ')}.`);
}

function idList(x: unknown, key: 'include' | 'exclude', source: string): string[] {
  const what = key === 'include' ? 'người luôn được chọn' : 'người không được chọn';
  if (x === undefined) return [];
  if (!Array.isArray(x) || x.some((id) => typeof id !== 'string'))
    return fail(
      `${source}: mục "${key}" (${what}) phải là danh sách mã trong ngoặc vuông, ví dụ ["id-1", "id-2"].`,
    );
  const ids = (x as string[]).map(clean);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) fail(`${source}: mục "${key}" (${what}): mã "${twice}" ghi hai lần.`);
  return ids;
}

function quotaRule(x: unknown, i: number, source: string): QuotaRule {
  const where = `${source}, quy tắc thứ ${i + 1} trong "quotas"`;
  if (!isObject(x)) return fail(`${where} phải là một nhóm trong ngoặc nhọn { … }.`);
  checkKeys(x, QUOTA_KEYS, where);
  if (typeof x.column !== 'string' || clean(x.column) === '')
    fail(`${where}: cần tên cột ("column"), ví dụ "column": "gender".`);
  const rule: QuotaRule = { column: clean(x.column as string) };
  if (x.value !== undefined) {
    if (typeof x.value !== 'string')
      fail(`${where}: giá trị ("value") phải đặt trong ngoặc kép, ví dụ "value": "${String(x.value)}".`);
    rule.value = clean(x.value as string);
  }
  if (x.each !== undefined) {
    if (typeof x.each !== 'boolean') fail(`${where}: "each" chỉ nhận true hoặc false.`);
    if (x.each) rule.each = true;
  }
  if (rule.each === undefined && rule.value === undefined)
    fail(`${where}: cần giá trị ("value"), hoặc "each": true để áp dụng cho mọi giá trị của cột.`);
  for (const key of ['min', 'max', 'minShare', 'maxShare'] as const) {
    const v = x[key];
    if (v === undefined) continue;
    const share = key.endsWith('Share');
    if (typeof v !== 'number' || (share ? !(v >= 0 && v <= 1) : !Number.isInteger(v) || v < 0))
      fail(
        `${where}: "${key}" phải là ${share ? 'tỷ lệ từ 0 đến 1 (ví dụ 0.4 là 40%)' : 'số nguyên từ 0 trở lên'}.`,
      );
    rule[key] = v as number;
  }
  if (['min', 'max', 'minShare', 'maxShare'].every((k) => x[k] === undefined))
    fail(`${where}: cần ít nhất một giới hạn: "min", "max", "minShare" hoặc "maxShare".`);
  return rule;
}

/** RULES.json: exactly the keys seats, score, quotas, include, exclude (see docs/cli-selection.md). */
export function parseRules(raw: string, source = 'Tệp quy tắc'): SelectionRules {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const at = Math.max(0, jsonErrorPosition(text));
    const before = text.slice(0, at).split('\n');
    const near = text.slice(at, at + 20).split('\n')[0];
    return fail(
      `${source} không đúng dạng JSON: lỗi ở dòng ${before.length}, cột ${before[before.length - 1].length + 1}` +
        `${near ? ` (gần "${near}")` : ' (tệp kết thúc giữa chừng)'}. Kiểm tra dấu phẩy, dấu ngoặc và dấu ngoặc kép.`,
    );
  }
  if (!isObject(data))
    return fail(`${source} phải là một nhóm trong ngoặc nhọn { "seats": …, "quotas": […] }.`);
  checkKeys(data, RULE_KEYS, source);
  if (data.seats === undefined) fail(`${source} thiếu số người cần chọn: "seats", ví dụ "seats": 150.`);
  if (typeof data.seats !== 'number' || !Number.isInteger(data.seats) || data.seats < 1)
    fail(
      `${source}: số người cần chọn ("seats") phải là số nguyên từ 1 trở lên, không phải ${JSON.stringify(data.seats)}.`,
    );
  if (data.score !== undefined && (typeof data.score !== 'string' || clean(data.score) === ''))
    fail(`${source}: "score" phải là tên cột điểm trong ngoặc kép, ví dụ "score": "diem".`);
  if (data.quotas !== undefined && !Array.isArray(data.quotas))
    fail(`${source}: "quotas" phải là danh sách quy tắc trong ngoặc vuông [ … ].`);
  const rules: SelectionRules = {
    seats: data.seats as number,
    quotas: ((data.quotas as unknown[] | undefined) ?? []).map((q, i) => quotaRule(q, i, source)),
    include: idList(data.include, 'include', source),
    exclude: idList(data.exclude, 'exclude', source),
  };
  if (data.score !== undefined) rules.score = clean(data.score as string);
  return rules;
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * The selection problem of a pool and its rules: one candidate per row (id from the `id` column, any
 * letter case), every other column an attribute; score from the `score` column (every candidate 1
 * without one). Quota columns, the score column and include/exclude ids must exist in the pool.
 */
export function buildProblem(
  table: Table,
  rules: SelectionRules,
  sources: { pool: string; rules: string } = { pool: 'Danh sách ứng viên', rules: 'Tệp quy tắc' },
): SelectionProblem {
  const { header, rows } = table;
  const { pool } = sources;
  const idColumn = header.findIndex((h) => h.toLowerCase() === 'id');
  const columns = header.map((h) => `"${h}"`).join(', ');
  if (idColumn < 0)
    fail(`${pool}: không có cột "id" (mã riêng của từng người). Các cột đang có: ${columns}.`);
  if (rows.length === 0) fail(`${pool}: chưa có ai, dưới dòng tiêu đề cần mỗi dòng một người.`);
  const scoreColumn = rules.score === undefined ? -1 : header.indexOf(rules.score);
  if (rules.score !== undefined && scoreColumn < 0)
    fail(
      `${sources.rules}: cột điểm "${rules.score}" (mục "score") không có trong danh sách ứng viên. Các cột đang có: ${columns}.`,
    );
  rules.quotas.forEach((q, i) => {
    if (!header.includes(q.column))
      fail(
        `${sources.rules}, quy tắc thứ ${i + 1}: cột "${q.column}" không có trong danh sách ứng viên. Các cột đang có: ${columns}.`,
      );
  });

  const lineOf = new Map<string, number>();
  const candidates = rows.map((r) => {
    const id = r.cells[idColumn] ?? '';
    if (id === '') fail(`${pool}, dòng ${r.line}: chưa có mã (cột "${header[idColumn]}").`);
    const before = lineOf.get(id);
    if (before !== undefined)
      fail(`${pool}: mã "${id}" bị trùng ở dòng ${before} và dòng ${r.line}; mỗi người một mã riêng.`);
    lineOf.set(id, r.line);
    let score = 1;
    if (scoreColumn >= 0) {
      const text = r.cells[scoreColumn] ?? '';
      if (!PLAIN_NUMBER.test(text))
        fail(
          `${pool}, dòng ${r.line}, cột "${header[scoreColumn]}": ${text === '' ? 'chưa có điểm' : `"${text}" không phải là số`} (ghi số, phần thập phân sau dấu chấm, ví dụ 7.5).`,
        );
      score = Number(text);
    }
    const attributes: Record<string, string> = {};
    header.forEach((h, j) => {
      if (j !== idColumn) attributes[h] = r.cells[j] ?? '';
    });
    return { id, score, attributes };
  });
  for (const key of ['include', 'exclude'] as const)
    for (const id of rules[key])
      if (!lineOf.has(id))
        fail(
          `${sources.rules}: mã "${id}" trong mục "${key}" (${key === 'include' ? 'người luôn được chọn' : 'người không được chọn'}) không có trong danh sách ứng viên.`,
        );
  const both = rules.include.find((id) => rules.exclude.includes(id));
  if (both !== undefined)
    fail(`${sources.rules}: mã "${both}" vừa ở mục "include" vừa ở mục "exclude"; hãy bỏ một trong hai.`);

  const problem: SelectionProblem = { seats: rules.seats, candidates, quotas: rules.quotas };
  return {
    ...problem,
    ...(rules.include.length ? { include: rules.include } : {}),
    ...(rules.exclude.length ? { exclude: rules.exclude } : {}),
  };
}
