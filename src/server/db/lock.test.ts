import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { makeTempDir, runCli } from '../testing/cli-process.ts';
import { copyMigratedDataDir } from '../testing/test-database.ts';
import { openDatabase } from './database.ts';
import { DataDirLockedError, LOCK_FILE } from './lock.ts';

/** Embedded data folders: one process at a time, since PGlite does not guard its own files. */
describe('the data-folder lock', () => {
  const folders: string[] = [];
  // A data folder as a first start leaves it (copied: creating one is the slow part, not under test).
  const folder = async (name: string) => {
    const dir = makeTempDir(name);
    folders.push(dir);
    await copyMigratedDataDir(dir);
    return dir;
  };
  after(() => {
    for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('opening a folder this process already holds throws DataDirLockedError naming the folder', async () => {
    const dir = await folder('lock-self');
    const first = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      await assert.rejects(openDatabase({ engine: 'pglite', dataDir: dir }), (error: unknown) => {
        assert.ok(error instanceof DataDirLockedError);
        assert.equal(error.pid, process.pid);
        assert.ok(error.message.includes(`Thư mục dữ liệu "${path.resolve(dir)}"`), error.message);
        assert.match(error.message, /đang được một tiến trình Vinh Danh khác sử dụng/);
        return true;
      });
      const units = await first.db.selectFrom('units').select('id').execute();
      assert.deepEqual(units, [], 'the first handle still works');
    } finally {
      await first.close();
    }
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false, 'closing releases the lock');
    const again = await openDatabase({ engine: 'pglite', dataDir: dir });
    await again.close();
  });

  test('a second process is turned away with exit code 2 and a clear message; the first keeps its data', async () => {
    const dir = await folder('lock-other');
    const first = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      await first.db
        .insertInto('app_settings')
        .values({ key: 'test.marker', value: JSON.stringify('còn nguyên') })
        .execute();
      const second = await runCli(['demo', '--data', dir], { cwd: dir });
      assert.equal(second.code, 2, second.stderr);
      assert.match(
        second.stderr,
        /^Lỗi: Thư mục dữ liệu ".*" đang được một tiến trình Vinh Danh khác sử dụng \(PID \d+\)/,
      );
      assert.ok(second.stderr.includes(`PID ${process.pid}`));
      const marker = await first.db
        .selectFrom('app_settings')
        .select('value')
        .where('key', '=', 'test.marker')
        .executeTakeFirst();
      assert.equal(marker?.value, 'còn nguyên');
      const units = await first.db.selectFrom('units').select('id').execute();
      assert.equal(units.length, 0, 'the turned-away demo loaded nothing');
    } finally {
      await first.close();
    }
    const reopened = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      const marker = await reopened.db
        .selectFrom('app_settings')
        .select('value')
        .where('key', '=', 'test.marker')
        .executeTakeFirst();
      assert.equal(marker?.value, 'còn nguyên', 'the files on disk are unharmed');
    } finally {
      await reopened.close();
    }
  });

  test('a lock left by a process that died is taken over', async () => {
    const dir = await folder('lock-stale');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const deadPid = Number(dead.stdout);
    assert.ok(Number.isInteger(deadPid) && deadPid > 0);
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${deadPid}\n`);
    const handle = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      assert.equal(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').split(' ')[0], String(process.pid));
    } finally {
      await handle.close();
    }
  });

  test('a lock with this process’s PID but another start (a container’s PID 1 killed and started again) is taken over', async (t) => {
    if (!fs.existsSync(`/proc/${process.pid}/stat`)) return t.skip('no /proc on this system');
    const dir = await folder('lock-reused-pid');
    // What a server killed with SIGKILL leaves: its PID, which the restarted server has again, and its start.
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${process.pid} 00000000-dead-boot/12345\n`);
    const handle = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      const [pid, start] = fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim().split(' ');
      assert.equal(pid, String(process.pid));
      assert.notEqual(start, '00000000-dead-boot/12345', 'the lock now names this process’s own start');
      // Held by this live process now: a second opening is refused.
      await assert.rejects(openDatabase({ engine: 'pglite', dataDir: dir }), DataDirLockedError);
    } finally {
      await handle.close();
    }
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false, 'closing releases the lock');
  });
});
