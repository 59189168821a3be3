import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompositionInput } from '../../shared/api/delegation.ts';
import { awardKeys } from './awards.ts';
import { conferenceKeys } from './conferences.ts';
import { delegationKeys } from './delegation.ts';
import { nominationKeys } from './nominations.ts';
import { templateKeys } from './templates.ts';
import { unitKeys } from './units.ts';
import { userKeys } from './users.ts';

/** A refresh of `prefix` reaches `key` (the query cache matches keys by their leading items). */
function reaches(prefix: readonly unknown[], key: readonly unknown[]): boolean {
  return prefix.every((part, i) => JSON.stringify(part) === JSON.stringify(key[i]));
}

describe('the query keys', () => {
  it('a change refreshes every list it touches, whatever its filters', () => {
    assert.ok(reaches(userKeys.all, userKeys.list('u1')));
    assert.ok(reaches(userKeys.all, userKeys.list(null)));
    assert.ok(reaches(conferenceKeys.lists, conferenceKeys.list(undefined)));
    assert.ok(reaches(unitKeys.details, unitKeys.detail('u1')));
    assert.ok(reaches(nominationKeys.lists('c1'), nominationKeys.list('c1', { state: 'submitted' })));
    assert.ok(reaches(awardKeys.records, awardKeys.recordList({ unitId: 'u1' })));
    assert.ok(reaches(awardKeys.records, awardKeys.subjectHistory('k')));
    assert.ok(reaches(awardKeys.records, awardKeys.nominationHistory('n1')));
    assert.ok(reaches(awardKeys.proposalDetails, awardKeys.proposal('p1')));
  });

  it('one conference never refreshes another, and a list is not its detail', () => {
    assert.ok(!reaches(nominationKeys.lists('c1'), nominationKeys.list('c2', {})));
    assert.ok(!reaches(delegationKeys.delegation('c1'), delegationKeys.delegation('c2')));
    assert.ok(!reaches(delegationKeys.lists('c1'), delegationKeys.list('c1', 1)));
    assert.ok(!reaches(templateKeys.list, templateKeys.detail('t1')));
    assert.ok(!reaches(conferenceKeys.lists, conferenceKeys.detail('c1')));
  });

  it('"all units" and the tree the session loads have keys of their own', () => {
    assert.deepEqual(userKeys.list(undefined), ['users', 'all']);
    assert.deepEqual(conferenceKeys.list(null), ['conferences', 'all']);
    assert.notDeepEqual(unitKeys.tree, unitKeys.details);
  });

  it('a proposal is keyed by the settings it is computed for and the delegation it was loaded with', () => {
    const settings = { seats: 150, rules: [], include: [], exclude: [] } as unknown as CompositionInput;
    const a = delegationKeys.proposal('c1', 1, settings);
    assert.deepEqual(a, ['delegation-proposal', 'c1', 1, settings]);
    assert.notDeepEqual(a, delegationKeys.proposal('c1', 2, settings));
  });
});
