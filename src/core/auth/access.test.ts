import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { type Actor, assertCan, can, canSee, scopePaths } from './access.ts';

const CITY = '/city/';
const BLV = '/city/blv/';
const BLV_SCHOOL = '/city/blv/school/';
const CAT_HAI = '/city/cathai/';

function actor(grants: Actor['grants']): Actor {
  return { userId: 'u', username: 'u', homeUnitId: 'h', grants };
}

const blvOfficer = actor([{ role: 'emulation_officer', unitId: 'blv', unitPath: BLV }]);
const leader = actor([{ role: 'leader', unitId: 'blv', unitPath: BLV }]);

describe('access by unit subtree', () => {
  test('a role covers its unit and everything under it', () => {
    assert.equal(can(blvOfficer, 'conference.manage', BLV), true);
    assert.equal(can(blvOfficer, 'conference.manage', BLV_SCHOOL), true);
  });

  test('a role does not reach a sibling unit or the level above', () => {
    assert.equal(can(blvOfficer, 'conference.read', CAT_HAI), false);
    assert.equal(can(blvOfficer, 'conference.read', CITY), false);
    assert.equal(canSee(blvOfficer, CAT_HAI), false);
  });

  test('a path that merely starts with the same letters is not inside the subtree', () => {
    assert.equal(can(blvOfficer, 'conference.read', '/city/blv2/'), false);
  });

  test('a leader reads but does not edit', () => {
    assert.equal(can(leader, 'conference.read', BLV), true);
    assert.equal(can(leader, 'conference.manage', BLV), false);
  });

  test('another unit looks "not found"; a missing permission in scope is "forbidden"', () => {
    assert.throws(
      () => assertCan(blvOfficer, 'conference.read', CAT_HAI, 'hội nghị này'),
      (e: unknown) => e instanceof DomainError && e.code === 'NOT_FOUND',
    );
    assert.throws(
      () => assertCan(leader, 'conference.manage', BLV, 'hội nghị này'),
      (e: unknown) => e instanceof DomainError && e.code === 'FORBIDDEN' && /không có quyền/.test(e.message),
    );
  });

  test('list filters use the fewest subtrees', () => {
    const both = actor([
      { role: 'unit_admin', unitId: 'blv', unitPath: BLV },
      { role: 'emulation_officer', unitId: 'school', unitPath: BLV_SCHOOL },
      { role: 'emulation_officer', unitId: 'cathai', unitPath: CAT_HAI },
      { role: 'nominator', unitId: 'city', unitPath: CITY },
    ]);
    assert.deepEqual(scopePaths(both, 'conference.read').sort(), [BLV, CAT_HAI].sort());
    assert.deepEqual(scopePaths(both, 'user.manage'), [BLV]);
  });
});
