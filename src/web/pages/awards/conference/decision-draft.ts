import type { DecisionView, UpdateDecisionBody } from '../../../../shared/api/award-decisions.ts';

export type DecisionItemView = DecisionView['items'][number];

/** What the decision editor changes; the body of PUT /api/award-decisions/:id without the version. */
export type DecisionDraft = Omit<UpdateDecisionBody, 'version' | 'decisionDate'> & {
  decisionDate: string | null;
};

export function draftOf(d: DecisionView): DecisionDraft {
  return {
    decisionNumber: d.number,
    symbol: d.symbol,
    decisionDate: d.date,
    signingPrefix: d.signingPrefix,
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    bases: [...d.bases],
    fundSource: d.fundSource,
    executors: [...d.executors],
    items: d.items.map((i) => ({ id: i.id, achievement: i.achievement })),
  };
}

/** The body to send: blank lines of the lists dropped, text trimmed. */
export function bodyOf(draft: DecisionDraft, version: number): UpdateDecisionBody {
  const lines = (xs: readonly string[]) => xs.map((x) => x.trim()).filter((x) => x !== '');
  return {
    version,
    decisionNumber: draft.decisionNumber.trim(),
    symbol: draft.symbol.trim(),
    decisionDate: draft.decisionDate ?? '',
    signingPrefix: draft.signingPrefix.trim(),
    signerTitle: draft.signerTitle.trim(),
    signerName: draft.signerName.trim(),
    bases: lines(draft.bases),
    fundSource: draft.fundSource.trim(),
    executors: lines(draft.executors),
    items: draft.items.map((i) => ({ id: i.id, achievement: i.achievement.trim() })),
  };
}

export const sameDraft = (a: DecisionDraft, b: DecisionDraft) => JSON.stringify(a) === JSON.stringify(b);

/** The usual signing lines of a commune-level decision (Nghị định 30/2020, Điều 13). */
export const SIGNING_PREFIXES = ['', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'] as const;
export const SIGNER_TITLES = ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] as const;
