import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { DomainError } from '../../../core/errors/domain-error.ts';
import type { Db } from '../../db/database.ts';
import { assertStatus, conferenceEdit, UNIT_KEYS, unitByKey } from '../../testing/factories.ts';
import {
  actOk,
  addNomination,
  individualBody,
  loadNomination,
  pictureOf,
} from '../../testing/nomination-factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { openTestDatabase, testEngines } from '../../testing/test-database.ts';
import { recordChange } from '../audit/index.ts';
import { createBackup, restoreBackup } from './backup.service.ts';

/** The official data and the order that makes two copies comparable row by row. */
const TABLES = {
  units: 'id',
  users: 'id',
  user_roles: 'user_id, role, unit_id',
  login_attempts: 'id',
  audit_log: 'id',
  conference_templates: 'id',
  conferences: 'id',
  app_settings: 'key',
  reference_items: 'list, code',
  files: 'id',
  nominations: 'id',
  notifications: 'id',
  delegate_guests: 'id',
  delegate_compositions: 'conference_id',
  delegate_lists: 'conference_id, number',
  award_forms: 'code, effective_from',
  base_salaries: 'effective_from',
  award_records: 'id',
  award_proposals: 'id',
  award_decisions: 'id',
  certificate_tokens: 'token',
  certificate_templates: 'unit_id',
  installation_settings: 'key',
} as const;

async function rowsOf(db: Db, table: keyof typeof TABLES) {
  const r = await sql<
    Record<string, unknown>
  >`select * from ${sql.table(table)} order by ${sql.raw(TABLES[table])}`.execute(db);
  return r.rows;
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of Object.keys(TABLES) as Array<keyof typeof TABLES>)
    counts[table] = (await rowsOf(db, table)).length;
  return counts;
}

/** Expects a DomainError with a Vietnamese message matching `message`. */
function refusedWith(message: RegExp) {
  return (error: unknown) => error instanceof DomainError && message.test(error.message);
}

for (const engine of testEngines()) {
  describe(`backup and restore (${engine})`, () => {
    let t: TestApp;
    let backup: Buffer;
    let photoFileId: string;
    before(async () => {
      t = await createTestApp(engine);
      // Some activity first, so the copy holds more than the demo: an edit, its audit row, a failed login.
      const officer = await t.as('bachlongvi');
      const loaded = (await officer.request('GET', `/api/conferences/${t.demoConferenceId}`)).json();
      assertStatus(
        await officer.request(
          'PUT',
          `/api/conferences/${t.demoConferenceId}`,
          conferenceEdit(loaded, { maxDelegates: 140 }),
        ),
        200,
      );
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'cathai', password: 'sai' },
      });
      // A nomination with a portrait (binary data) and a submission (a notification) beside the demo's.
      const school = await t.as('truonghoc.blv');
      const unitId = (await unitByKey(t, UNIT_KEYS.bachLongViSchool)).id;
      const added = await addNomination(school, t.demoConferenceId, individualBody(unitId));
      const photo = await school.upload(`/api/nominations/${added.id}/photo`, {
        data: await pictureOf(800, 1000, 'jpeg'),
        fileName: 'chan-dung.jpg',
      });
      assertStatus(photo, 200);
      photoFileId = photo.json().photoFileId;
      await actOk(school, await loadNomination(school, added.id), 'submit');
      backup = (await createBackup(t.handle.db, t.ctx.now())).bytes;
    });
    after(() => t.close());

    test('a backup restored into an empty database gives back every row of every table, but no session', async () => {
      const target = await openTestDatabase(engine);
      try {
        const counts = await restoreBackup(target.db, backup);
        assert.ok(
          counts.units > 100 && counts.audit_log > 0 && counts.conferences === 1,
          JSON.stringify(counts),
        );
        assert.ok(
          counts.nominations > 200 &&
            counts.files === 1 &&
            counts.notifications > 0 &&
            counts.reference_items > 54,
          JSON.stringify(counts),
        );
        for (const table of Object.keys(TABLES) as Array<keyof typeof TABLES>) {
          assert.deepEqual(await rowsOf(target.db, table), await rowsOf(t.handle.db, table), table);
        }
        assert.deepEqual(await target.db.selectFrom('sessions').select('id').execute(), []);
        const photo = async (db: Db) =>
          Buffer.from(
            (
              await db
                .selectFrom('files')
                .select('data')
                .where('id', '=', photoFileId)
                .executeTakeFirstOrThrow()
            ).data,
          );
        const restoredPhoto = await photo(target.db);
        assert.ok(restoredPhoto.equals(await photo(t.handle.db)), 'the portrait comes back byte for byte');
        assert.deepEqual([...restoredPhoto.subarray(0, 3)], [0xff, 0xd8, 0xff]);
      } finally {
        await target.close();
      }
    });

    test('restoring into a database that already holds data is refused in Vietnamese and changes nothing', async () => {
      const before = await rowCounts(t.handle.db);
      await assert.rejects(restoreBackup(t.handle.db, backup), refusedWith(/đã có dữ liệu/));
      assert.deepEqual(await rowCounts(t.handle.db), before);
    });

    test('a damaged file or a file of another kind is refused and the database stays empty', async () => {
      const target = await openTestDatabase(engine);
      try {
        const truncated = backup.subarray(0, Math.floor(backup.length / 2));
        await assert.rejects(restoreBackup(target.db, truncated), refusedWith(/bị hỏng/));
        await assert.rejects(
          restoreBackup(target.db, Buffer.from('không phải tệp sao lưu')),
          refusedWith(/bị hỏng/),
        );
        const foreign = gzipSync(JSON.stringify({ format: 'something-else', tables: {} }));
        await assert.rejects(
          restoreBackup(target.db, foreign),
          refusedWith(/không phải tệp sao lưu của Vinh Danh/),
        );
        const newer = gzipSync(
          JSON.stringify({ format: 'vinhdanh-backup', version: 99, migrations: [], tables: {} }),
        );
        await assert.rejects(restoreBackup(target.db, newer), refusedWith(/phiên bản mới hơn/));
        assert.deepEqual(
          Object.values(await rowCounts(target.db)),
          Object.values(TABLES).map(() => 0),
        );
      } finally {
        await target.close();
      }
    });

    test('after a restore, new audit entries, login attempts and notifications get ids after the restored ones', async () => {
      const target = await openTestDatabase(engine);
      try {
        await restoreBackup(target.db, backup);
        const tables = ['audit_log', 'login_attempts', 'notifications'] as const;
        const highest = async (table: (typeof tables)[number]) =>
          Number(
            (await sql<{ n: number }>`select max(id) as n from ${sql.table(table)}`.execute(target.db))
              .rows[0].n,
          );
        const before = await Promise.all(tables.map(highest));
        await recordChange(target.db, new Date(), null, {
          action: 'test.after_restore',
          entityType: 'test',
          entityId: 'x',
          unitId: null,
        });
        await target.db
          .insertInto('login_attempts')
          .values({ username: 'cathai', ip: null, at: new Date(), success: false })
          .execute();
        const someone = await target.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
        await target.db
          .insertInto('notifications')
          .values({ user_id: someone.id, at: new Date(), message: 'Sau khôi phục', link: null, read: false })
          .execute();
        const after = await Promise.all(tables.map(highest));
        assert.deepEqual(
          after.map((n, i) => n > before[i]),
          tables.map(() => true),
        );
      } finally {
        await target.close();
      }
    });
  });
}
