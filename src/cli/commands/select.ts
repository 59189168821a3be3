import fs from 'node:fs';
import path from 'node:path';
import { buildProblem, decodeUtf8, parseRules, type Table } from '../../core/selection/pool.ts';
import { solveSelection } from '../../core/selection/solve.ts';
import { readTableFile as readTable } from '../../server/modules/delegation/index.ts';
import { CliError } from '../cli-error.ts';
import { resolvePath } from '../open-data.ts';

/** How messages name a file: "Tệp pool.csv". */
const label = (file: string): string => `Tệp ${path.basename(file)}`;

function existing(value: string | undefined, option: string, hint: string): string {
  if (!value) throw new CliError(`Thiếu ${option} ${hint}.`);
  const file = resolvePath(value);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`Không có tệp ${file}.`);
  return file;
}

/** A .csv (UTF-8, comma or semicolon) or the first sheet of an .xlsx, as a table with its header row. */
export async function readTableFile(
  value: string | undefined,
  option: string,
): Promise<{ file: string; table: Table }> {
  const file = existing(value, option, 'TỆP.csv|TỆP.xlsx');
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new CliError(`Tệp ${option} phải có đuôi .csv hoặc .xlsx.`);
  const table = await readTable(fs.readFileSync(file), ext === '.csv' ? 'csv' : 'xlsx', label(file));
  return { file, table };
}

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

/**
 * `vinhdanh select --pool POOL.csv|POOL.xlsx --rules RULES.json [--out RESULT.json]`: the list with the
 * highest total score that keeps every quota, as JSON on stdout or in --out (with a one-line summary on
 * stderr). Returns the exit code: 0 when every quota holds, 2 when none can (the closest list and the
 * relaxation are still written). Bad input throws (exit 1).
 */
export async function selectCommand(opts: { pool?: string; rules?: string; out?: string }): Promise<number> {
  const { file: poolFile, table } = await readTableFile(opts.pool, '--pool');
  const rulesFile = existing(opts.rules, '--rules', 'TỆP.json');
  const rulesSource = label(rulesFile);
  const rules = parseRules(decodeUtf8(fs.readFileSync(rulesFile), rulesSource), rulesSource);
  const problem = buildProblem(table, rules, { pool: label(poolFile), rules: rulesSource });
  const result = await solveSelection(problem);
  const output = {
    status: result.status,
    selected: result.selected,
    objective: result.objective,
    quotas: result.quotas,
    ...(result.violation === undefined ? {} : { violation: result.violation }),
    ...(result.relaxation === undefined ? {} : { relaxation: result.relaxation }),
    explanations: result.explanations,
    ms: result.ms,
  };
  const json = `${JSON.stringify(output, null, 2)}\n`;
  if (!opts.out) {
    process.stdout.write(json);
  } else {
    const out = resolvePath(opts.out);
    fs.writeFileSync(out, json);
    const where = `ghi vào ${out}`;
    console.error(
      result.status === 'optimal'
        ? `Đã chọn ${result.selected.length} người, tổng điểm ${number.format(result.objective)}, đạt mọi quy tắc; ${where}.`
        : `Không có danh sách nào đạt mọi quy tắc: cần nới ${result.relaxation?.length ?? 0} giới hạn (lệch tổng cộng ${result.violation ?? 0} người); danh sách gần nhất đã ${where}.`,
    );
  }
  return result.status === 'optimal' ? 0 : 2;
}
