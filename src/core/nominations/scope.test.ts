import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Actor, Grant } from '../auth/access.ts';
import { seedPlanConference } from '../documents/seed-plan.fixture.ts';
import { DomainError } from '../errors/domain-error.ts';
import { canNominateFor, canSeeNomination, nominationScope } from './scope.ts';

const CITY = '/city/';
const BLV = '/city/blv/';
const SCHOOL = '/city/blv/school/';
const CLINIC = '/city/blv/clinic/';
const conference = seedPlanConference();

const actor = (...grants: Array<[Grant['role'], string]>): Actor => ({
  userId: 'u1',
  username: 'user',
  homeUnitId: 'x',
  grants: grants.map(([role, unitPath]) => ({ role, unitId: unitPath, unitPath })),
});

describe('nominationScope', () => {
  test('a nominating unit on the territory enters and sees only its own subtree', () => {
    const scope = nominationScope(actor(['nominator', SCHOOL]), conference, BLV);
    assert.deepEqual(
      [scope.organiser, scope.reviewer, scope.seesPersonal, scope.nominatorPaths],
      [false, false, false, [SCHOOL]],
    );
    assert.equal(canNominateFor(scope, `${SCHOOL}class/`), true);
    assert.equal(canSeeNomination(scope, CLINIC), false);
    assert.equal(canNominateFor(scope, CLINIC), false);
  });

  test('the organiser’s officer sees every nomination, reviews them, and nominates for the whole territory', () => {
    const scope = nominationScope(actor(['emulation_officer', BLV]), conference, BLV);
    assert.equal(scope.organiser, true);
    assert.equal(scope.reviewer, true);
    assert.equal(canSeeNomination(scope, CLINIC), true);
    assert.deepEqual(scope.nominatorPaths, [BLV]);
    assert.equal(canNominateFor(scope, SCHOOL), true);
  });

  test('a leader of the organiser reads every nomination but enters none', () => {
    const scope = nominationScope(actor(['leader', CITY]), conference, BLV);
    assert.equal(scope.organiser, true);
    assert.equal(canSeeNomination(scope, SCHOOL), true);
    assert.equal(canNominateFor(scope, SCHOOL), false);
  });

  test('a nominator outside the territory, or at the organising unit itself, finds no conference', () => {
    for (const a of [actor(['nominator', '/city/catba/school/']), actor(['nominator', BLV])]) {
      assert.throws(
        () => nominationScope(a, conference, BLV),
        (e: Error) => e instanceof DomainError && e.code === 'NOT_FOUND',
      );
    }
  });
});
