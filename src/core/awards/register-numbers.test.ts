import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDecision } from '../documents/award.fixture.ts';
import { inListOrder } from '../documents/award-decision-document.ts';
import { repeatedRegisterNumbers, sequentialRegisterNumbers } from './register-numbers.ts';

test('numbering from 15 follows the attached list: collectives first, then people by given name', () => {
  const { items } = fixtureDecision({ collectives: 2, individuals: 3 });
  const numbers = sequentialRegisterNumbers([...items].reverse(), 15);
  assert.deepEqual(
    inListOrder(items).map((i) => numbers.get(i.id)),
    ['15', '16', '17', '18', '19'],
  );
});

test('a number used twice is found, case and spaces aside; empty numbers are not repeats', () => {
  assert.deepEqual(
    repeatedRegisterNumbers([
      { registerNumber: '15' },
      { registerNumber: '' },
      { registerNumber: '12a' },
      { registerNumber: ' 15 ' },
      {},
      { registerNumber: '12A' },
    ]),
    [
      { index: 3, number: '15', first: 0 },
      { index: 5, number: '12A', first: 2 },
    ],
  );
});
