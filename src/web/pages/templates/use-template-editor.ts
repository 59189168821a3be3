import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ConferenceTemplate } from '../../../core/conference/template.ts';
import type { Conference, ConferencePlan } from '../../../core/conference/types.ts';
import { type ConferenceTemplateRecord, updateTemplateBodySchema } from '../../../shared/api/conferences.ts';
import type { FieldProblem } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { templateKeys } from '../../api/templates.ts';
import { useSession } from '../../auth/session.tsx';
import { useDraft } from '../../components/form/use-draft.ts';
import { checkWithSchema, problemsByPath } from '../../components/form/validation.ts';
import type { ViewMode } from '../../components/plan-editor/editor-toolbar.tsx';
import { reportSaveError } from '../../components/save-error.ts';
import { TEMPLATES } from './labels.ts';
import { previewConferenceOf, sampleUnit } from './template-preview.ts';

function useSampleUnit() {
  const { units, homeUnitId } = useSession();
  return useMemo(() => sampleUnit(units.values(), homeUnitId), [units, homeUnitId]);
}

/**
 * The template editor's state: the draft and its checks, saving with the version, a conflict,
 * the phone's edit/preview switch, and the plan as a sample commune would get it.
 */
export function useTemplateEditor(record: ConferenceTemplateRecord) {
  const queryClient = useQueryClient();
  const { can, rootUnitId } = useSession();
  const canEdit = can('template.manage', rootUnitId ?? record.ownerUnitId);
  const { draft, setDraft, dirty, reset } = useDraft<ConferenceTemplate>(record.body);
  const [version, setVersion] = useState(record.version);
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [mode, setMode] = useState<ViewMode>('edit');
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  const sample = useSampleUnit();

  const update = useCallback(
    (patch: Partial<ConferenceTemplate>) => setDraft((d) => ({ ...d, ...patch })),
    [setDraft],
  );
  const updatePlan = useCallback(
    (patch: Partial<ConferencePlan>) => setDraft((d) => ({ ...d, plan: { ...d.plan, ...patch } })),
    [setDraft],
  );
  const liveProblems = useMemo(
    () => (attempted ? checkWithSchema(updateTemplateBodySchema, { version, body: draft }) : []),
    [attempted, draft, version],
  );
  const problems = liveProblems.length > 0 ? liveProblems : serverProblems;
  const errors = useMemo(() => problemsByPath(problems), [problems]);

  const save = useMutation({
    mutationFn: () => api.templates.update(record.id, { version, body: draft }),
    onSuccess: (saved) => {
      queryClient.setQueryData(templateKeys.detail(record.id), saved);
      void queryClient.invalidateQueries({ queryKey: templateKeys.list });
      reset(saved.body);
      setVersion(saved.version);
      setAttempted(false);
      setServerProblems([]);
      notifications.show({ color: 'teal', message: TEMPLATES.saved });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setServerProblems }),
  });

  function onSave() {
    setAttempted(true);
    setServerProblems([]);
    if (checkWithSchema(updateTemplateBodySchema, { version, body: draft }).length === 0) save.mutate();
  }

  async function reloadLatest() {
    setConflict(false);
    const fresh = await api.templates.get(record.id);
    queryClient.setQueryData(templateKeys.detail(record.id), fresh);
    reset(fresh.body);
    setVersion(fresh.version);
    setServerProblems([]);
    setAttempted(false);
  }

  const deferred = useDeferredValue(draft);
  const previewConference = useMemo((): Conference | null => {
    return previewConferenceOf(deferred, sample, record, version);
  }, [deferred, sample, record, version]);
  const showEditor = canEdit && (!isPhone || mode === 'edit');
  const showPreview = !canEdit || !isPhone || mode === 'preview';

  return {
    canEdit,
    draft,
    dirty,
    update,
    updatePlan,
    problems,
    errors,
    save,
    onSave,
    conflict,
    closeConflict: () => setConflict(false),
    reloadLatest,
    mode,
    setMode,
    isPhone,
    sample,
    previewConference,
    showEditor,
    showPreview,
  };
}
