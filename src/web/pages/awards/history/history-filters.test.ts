import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PAGE_SIZE, pageCount, recordFilters } from './history-filters.ts';

describe('the history page filters', () => {
  it('sends only the filters that are set, and the page as an offset', () => {
    assert.deepEqual(recordFilters({ unit: 'u1', year: null, formCode: null, kind: 'all', q: '', page: 1 }), {
      unitId: 'u1',
      year: undefined,
      formCode: undefined,
      kind: undefined,
      q: undefined,
      limit: 50,
      offset: 0,
    });
    assert.deepEqual(
      recordFilters({ unit: 'u1', year: '2024', formCode: 'gk', kind: 'collective', q: 'nguyen', page: 3 }),
      { unitId: 'u1', year: 2024, formCode: 'gk', kind: 'collective', q: 'nguyen', limit: 50, offset: 100 },
    );
  });

  it('counts pages, at least one', () => {
    assert.equal(pageCount(0), 1);
    assert.equal(pageCount(PAGE_SIZE), 1);
    assert.equal(pageCount(PAGE_SIZE + 1), 2);
  });
});
