import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CompositionInput } from '../../../shared/api/delegation.ts';
import { withMinShare } from './rule-text.ts';
import { belongsTo, minCount, resultLine, valuesText, whatIfValues } from './what-if-result.ts';

function composition(women: number): CompositionInput {
  return {
    seats: 150,
    rules: [
      { column: 'category', value: 'dien_hinh', minShare: 0.7, maxShare: 0.7 },
      { column: 'gender', value: 'nu', minShare: women },
    ],
    include: [],
    exclude: [],
  } as unknown as CompositionInput;
}

describe('the what-if result line', () => {
  it('names both slider values with the least number of people they mean', () => {
    assert.equal(valuesText(composition(0.5)), 'tỷ lệ nữ 50% (75/150), điển hình tiên tiến 70% (105/150)');
    assert.deepEqual(whatIfValues(composition(0.49)).women, { share: 0.49, count: 74 });
  });

  it('a minimum share rounds up to whole people, without float noise', () => {
    assert.equal(minCount(0.3, 150), 45);
    assert.equal(minCount(0.334, 150), 51);
    assert.equal(minCount(0, 150), 0);
  });

  it('a value counted in people shows as its share of the seats', () => {
    const c = {
      ...composition(0.5),
      rules: [{ column: 'gender', value: 'nu', min: 60 }],
    } as CompositionInput;
    assert.match(valuesText(c), /^tỷ lệ nữ 40% \(60\/150\), điển hình tiên tiến 0% \(0\/150\)$/);
  });

  it('says "Kết quả cho" only when the result was computed for the values on screen', () => {
    const at49 = composition(0.49);
    const at50 = composition(0.5);
    assert.equal(belongsTo(at50, composition(0.5)), true);
    assert.equal(belongsTo(at49, at50), false);
    assert.equal(belongsTo(null, at50), false);
    assert.equal(
      resultLine(at50, at50, true),
      'Kết quả cho tỷ lệ nữ 50% (75/150), điển hình tiên tiến 70% (105/150)',
    );
    // A late result for 49% while the slider shows 50% is never named as the result.
    assert.equal(
      resultLine(at49, at50, true),
      'Đang tính cho tỷ lệ nữ 50% (75/150), điển hình tiên tiến 70% (105/150)…',
    );
  });

  it('says nothing before the first proposal', () => {
    assert.equal(resultLine(null, composition(0.3), false), null);
  });

  it('follows the slider: a moved rule is no longer the result it was', () => {
    const before = composition(0.4);
    const moved = { ...before, rules: withMinShare(before.rules, 'gender', 'nu', 0.5, 150) };
    assert.equal(belongsTo(before, moved), false);
    assert.equal(whatIfValues(moved).women.count, 75);
  });
});
