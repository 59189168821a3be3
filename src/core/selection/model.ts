/**
 * Builds the solver models of a resolved problem. Row 0 is "exactly `seats`", row 1 + r is rule row r. Candidates fixed at 1
 * (locked in, or fixed by the reduced-cost argument of solve.ts) are constants moved to the bounds.
 */
import type { ColumnModel } from './highs.ts';
import type { ResolvedProblem } from './resolve.ts';

/**
 * Elastic rows: each rule row gets a shortfall and/or an excess column costing `penalty` per unit
 * (minus, in a maximisation); `scores: false` gives every candidate cost 0 (violation only).
 */
export interface Elastic {
  penalty: number;
  scores: boolean;
}

export interface BuiltModel {
  model: ColumnModel;
  /** Candidate position of each of the first `columns.length` model columns. */
  columns: Int32Array;
  /** Row r's elastic columns, if any: the model column of its shortfall and of its excess (−1 = none). */
  shortCol: Int32Array;
  overCol: Int32Array;
}

/**
 * `columns`: the free candidates in the model (each a 0..1 column, integer when `integer`);
 * `ones`: candidates fixed at 1 (locked in or fixed outside the core).
 */
export function buildModel(
  rp: ResolvedProblem,
  columns: Int32Array,
  ones: Iterable<number>,
  integer: boolean,
  elastic: Elastic | null,
): BuiltModel {
  const R = rp.rows.length;
  const numRows = 1 + R;
  const fixedCount = new Float64Array(1 + R);
  for (const j of ones) {
    fixedCount[0]++;
    for (const r of rp.rowsOf[j]) fixedCount[1 + r]++;
  }
  const shortCol = new Int32Array(R).fill(-1);
  const overCol = new Int32Array(R).fill(-1);
  let slackCount = 0;
  if (elastic) {
    rp.rows.forEach((row, r) => {
      if (row.min !== null) shortCol[r] = columns.length + slackCount++;
      if (row.max !== null) overCol[r] = columns.length + slackCount++;
    });
  }
  const numCols = columns.length + slackCount;
  let nnz = 0;
  for (const j of columns) nnz += 1 + rp.rowsOf[j].length;
  nnz += slackCount;

  const cost = new Float64Array(numCols);
  const lower = new Float64Array(numCols);
  const upper = new Float64Array(numCols);
  const start = new Int32Array(numCols + 1);
  const rowIndex = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const isInteger = new Uint8Array(numCols);
  let k = 0;
  columns.forEach((j, c) => {
    start[c] = k;
    cost[c] = elastic && !elastic.scores ? 0 : rp.scores[j];
    upper[c] = 1;
    isInteger[c] = integer ? 1 : 0;
    rowIndex[k] = 0;
    values[k++] = 1;
    for (const r of rp.rowsOf[j]) {
      rowIndex[k] = 1 + r;
      values[k++] = 1;
    }
  });
  const addSlack = (col: number, r: number, sign: number) => {
    start[col] = k;
    cost[col] = -(elastic?.penalty ?? 0);
    upper[col] = Number.POSITIVE_INFINITY;
    rowIndex[k] = 1 + r;
    values[k++] = sign;
  };
  for (let r = 0; r < R; r++) {
    if (shortCol[r] >= 0) addSlack(shortCol[r], r, 1);
    if (overCol[r] >= 0) addSlack(overCol[r], r, -1);
  }
  start[numCols] = k;

  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  rowLower[0] = rp.seats - fixedCount[0];
  rowUpper[0] = rp.seats - fixedCount[0];
  rp.rows.forEach((row, r) => {
    rowLower[1 + r] = row.min === null ? Number.NEGATIVE_INFINITY : row.min - fixedCount[1 + r];
    rowUpper[1 + r] = row.max === null ? Number.POSITIVE_INFINITY : row.max - fixedCount[1 + r];
  });
  return {
    model: {
      cost,
      lower,
      upper,
      start,
      rowIndex,
      values,
      rowLower,
      rowUpper,
      ...(integer ? { integer: isInteger } : {}),
    },
    columns,
    shortCol,
    overCol,
  };
}

/**
 * The violation-only model over candidate *types* (candidates in exactly the same rows are
 * interchangeable when only counts matter): one integer column per type, bounded by its size.
 */
export function buildTypeModel(rp: ResolvedProblem, free: Int32Array, ones: Iterable<number>): ColumnModel {
  const types = new Map<string, { rows: Int32Array; size: number }>();
  for (const j of free) {
    const rows = rp.rowsOf[j];
    const key = rows.join(',');
    const t = types.get(key);
    if (t) t.size++;
    else types.set(key, { rows, size: 1 });
  }
  const list = [...types.values()];
  const typeRows = list.map((t) => t.rows);
  const fake: ResolvedProblem = {
    ...rp,
    scores: new Float64Array(list.length),
    rowsOf: typeRows,
  };
  const built = buildModel(fake, Int32Array.from(list.keys()), [], true, { penalty: 1, scores: false });
  // buildModel counts `ones` against the real problem's rows; do it here with the real rowsOf.
  const fixedRows = new Float64Array(1 + rp.rows.length);
  for (const j of ones) {
    fixedRows[0]++;
    for (const r of rp.rowsOf[j]) fixedRows[1 + r]++;
  }
  const m = built.model;
  for (let i = 0; i < fixedRows.length; i++) {
    m.rowLower[i] -= fixedRows[i];
    m.rowUpper[i] -= fixedRows[i];
  }
  list.forEach((t, c) => {
    m.upper[c] = t.size;
  });
  return m;
}
