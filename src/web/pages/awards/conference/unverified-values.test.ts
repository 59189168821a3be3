import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DecisionView, UnverifiedValueView } from '../../../../shared/api/award-decisions.ts';
import {
  allConfirmed,
  isUnverifiedCoefficient,
  pendingUnverified,
  unverifiedState,
} from './unverified-values.ts';

const v = (key: string, kind: 'individual' | 'collective', coefficient: number): UnverifiedValueView => ({
  key,
  kind: 'coefficient',
  label: key,
  legalBasis: '',
  text: key,
  subjectKind: kind,
  coefficient,
});
const A = v('a', 'collective', 0.6);
const B = v('b', 'individual', 0.3);

type Part = Pick<DecisionView, 'state' | 'unverified' | 'unverifiedConfirmation'>;
const confirmation = (keys: string[]): Part['unverifiedConfirmation'] => ({
  confirmedAt: '2025-08-20T02:00:00.000Z',
  confirmedBy: null,
  confirmedByName: 'lanhdao.blv',
  values: keys.map((key) => ({ key, label: key })),
});

describe('what the decision editor shows of unverified values', () => {
  it('a draft: every value is pending; approved with all confirmed: confirmed; approved without: still marked', () => {
    const draft: Part = { state: 'draft', unverified: [A, B], unverifiedConfirmation: null };
    assert.equal(unverifiedState(draft), 'pending');
    assert.deepEqual(pendingUnverified(draft), [A, B]);
    const signed: Part = {
      state: 'approved',
      unverified: [A, B],
      unverifiedConfirmation: confirmation(['a', 'b']),
    };
    assert.equal(unverifiedState(signed), 'confirmed');
    assert.deepEqual(pendingUnverified(signed), []);
    const old: Part = { state: 'approved', unverified: [A, B], unverifiedConfirmation: confirmation(['a']) };
    assert.equal(unverifiedState(old), 'unconfirmed-approved');
    assert.deepEqual(pendingUnverified(old), [B]);
    assert.equal(unverifiedState({ state: 'draft', unverified: [], unverifiedConfirmation: null }), 'none');
  });

  it('marks the lines priced by an unverified coefficient of their kind only', () => {
    assert.equal(isUnverifiedCoefficient([A, B], 'collective', 0.6), true);
    assert.equal(isUnverifiedCoefficient([A], 'individual', 0.6), false);
    assert.equal(isUnverifiedCoefficient([A, B], 'individual', null), false);
  });

  it('approval is possible once every value is ticked', () => {
    assert.equal(allConfirmed([A, B], ['a']), false);
    assert.equal(allConfirmed([A, B], ['b', 'a']), true);
    assert.equal(allConfirmed([], []), true);
  });
});
