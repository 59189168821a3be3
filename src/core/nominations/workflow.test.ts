import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { individualInput } from './nomination.fixture.ts';
import { DEFAULT_NOMINATION_SETTINGS, NOMINATION_STATES, type NominationState } from './types.ts';
import {
  ACTION_LABELS,
  type ActionInput,
  applyAction,
  availableActions,
  canEdit,
  isRefused,
  NOMINATION_ACTIONS,
  type NominationAction,
  STATE_LABELS,
  type WorkflowSide,
} from './workflow.ts';

/** A complete, valid input for every action, so only state and side decide. */
function inputFor(action: NominationAction): ActionInput {
  const base: ActionInput = {
    nomination: individualInput(),
    settings: DEFAULT_NOMINATION_SETTINGS,
    today: '2025-08-20',
  };
  if (action === 'return') return { ...base, reason: 'Thiếu chữ ký trong biên bản.' };
  const inFavour = action === 'council_reject' ? 3 : 7;
  return { ...base, council: { meetingDate: '2025-08-19', members: 9, present: 8, inFavour } };
}

/** The expected next state of every (state, action) for the organiser; '-' = refused. Written by hand. */
const ORGANISER: Record<NominationState, Record<NominationAction, NominationState | '-'>> = {
  draft: {
    submit: 'submitted',
    accept: '-',
    return: '-',
    council_approve: '-',
    council_reject: '-',
    reopen: '-',
  },
  submitted: {
    submit: '-',
    accept: 'accepted',
    return: 'returned',
    council_approve: '-',
    council_reject: '-',
    reopen: '-',
  },
  accepted: {
    submit: '-',
    accept: '-',
    return: 'returned',
    council_approve: 'council_approved',
    council_reject: 'council_rejected',
    reopen: '-',
  },
  returned: {
    submit: 'submitted',
    accept: '-',
    return: '-',
    council_approve: '-',
    council_reject: '-',
    reopen: '-',
  },
  council_approved: {
    submit: '-',
    accept: '-',
    return: '-',
    council_approve: '-',
    council_reject: '-',
    reopen: 'accepted',
  },
  council_rejected: {
    submit: '-',
    accept: '-',
    return: '-',
    council_approve: '-',
    council_reject: '-',
    reopen: 'accepted',
  },
};

/** The nominating unit can only submit. */
function expected(
  state: NominationState,
  action: NominationAction,
  side: WorkflowSide,
): NominationState | '-' {
  if (side === 'nominator' && action !== 'submit') return '-';
  return ORGANISER[state][action];
}

describe('applyAction: every state × action × side', () => {
  for (const state of NOMINATION_STATES)
    for (const action of NOMINATION_ACTIONS)
      for (const side of ['nominator', 'organiser'] as const) {
        const want = expected(state, action, side);
        it(`${side} ${action} from ${state} → ${want === '-' ? 'refused' : want}`, () => {
          const result = applyAction(state, action, side, inputFor(action));
          if (want === '-') {
            assert.ok(isRefused(result), JSON.stringify(result));
            assert.match(result.problem, /^Chỉ (đơn vị tổ chức|đề cử ở trạng thái)/);
          } else {
            assert.ok(!isRefused(result), JSON.stringify(result));
            assert.equal(result.next, want);
          }
        });
      }
});

describe('applyAction messages', () => {
  const refusal = (
    state: NominationState,
    action: NominationAction,
    side: WorkflowSide,
    input = inputFor(action),
  ) => {
    const result = applyAction(state, action, side, input);
    return isRefused(result) ? result.problem : `moved to ${result.next}`;
  };

  it('names the states an action needs', () => {
    assert.equal(
      refusal('draft', 'accept', 'organiser'),
      'Chỉ đề cử ở trạng thái Đã gửi mới tiếp nhận được.',
    );
    assert.equal(
      refusal('draft', 'return', 'organiser'),
      'Chỉ đề cử ở trạng thái Đã gửi hoặc Đã tiếp nhận mới trả lại được.',
    );
    assert.equal(
      refusal('accepted', 'submit', 'nominator'),
      'Chỉ đề cử ở trạng thái Nháp hoặc Trả lại mới gửi được.',
    );
  });

  it('tells the nominating unit that only the organiser accepts', () =>
    assert.equal(
      refusal('submitted', 'accept', 'nominator'),
      'Chỉ đơn vị tổ chức hội nghị mới tiếp nhận được đề cử.',
    ));

  it('refuses to submit a vote of exactly half, with the field problem', () => {
    const input = {
      ...inputFor('submit'),
      nomination: individualInput({
        vote: { meetingDate: '2025-08-01', present: 10, inFavour: 5, minutesFileId: null },
      }),
    };
    const result = applyAction('draft', 'submit', 'nominator', input);
    assert.ok(isRefused(result));
    assert.equal(
      result.problem,
      'Chưa gửi được: Kết quả bình xét: 5/10 phiếu đồng ý (50,0%) chưa đạt ngưỡng trên 50% số người dự họp.',
    );
    assert.deepEqual(
      result.fields?.map((f) => f.path),
      ['vote'],
    );
  });

  const reasons: Array<[string | undefined, string]> = [
    [undefined, 'Cần ghi lý do trả lại để đơn vị biết cần sửa gì.'],
    ['   ', 'Cần ghi lý do trả lại để đơn vị biết cần sửa gì.'],
    ['x'.repeat(2001), 'Lý do trả lại không được dài quá 2000 ký tự.'],
    ['x'.repeat(2000), 'moved to returned'],
  ];
  for (const [reason, message] of reasons)
    it(`return with a reason of ${reason?.length ?? 'no'} characters: ${message}`, () =>
      assert.equal(refusal('submitted', 'return', 'organiser', { ...inputFor('return'), reason }), message));

  it('keeps the trimmed reason and clears it on the next submit', () => {
    const returned = applyAction('accepted', 'return', 'organiser', {
      ...inputFor('return'),
      reason: '  Bổ sung biên bản. ',
    });
    assert.deepEqual(returned, { next: 'returned', returnReason: 'Bổ sung biên bản.', council: null });
    assert.deepEqual(applyAction('returned', 'submit', 'nominator', inputFor('submit')), {
      next: 'submitted',
      returnReason: '',
      council: null,
    });
  });

  const councils: Array<[NominationAction, number, number, number, string]> = [
    ['council_approve', 9, 8, 5, 'moved to council_approved'],
    [
      'council_approve',
      9,
      8,
      4,
      'Kết quả biểu quyết chưa đạt ngưỡng của Hội đồng nên không thể ghi là thông qua.',
    ],
    ['council_reject', 9, 8, 4, 'moved to council_rejected'],
    [
      'council_reject',
      9,
      8,
      5,
      'Kết quả biểu quyết đã đạt ngưỡng của Hội đồng nên không thể ghi là không thông qua.',
    ],
    [
      'council_approve',
      9,
      10,
      6,
      'Số thành viên Hội đồng dự họp: không được lớn hơn tổng số thành viên Hội đồng (9)',
    ],
    ['council_reject', 9, 3, 4, 'Số phiếu đồng ý của Hội đồng: không được lớn hơn số thành viên dự họp (3)'],
  ];
  for (const [action, members, present, inFavour, message] of councils)
    it(`${action} with ${inFavour}/${present}/${members}: ${message}`, () => {
      const council = { meetingDate: '2025-08-19', members, present, inFavour };
      assert.equal(refusal('accepted', action, 'organiser', { ...inputFor(action), council }), message);
    });

  it('needs a council vote for the council decisions and keeps it on the record', () => {
    assert.equal(
      refusal('accepted', 'council_approve', 'organiser', { ...inputFor('council_approve'), council: null }),
      'Cần nhập kết quả biểu quyết của Hội đồng (tổng số thành viên, số dự họp, số đồng ý).',
    );
    const done = applyAction('accepted', 'council_approve', 'organiser', inputFor('council_approve'));
    assert.ok(!isRefused(done));
    assert.equal(done.council?.inFavour, 7);
  });

  it('clears the council vote on reopen', () =>
    assert.deepEqual(applyAction('council_rejected', 'reopen', 'organiser', inputFor('reopen')), {
      next: 'accepted',
      returnReason: '',
      council: null,
    }));
});

describe('canEdit and availableActions', () => {
  const cases: Array<[NominationState, boolean, string, string]> = [
    ['draft', true, 'submit', 'submit'],
    ['submitted', false, '', 'accept return'],
    ['accepted', false, '', 'return council_approve council_reject'],
    ['returned', true, 'submit', 'submit'],
    ['council_approved', false, '', 'reopen'],
    ['council_rejected', false, '', 'reopen'],
  ];
  for (const [state, editable, nominator, organiser] of cases)
    it(`${state}: editable ${editable}; nominator [${nominator}], organiser [${organiser}]`, () => {
      assert.equal(canEdit(state), editable);
      assert.equal(availableActions(state, 'nominator').join(' '), nominator);
      assert.equal(availableActions(state, 'organiser').join(' '), organiser);
    });

  it('labels every state and action in Vietnamese', () => {
    assert.deepEqual(Object.values(STATE_LABELS), [
      'Nháp',
      'Đã gửi',
      'Đã tiếp nhận',
      'Trả lại',
      'Hội đồng thông qua',
      'Hội đồng không thông qua',
    ]);
    assert.equal(ACTION_LABELS.accept, 'Tiếp nhận');
  });
});
