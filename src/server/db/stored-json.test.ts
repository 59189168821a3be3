import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
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
