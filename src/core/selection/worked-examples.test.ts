/** The worked examples of docs/rules/delegate-selection.md, exactly as written there. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ruleBounds } from './resolve.ts';
import { evaluateQuotas, solveSelection } from './solve.ts';
import type { QuotaRule, SelectionCandidate, SelectionProblem, SelectionResult } from './types.ts';

const POOL: SelectionCandidate[] = [
  ['An', 10, 'Nam', 'Nông nghiệp'],
  ['Bình', 9, 'Nam', 'Giáo dục'],
  ['Cúc', 8, 'Nữ', 'Nông nghiệp'],
  ['Dũng', 7, 'Nam', 'Ngư nghiệp'],
  ['Hà', 3, 'Nữ', 'Ngư nghiệp'],
  ['Giang', 1, 'Nam', 'Ngư nghiệp'],
].map(([id, score, gender, field]) => ({
  id: id as string,
  score: score as number,
  attributes: { gender: gender as string, field: field as string },
}));

const problem = (quotas: QuotaRule[], more: Partial<SelectionProblem> = {}): SelectionProblem => ({
  seats: 3,
  candidates: POOL,
  quotas,
  ...more,
});

const sorted = (r: SelectionResult) => [...r.selected].sort();
const quotaAt = (r: SelectionResult, positions: number[]) => positions.map((i) => r.quotas[i].value).sort();

describe('worked examples of the delegate selection rules', () => {
  test('1. rules met: Bình, Cúc, Dũng (24), and why An is left out', async () => {
    const r = await solveSelection(
      problem([
        { column: 'gender', value: 'Nữ', min: 1 },
        { column: 'field', each: true, min: 1 },
      ]),
    );
    assert.equal(r.status, 'optimal');
    assert.deepEqual(sorted(r), ['Bình', 'Cúc', 'Dũng']);
    assert.equal(r.objective, 24);
    assert.ok(r.quotas.every((q) => q.met));
    const an = r.explanations.find((e) => e.id === 'An');
    assert.ok(an, 'An outranks chosen people and is explained');
    assert.equal(an.reason, 'keeps_minimum');
    assert.deepEqual(quotaAt(r, an.quotas), ['Giáo dục', 'Ngư nghiệp', 'Nữ'].sort());
  });

  test('2. no list meets the rules: violation 1, relaxation Nữ 3 → 2, list Bình, Cúc, Hà', async () => {
    const r = await solveSelection(
      problem([
        { column: 'gender', value: 'Nữ', min: 3 },
        { column: 'field', each: true, min: 1 },
      ]),
    );
    assert.equal(r.status, 'infeasible');
    assert.equal(r.violation, 1);
    assert.deepEqual(r.relaxation, [
      { index: 0, column: 'gender', value: 'Nữ', bound: 'min', required: 3, achieved: 2 },
    ]);
    assert.deepEqual(sorted(r), ['Bình', 'Cúc', 'Hà']);
    assert.equal(r.objective, 20);
  });

  test('3. locks and exclusions: Giang kept, Bình out, Giáo dục missed by 1', async () => {
    const r = await solveSelection(
      problem([{ column: 'field', each: true, min: 1 }], { include: ['Giang'], exclude: ['Bình'] }),
    );
    assert.equal(r.status, 'infeasible');
    assert.equal(r.violation, 1);
    assert.deepEqual(r.relaxation, [
      { index: 0, column: 'field', value: 'Giáo dục', bound: 'min', required: 1, achieved: 0 },
    ]);
    assert.deepEqual(sorted(r), ['An', 'Cúc', 'Giang']);
    assert.equal(r.objective, 19);
    assert.equal(r.explanations.find((e) => e.id === 'Bình')?.reason, 'excluded');
  });

  test('4. maximums: Nam ≤ 1 gives An, Cúc, Hà and Bình is out because Nam is full', async () => {
    const r = await solveSelection(problem([{ column: 'gender', value: 'Nam', max: 1 }]));
    assert.equal(r.status, 'optimal');
    assert.deepEqual(sorted(r), ['An', 'Cúc', 'Hà']);
    assert.equal(r.objective, 21);
    const binh = r.explanations.find((e) => e.id === 'Bình');
    assert.equal(binh?.reason, 'at_max');
    assert.deepEqual(quotaAt(r, binh?.quotas ?? []), ['Nam']);
  });

  test('5. inconsistent input is an input error, not "infeasible"', async () => {
    await assert.rejects(solveSelection(problem([{ column: 'gender', value: 'Nữ', min: 2, max: 1 }])), {
      code: 'VALIDATION',
      message: /tối thiểu 2 lớn hơn tối đa 1/,
    });
    await assert.rejects(solveSelection(problem([], { include: ['An', 'Bình', 'Cúc', 'Dũng'] })), {
      code: 'VALIDATION',
      message: /Có 4 người được giữ lại, nhiều hơn số ghế 3/,
    });
    await assert.rejects(
      solveSelection(
        problem([
          { column: 'gender', value: 'Nữ', min: 2 },
          { column: 'gender', value: 'Nữ', max: 1 },
        ]),
      ),
      { code: 'VALIDATION', message: /mâu thuẫn/ },
    );
    await assert.rejects(solveSelection(problem([], { seats: 7 })), {
      code: 'VALIDATION',
      message: /Chỉ có 6 ứng viên/,
    });
    await assert.rejects(solveSelection(problem([], { include: ['Ai đó'] })), {
      code: 'VALIDATION',
      message: /"Ai đó" không có trong danh sách ứng viên/,
    });
    await assert.rejects(solveSelection(problem([{ column: 'tuổi', value: '30', min: 1 }])), {
      code: 'VALIDATION',
      message: /cột "tuổi" không có/,
    });
    await assert.rejects(solveSelection(problem([], { include: ['An'], exclude: ['An'] })), {
      code: 'VALIDATION',
      message: /vừa được giữ lại vừa bị loại ra/,
    });
  });

  test('shares: a minimum rounds up, a maximum down', () => {
    assert.deepEqual(ruleBounds({ column: 'g', value: 'x', minShare: 0.3 }, 150), { min: 45, max: null });
    assert.deepEqual(ruleBounds({ column: 'g', value: 'x', maxShare: 0.3 }, 150), { min: null, max: 45 });
    assert.deepEqual(ruleBounds({ column: 'g', value: 'x', minShare: 0.333 }, 150), { min: 50, max: null });
    assert.deepEqual(ruleBounds({ column: 'g', value: 'x', maxShare: 0.333 }, 150), { min: null, max: 49 });
  });

  test('a list can be checked against the rules without choosing one', () => {
    const quotas = evaluateQuotas(problem([{ column: 'field', each: true, min: 1 }]), ['An', 'Bình', 'Cúc']);
    assert.deepEqual(
      quotas.map((q) => [q.value, q.count, q.met]),
      [
        ['Giáo dục', 1, true],
        ['Ngư nghiệp', 0, false],
        ['Nông nghiệp', 2, true],
      ],
    );
  });

  test('multi-valued fields count a person once for each of their values', async () => {
    const pool: SelectionCandidate[] = [
      { id: 'a', score: 5, attributes: { area: ['kinh_te', 'quoc_phong'] } },
      { id: 'b', score: 4, attributes: { area: ['kinh_te'] } },
      { id: 'c', score: 1, attributes: { area: ['sap_xep'] } },
    ];
    const r = await solveSelection({
      seats: 2,
      candidates: pool,
      quotas: [{ column: 'area', each: true, min: 1 }],
    });
    assert.equal(r.status, 'optimal');
    assert.deepEqual([...r.selected].sort(), ['a', 'c']);
  });
});
