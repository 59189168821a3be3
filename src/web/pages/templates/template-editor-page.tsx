import { Alert, Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { instantiateTemplate } from '../../../core/conference/instantiate.ts';
import type { ConferenceTemplate } from '../../../core/conference/template.ts';
import type { Conference, ConferencePlan } from '../../../core/conference/types.ts';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { type ConferenceTemplateRecord, updateTemplateBodySchema } from '../../../shared/api/conferences.ts';
import type { FieldProblem } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { templateKeys, useTemplate } from '../../api/templates.ts';
import { useSession } from '../../auth/session.tsx';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { useDraft } from '../../components/form/use-draft.ts';
import { checkWithSchema, problemsByPath } from '../../components/form/validation.ts';
import {
  EditorToolbar,
  PhoneBarSpacer,
  type ViewMode,
} from '../../components/plan-editor/editor-toolbar.tsx';
import { PlanPreview } from '../../components/plan-editor/plan-preview.tsx';
import { PlanSections } from '../../components/plan-editor/plan-sections.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { reportSaveError } from '../../components/save-error.ts';
import { Tag } from '../../components/tag.tsx';
import { UnsavedChangesGuard } from '../../components/unsaved-changes-guard.tsx';
import { TEMPLATES } from './labels.ts';
import { TemplateGeneralFields, TemplateSessionFields } from './template-fields.tsx';

export function TemplateEditorPage() {
  const { templateId = '' } = useParams();
  const query = useTemplate(templateId);
  if (!query.data)
    return <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />;
  return <TemplateEditor key={query.data.id} record={query.data} />;
}

/** A commune to show the template with, as if it created a conference: the user's own, or the first. */
function useSampleUnit() {
  const { units, homeUnitId } = useSession();
  return useMemo(() => {
    const communes = [...units.values()].filter((u) => u.kind === 'commune');
    const own = communes.find((u) => u.id === homeUnitId);
    const unit = own ?? communes.sort((a, b) => compareVietnamese(a.fullName, b.fullName))[0];
    return unit
      ? { typeLabel: unit.typeLabel.toLocaleLowerCase('vi'), name: unit.name, fullName: unit.fullName }
      : { typeLabel: 'xã', name: 'Mẫu', fullName: 'Xã Mẫu' };
  }, [units, homeUnitId]);
}

function TemplateEditor({ record }: { record: ConferenceTemplateRecord }) {
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
    try {
      const made = instantiateTemplate(deferred, sample);
      const stamp = record.updatedAt;
      return {
        ...made,
        id: record.id,
        unitId: '',
        status: 'draft',
        version,
        createdAt: stamp,
        updatedAt: stamp,
      };
    } catch {
      return null;
    }
  }, [deferred, sample, record, version]);
  const showEditor = canEdit && (!isPhone || mode === 'edit');
  const showPreview = !canEdit || !isPhone || mode === 'preview';

  return (
    <Stack gap="md">
      <UnsavedChangesGuard dirty={dirty} />
      <div>
        <Anchor component={Link} to="/templates" size="sm">
          ← {TEMPLATES.back}
        </Anchor>
        <Group gap="sm" mt={4}>
          <Title order={1} size="h2">
            {record.title}
          </Title>
          {record.isDefault && <Tag tone="gold">{TEMPLATES.isDefault}</Tag>}
        </Group>
      </div>
      {!canEdit && <Alert color="blue">{TEMPLATES.noPermission}</Alert>}
      <EditorToolbar
        canEdit={canEdit}
        dirty={dirty}
        saving={save.isPending}
        savedAt={null}
        onSave={onSave}
        problems={problems}
        mode={canEdit && isPhone ? mode : null}
        onMode={setMode}
      />
      <Grid gap="md">
        {showEditor && (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="md">
              <Alert color="gold" variant="light" title={TEMPLATES.tokensTitle}>
                <Text size="sm">{TEMPLATES.tokensText}</Text>
              </Alert>
              <PlanSections
                plan={draft.plan}
                onPlan={updatePlan}
                errors={errors}
                prefix="body.plan"
                general={<TemplateGeneralFields body={draft} onChange={update} errors={errors} />}
                sessionFields={<TemplateSessionFields body={draft} onChange={update} errors={errors} />}
              />
            </Stack>
          </Grid.Col>
        )}
        {showPreview && previewConference && (
          <Grid.Col span={{ base: 12, md: canEdit ? 6 : 12 }}>
            <div className={canEdit ? 'vd-sticky-md vd-preview-column' : undefined}>
              <Text size="sm" mb="xs" fw={600}>
                {TEMPLATES.previewFor(sample.fullName)}
              </Text>
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
