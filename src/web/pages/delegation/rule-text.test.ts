import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuotaOutcomeView } from '../../../shared/api/delegation.ts';
import { minShareOf, outcomeLine, parseUnitLines, type Rule, withMinShare } from './rule-text.ts';

function outcome(patch: Partial<QuotaOutcomeView>): QuotaOutcomeView {
  return {
    index: 0,
    column: 'gender',
    value: 'nu',
    label: 'Nữ',
    min: null,
    max: null,
    count: 0,
    met: true,
    ...patch,
  };
}

describe('the rules panel lines', () => {
  it('a share of the seats shows the count of the seats, the percent and the people it means', () => {
    const line = outcomeLine(
      outcome({ min: 45, count: 48 }),
      { column: 'gender', value: 'nu', minShare: 0.3 },
      150,
    );
    assert.equal(line, 'Nữ: 48/150 — yêu cầu ≥ 30% (45): Đạt');
  });

  it('a number of people shows the count alone, and a rule not met says so', () => {
    const line = outcomeLine(
      outcome({
        column: 'field',
        value: 'ngu-nghiep',
        label: 'Lĩnh vực: Ngư nghiệp',
        min: 1,
        count: 0,
        met: false,
      }),
      { column: 'field', each: true, min: 1 },
      150,
    );
    assert.equal(line, 'Lĩnh vực: Ngư nghiệp: 0 — yêu cầu ≥ 1: Chưa đạt');
  });

  it('an exact number reads "=", and both bounds are joined with "và"', () => {
    const exact = outcomeLine(
      outcome({ label: 'Điển hình tiên tiến', min: 105, max: 105, count: 105 }),
      { column: 'category', value: 'dien_hinh', min: 105, max: 105 },
      150,
    );
    assert.equal(exact, 'Điển hình tiên tiến: 105 — yêu cầu = 105: Đạt');
    const both = outcomeLine(
      outcome({ label: 'Nam', min: 45, max: 105, count: 110, met: false }),
      { column: 'gender', value: 'nam', minShare: 0.3, max: 105 },
      150,
    );
    assert.equal(both, 'Nam: 110/150 — yêu cầu ≥ 30% (45) và ≤ 105: Chưa đạt');
  });
});

describe('units and weights typed or pasted for "Phân bổ chỉ tiêu"', () => {
  it('reads "name; number", tab-separated Excel cells and "name number", with Vietnamese number marks', () => {
    const parsed = parseUnitLines('Trạm Y tế; 12\nTrường học\t1.234\n\nTổ 2 12,5\n');
    assert.deepEqual(parsed, {
      ok: true,
      units: [
        { unit: 'Trạm Y tế', weight: 12 },
        { unit: 'Trường học', weight: 1234 },
        { unit: 'Tổ 2', weight: 12.5 },
      ],
    });
  });

  it('names every line without a unit or a weight, by its line number', () => {
    const parsed = parseUnitLines('Trạm Y tế; 12\nĐồn Biên phòng\n42');
    assert.equal(parsed.ok, false);
    assert.deepEqual(!parsed.ok && parsed.problems.map((p) => p.slice(0, 7)), ['Dòng 2 ', 'Dòng 3 ']);
  });

  it('an empty box asks for at least one unit', () => {
    assert.deepEqual(parseUnitLines('  \n'), { ok: false, problems: ['Vui lòng nhập ít nhất một đơn vị.'] });
  });
});

describe('the what-if sliders', () => {
  const rules: Rule[] = [
    { column: 'category', value: 'dien_hinh', min: 105, max: 105 },
    { column: 'gender', value: 'nu', minShare: 0.3 },
    { column: 'field', each: true, min: 1 },
  ];

  it('read a rule by share or by number of people as a share of the seats', () => {
    assert.equal(minShareOf(rules[0], 150), 0.7);
    assert.equal(minShareOf(rules[1], 150), 0.3);
    assert.equal(minShareOf(undefined, 150), 0);
  });

  it('keep a rule counted in people in people, and an exact rule exact', () => {
    const next = withMinShare(rules, 'category', 'dien_hinh', 0.6, 150);
    assert.deepEqual(next[0], { column: 'category', value: 'dien_hinh', min: 90, max: 90 });
    assert.deepEqual(next.slice(1), rules.slice(1), 'other rules are untouched');
  });

  it('change a share rule, or add one when there is none', () => {
    assert.deepEqual(withMinShare(rules, 'gender', 'nu', 0.4, 150)[1], {
      column: 'gender',
      value: 'nu',
      minShare: 0.4,
    });
    const added = withMinShare(rules.slice(0, 1), 'gender', 'nu', 0.25, 150);
    assert.deepEqual(added[1], { column: 'gender', value: 'nu', minShare: 0.25 });
  });
});
