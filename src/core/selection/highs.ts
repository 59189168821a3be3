/**
 * The one place that talks to the HiGHS solver (WebAssembly, loaded once per process).
 * Models are passed as sparse column arrays; each solve gets a fresh model that is disposed at once.
 */
import highsModule, { type Highs } from 'highs';

/** The package's types describe a CommonJS default; Node's ESM entry exports the loader itself. */
type Loader = (typeof highsModule)['default'];
const loadHighs: Loader =
  (highsModule as unknown as { default?: Loader }).default ?? (highsModule as unknown as Loader);

let loading: Promise<Highs> | undefined;

/** The loaded solver; the first call compiles the WebAssembly module (~50 ms), later calls reuse it. */
export function highsInstance(): Promise<Highs> {
  loading ??= loadHighs();
  return loading;
}

/** A maximisation model in compressed sparse column form. */
export interface ColumnModel {
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** Column j's rows are rowIndex[start[j]..start[j+1]), all with coefficient 1 unless `values` is given. */
  start: Int32Array;
  rowIndex: Int32Array;
  values?: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** Integer columns; absent = a linear programme. */
  integer?: Uint8Array;
}

export interface ModelOutcome {
  status: 'optimal' | 'infeasible' | 'other';
  statusName: string;
  objective: number;
  colValue: Float64Array;
  colDual: Float64Array;
  rowDual: Float64Array;
}

/** Solves `model` (maximise) to proven optimality; a MIP uses a zero gap. */
export function runModel(
  highs: Highs,
  model: ColumnModel,
  absGap = 1e-7,
  timeLimit = Number.POSITIVE_INFINITY,
): ModelOutcome {
  const numCols = model.cost.length;
  const numRows = model.rowLower.length;
  const nnz = model.rowIndex.length;
  const values = model.values ?? new Float64Array(nnz).fill(1);
  const data = {
    numCols,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    offset: 0,
    colCost: model.cost,
    colLower: model.lower,
    colUpper: model.upper,
    rowLower: model.rowLower,
    rowUpper: model.rowUpper,
    matrix: {
      format: 'csc' as const,
      numRows,
      numCols,
      starts: model.start,
      indices: model.rowIndex,
      values,
    },
    ...(model.integer ? { integrality: Int32Array.from(model.integer) } : {}),
  };
  return highs.withModel(data, (m) => {
    m.options.set({
      output_flag: false,
      random_seed: 0,
      mip_rel_gap: 0,
      mip_abs_gap: absGap,
      primal_feasibility_tolerance: 1e-9,
      dual_feasibility_tolerance: 1e-9,
      mip_feasibility_tolerance: 1e-9,
      ...(Number.isFinite(timeLimit) ? { time_limit: timeLimit } : {}),
    });
    m.run();
    const code = m.getModelStatus();
    const names = highs.constants.modelStatus;
    const status: ModelOutcome['status'] =
      code === names.optimal ? 'optimal' : code === names.infeasible ? 'infeasible' : 'other';
    const statusName = Object.entries(names).find(([, v]) => v === code)?.[0] ?? String(code);
    if (status !== 'optimal') {
      const empty = new Float64Array(0);
      return { status, statusName, objective: Number.NaN, colValue: empty, colDual: empty, rowDual: empty };
    }
    const solution = m.getSolution();
    return {
      status,
      statusName,
      objective: m.getObjectiveValue(),
      colValue: solution.colValue,
      colDual: solution.colDual,
      rowDual: solution.rowDual,
    };
  });
}
