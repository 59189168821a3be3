import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompositionInput, DelegationResponse, Proposal } from '../../../shared/api/delegation.ts';
import {
  rowContext,
  rowState,
  rulesBasis,
  sharesBasis,
  toggle,
  withExcludeToggled,
  withLockToggled,
} from './delegation-view.ts';

const draft = (include: string[], exclude: string[]) =>
  ({ seats: 3, rules: [], include, exclude }) as unknown as CompositionInput;

const proposal = {
  selected: ['a', 'b', 'c'],
  diff: { added: ['c'], removed: ['d'] },
  explanations: [{ id: 'e', text: 'Không được chọn vì …' }],
  quotas: [],
} as unknown as Proposal;

describe('the delegation tab, worked out from its state', () => {
  it('toggle keeps each id once', () => {
    assert.deepEqual(toggle(['a'], 'a', true), ['a']);
    assert.deepEqual(toggle(['a', 'b'], 'a', false), ['b']);
  });

  it('locking someone left out takes them back in; leaving out someone locked releases the lock', () => {
    const locked = withLockToggled(draft([], ['x']), 'x');
    assert.deepEqual([locked.include, locked.exclude], [['x'], []]);
    assert.deepEqual(withLockToggled(locked, 'x').include, []);
    const out = withExcludeToggled(locked, 'x');
    assert.deepEqual([out.include, out.exclude], [[], ['x']]);
  });

  it('a row reads against the proposal, with what changed since the approved list and why', () => {
    const ctx = rowContext(draft(['a'], ['e']), proposal, ['a', 'b', 'd']);
    assert.deepEqual(rowState('c', ctx), {
      selected: true,
      added: true,
      removed: false,
      locked: false,
      excluded: false,
      explanation: undefined,
    });
    assert.equal(rowState('d', ctx).removed, true);
    assert.equal(rowState('a', ctx).locked, true);
    assert.equal(rowState('e', ctx).excluded, true);
    assert.equal(rowState('e', ctx).explanation, 'Không được chọn vì …');
  });

  it('without an approved list nothing is "added", and without any list nothing is selected', () => {
    assert.equal(rowState('c', rowContext(null, proposal, null)).added, false);
    assert.equal(rowState('a', rowContext(null, null, null)).selected, null);
    assert.equal(rowState('a', rowContext(null, null, ['a'])).selected, true);
  });

  it('the counts and the rules are checked on the proposal, else the approved list', () => {
    assert.equal(sharesBasis(proposal, 1), 'Số người tính trên phương án đề xuất.');
    assert.equal(sharesBasis(null, 2), 'Số người tính trên danh sách đã phê duyệt số 2.');
    assert.match(sharesBasis(null, null), /^Chưa có danh sách/);
    const data = {
      current: { number: 1, seats: 150, selected: [] },
      evaluation: [],
      composition: { rules: [] },
    } as unknown as DelegationResponse;
    assert.equal(rulesBasis(null, data)?.title, 'Kiểm tra trên danh sách đã phê duyệt số 1');
    const view = { proposal, composition: draft([], []) };
    assert.deepEqual(rulesBasis(view, data), {
      title: 'Kiểm tra trên phương án đề xuất',
      outcomes: [],
      rules: [],
      seats: 3,
    });
    assert.equal(rulesBasis(null, { ...data, current: null }), null);
  });
});
