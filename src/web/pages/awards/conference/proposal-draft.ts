/** The proposal form's draft turned into the request, and its own checks: pure, so tested alone. */
import type { ProposalInput, ProposalView } from '../../../../shared/api/award-proposals.ts';
import { AW } from '../labels.ts';

const F = AW.proposalForm;

export interface ProposalDraft {
  formCode: string | null;
  year: number;
  title: string;
  submissionNumber: string;
  submissionDate: string | null;
  achievement: string;
  selected: ReadonlySet<string>;
}

/** A new proposal starts with the conference's year; a saved one with what it holds. */
export function initialDraft(saved: ProposalView | null, conferenceYear: number): ProposalDraft {
  const items = saved?.items ?? [];
  const texts = new Set(items.map((i) => i.achievement));
  return {
    formCode: saved?.formCode ?? null,
    year: saved?.year ?? conferenceYear,
    title: saved?.title ?? '',
    submissionNumber: saved?.submissionNumber ?? '',
    submissionDate: saved?.submissionDate ?? null,
    // One shared achievement text is shown for editing; different texts per person are kept as they are.
    achievement: texts.size === 1 ? [...texts][0] : '',
    selected: new Set(items.map((i) => i.nominationId).filter((id): id is string => id !== null)),
  };
}

/**
 * The request for the draft, or null before a form is chosen. Only people still pickable are sent,
 * each with where they come from (the approved delegate list, or a council-approved nomination).
 */
export function proposalInput(
  draft: ProposalDraft,
  sourceOf: ReadonlyMap<string, 'delegate' | 'nomination'>,
): ProposalInput | null {
  if (!draft.formCode) return null;
  const achievement = draft.achievement.trim();
  return {
    formCode: draft.formCode,
    year: draft.year,
    title: draft.title.trim(),
    submissionNumber: draft.submissionNumber.trim(),
    submissionDate: draft.submissionDate,
    items: [...draft.selected]
      .filter((id) => sourceOf.has(id))
      .map((id) => ({
        source: sourceOf.get(id) ?? 'delegate',
        id,
        ...(achievement ? { achievement } : {}),
      })),
  };
}

/** What the form itself refuses before asking the server: no form chosen, nobody picked. */
export function draftProblems(draft: ProposalDraft): string[] {
  const problems: string[] = [];
  if (!draft.formCode) problems.push(F.needForm);
  if (draft.selected.size === 0) problems.push(F.needPeople);
  return problems;
}
