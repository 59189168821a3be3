import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultComposition } from './default-rules.ts';
import { DEFAULT_SCORE_WEIGHTS } from './score.ts';

describe('defaultComposition', () => {
  it('takes seats and the exemplary share from the plan', () => {
    const c = defaultComposition({ maxDelegates: 150, exemplaryShare: 70 });
    assert.equal(c.seats, 150);
    assert.deepEqual(c.rules, [
      { column: 'category', value: 'dien_hinh', min: 105, max: 105 },
      { column: 'gender', value: 'nu', minShare: 0.3 },
      { column: 'direct_worker', value: '1', minShare: 0.3 },
      { column: 'minority', value: 'thieu_so', min: 1 },
      { column: 'field', each: true, min: 1 },
      { column: 'sector', each: true, min: 1 },
      { column: 'former_unit', each: true, min: 1 },
    ]);
    assert.deepEqual(c.include, []);
    assert.deepEqual(c.exclude, []);
    assert.deepEqual(c.weights, DEFAULT_SCORE_WEIGHTS);
  });

  it('rounds the exemplary share to the nearest person, so the split can always be met', () => {
    const c = defaultComposition({ maxDelegates: 155, exemplaryShare: 70 });
    assert.deepEqual(c.rules[0], { column: 'category', value: 'dien_hinh', min: 109, max: 109 });
  });

  it('gives a copy of the weights, so editing one conference leaves the defaults alone', () => {
    const c = defaultComposition({ maxDelegates: 10, exemplaryShare: 60 });
    c.weights.award.giay_khen = 99;
    assert.equal(DEFAULT_SCORE_WEIGHTS.award.giay_khen, 10);
  });
});
