import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { DelegateCandidate } from '../../../core/delegation/types.ts';
import { type CompositionInput, compositionInputSchema } from '../../../shared/api/delegation.ts';
import type { FieldProblem } from '../../api/client.ts';
import { delegateApi, delegationKeys } from '../../api/delegation.ts';
import { useSession } from '../../auth/session.tsx';
import { checkWithSchema } from '../../components/form/validation.ts';
import { reportSaveError } from '../../components/save-error.ts';
import type { RowState } from './candidate-parts.tsx';
import {
  rowContext,
  rowState,
  rulesBasis,
  sharesBasis,
  withExcludeToggled,
  withLockToggled,
} from './delegation-view.ts';
import type { GuestTarget } from './guest-drawer.tsx';
import { DEL } from './labels.ts';
import { useDelegationState } from './use-delegation.ts';
import { useValueLabeler } from './value-labels.ts';

export interface DelegationConference {
  id: string;
  unitId: string;
}

/** Which of the tab's dialogs and drawers is open. */
function useDialogs() {
  const [editorOpen, setEditorOpen] = useState(false);
  const [guest, setGuest] = useState<GuestTarget>(null);
  const [importing, setImporting] = useState(false);
  const [apportioning, setApportioning] = useState(false);
  const [approving, setApproving] = useState(false);
  const [conflict, setConflict] = useState(false);
  return {
    editorOpen,
    setEditorOpen,
    guest,
    setGuest,
    importing,
    setImporting,
    apportioning,
    setApportioning,
    approving,
    setApproving,
    conflict,
    setConflict,
  };
}

/**
 * The "Thành phần đại biểu" tab's state: the delegation and its editable draft, the proposal, saving
 * the rules, the open dialogs, and what each part of the screen shows. The tab itself is layout.
 */
export function useDelegationTab(conference: DelegationConference) {
  const { can } = useSession();
  const canEdit = can('conference.manage', conference.unitId);
  const queryClient = useQueryClient();
  const state = useDelegationState(conference.id);
  const { data, draft, setDraft, version, proposal: view } = state;
  const label = useValueLabeler(data?.candidates);
  const dialogs = useDialogs();
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const byId = useMemo(() => new Map((data?.candidates ?? []).map((c) => [c.id, c])), [data]);
  const proposal = view?.proposal ?? null;
  const current = data?.current ?? null;
  const shownIds = proposal?.selected ?? current?.selected ?? null;

  const save = useMutation({
    mutationFn: (body: CompositionInput & { version: number }) =>
      delegateApi.saveComposition(conference.id, body),
    onSuccess: (saved) => {
      state.resetTo(saved);
      setProblems([]);
      void queryClient.invalidateQueries({ queryKey: delegationKeys.delegation(conference.id) });
      notifications.show({ color: 'teal', message: DEL.editor.saved });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => dialogs.setConflict(true), onProblems: setProblems }),
  });
  function onSave() {
    if (!draft) return;
    const local = checkWithSchema(compositionInputSchema, draft);
    setProblems(local);
    if (local.length === 0) save.mutate({ ...draft, version });
  }

  const rows = useMemo(
    () => rowContext(draft, proposal, current?.selected ?? null),
    [draft, proposal, current],
  );
  const stateOf = useCallback((c: DelegateCandidate): RowState => rowState(c.id, rows), [rows]);

  return {
    canEdit,
    state,
    data,
    draft,
    dirty: state.dirty,
    label,
    dialogs,
    problems,
    save,
    onSave,
    byId,
    view,
    proposal,
    current,
    shown: rows.shown,
    stateOf,
    basis: data ? rulesBasis(view, data) : null,
    sharesBasis: sharesBasis(proposal, current?.number ?? null),
    chartDelegates: (shownIds ?? []).map((id) => byId.get(id)).filter((c) => c !== undefined),
    onRules: (rules: CompositionInput['rules']) => setDraft((d) => ({ ...d, rules })),
    onLock: (c: DelegateCandidate) => setDraft((d) => withLockToggled(d, c.id)),
    onExclude: (c: DelegateCandidate) => setDraft((d) => withExcludeToggled(d, c.id)),
  };
}
