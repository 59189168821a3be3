import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { testEngines } from '../testing/test-database.ts';
import { migrate } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

/** 0007-submission on a database that already holds proposals and decisions (the demo's). */
for (const engine of testEngines()) {
  describe(`migration 0007-submission (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(engine);
    });
    after(() => t.close());

    test('existing proposals get a proposer from their symbol, the number alone and their year as period', async () => {
      const db = t.handle.db;
      const names = Object.keys(await migrationProvider.getMigrations()).sort();
      const before = names[names.indexOf('0007-submission') - 1];
      const down = await new Migrator({ db, provider: migrationProvider }).migrateTo(before);
      assert.equal(down.error, undefined);
      // As an older release stored them: the full number, and a commune's Giấy khen "proposed" by the
      // Ủy ban to its own chairman; a second one by the Phòng Văn hóa - Xã hội.
      const [demo] = (await sql<{ id: string }>`select id from award_proposals`.execute(db)).rows;
      await sql`update award_proposals set submission_number = '15/TTr-UBND' where id = ${demo.id}`.execute(
        db,
      );
      await sql`
        insert into award_proposals (id, conference_id, unit_id, form_code, year, title, submission_number,
          submission_date, items, council, state, version, created_at, updated_at)
        select gen_random_uuid(), conference_id, unit_id, form_code, 2024, 'Đợt cũ', '07/TTr-VHXH',
          submission_date, '[]'::jsonb, null, 'draft', 1, created_at, updated_at
        from award_proposals where id = ${demo.id}`.execute(db);

      assert.ok((await migrate(db)).includes('0007-submission'));
      const rows = (
        await sql<{
          year: number;
          submission_number: string;
          kind: string;
          code: string;
          period_from: number;
          period_to: number;
        }>`select year, submission_number, proposer->>'kind' as kind, proposer->>'code' as code,
              period_from, period_to from award_proposals order by year`.execute(db)
      ).rows;
      assert.deepEqual(rows, [
        {
          year: 2024,
          submission_number: '07',
          kind: 'department',
          code: 'VHXH',
          period_from: 2024,
          period_to: 2024,
        },
        {
          year: 2025,
          submission_number: '15',
          kind: 'council',
          code: '',
          period_from: 2025,
          period_to: 2025,
        },
      ]);
      const decisions = (
        await sql<{ period_from: number; period_to: number }>`
          select period_from, period_to from award_decisions`.execute(db)
      ).rows;
      assert.deepEqual(decisions, [{ period_from: 2025, period_to: 2025 }]);

      // The upgraded proposal reads and prints as before, now from its council's standing body.
      const officer = await t.as('bachlongvi');
      const view = await officer.request('GET', `/api/award-proposals/${demo.id}`);
      assert.equal(view.statusCode, 200);
      assert.equal(view.json().submissionSymbol, 'TTr-HĐTĐKT');
      const docx = await officer.request('GET', `/api/award-proposals/${demo.id}/submission.docx`);
      assert.equal(docx.statusCode, 200);
    });
  });
}
