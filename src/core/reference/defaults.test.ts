import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_REFERENCE_LISTS } from './defaults.ts';
import { REFERENCE_LIST_NAMES } from './types.ts';

describe('DEFAULT_REFERENCE_LISTS', () => {
  it('has every list, each non-empty, active, with unique codes', () => {
    assert.deepEqual(Object.keys(DEFAULT_REFERENCE_LISTS).sort(), [...REFERENCE_LIST_NAMES].sort());
    for (const name of REFERENCE_LIST_NAMES) {
      const list = DEFAULT_REFERENCE_LISTS[name];
      assert.ok(list.length > 0, name);
      assert.equal(new Set(list.map((i) => i.code)).size, list.length, name);
      assert.ok(
        list.every((i) => i.active),
        name,
      );
    }
  });

  it('stores only the five properties of a stored item (no `official`, no `group`)', () => {
    for (const name of REFERENCE_LIST_NAMES)
      for (const item of DEFAULT_REFERENCE_LISTS[name])
        assert.deepEqual(Object.keys(item).sort(), ['active', 'aliases', 'code', 'label', 'sortOrder']);
  });

  it('has 55 ethnic entries, 11 fields, 5 sectors and 3 priority areas', () => {
    assert.deepEqual(
      REFERENCE_LIST_NAMES.map((n) => DEFAULT_REFERENCE_LISTS[n].length),
      [55, 11, 5, 3],
    );
  });
});
