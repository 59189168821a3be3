import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rowActions } from './row-actions.ts';
import { shareLine } from './vote-text.ts';

const unit = { canSubmit: true, canReview: false };
const organiser = { canSubmit: false, canReview: true };
const both = { canSubmit: true, canReview: true };

describe('the buttons of a nomination', () => {
  it('the unit sends or deletes its draft; nobody else sees a button', () => {
    assert.deepEqual(rowActions('draft', unit), ['submit', 'remove']);
    assert.deepEqual(rowActions('draft', { canSubmit: false, canReview: false }), []);
  });

  it('the organiser accepts or returns what was sent, and records the council once accepted', () => {
    assert.deepEqual(rowActions('submitted', organiser), ['accept', 'return']);
    assert.deepEqual(rowActions('accepted', organiser), ['council', 'return']);
    assert.deepEqual(rowActions('council_approved', organiser), ['reopen']);
    assert.deepEqual(rowActions('submitted', unit), []);
  });

  it('an organiser that is also the unit may send again a returned nomination, forward first', () => {
    assert.deepEqual(rowActions('returned', both), ['submit', 'remove']);
    assert.deepEqual(rowActions('returned', organiser), []);
  });
});

describe('the vote line', () => {
  it('shows the votes in favour of the base and the share; a dash without a base', () => {
    assert.match(shareLine(8, 10), /^8\/10 – 80/);
    assert.equal(shareLine(0, 0), '0/0 – —');
  });
});
