import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { z } from 'zod';
import { listReferenceRows } from '../modules/reference/reference.repo.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import type { DatabaseHandle } from './database.ts';
import { parseStored, StoredJsonError, storedTexts } from './stored-json.ts';

describe('parseStored', () => {
  const vote = z.object({ present: z.number(), inFavour: z.number() });

  test('gives the stored value back when it has the expected shape', () => {
    assert.deepEqual(parseStored(vote, { present: 9, inFavour: 7 }, 'nominations.vote', 'n1'), {
      present: 9,
      inFavour: 7,
    });
    assert.deepEqual(parseStored(storedTexts, ['a', 'b'], 'reference_items.aliases', 'ethnic/01'), [
      'a',
      'b',
    ]);
  });

  test('names the column, the row and the first wrong field of a value of another shape', () => {
    assert.throws(
      () => parseStored(vote, { present: '9', inFavour: 7 }, 'nominations.vote', 'n1'),
      (error: Error) => {
        assert.ok(error instanceof StoredJsonError);
        assert.match(
          error.message,
          /^Dữ liệu lưu trong nominations\.vote \(dòng n1\) không đúng cấu trúc tại present:/,
        );
        return true;
      },
    );
    assert.throws(
      () => parseStored(storedTexts, 'Kinh', 'reference_items.aliases', 'ethnic/01'),
      /tại|không đúng/,
    );
  });
});

describe('a repository reading a malformed JSON column', () => {
  let handle: DatabaseHandle;
  before(async () => {
    handle = await openTestDatabase('pglite');
  });
  after(() => handle.close());

  test('fails with the column and the row instead of handing the value on', async () => {
    await sql`insert into reference_items (list, code, label, aliases, active, sort_order)
        values ('ethnic', '99', 'Thử', '{"a": 1}', true, 0)`.execute(handle.db);
    await assert.rejects(listReferenceRows(handle.db), (error: Error) => {
      assert.ok(error instanceof StoredJsonError);
      assert.match(error.message, /reference_items\.aliases \(dòng ethnic\/99\)/);
      return true;
    });
  });
});
