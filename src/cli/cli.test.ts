import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import { openDatabase } from '../server/db/database.ts';
import { login } from '../server/modules/auth/auth.service.ts';
import { loadDemo } from '../server/seed/demo.ts';
import { makeTempDir, runCli } from '../server/testing/cli-process.ts';

interface ListedConference {
  id: string;
  unitName: string;
  name: string;
}

/** The visible text of a DOCX: every w:t of word/document.xml, joined. */
function docxText(bytes: Buffer): string {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('the vinhdanh command line', () => {
  let cwd: string;
  let demoId: string;
  const data = 'du-lieu';
  const cli = (...args: string[]) => runCli(args, { cwd });
  const listConferences = async (dataDir: string) => {
    const res = await cli('conference', 'list', '--json', '--data', dataDir);
    assert.equal(res.code, 0, res.stderr);
    return JSON.parse(res.stdout) as ListedConference[];
  };

  before(async () => {
    cwd = makeTempDir('cli');
    const res = await cli('demo', '--data', data);
    assert.equal(res.code, 0, res.stderr);
    demoId = /Hội nghị mẫu: ([0-9a-f-]{36})/.exec(res.stdout)?.[1] ?? '';
    assert.ok(demoId, res.stdout);
    const backup = await cli('backup', '--out', 'sao-luu.vdbak', '--data', data);
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stdout, /^Đã sao lưu vào/);
  });
  after(() => fs.rmSync(cwd, { recursive: true, force: true }));

  test('`demo` then `conference list --json` lists the one Bạch Long Vĩ conference', async () => {
    const list = await listConferences(data);
    assert.deepEqual(
      list.map((c) => [c.id, c.unitName, c.name]),
      [[demoId, 'Đặc khu Bạch Long Vĩ', 'Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ']],
    );
  });

  test('`demo` run again changes nothing', async () => {
    const res = await cli('demo', '--data', data);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /\(0 tài khoản mới, 0 đề cử mới\)/);
    assert.ok(res.stdout.includes(demoId));
    assert.equal((await listConferences(data)).length, 1);
  });

  test('`doc plan` writes the Kế hoạch as a Word file', async () => {
    const res = await cli('doc', 'plan', '--conference', demoId, '--out', 'ke-hoach.docx', '--data', data);
    assert.equal(res.code, 0, res.stderr);
    const bytes = fs.readFileSync(path.join(cwd, 'ke-hoach.docx'));
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    const text = docxText(bytes);
    assert.ok(text.includes('Tối đa 150 đại biểu'));
    assert.ok(text.includes('ĐẶC KHU BẠCH LONG VĨ'));
  });

  test('`doc plan` with an unknown conference fails with “Lỗi:” and writes no file', async () => {
    const res = await cli(
      'doc',
      'plan',
      '--conference',
      randomUUID(),
      '--out',
      'khong-co.docx',
      '--data',
      data,
    );
    assert.notEqual(res.code, 0);
    assert.match(res.stderr, /^Lỗi: Không có hội nghị mã/);
    assert.equal(fs.existsSync(path.join(cwd, 'khong-co.docx')), false);
  });

  test('the backup file is readable by its owner only (it holds CCCD numbers and password hashes)', (t) => {
    if (process.platform === 'win32') return t.skip('no POSIX file modes');
    assert.equal(fs.statSync(path.join(cwd, 'sao-luu.vdbak')).mode & 0o777, 0o600);
  });

  test('a backup restored into a new folder gives the same conference', async () => {
    const copy = `ban-sao-${randomBytes(3).toString('hex')}`;
    const restore = await cli('restore', 'sao-luu.vdbak', '--data', copy);
    assert.equal(restore.code, 0, restore.stderr);
    assert.match(restore.stdout, /^Đã khôi phục \d+ bản ghi/);
    const restored = await listConferences(copy);
    assert.deepEqual(
      restored.map((c) => [c.id, c.unitName]),
      [[demoId, 'Đặc khu Bạch Long Vĩ']],
    );
  });

  test('`restore` into a folder that already has data fails and leaves it as it was', async () => {
    const res = await cli('restore', 'sao-luu.vdbak', '--data', data);
    assert.notEqual(res.code, 0);
    assert.match(res.stderr, /^Lỗi: Cơ sở dữ liệu đích đã có dữ liệu/);
    assert.equal((await listConferences(data)).length, 1);
  });

  test('`user add` without a required option fails with a Vietnamese message naming it', async () => {
    const base = [
      'user',
      'add',
      '--username',
      'thieu.truong',
      '--name',
      'Thiếu Trường',
      '--password',
      'mat-khau-1234',
    ];
    const noPassword = await cli(
      ...base.slice(0, 6),
      '--unit',
      '11948',
      '--role',
      'nominator',
      '--data',
      data,
    );
    assert.equal(noPassword.code, 2);
    assert.match(noPassword.stderr, /^Lỗi: Mật khẩu: chưa được nhập/);
    const noUnit = await cli(...base, '--role', 'nominator', '--data', data);
    assert.equal(noUnit.code, 2);
    assert.match(noUnit.stderr, /^Lỗi: Thiếu --unit/);
    const noRole = await cli(...base, '--unit', '11948', '--data', data);
    assert.equal(noRole.code, 2);
    assert.match(noRole.stderr, /^Lỗi: Thiếu --role/);
  });

  test('`user add` creates a user who can then sign in', async () => {
    const username = `canbo.${randomBytes(3).toString('hex')}`;
    const args = ['--username', username, '--name', 'Hoàng Văn Dòng Lệnh', '--password', 'mat-khau-1234'];
    const res = await cli('user', 'add', ...args, '--unit', '11948', '--role', 'leader', '--data', data);
    assert.equal(res.code, 0, res.stderr);
    assert.match(res.stdout, /^Đã tạo người dùng/);
    const handle = await openDatabase({ engine: 'pglite', dataDir: path.join(cwd, data) });
    try {
      const ctx = { db: handle.db, now: () => new Date() };
      const session = await login(
        ctx,
        { username, password: 'mat-khau-1234' },
        { ip: null, userAgent: null },
      );
      assert.equal(session.user.fullName, 'Hoàng Văn Dòng Lệnh');
      assert.deepEqual(
        session.user.roles.map((r) => [r.role, r.unitName]),
        [['leader', 'Đặc khu Bạch Long Vĩ']],
      );
    } finally {
      await handle.close();
    }
  });

  test('`conference list` works against PostgreSQL through DATABASE_URL', {
    skip: !process.env.TEST_DATABASE_URL,
  }, async () => {
    const base = process.env.TEST_DATABASE_URL as string;
    const name = `vinhdanh_cli_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    try {
      const handle = await openDatabase({ engine: 'postgres', url: url.toString() });
      const { conferenceId } = await loadDemo({ db: handle.db, now: () => new Date() });
      await handle.close();
      const res = await runCli(['conference', 'list', '--json'], {
        cwd,
        env: { DATABASE_URL: url.toString() },
      });
      assert.equal(res.code, 0, res.stderr);
      assert.deepEqual(
        (JSON.parse(res.stdout) as ListedConference[]).map((c) => c.id),
        [conferenceId],
      );
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
