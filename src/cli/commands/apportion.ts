import path from 'node:path';
import { type ApportionMethod, apportion } from '../../core/selection/apportion.ts';
import { CliError } from '../cli-error.ts';
import { readTableFile } from './select.ts';

const METHODS: readonly ApportionMethod[] = ['hamilton', 'sainte-lague'];
const WEIGHT = /^-?\d+(?:\.\d+)?$/;

function wholeNumber(value: string | undefined, option: string, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined) throw new CliError(`Thiếu ${option} SỐ.`);
  if (!/^\d+$/.test(value.trim()))
    throw new CliError(`${option} phải là số nguyên không âm, không phải "${value}".`);
  return Number(value.trim());
}

/**
 * `vinhdanh apportion --units UNITS.csv --seats N [--method hamilton|sainte-lague] [--min 1]`: shares N
 * seats among the units of the file (columns `unit`, `weight`) and prints { seats, steps } as JSON.
 */
export async function apportionCommand(opts: {
  units?: string;
  seats?: string;
  method?: string;
  min?: string;
}): Promise<void> {
  const seats = wholeNumber(opts.seats, '--seats');
  const min = wholeNumber(opts.min, '--min', 1);
  const method = (opts.method ?? 'hamilton') as ApportionMethod;
  if (!METHODS.includes(method))
    throw new CliError(`--method chỉ nhận "hamilton" hoặc "sainte-lague", không phải "${opts.method}".`);
  const { file, table } = await readTableFile(opts.units, '--units');
  const name = path.basename(file);
  const column = (wanted: string): number => {
    const i = table.header.findIndex((h) => h.toLowerCase() === wanted);
    if (i < 0)
      throw new CliError(
        `Tệp ${name}: không có cột "${wanted}". Cần hai cột "unit" (tên đơn vị) và "weight" (trọng số); các cột đang có: ${table.header.map((h) => `"${h}"`).join(', ')}.`,
      );
    return i;
  };
  const unitColumn = column('unit');
  const weightColumn = column('weight');
  const lineOf = new Map<string, number>();
  const units = table.rows.map((row) => {
    const unit = row.cells[unitColumn] ?? '';
    const text = row.cells[weightColumn] ?? '';
    const where = `Tệp ${name}, dòng ${row.line}`;
    if (unit === '') throw new CliError(`${where}: chưa có tên đơn vị (cột "unit").`);
    const before = lineOf.get(unit);
    if (before !== undefined)
      throw new CliError(`Tệp ${name}: đơn vị "${unit}" có hai lần (dòng ${before} và dòng ${row.line}).`);
    lineOf.set(unit, row.line);
    if (!WEIGHT.test(text))
      throw new CliError(
        `${where}, cột "weight": ${text === '' ? 'chưa có trọng số' : `"${text}" không phải là số`} (ghi số, phần thập phân sau dấu chấm, ví dụ 12.5).`,
      );
    const weight = Number(text);
    if (weight < 0)
      throw new CliError(`${where}, cột "weight": trọng số ${text} là số âm; phải từ 0 trở lên.`);
    return { unit, weight };
  });
  const result = apportion({ units, seats, method, min });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
