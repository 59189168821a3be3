import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { NOMINATION_COLUMNS } from '../core/nominations/columns.ts';
import { readSheets } from '../server/render/xlsx.ts';
import { makeTempDir, runCli } from '../server/testing/cli-process.ts';
import { nominationSheet, nominationSheetRows } from '../server/testing/nomination-sheets.ts';

const HEADERS = NOMINATION_COLUMNS.map((c) => c.header);
const col = (key: string) => NOMINATION_COLUMNS.findIndex((c) => c.key === key);

describe('the nominations spreadsheet commands', () => {
  let cwd: string;
  let demoId: string;
  const data = 'du-lieu';
  const cli = (...args: string[]) => runCli([...args, '--data', data], { cwd });
  /** How many nominations the demo conference has, read back through an export. */
  const exportedCount = async (): Promise<number> => {
    const res = await cli('export', 'nominations', '--conference', demoId, '--out', 'dem.xlsx');
    assert.equal(res.code, 0, res.stderr);
    const [sheet] = await readSheets(fs.readFileSync(path.join(cwd, 'dem.xlsx')));
    return sheet.rows.length - 1;
  };
  const write = async (name: string, rows: string[][]) =>
    fs.writeFileSync(path.join(cwd, name), await nominationSheet(rows));

  before(async () => {
    cwd = makeTempDir('cli-nominations');
    const res = await cli('demo');
    assert.equal(res.code, 0, res.stderr);
    demoId = /Hội nghị mẫu: ([0-9a-f-]{36})/.exec(res.stdout)?.[1] ?? '';
    assert.ok(demoId, res.stdout);
  });
  after(() => fs.rmSync(cwd, { recursive: true, force: true }));

  test('`template nominations` writes the template with the exact header row', async () => {
    const res = await cli('template', 'nominations', '--out', 'mau-de-cu.xlsx');
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /^Đã ghi tệp mẫu đề cử vào .*mau-de-cu\.xlsx/);
    const sheets = await readSheets(fs.readFileSync(path.join(cwd, 'mau-de-cu.xlsx')));
    assert.deepEqual(
      sheets.map((s) => s.name),
      ['Đề cử', 'Hướng dẫn', 'Danh mục'],
    );
    assert.deepEqual(sheets[0].rows, [HEADERS]);
  });

  test('`import nominations` with three bad rows prints exactly those rows, exits 2 and imports nothing', async () => {
    const rows = nominationSheetRows(30, 3);
    const good = structuredClone(rows);
    rows[2][col('birthYear')] = '19x5';
    rows[10][col('gender')] = 'Không rõ';
    rows[29][col('meetingDate')] = '31/02/2025';
    await write('loi.xlsx', rows);
    await write('dung.xlsx', good);
    const before = await exportedCount();

    const res = await cli('import', 'nominations', '--conference', demoId, '--file', 'loi.xlsx');
    assert.equal(res.code, 2);
    assert.equal(res.stdout, '');
    assert.deepEqual(res.stderr.trim().split('\n'), [
      'Lỗi: Tệp có 3 lỗi, chưa nhập đề cử nào. Sửa các ô sau rồi nhập lại:',
      'Dòng 4, cột E: Năm sinh "19x5" không phải là năm hợp lệ',
      'Dòng 12, cột D: Giới tính "Không rõ" không hợp lệ: ghi "Nam" hoặc "Nữ"',
      'Dòng 31, cột P: Ngày bình xét "31/02/2025" không phải là ngày hợp lệ (ghi ngày/tháng/năm, ví dụ 14/08/2025)',
    ]);
    assert.equal(await exportedCount(), before);

    const dry = await cli(
      'import',
      'nominations',
      '--conference',
      demoId,
      '--file',
      'dung.xlsx',
      '--dry-run',
    );
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^Chạy thử: 30 đề cử hợp lệ, chưa nhập/);
    assert.equal(await exportedCount(), before);

    const ok = await cli('import', 'nominations', '--conference', demoId, '--file', 'dung.xlsx');
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^Đã nhập 30 đề cử \(trạng thái Nháp\)\./);
    assert.equal(await exportedCount(), before + 30);
  });

  test('`--unit` fills an empty "Đơn vị đề cử"; without it the cell is required', async () => {
    const rows = nominationSheetRows(2, 17).map((r) => {
      r[col('nominatingUnit')] = '';
      r[col('name')] = `${r[col('name')]} Đặc Khu`;
      return r;
    });
    await write('khong-don-vi.xlsx', rows);
    const refused = await cli('import', 'nominations', '--conference', demoId, '--file', 'khong-don-vi.xlsx');
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /\nDòng 2, cột H: Đơn vị đề cử: không được để trống\nDòng 3, cột H:/);
    const ok = await cli(
      'import',
      'nominations',
      '--conference',
      demoId,
      '--file',
      'khong-don-vi.xlsx',
      '--unit',
      '11948',
    );
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^Đã nhập 2 đề cử/);
  });

  test('`export nominations` writes the template columns; a wrong extension or conference fails', async () => {
    const res = await cli('export', 'nominations', '--conference', demoId, '--out', 'ds.xlsx');
    assert.equal(res.code, 0, res.stderr);
    const [sheet] = await readSheets(fs.readFileSync(path.join(cwd, 'ds.xlsx')));
    assert.deepEqual(sheet.rows[0].slice(0, HEADERS.length), HEADERS);
    const wrongExt = await cli('export', 'nominations', '--conference', demoId, '--out', 'ds.csv');
    assert.equal(wrongExt.code, 2);
    assert.match(wrongExt.stderr, /^Lỗi: Tệp --out phải có đuôi \.xlsx/);
    const unknown = await cli('export', 'nominations', '--conference', 'khong-co', '--out', 'x.xlsx');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^Lỗi: Không có hội nghị mã khong-co/);
  });

  test('`import nominations` refuses a file that is not an .xlsx', async () => {
    fs.writeFileSync(path.join(cwd, 'ds.csv'), 'Họ tên,Năm sinh\n');
    const res = await cli('import', 'nominations', '--conference', demoId, '--file', 'ds.csv');
    assert.equal(res.code, 2);
    assert.match(res.stderr, /^Lỗi: Tệp tải lên không phải là bảng tính Excel \(\.xlsx\)/);
  });
});
