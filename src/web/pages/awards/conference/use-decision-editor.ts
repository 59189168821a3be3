import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DecisionView } from '../../../../shared/api/award-decisions.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { useSession } from '../../../auth/session.tsx';
import { problemsByPath } from '../../../components/form/validation.ts';
import { reportSaveError } from '../../../components/save-error.ts';
import { AW } from '../labels.ts';
import { previewMoney } from '../shared/award-math.ts';
import { useCatalogue } from '../shared/use-catalogue.ts';
import type { AwardsConference } from './awards-conference.ts';
import {
  bodyOf,
  type DecisionDraft,
  draftOf,
  generalProblems,
  pricedLines,
  sameDraft,
} from './decision-draft.ts';
import type { PricedLine } from './decision-items.tsx';

const E = AW.decision;
export type Asking = 'approve' | 'replace' | 'remove' | null;

/**
 * The decision editor's state: the draft against the saved decision, who may edit, approve or
 * replace it, the money priced live, saving, the approve/replace/remove actions and a conflict.
 */
export function useDecisionEditor({
  conference,
  decision,
  onDirty,
  onClose,
  onOpen,
}: {
  conference: AwardsConference;
  decision: DecisionView;
  onDirty: (dirty: boolean) => void;
  onClose: () => void;
  onOpen: (id: string) => void;
}) {
  const { can } = useSession();
  const queryClient = useQueryClient();
  const catalogue = useCatalogue();
  const [base, setBase] = useState(() => draftOf(decision));
  const [draft, setDraft] = useState<DecisionDraft>(base);
  const [version, setVersion] = useState(decision.version);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [asking, setAskingState] = useState<Asking>(null);
  /** The unverified values ticked in the approval dialog (cleared each time it opens). */
  const [ticked, setTicked] = useState<string[]>([]);
  const setAsking = (what: Asking) => {
    if (what === 'approve') setTicked([]);
    setAskingState(what);
  };
  const editable = decision.state === 'draft' && can('nomination.review', conference.unitId);
  const canApprove = decision.state === 'draft' && can('conference.approve', conference.unitId);
  const canReplace =
    decision.state === 'approved' &&
    decision.replacedBy === null &&
    can('nomination.review', conference.unitId);
  const dirty = editable && !sameDraft(draft, base);
  useEffect(() => onDirty(dirty), [onDirty, dirty]);
  const set = (patch: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...patch }));

  // A newer version from the server (after approval, or someone else's save) replaces an untouched draft.
  useEffect(() => {
    if (decision.version === version) return;
    const fresh = draftOf(decision);
    setBase(fresh);
    setDraft((d) => (sameDraft(d, base) ? fresh : d));
    setVersion(decision.version);
  }, [decision, version, base]);

  const kinds = draft.items.flatMap((d) => {
    const item = decision.items.find((i) => i.id === d.id);
    return item ? [item.subject.kind] : [];
  });
  const preview =
    editable && catalogue.ready
      ? previewMoney(catalogue.forms, catalogue.salaries, decision.formCode, draft.decisionDate ?? '', kinds)
      : null;
  const lines: PricedLine[] = pricedLines(draft, decision.items, preview);
  const total = preview ? preview.total : decision.total;

  /** The saved decision becomes both the base and the draft. */
  const resetTo = (d: DecisionView) => {
    const fresh = draftOf(d);
    setBase(fresh);
    setDraft(fresh);
    setVersion(d.version);
  };
  const refresh = (d?: DecisionView) => {
    if (d) queryClient.setQueryData(awardKeys.decision(d.id), d);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: awardKeys.decisions(conference.id) }),
      queryClient.invalidateQueries({ queryKey: awardKeys.proposals(conference.id) }),
      queryClient.invalidateQueries({ queryKey: awardKeys.proposalDetails }),
      queryClient.invalidateQueries({ queryKey: awardKeys.records }),
    ]);
  };
  const save = useMutation({
    mutationFn: () => awardApi.updateDecision(decision.id, bodyOf(draft, version)),
    onSuccess: async (d) => {
      resetTo(d);
      setProblems([]);
      await refresh(d);
      notifications.show({ color: 'teal', message: E.saved });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });
  const act = useMutation({
    mutationFn: (what: Exclude<Asking, null>) =>
      what === 'approve'
        ? awardApi.approveDecision(decision.id, version, ticked)
        : what === 'replace'
          ? awardApi.replaceDecision(decision.id, version)
          : awardApi.removeDecision(decision.id, version).then(() => null),
    onSuccess: async (d, what) => {
      setAsking(null);
      if (what === 'remove') {
        onClose();
        await refresh();
        notifications.show({ color: 'teal', message: E.removed });
        return;
      }
      await refresh(d ?? undefined);
      if (what === 'approve') notifications.show({ color: 'teal', message: E.approved });
      if (what === 'replace' && d) {
        notifications.show({ color: 'teal', message: E.replaceCreated });
        onOpen(d.id);
      }
    },
  });

  return {
    catalogue,
    draft,
    set,
    discard: () => setDraft(base),
    editable,
    canApprove,
    canReplace,
    dirty,
    preview,
    lines,
    total,
    save,
    act,
    asking,
    setAsking,
    ticked,
    setTicked,
    errors: problemsByPath(problems),
    general: generalProblems(problems),
    conflict,
    closeConflict: () => setConflict(false),
    reloadAfterConflict: async () => {
      setConflict(false);
      const fresh = await awardApi.decision(decision.id);
      resetTo(fresh);
      queryClient.setQueryData(awardKeys.decision(fresh.id), fresh);
    },
  };
}
