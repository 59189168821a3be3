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

/** One line's money as worked out on the screen, or null where it cannot be priced yet. */
export interface LinePrice {
  coefficient: number | null;
  amount: number | null;
}

/**
 * The draft's lines in order, each with the money to show: the screen's own pricing while the draft
 * is edited (its date may have changed the base salary), the decision's saved money otherwise.
 */
export function pricedLines(
  draft: DecisionDraft,
  items: readonly DecisionItemView[],
  preview: { lines: ReadonlyArray<LinePrice | null> } | null,
): Array<{ item: DecisionItemView; achievement: string } & LinePrice> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const kept = draft.items.flatMap((d) => {
    const item = byId.get(d.id);
    return item ? [{ item, achievement: d.achievement }] : [];
  });
  return kept.map((l, i) => ({
    ...l,
    coefficient: preview ? (preview.lines[i]?.coefficient ?? null) : l.item.coefficient,
    amount: preview ? (preview.lines[i]?.amount ?? null) : l.item.amount,
  }));
}

/** The server's problems that belong to no field shown next to it (they are listed above the form). */
export function generalProblems<P extends { path: string }>(problems: readonly P[]): P[] {
  return problems.filter((p) => !['decisionNumber', 'symbol', 'decisionDate'].includes(p.path));
}
