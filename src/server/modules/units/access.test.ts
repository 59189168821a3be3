import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Actor } from '../../../core/auth/access.ts';
import { DomainError } from '../../../core/errors/domain-error.ts';
import { authorize, type Owned } from './access.ts';

const leader: Actor = {
  userId: 'u',
  username: 'u',
  homeUnitId: 'blv',
  grants: [{ role: 'leader', unitId: 'blv', unitPath: '/city/blv/' }],
};

interface Record {
  id: string;
  unitPath: string;
}

function owned(found: Record | null, missing?: string): Owned<Record> {
  return { load: async () => found, unitPath: (r) => r.unitPath, what: 'hội nghị này', missing };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return { code: error.code, message: error.message };
  }
  assert.fail('expected a refusal');
}

describe('one access check for records owned by a unit', () => {
  test('a record inside the scope, with the permission, is returned', async () => {
    const found = { id: 'c1', unitPath: '/city/blv/school/' };
    assert.equal(await authorize(leader, 'conference.read', owned(found)), found);
  });

  test('a missing record is "not found"', async () => {
    const r = await refusal(authorize(leader, 'conference.read', owned(null)));
    assert.equal(r.code, 'NOT_FOUND');
    assert.match(r.message, /^Không tìm thấy hội nghị này/);
  });

  test('a missing record may be named differently from the 403', async () => {
    const r = await refusal(authorize(leader, 'conference.read', owned(null, 'đơn vị')));
    assert.match(r.message, /^Không tìm thấy đơn vị,/);
  });

  test('a record of a unit outside every scope is "not found", as if it did not exist', async () => {
    const r = await refusal(
      authorize(leader, 'conference.read', owned({ id: 'c2', unitPath: '/city/cathai/' })),
    );
    assert.equal(r.code, 'NOT_FOUND');
  });

  test('inside the scope without the permission is "forbidden"', async () => {
    const r = await refusal(
      authorize(leader, 'conference.manage', owned({ id: 'c1', unitPath: '/city/blv/' })),
    );
    assert.equal(r.code, 'FORBIDDEN');
    assert.equal(r.message, 'Bạn không có quyền thực hiện thao tác này với hội nghị này.');
  });
});
