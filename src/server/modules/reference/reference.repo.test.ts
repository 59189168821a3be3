import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/database.ts';
import { StoredJsonError } from '../../db/stored-json.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { listReferenceRows } from './reference.repo.ts';

describe('reading a reference item whose aliases are not a list', () => {
  let handle: DatabaseHandle;
  before(async () => {
    handle = await openTestDatabase('pglite');
  });
  after(() => handle.close());

  test('fails naming the column and the row instead of handing the value on', async () => {
    await sql`insert into reference_items (list, code, label, aliases, active, sort_order)
        values ('ethnic', '99', 'Thử', '{"a": 1}', true, 0)`.execute(handle.db);
    await assert.rejects(listReferenceRows(handle.db), (error: Error) => {
      assert.ok(error instanceof StoredJsonError);
      assert.match(error.message, /reference_items\.aliases \(dòng ethnic\/99\)/);
      return true;
    });
  });
});
