import { Grid, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Conference, ConferencePlan } from '../../../core/conference/types.ts';
import { updateConferenceBodySchema } from '../../../shared/api/conferences.ts';
import type { FieldProblem } from '../../api/client.ts';
import { conferenceKeys } from '../../api/conferences.ts';
import { api } from '../../api/endpoints.ts';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { useDraft } from '../../components/form/use-draft.ts';
import { checkWithSchema, problemsByPath } from '../../components/form/validation.ts';
import { formatDateTime } from '../../components/format.ts';
import {
  EditorToolbar,
  PhoneBarSpacer,
  type ViewMode,
} from '../../components/plan-editor/editor-toolbar.tsx';
import { PLAN } from '../../components/plan-editor/labels.ts';
import { PlanPreview } from '../../components/plan-editor/plan-preview.tsx';
import { PlanSections } from '../../components/plan-editor/plan-sections.tsx';
import { reportSaveError } from '../../components/save-error.ts';
import { UnsavedChangesGuard } from '../../components/unsaved-changes-guard.tsx';
import { applyDraftPatch, type ConferenceDraft, toDraft } from './conference-draft.ts';
import { ConferenceGeneralFields, ConferenceSessionFields } from './conference-fields.tsx';

/** The Kế hoạch editor with a live preview beside it (on a phone: one or the other). */
export function PlanTab({ conference, canEdit }: { conference: Conference; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const { draft, setDraft, dirty, reset } = useDraft<ConferenceDraft>(toDraft(conference));
  const [version, setVersion] = useState(conference.version);
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [mode, setMode] = useState<ViewMode>('edit');
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;

  const update = useCallback(
    (patch: Partial<ConferenceDraft>) => setDraft((d) => applyDraftPatch(d, patch)),
    [setDraft],
  );
  const updatePlan = useCallback(
    (patch: Partial<ConferencePlan>) => setDraft((d) => ({ ...d, plan: { ...d.plan, ...patch } })),
    [setDraft],
  );

  // Once the user has tried to save, problems are re-checked as they type so they see each one go.
  const liveProblems = useMemo(
    () => (attempted ? checkWithSchema(updateConferenceBodySchema, { ...draft, version }) : []),
    [attempted, draft, version],
  );
  const problems = liveProblems.length > 0 ? liveProblems : serverProblems;
  const errors = useMemo(() => problemsByPath(problems), [problems]);

  const save = useMutation({
    mutationFn: () => api.conferences.update(conference.id, { ...draft, version }),
    onSuccess: (saved) => {
      queryClient.setQueryData(conferenceKeys.detail(conference.id), saved);
      void queryClient.invalidateQueries({ queryKey: conferenceKeys.lists });
      reset(toDraft(saved));
      setVersion(saved.version);
      setAttempted(false);
      setServerProblems([]);
      setSavedAt(formatDateTime(new Date().toISOString()).slice(11));
      notifications.show({ color: 'teal', message: PLAN.toolbar.saved });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setServerProblems }),
  });

  function onSave() {
    setAttempted(true);
    setServerProblems([]);
    if (checkWithSchema(updateConferenceBodySchema, { ...draft, version }).length > 0) return;
    save.mutate();
  }

  async function reloadLatest() {
    setConflict(false);
    const fresh = await api.conferences.get(conference.id);
    queryClient.setQueryData(conferenceKeys.detail(conference.id), fresh);
    reset(toDraft(fresh));
    setVersion(fresh.version);
    setServerProblems([]);
    setAttempted(false);
  }

  const deferredDraft = useDeferredValue(draft);
  const previewConference = useMemo(() => ({ ...conference, ...deferredDraft }), [conference, deferredDraft]);
  const showEditor = canEdit && (!isPhone || mode === 'edit');
  const showPreview = !canEdit || !isPhone || mode === 'preview';

  return (
    <Stack gap="md">
      <UnsavedChangesGuard dirty={dirty} />
      <EditorToolbar
        conferenceId={conference.id}
        canEdit={canEdit}
        dirty={dirty}
        saving={save.isPending}
        savedAt={savedAt}
        onSave={onSave}
        problems={problems}
        mode={canEdit && isPhone ? mode : null}
        onMode={setMode}
      />
      {!canEdit && <PlanReadOnlyNote />}
      <Grid gap="md">
        {showEditor && (
          <Grid.Col span={{ base: 12, md: 6 }} className="vd-no-print">
            <PlanSections
              plan={draft.plan}
              onPlan={updatePlan}
              errors={errors}
              prefix="plan"
              general={<ConferenceGeneralFields draft={draft} onChange={update} errors={errors} />}
              sessionFields={<ConferenceSessionFields draft={draft} onChange={update} errors={errors} />}
            />
          </Grid.Col>
        )}
        {showPreview && (
          <Grid.Col span={{ base: 12, md: canEdit ? 6 : 12 }}>
            <div className={canEdit ? 'vd-sticky-md vd-preview-column' : undefined}>
              <PlanPreview conference={previewConference} />
            </div>
          </Grid.Col>
        )}
      </Grid>
      {canEdit && isPhone && <PhoneBarSpacer />}
      <ConflictModal opened={conflict} onClose={() => setConflict(false)} onReload={reloadLatest} />
    </Stack>
  );
}

function PlanReadOnlyNote() {
  return (
    <p style={{ margin: 0 }} className="vd-no-print">
      {PLAN.toolbar.readOnly}
    </p>
  );
}
