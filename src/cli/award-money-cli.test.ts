import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { type Db, openDatabase } from '../server/db/database.ts';
import { ensureAwardCatalogue } from '../server/modules/awards/catalogue/catalogue.service.ts';
import { makeTempDir, runCli } from '../server/testing/cli-process.ts';

/** What an administrator might have saved: Giấy khen 0,5 for individuals, a base salary from 1/7/2026. */
async function editCatalogue(db: Db): Promise<void> {
  await ensureAwardCatalogue(db, new Date());
  await db
    .updateTable('award_forms')
    .set({ coefficient_individual: 0.5 })
    .where('code', '=', 'giay-khen')
    .where('effective_from', '=', '2025-07-01')
    .execute();
  await db
    .insertInto('base_salaries')
    .values({ effective_from: '2026-07-01', amount: 2_530_000, legal_basis: 'Thử', verified: false })
    .execute();
}

describe('vinhdanh award-money', () => {
  let cwd: string;
  const money = (args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) =>
    runCli(['award-money', ...args], { cwd: options.cwd ?? cwd, env: options.env });

  before(() => {
    cwd = makeTempDir('award-money');
  });
  after(() => fs.rmSync(cwd, { recursive: true, force: true }));

  test('without a data folder it prints the built-in amount, digits only, and creates no data', async () => {
    const res = await money(['--form', 'giay-khen', '--kind', 'individual', '--date', '2025-08-20']);
    assert.equal(res.code, 0, res.stderr);
    assert.equal(res.stdout, '710000\n');
    assert.equal(res.stderr, '');
    assert.deepEqual(fs.readdirSync(cwd), []);
    const cases: Array<[string, string, string, string]> = [
      ['lao-dong-tien-tien', 'individual', '2025-08-20', '710000'],
      ['tap-the-lao-dong-tien-tien', 'collective', '2025-08-20', '1880000'],
      ['chien-si-thi-dua-co-so', 'individual', '2025-08-20', '2340000'],
      ['lao-dong-tien-tien', 'individual', '2024-03-01', '540000'],
    ];
    for (const [form, kind, date, expected] of cases) {
      const r = await money(['--form', form, '--kind', kind, '--date', date]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim(), expected, `${form} ${kind} ${date}`);
    }
  });

  test('Giấy khen by conferring level and date: the commune chairman’s 0,15 until 30/6/2025, the district’s 0,3 until then only', async () => {
    const cases: Array<[string, string, string, string]> = [
      ['giay-khen', 'individual', '2025-06-30', '360000'],
      ['giay-khen', 'individual', '2024-06-30', '270000'],
      ['giay-khen', 'individual', '2025-08-20', '710000'],
      ['giay-khen', 'collective', '2025-06-30', '710000'],
      ['giay-khen-huyen', 'individual', '2025-06-30', '710000'],
    ];
    for (const [form, kind, date, expected] of cases) {
      const r = await money(['--form', form, '--kind', kind, '--date', date]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${expected}\n`, `${form} ${kind} ${date}`);
    }
    const ended = await money(['--form', 'giay-khen-huyen', '--kind', 'individual', '--date', '2025-08-20']);
    assert.notEqual(ended.code, 0);
    assert.equal(ended.stdout, '');
    assert.match(
      ended.stderr,
      /“Giấy khen cấp huyện” chỉ áp dụng đến hết ngày 30\/06\/2025, không dùng được cho ngày 20\/08\/2025\. Từ ngày 01\/07\/2025 không còn cấp huyện: .*“Giấy khen” \(mã giay-khen\)/,
    );
  });

  test('an unknown form, a kind without money, a bad date or a bad kind: Vietnamese message, exit 1', async () => {
    const cases: Array<[string[], RegExp]> = [
      [
        ['--form', 'bang-khen-xa', '--kind', 'individual', '--date', '2025-08-20'],
        /Không có danh hiệu, hình thức khen thưởng mã “bang-khen-xa”/,
      ],
      [
        ['--form', 'tap-the-lao-dong-tien-tien', '--kind', 'individual', '--date', '2025-08-20'],
        /“Tập thể lao động tiên tiến” không có mức tiền thưởng cho cá nhân/,
      ],
      [
        ['--form', 'giay-khen', '--kind', 'individual', '--date', '2025-02-30'],
        /Ngày quyết định “2025-02-30” không hợp lệ/,
      ],
      [
        ['--form', 'giay-khen', '--kind', 'individual', '--date', '20/8/2025'],
        /Ngày quyết định “20\/8\/2025” không hợp lệ/,
      ],
      [
        ['--form', 'giay-khen', '--kind', 'ca-nhan', '--date', '2025-08-20'],
        /--kind phải là individual \(cá nhân\) hoặc collective \(tập thể\)/,
      ],
      [
        ['--form', 'giay-khen', '--kind', 'individual', '--date', '2023-05-01'],
        /chưa có mức tiền thưởng của “Giấy khen” áp dụng cho ngày 01\/05\/2023/,
      ],
      [['--form', 'giay-khen'], /Thiếu --kind, --date/],
    ];
    for (const [args, message] of cases) {
      const res = await money(args);
      assert.equal(res.code, 1, args.join(' '));
      assert.equal(res.stdout, '');
      assert.match(res.stderr, message);
    }
  });

  test('a missing --data folder is an error, not a silent fallback', async () => {
    const res = await money([
      '--form',
      'giay-khen',
      '--kind',
      'individual',
      '--date',
      '2025-08-20',
      '--data',
      'khong-co',
    ]);
    assert.equal(res.code, 1);
    assert.match(res.stderr, /Không tìm thấy thư mục dữ liệu “khong-co”/);
  });

  test('uses the catalogue and base salaries saved in the data folder (--data, or ./data by default)', async () => {
    const dir = makeTempDir('award-money-data');
    try {
      const dataDir = path.join(dir, 'data');
      const handle = await openDatabase({ engine: 'pglite', dataDir });
      await editCatalogue(handle.db);
      await handle.close();
      const giayKhen = ['--form', 'giay-khen', '--kind', 'individual', '--date', '2025-08-20'];
      // 0,5 × 2.340.000 = 1.170.000 (the built-in 0,3 would give 710.000).
      const viaOption = await money([...giayKhen, '--data', dataDir]);
      assert.equal(viaOption.code, 0, viaOption.stderr);
      assert.equal(viaOption.stdout, '1170000\n');
      const viaDefault = await money(giayKhen, { cwd: dir });
      assert.equal(viaDefault.code, 0, viaDefault.stderr);
      assert.equal(viaDefault.stdout, '1170000\n');
      // 0,3 × 2.530.000 = 759.000 → 760.000 with the saved base salary of 1/7/2026.
      const later = await money(
        ['--form', 'lao-dong-tien-tien', '--kind', 'individual', '--date', '2026-08-01'],
        {
          cwd: dir,
        },
      );
      assert.equal(later.stdout, '760000\n', later.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an empty data folder falls back to the built-in catalogue', async () => {
    const dir = makeTempDir('award-money-empty');
    try {
      fs.mkdirSync(path.join(dir, 'data'));
      const res = await money(['--form', 'giay-khen', '--kind', 'collective', '--date', '2025-08-20'], {
        cwd: dir,
      });
      assert.equal(res.code, 0, res.stderr);
      assert.equal(res.stdout, '1410000\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('uses the catalogue saved in PostgreSQL through DATABASE_URL', {
    skip: !process.env.TEST_DATABASE_URL,
  }, async () => {
    const base = process.env.TEST_DATABASE_URL as string;
    const name = `vinhdanh_money_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    try {
      const handle = await openDatabase({ engine: 'postgres', url: url.toString() });
      await editCatalogue(handle.db);
      await handle.close();
      const res = await money(['--form', 'giay-khen', '--kind', 'individual', '--date', '2025-08-20'], {
        env: { DATABASE_URL: url.toString() },
      });
      assert.equal(res.code, 0, res.stderr);
      assert.equal(res.stdout, '1170000\n');
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
