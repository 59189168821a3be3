import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DomainError } from '../errors/domain-error.ts';
import { DEFAULT_REFERENCE_LISTS } from '../reference/defaults.ts';
import { solveSelection } from '../selection/solve.ts';
import { delegationCandidates, inListOrder } from './candidates.ts';
import {
  assertCompositionValid,
  type CompositionChoice,
  compositionProblem,
  compositionProblems,
  ruleName,
} from './composition.ts';
import { fixtureDelegate } from './delegate-list.fixture.ts';
import { labelOutcomes, valueLabeler } from './labels.ts';
import { DEFAULT_SCORE_WEIGHTS } from './score.ts';
import type { Guest } from './types.ts';

const candidates = [
  fixtureDelegate(0, 'dien_hinh'),
  fixtureDelegate(1, 'dien_hinh'),
  fixtureDelegate(2, 'khach_moi'),
];
const labelValue = valueLabeler(DEFAULT_REFERENCE_LISTS, new Map([['u1', 'Đặc khu Bạch Long Vĩ']]));
const choice = (over: Partial<CompositionChoice> = {}): CompositionChoice => ({
  seats: 2,
  rules: [],
  include: [],
  exclude: [],
  ...over,
});
const messages = (c: CompositionChoice, maxDelegates = 150) =>
  compositionProblems(c, { maxDelegates, candidates, labelValue }).map((p) => p.message);

describe('compositionProblem', () => {
  test('drops locks and exclusions of people who are no longer candidates', () => {
    const problem = compositionProblem(
      candidates,
      choice({ include: ['d001', 'gone'], exclude: ['d003', 'old'] }),
    );
    assert.equal(problem.seats, 2);
    assert.equal(problem.candidates.length, 3);
    assert.deepEqual(problem.include, ['d001']);
    assert.deepEqual(problem.exclude, ['d003']);
  });
});

describe('compositionProblems', () => {
  test('a composition within the plan with consistent rules and picks has none', () => {
    assert.deepEqual(
      messages(choice({ rules: [{ column: 'gender', value: 'nu', min: 1, max: 2 }], include: ['d001'] })),
      [],
    );
  });

  test('seats above the plan, a rule with minimum above maximum, and rules on one value that contradict', () => {
    assert.deepEqual(
      messages(
        choice({
          seats: 10,
          rules: [
            { column: 'gender', value: 'nu', min: 5, max: 3 },
            { column: 'gender', value: 'nam', min: 11 },
            { column: 'category', value: 'dien_hinh', min: 6 },
            { column: 'category', value: 'dien_hinh', max: 4 },
          ],
        }),
        8,
      ),
      [
        'Tổng số đại biểu: không được lớn hơn số đại biểu tối đa của kế hoạch (8)',
        'Quy tắc 1 (Giới tính: Nữ): tối thiểu 5 người lớn hơn tối đa 3 người',
        'Quy tắc 2 (Giới tính: Nam): tối thiểu 11 người, nhiều hơn tổng số đại biểu (10)',
        'Quy tắc 4 (Thành phần: Điển hình tiên tiến) mâu thuẫn với quy tắc 3: tối thiểu 6 người lớn hơn tối đa 4 người',
      ],
    );
  });

  test('picks must be candidates, not both locked and left out, and no more locked than seats', () => {
    assert.deepEqual(messages(choice({ seats: 1, include: ['d001', 'd002', 'x'], exclude: ['d001'] })), [
      'Chọn chắc chắn (mục 3): không có trong danh sách đại biểu dự kiến của hội nghị',
      `Loại ra (mục 1): ${candidates[0]?.name} đang được chọn chắc chắn; hãy bỏ một trong hai`,
      'Chọn chắc chắn: 3 người, nhiều hơn tổng số đại biểu (1)',
    ]);
  });

  test('every problem in one VALIDATION error', () => {
    assertCompositionValid([]);
    assert.throws(
      () => assertCompositionValid([{ path: 'seats', message: 'Tổng số đại biểu: sai' }]),
      (e: Error) =>
        e instanceof DomainError && e.message === 'Cơ cấu đại biểu chưa hợp lệ: Tổng số đại biểu: sai',
    );
  });

  test('a rule over every value is named by its column', () => {
    assert.equal(
      ruleName({ column: 'field', each: true, min: 1 }, 4, labelValue),
      'Quy tắc 5 (Lĩnh vực, mỗi giá trị)',
    );
  });
});

describe('labels and candidates', () => {
  test('values are shown by their labels, unit ids by the unit name', () => {
    assert.equal(labelValue('gender', 'nu'), 'Nữ');
    assert.equal(labelValue('nominating_unit', 'u1'), 'Đặc khu Bạch Long Vĩ');
    assert.equal(labelValue('field', 'không-có'), 'không-có');
    assert.deepEqual(
      labelOutcomes(
        [{ index: 0, column: 'gender', value: 'nu', min: 1, max: null, count: 2, met: true }],
        labelValue,
      ),
      [
        {
          index: 0,
          column: 'gender',
          value: 'nu',
          min: 1,
          max: null,
          count: 2,
          met: true,
          label: 'Giới tính: Nữ',
        },
      ],
    );
  });

  test('nominations and guests are scored and put in list order: exemplary, guests, leaders', () => {
    const guest = (id: string, name: string, category: Guest['category']): Guest => ({
      id,
      conferenceId: 'c1',
      category,
      name,
      gender: 'nam',
      birthYear: 1970,
      ethnicCode: null,
      position: '',
      nominatingUnitId: 'u1',
      formerUnitName: '',
      fieldCode: null,
      sectorCode: null,
      directWorker: false,
      priorityAreas: [],
      achievements: '',
      version: 1,
      createdAt: '',
      updatedAt: '',
    });
    const {
      score: _s,
      scoreParts: _p,
      source: _o,
      category: _c,
      ...nominee
    } = fixtureDelegate(0, 'dien_hinh');
    const list = delegationCandidates(
      [{ ...nominee, council: { meetingDate: '2025-08-01', members: 10, present: 9, inFavour: 8 } }],
      [guest('g1', 'Trần Văn Bình', 'lanh_dao'), guest('g2', 'Lê Thị An', 'khach_moi')],
      new Map([['u1', 'Đặc khu Bạch Long Vĩ']]),
      DEFAULT_SCORE_WEIGHTS,
    );
    assert.deepEqual(
      list.map((c) => [c.id, c.category, c.source]),
      [
        [nominee.id, 'dien_hinh', 'nomination'],
        ['g2', 'khach_moi', 'guest'],
        ['g1', 'lanh_dao', 'guest'],
      ],
    );
    assert.ok(list[0]?.scoreParts.some((p) => p.label === 'Hội đồng tán thành 8/10'));
    assert.equal(list[1]?.nominatingUnitName, 'Đặc khu Bạch Long Vĩ');
    assert.deepEqual(
      inListOrder([list[2], list[1], list[0]].filter((c) => c !== undefined)).map((c) => c.id),
      list.map((c) => c.id),
    );
  });
});

describe('worked example: a collective is a delegate through its representative', () => {
  // docs/rules/delegate-selection.md, "A collective is a delegate through its representative".
  const mai = { name: 'Lò Thị Mai', gender: 'nu' as const, birthYear: 1984, ethnicCode: '03' };
  const of = (
    id: string,
    score: number,
    kind: 'individual' | 'collective',
    representative: typeof mai | null,
  ) => ({
    ...fixtureDelegate(1, 'dien_hinh'),
    id,
    score,
    kind,
    ...(kind === 'collective' ? { gender: null, birthYear: null, ethnicCode: null, representative } : {}),
  });
  const pool = (tram: typeof mai | null) => [
    of('tram-y-te', 30, 'collective', tram),
    { ...of('hung', 25, 'individual', null), gender: 'nam' as const, ethnicCode: '01' },
    of('chi-doan', 20, 'collective', null),
    { ...of('nam', 18, 'individual', null), gender: 'nam' as const, ethnicCode: '01' },
  ];
  const rules = [
    { column: 'gender' as const, value: 'nu', min: 1 },
    { column: 'minority' as const, value: 'thieu_so', min: 1 },
  ];

  test('the representative is the woman and the minority the rules need', async () => {
    const result = await solveSelection(compositionProblem(pool(mai), choice({ seats: 3, rules })));
    assert.equal(result.status, 'optimal');
    assert.deepEqual([...result.selected].sort(), ['chi-doan', 'hung', 'tram-y-te']);
    assert.equal(result.objective, 75);
  });

  test('with no representative named, no candidate is a woman or a minority', async () => {
    const result = await solveSelection(compositionProblem(pool(null), choice({ seats: 3, rules })));
    assert.equal(result.status, 'infeasible');
    assert.deepEqual(
      result.relaxation?.map((r) => [r.column, r.value, r.required, r.achieved]),
      [
        ['gender', 'nu', 1, 0],
        ['minority', 'thieu_so', 1, 0],
      ],
    );
  });
});
