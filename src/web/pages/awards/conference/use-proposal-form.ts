import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { formInForce } from '../../../../core/awards/catalogue.ts';
import type { ProposalInput, ProposalView } from '../../../../shared/api/award-proposals.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { reportSaveError } from '../../../components/save-error.ts';
import { AW } from '../labels.ts';
import { today, useCatalogue } from '../shared/use-catalogue.ts';
import type { AwardsConference } from './awards-conference.ts';
import {
  draftProblems,
  initialDraft,
  type ProposalDraft,
  proposalInput,
  withForm,
} from './proposal-draft.ts';
import { usePickable } from './use-pickable.ts';

const F = AW.proposalForm;

/**
 * The proposal form's state: the draft, the forms in force on its date, the server's check of the
 * people picked (after a short pause), saving, and the messages to show. The form itself is layout.
 */
export function useProposalForm({
  conference,
  saved,
  onClose,
  onSaved,
}: {
  conference: AwardsConference;
  saved: ProposalView | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const queryClient = useQueryClient();
  const catalogue = useCatalogue();
  const pickable = usePickable(conference.id, true);
  const [draft, setDraft] = useState<ProposalDraft>(() => initialDraft(saved, conference));
  const set =
    <K extends keyof ProposalDraft>(key: K) =>
    (value: ProposalDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [conflict, setConflict] = useState(false);

  const date = draft.submissionDate ?? today();
  const forms = useMemo(() => {
    const codes = [...new Set(catalogue.current.map((f) => f.code))];
    return codes
      .map((code) => formInForce(catalogue.forms, code, date))
      .filter((f): f is NonNullable<typeof f> => f !== null);
  }, [catalogue.forms, catalogue.current, date]);
  const form = forms.find((f) => f.code === draft.formCode) ?? null;
  /** Another form may need another proposer and another default period (`withForm`). */
  const setFormCode = (code: string | null) =>
    setDraft((d) => withForm(d, forms.find((f) => f.code === code) ?? null, conference.period));
  const setYear = (year: number) =>
    setDraft((d) =>
      withForm({ ...d, year }, forms.find((f) => f.code === d.formCode) ?? null, conference.period),
    );
  const setPeriod = (period: ProposalDraft['period']) =>
    setDraft((d) => ({ ...d, period, periodChosen: true }));
  const sourceOf = useMemo(() => {
    const m = new Map<string, 'delegate' | 'nomination'>();
    for (const p of pickable.delegates) m.set(p.id, 'delegate');
    for (const p of pickable.nominations) m.set(p.id, 'nomination');
    return m;
  }, [pickable.delegates, pickable.nominations]);

  const input = proposalInput(draft, sourceOf);
  const [checked] = useDebouncedValue(input, 400);
  const check = useQuery({
    queryKey: awardKeys.proposalCheck(conference.id, checked),
    queryFn: () => awardApi.checkProposal(conference.id, checked as ProposalInput),
    enabled: checked !== null && checked.items.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const problemsById = useMemo(
    () => new Map((check.data?.items ?? []).map((i) => [i.id, i.problems])),
    [check.data],
  );

  const save = useMutation({
    mutationFn: (body: ProposalInput) =>
      saved
        ? awardApi.updateProposal(saved.id, { ...body, version: saved.version })
        : awardApi.createProposal(conference.id, body),
    onSuccess: async (p) => {
      await queryClient.invalidateQueries({ queryKey: awardKeys.proposals(conference.id) });
      queryClient.setQueryData(awardKeys.proposal(p.id), p);
      notifications.show({ color: 'teal', message: F.saved });
      onSaved(p.id);
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });

  const local = draftProblems(draft);
  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setProblems([]);
    if (local.length > 0 || !input) return;
    save.mutate(input);
  }

  return {
    catalogue,
    pickable,
    draft,
    set,
    setFormCode,
    setYear,
    setPeriod,
    date,
    forms,
    form,
    attempted,
    check,
    problemsById,
    save,
    submit,
    /** The form's own problems once the user tried to save, then the server's. */
    shown: [...(attempted ? local : []), ...problems.map((p) => p.message)],
    conflict,
    closeConflict: () => setConflict(false),
    reloadAfterConflict: async () => {
      setConflict(false);
      if (saved) await queryClient.invalidateQueries({ queryKey: awardKeys.proposal(saved.id) });
      onClose();
    },
  };
}
