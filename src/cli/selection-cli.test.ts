import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writeWorkbook } from '../server/render/xlsx.ts';
import { makeTempDir, runCli } from '../server/testing/cli-process.ts';

const HEADER = ['id', 'ho_ten', 'gender', 'field', 'direct_worker', 'diem'];
/**
 * Hand check for 4 seats, at least 2 women, every field, at least half direct workers: "Nông nghiệp"
 * needs N4 or N7; with N7 a list scores at most 4 + 9.5 + 9 + 8.5 = 31. With N4, the three best others
 * N1, N2, N3 keep every rule: 9.5 + 9 + 8.5 + 6 = 33. Without N3, N8 comes in: 32.5.
 */
const POOL = [
  ['N1', 'Nguyễn Thị Lan', 'Nữ', 'Giáo dục', '1', '9.5'],
  ['N2', 'Trần Văn Bình', 'Nam', 'Y tế', '0', '9'],
  ['N3', 'Lê Văn Cường', 'Nam', 'Giáo dục', '0', '8.5'],
  ['N4', 'Phạm Thị Dung', 'Nữ', 'Nông nghiệp', '1', '6'],
  ['N5', 'Hoàng Văn Em', 'Nam', 'Y tế', '1', '7'],
  ['N6', 'Võ Thị Giang', 'Nữ', 'Y tế', '0', '5'],
  ['N7', 'Đặng Văn Hải', 'Nam', 'Nông nghiệp', '0', '4'],
  ['N8', 'Bùi Thị Hoa', 'Nữ', 'Giáo dục', '0', '8'],
];
const RULES = {
  seats: 4,
  score: 'diem',
  quotas: [
    { column: 'gender', value: 'Nữ', min: 2 },
    { column: 'field', each: true, min: 1 },
    { column: 'direct_worker', value: '1', minShare: 0.5 },
  ],
};

interface SelectOutput {
  status: string;
  selected: string[];
  objective: number;
  quotas: Array<{
    index: number;
    column: string;
    value: string;
    min: number | null;
    max: number | null;
    count: number;
    met: boolean;
  }>;
  violation?: number;
  relaxation?: Array<{
    index: number;
    column: string;
    value: string;
    bound: string;
    required: number;
    achieved: number;
  }>;
  explanations: unknown[];
  ms: number;
}

describe('vinhdanh select and vinhdanh apportion', () => {
  let cwd: string;
  const cli = (...args: string[]) => runCli(args, { cwd });
  const write = (name: string, text: string) => fs.writeFileSync(path.join(cwd, name), text);
  const csv = (rows: string[][], sep = ',') => `${rows.map((r) => r.join(sep)).join('\r\n')}\r\n`;

  before(async () => {
    cwd = makeTempDir('cli-selection');
    write('pool.csv', `\uFEFF${csv([HEADER, ...POOL])}`);
    write('rules.json', JSON.stringify(RULES, null, 2));
    fs.writeFileSync(
      path.join(cwd, 'pool.xlsx'),
      await writeWorkbook({
        sheets: [
          {
            kind: 'table',
            name: 'Ứng viên',
            columns: HEADER.map((header) => ({ header, width: 16, text: true })),
            // Scores as numbers, as an official would type them in Excel.
            rows: POOL.map((r) => [...r.slice(0, 5), Number(r[5])]),
          },
        ],
      }),
    );
  });
  after(() => fs.rmSync(cwd, { recursive: true, force: true }));

  test('a CSV pool: the best list keeping every rule, exit 0, the JSON on stdout', async () => {
    const res = await cli('select', '--pool', 'pool.csv', '--rules', 'rules.json');
    assert.equal(res.code, 0, res.stderr);
    assert.equal(res.stderr, '');
    const out = JSON.parse(res.stdout) as SelectOutput;
    assert.equal(out.status, 'optimal');
    assert.deepEqual(out.selected, ['N1', 'N2', 'N3', 'N4']);
    assert.equal(out.objective, 33);
    assert.deepEqual(
      out.quotas.map((q) => [q.index, q.column, q.value, q.min, q.max, q.count, q.met]),
      [
        [0, 'gender', 'Nữ', 2, null, 2, true],
        [1, 'field', 'Giáo dục', 1, null, 2, true],
        [1, 'field', 'Nông nghiệp', 1, null, 1, true],
        [1, 'field', 'Y tế', 1, null, 1, true],
        [2, 'direct_worker', '1', 2, null, 2, true],
      ],
    );
    assert.equal(out.violation, undefined);
    assert.equal(out.relaxation, undefined);
    assert.ok(Array.isArray(out.explanations));
    assert.equal(typeof out.ms, 'number');
  });

  test('an XLSX pool with an excluded person, written to --out with a summary on stderr', async () => {
    write('rules-exclude.json', JSON.stringify({ ...RULES, exclude: ['N3'] }));
    const res = await cli(
      'select',
      '--pool',
      'pool.xlsx',
      '--rules',
      'rules-exclude.json',
      '--out',
      'ket-qua.json',
    );
    assert.equal(res.code, 0, res.stderr);
    assert.equal(res.stdout, '');
    assert.match(
      res.stderr,
      /^Đã chọn 4 người, tổng điểm 32,5, đạt mọi quy tắc; ghi vào .*ket-qua\.json\.\n$/,
    );
    const out = JSON.parse(fs.readFileSync(path.join(cwd, 'ket-qua.json'), 'utf8')) as SelectOutput;
    assert.deepEqual([out.status, out.selected, out.objective], ['optimal', ['N1', 'N2', 'N4', 'N8'], 32.5]);
  });

  test('rules no list can keep: exit 2, the closest list and the rule to loosen', async () => {
    // 3 seats but at most 1 man and at most 1 woman: one bound must give by 1. The best list under
    // that (N1 9.5 + N2 9 + N3 8.5) has 2 men.
    write(
      'rules-infeasible.json',
      JSON.stringify({
        seats: 3,
        score: 'diem',
        quotas: [
          { column: 'gender', value: 'Nam', max: 1 },
          { column: 'gender', value: 'Nữ', max: 1 },
        ],
      }),
    );
    const res = await cli('select', '--pool', 'pool.csv', '--rules', 'rules-infeasible.json');
    assert.equal(res.code, 2, res.stderr);
    const out = JSON.parse(res.stdout) as SelectOutput;
    assert.equal(out.status, 'infeasible');
    assert.deepEqual(out.selected, ['N1', 'N2', 'N3']);
    assert.equal(out.violation, 1);
    assert.deepEqual(out.relaxation, [
      { index: 0, column: 'gender', value: 'Nam', bound: 'max', required: 1, achieved: 2 },
    ]);

    const written = await cli(
      'select',
      '--pool',
      'pool.csv',
      '--rules',
      'rules-infeasible.json',
      '--out',
      'r.json',
    );
    assert.equal(written.code, 2);
    assert.match(written.stderr, /^Không có danh sách nào đạt mọi quy tắc: cần nới 1 giới hạn/);
  });

  test('bad input: exit 1, nothing on stdout, the problem named on stderr', async () => {
    write('dup.csv', csv([HEADER, ...POOL, ['N2', 'Trần Văn Bình', 'Nam', 'Y tế', '0', '9']], ';'));
    write('no-seats.json', '{ "quotas": [] }');
    write(
      'broken.json',
      '{\n  "seats": 4,\n  "quotas": [ { "column": "gender" "value": "Nữ", "min": 2 } ]\n}',
    );
    write(
      'unknown-column.json',
      JSON.stringify({ seats: 4, quotas: [{ column: 'gioi_tinh', value: 'Nữ', min: 2 }] }),
    );
    write('typo.json', JSON.stringify({ seats: 4, qoutas: [] }));
    write('seven-five.csv', csv([HEADER, ['N1', 'A', 'Nữ', 'Y tế', '1', '7,5']], ';'));
    const cases: Array<[string[], RegExp]> = [
      [
        ['--pool', 'dup.csv', '--rules', 'rules.json'],
        /^Lỗi: Tệp dup\.csv: mã "N2" bị trùng ở dòng 3 và dòng 10/,
      ],
      [
        ['--pool', 'pool.csv', '--rules', 'no-seats.json'],
        /^Lỗi: Tệp no-seats\.json thiếu số người cần chọn: "seats"/,
      ],
      [
        ['--pool', 'pool.csv', '--rules', 'broken.json'],
        /^Lỗi: Tệp broken\.json không đúng dạng JSON: lỗi ở dòng 3, cột 36 \(gần ""value": "Nữ"/,
      ],
      [
        ['--pool', 'pool.csv', '--rules', 'unknown-column.json'],
        /^Lỗi: Tệp unknown-column\.json, quy tắc thứ 1: cột "gioi_tinh" không có trong danh sách ứng viên/,
      ],
      [['--pool', 'pool.csv', '--rules', 'typo.json'], /không có mục "qoutas"/],
      [
        ['--pool', 'seven-five.csv', '--rules', 'rules.json'],
        /^Lỗi: Tệp seven-five\.csv, dòng 2, cột "diem": "7,5" không phải là số/,
      ],
      [['--pool', 'khong-co.csv', '--rules', 'rules.json'], /^Lỗi: Không có tệp .*khong-co\.csv\./],
      [['--rules', 'rules.json'], /^Lỗi: Thiếu --pool/],
      [['--pool', 'pool.csv', '--rules', 'rules.json', '--seats', '3'], /^Lỗi: Không có tùy chọn --seats\./],
    ];
    const results = await Promise.all(cases.map(([args]) => cli('select', ...args)));
    cases.forEach(([args, message], i) => {
      assert.equal(results[i].code, 1, `${args.join(' ')}: ${results[i].stderr}`);
      assert.equal(results[i].stdout, '');
      assert.match(results[i].stderr, message);
    });
    // More locked-in people than seats: refused by the engine, still a bad input.
    write('too-many.json', JSON.stringify({ seats: 1, include: ['N1', 'N2'] }));
    const engine = await cli('select', '--pool', 'pool.csv', '--rules', 'too-many.json');
    assert.equal(engine.code, 1, engine.stderr);
    assert.match(engine.stderr, /^Lỗi: .*nhiều hơn số ghế 1/);
  });

  test('apportion: 7 seats among A 100, B 80, C 30, both methods, by hand', async () => {
    write('units.csv', 'unit;weight\nA;100\nB;80\nC;30\n');
    const hamilton = await cli('apportion', '--units', 'units.csv', '--seats', '7', '--min', '0');
    assert.equal(hamilton.code, 0, hamilton.stderr);
    const h = JSON.parse(hamilton.stdout) as {
      seats: Record<string, number>;
      steps: Array<{ kind: string; text: string }>;
    };
    assert.deepEqual(h.seats, { A: 3, B: 3, C: 1 });
    assert.deepEqual(
      h.steps.map((s) => s.text),
      [
        'Chia 7 chỉ tiêu theo tỷ lệ trọng số (tổng trọng số 210), theo cách phần dư lớn nhất (Hamilton).',
        'A: tiêu chuẩn = 100 × 7 / 210 = 3,333 → phần nguyên 3, phần dư 0,333.',
        'B: tiêu chuẩn = 80 × 7 / 210 = 2,667 → phần nguyên 2, phần dư 0,667.',
        'C: tiêu chuẩn = 30 × 7 / 210 = 1 → phần nguyên 1, phần dư 0.',
        'Các phần nguyên cộng lại 6 chỉ tiêu; còn 1 chỉ tiêu dư, lần lượt chia cho đơn vị có phần dư lớn nhất (bằng nhau thì đơn vị có trọng số lớn hơn, rồi đơn vị đứng trước).',
        'Chỉ tiêu dư thứ 1: B, phần dư 0,667 (lớn nhất).',
        'Kết quả: A 3; B 3; C 1 — tổng 7 chỉ tiêu.',
      ],
    );
    // Default minimum 1, Sainte-Laguë: 3 reserved, then A 100, B 80, A 100/3, C 30 → 3, 2, 2.
    const sl = await cli('apportion', '--units', 'units.csv', '--seats', '7', '--method', 'sainte-lague');
    assert.equal(sl.code, 0, sl.stderr);
    assert.deepEqual(JSON.parse(sl.stdout).seats, { A: 3, B: 2, C: 2 });
  });

  test('apportion refuses bad input with exit 1 and a Vietnamese message', async () => {
    write('bad-weight.csv', 'unit,weight\nA,100\nB,nhiều\n');
    write('negative.csv', 'unit,weight\nA,100\nB,-3\n');
    write('dup-units.csv', 'unit,weight\nA,1\nB,2\nA,3\n');
    write('no-weight.csv', 'don_vi,so_nguoi\nA,1\n');
    write('zeros.csv', 'unit,weight\nA,0\nB,0\n');
    const cases: Array<[string[], RegExp]> = [
      [
        ['--units', 'bad-weight.csv', '--seats', '5'],
        /Tệp bad-weight\.csv, dòng 3, cột "weight": "nhiều" không phải là số/,
      ],
      [['--units', 'negative.csv', '--seats', '5'], /dòng 3, cột "weight": trọng số -3 là số âm/],
      [['--units', 'dup-units.csv', '--seats', '5'], /đơn vị "A" có hai lần \(dòng 2 và dòng 4\)/],
      [['--units', 'no-weight.csv', '--seats', '5'], /không có cột "unit"/],
      [['--units', 'zeros.csv', '--seats', '5'], /Mọi đơn vị đều có trọng số 0/],
      [['--units', 'units.csv', '--seats', '2'], /cần 3 chỉ tiêu, nhưng chỉ có 2/],
      [['--units', 'units.csv', '--seats', 'năm'], /--seats phải là số nguyên không âm/],
      [
        ['--units', 'units.csv', '--seats', '5', '--method', 'dhondt'],
        /--method chỉ nhận "hamilton" hoặc "sainte-lague"/,
      ],
    ];
    const results = await Promise.all(cases.map(([args]) => cli('apportion', ...args)));
    cases.forEach(([args, message], i) => {
      assert.equal(results[i].code, 1, `${args.join(' ')}: ${results[i].stderr}`);
      assert.equal(results[i].stdout, '');
      assert.match(results[i].stderr, message);
    });
  });
});
