/** The proposal form's draft turned into the request, and its own checks: pure, so tested alone. */
import { proposalPeriod } from '../../../../core/awards/period.ts';
import { defaultProposer, SIGNER_TITLES } from '../../../../core/awards/proposer.ts';
import type { AwardForm, AwardPeriod, Proposer, ProposerKind } from '../../../../core/awards/types.ts';
import type { ProposalInput, ProposalView } from '../../../../shared/api/award-proposals.ts';
import { AW } from '../labels.ts';

const F = AW.proposalForm;

export interface ProposalDraft {
  formCode: string | null;
  year: number;
  period: AwardPeriod;
  /** The user set the period (or it was saved): choosing a form or a year no longer changes it. */
  periodChosen: boolean;
  title: string;
  proposer: Proposer;
  /** The number only ("15"); the symbol follows the proposer. */
  submissionNumber: string;
  submissionDate: string | null;
  achievement: string;
  selected: ReadonlySet<string>;
}

/**
 * A new proposal starts with the conference's year and period, proposed by the council's standing
 * body; a saved one with what it holds.
 */
export function initialDraft(
  saved: ProposalView | null,
  conference: { year: number; period: AwardPeriod },
): ProposalDraft {
  const items = saved?.items ?? [];
  const texts = new Set(items.map((i) => i.achievement));
  return {
    formCode: saved?.formCode ?? null,
    year: saved?.year ?? conference.year,
    period: saved?.period ?? { ...conference.period },
    periodChosen: saved !== null,
    title: saved?.title ?? '',
    proposer: saved?.proposer ?? defaultProposer(null),
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
    period: draft.period,
    title: draft.title.trim(),
    proposer: {
      ...draft.proposer,
      // Only a department has its own name and code; the council's and the Ủy ban's follow from the kind.
      name: draft.proposer.kind === 'department' ? draft.proposer.name.trim() : '',
      code: draft.proposer.kind === 'department' ? draft.proposer.code.trim() : '',
      signerName: draft.proposer.signerName.trim(),
    },
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

/** What the form itself refuses before asking the server: no form chosen, nobody picked, a period backwards. */
export function draftProblems(draft: ProposalDraft): string[] {
  const problems: string[] = [];
  if (!draft.formCode) problems.push(F.needForm);
  if (draft.period.from > draft.period.to) problems.push(F.periodBackwards);
  if (draft.selected.size === 0) problems.push(F.needPeople);
  return problems;
}

/** The kinds that may propose a form: the Ủy ban for a form of the city, the council or a department otherwise. */
export function allowedKinds(form: Pick<AwardForm, 'conferredByCommune'> | null): ProposerKind[] {
  return form && !form.conferredByCommune ? ['committee'] : ['council', 'department'];
}

/** The proposer after choosing another kind: a title that body signs with, a department's usual name. */
export function withKind(p: Proposer, kind: ProposerKind): Proposer {
  const titles = SIGNER_TITLES[kind];
  const signerTitle = titles.includes(p.signerTitle)
    ? p.signerTitle
    : kind === 'council'
      ? 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'
      : titles[0];
  const department =
    kind === 'department'
      ? { name: p.name || 'Phòng Văn hóa - Xã hội', code: p.code || 'VHXH' }
      : { name: '', code: '' };
  return { ...p, kind, signerTitle, ...department };
}

/**
 * The draft after choosing a form (or a year): a proposer that may propose it, and, unless the user set
 * the period, the form's default (one year for a title, the plan's period for a form once it has ended).
 */
export function withForm(
  draft: ProposalDraft,
  form: Pick<AwardForm, 'code' | 'category' | 'conferredByCommune'> | null,
  planPeriod: AwardPeriod,
): ProposalDraft {
  const kinds = allowedKinds(form);
  const proposer = kinds.includes(draft.proposer.kind) ? draft.proposer : withKind(draft.proposer, kinds[0]);
  const period = draft.periodChosen || !form ? draft.period : proposalPeriod(planPeriod, form, draft.year);
  return { ...draft, formCode: form?.code ?? null, proposer, period };
}
