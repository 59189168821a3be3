/**
 * The nomination workflow as data: which action moves which state to which, and who may take it.
 * nháp → đã gửi → đã tiếp nhận → Hội đồng thông qua / không thông qua; trả lại sends it back to the unit.
 */

import type { FieldProblem } from '../errors/domain-error.ts';
import { councilPasses, submissionProblems, validateCouncilVote } from './rules.ts';
import type { CouncilVote, NominationInput, NominationSettings, NominationState } from './types.ts';

/** The actions on a nomination, in workflow order. */
export const NOMINATION_ACTIONS = [
  'submit',
  'accept',
  'return',
  'council_approve',
  'council_reject',
  'reopen',
] as const;

/** One workflow action. */
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

/**
 * Who acts: 'nominator' = nomination.submit on the nominating unit; 'organiser' = nomination.review on
 * the conference's unit. A user with both acts as organiser.
 */
export type WorkflowSide = 'nominator' | 'organiser';

/** One row of the transition table. */
export interface Transition {
  from: readonly NominationState[];
  to: NominationState;
  sides: readonly WorkflowSide[];
  /** The verb in messages: "Chỉ … mới {verb} được." */
  verb: string;
}

/** The transition table; the checks beyond state and side are in `applyAction`. */
export const TRANSITIONS: Record<NominationAction, Transition> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', sides: ['nominator', 'organiser'], verb: 'gửi' },
  accept: { from: ['submitted'], to: 'accepted', sides: ['organiser'], verb: 'tiếp nhận' },
  return: { from: ['submitted', 'accepted'], to: 'returned', sides: ['organiser'], verb: 'trả lại' },
  council_approve: {
    from: ['accepted'],
    to: 'council_approved',
    sides: ['organiser'],
    verb: 'ghi kết quả Hội đồng thông qua',
  },
  council_reject: {
    from: ['accepted'],
    to: 'council_rejected',
    sides: ['organiser'],
    verb: 'ghi kết quả Hội đồng không thông qua',
  },
  reopen: {
    from: ['council_approved', 'council_rejected'],
    to: 'accepted',
    sides: ['organiser'],
    verb: 'mở lại để sửa kết quả Hội đồng',
  },
};

/** How each state is shown. */
export const STATE_LABELS: Record<NominationState, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  accepted: 'Đã tiếp nhận',
  returned: 'Trả lại',
  council_approved: 'Hội đồng thông qua',
  council_rejected: 'Hội đồng không thông qua',
};

/** How each action is shown on its button. */
export const ACTION_LABELS: Record<NominationAction, string> = {
  submit: 'Gửi',
  accept: 'Tiếp nhận',
  return: 'Trả lại',
  council_approve: 'Hội đồng thông qua',
  council_reject: 'Hội đồng không thông qua',
  reopen: 'Mở lại kết quả Hội đồng',
};

/** The longest return reason accepted (the API allows the same). */
export const MAX_RETURN_REASON = 2000;

/** Whether the content may be edited (by the nominator or the organiser): only in draft or returned. */
export function canEdit(state: NominationState): boolean {
  return state === 'draft' || state === 'returned';
}

/** The actions a side may try from a state, for showing buttons; `applyAction` still checks the input. */
export function availableActions(state: NominationState, side: WorkflowSide): NominationAction[] {
  return NOMINATION_ACTIONS.filter(
    (a) => TRANSITIONS[a].from.includes(state) && TRANSITIONS[a].sides.includes(side),
  );
}

/** What an action needs besides the state: the nomination itself, the conference settings and today. */
export interface ActionInput {
  nomination: NominationInput;
  settings: NominationSettings;
  /** ISO date of the action (the submission date for 'submit'). */
  today: string;
  /** Required for 'return'. */
  reason?: string;
  /** Required for the council's decisions. */
  council?: CouncilVote | null;
}

/**
 * A successful action: the next state and what the record's `returnReason` and `council` become (the
 * reason lives only while returned, the council vote only while decided).
 */
export interface ActionDone {
  next: NominationState;
  returnReason: string;
  council: CouncilVote | null;
}

/** A refused action: a Vietnamese sentence, and the field problems when the content is at fault. */
export interface ActionRefused {
  problem: string;
  fields?: FieldProblem[];
}

function stateProblem(t: Transition): string {
  return `Chỉ đề cử ở trạng thái ${t.from.map((s) => STATE_LABELS[s]).join(' hoặc ')} mới ${t.verb} được.`;
}

function councilProblem(action: NominationAction, input: ActionInput): ActionRefused | null {
  const vote = input.council;
  if (!vote)
    return {
      problem: 'Cần nhập kết quả biểu quyết của Hội đồng (tổng số thành viên, số dự họp, số đồng ý).',
    };
  const fields = validateCouncilVote(vote, input.today);
  if (fields.length > 0) return { problem: fields.map((f) => f.message).join('; '), fields };
  // The recorded vote must agree with the decision, so the minutes never contradict the result.
  const passes = councilPasses(vote, input.settings.council);
  if (action === 'council_approve' && !passes)
    return { problem: 'Kết quả biểu quyết chưa đạt ngưỡng của Hội đồng nên không thể ghi là thông qua.' };
  if (action === 'council_reject' && passes)
    return { problem: 'Kết quả biểu quyết đã đạt ngưỡng của Hội đồng nên không thể ghi là không thông qua.' };
  return null;
}

/**
 * Applies an action for a side: checks the side, then the state, then the action's own needs (submit:
 * no submission problems; return: a reason of 1–2000 characters; council decisions: a valid vote that
 * agrees with the decision). Never throws for a user mistake.
 * applyAction('submitted', 'accept', 'organiser', input) → { next: 'accepted', returnReason: '', council: null }.
 */
export function applyAction(
  state: NominationState,
  action: NominationAction,
  side: WorkflowSide,
  input: ActionInput,
): ActionDone | ActionRefused {
  const t = TRANSITIONS[action];
  if (!t.sides.includes(side)) return { problem: `Chỉ đơn vị tổ chức hội nghị mới ${t.verb} được đề cử.` };
  if (!t.from.includes(state)) return { problem: stateProblem(t) };
  const done = (extra: Partial<ActionDone> = {}): ActionDone => ({
    next: t.to,
    returnReason: '',
    council: null,
    ...extra,
  });
  switch (action) {
    case 'submit': {
      const fields = submissionProblems(input.nomination, input.settings, input.today);
      if (fields.length > 0)
        return { problem: `Chưa gửi được: ${fields.map((f) => f.message).join('; ')}.`, fields };
      return done();
    }
    case 'return': {
      const reason = (input.reason ?? '').trim();
      if (reason === '') return { problem: 'Cần ghi lý do trả lại để đơn vị biết cần sửa gì.' };
      if (reason.length > MAX_RETURN_REASON)
        return { problem: `Lý do trả lại không được dài quá ${MAX_RETURN_REASON} ký tự.` };
      return done({ returnReason: reason });
    }
    case 'council_approve':
    case 'council_reject':
      return councilProblem(action, input) ?? done({ council: input.council ?? null });
    default:
      return done();
  }
}

/** Narrows the result of `applyAction`. */
export function isRefused(result: ActionDone | ActionRefused): result is ActionRefused {
  return 'problem' in result;
}
