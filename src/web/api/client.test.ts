import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, query } from './client.ts';

describe('the API client', () => {
  it('builds a query string from the values given, skipping empty ones', () => {
    assert.equal(query({ unitId: 'u1', limit: 50, offset: 0 }), '?unitId=u1&limit=50&offset=0');
    assert.equal(query({ unitId: undefined, q: '', state: null }), '');
    assert.equal(query({ q: 'Nguyễn Văn' }), '?q=Nguy%E1%BB%85n+V%C4%83n');
  });

  it('an error knows a conflict and a missing or hidden record', () => {
    assert.ok(new ApiError(409, 'CONFLICT', 'x').isConflict);
    assert.ok(new ApiError(400, 'CONFLICT', 'x').isConflict);
    assert.ok(new ApiError(404, 'NOT_FOUND', 'x').isNotFound);
    assert.ok(new ApiError(403, 'FORBIDDEN', 'x').isNotFound);
    assert.ok(!new ApiError(500, 'HTTP_ERROR', 'x').isNotFound);
  });
});
