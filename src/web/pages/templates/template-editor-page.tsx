import { Alert, Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { ConferenceTemplateRecord } from '../../../shared/api/conferences.ts';
import { useTemplate } from '../../api/templates.ts';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { EditorToolbar, PhoneBarSpacer } from '../../components/plan-editor/editor-toolbar.tsx';
import { PlanPreview } from '../../components/plan-editor/plan-preview.tsx';
import { PlanSections } from '../../components/plan-editor/plan-sections.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { UnsavedChangesGuard } from '../../components/unsaved-changes-guard.tsx';
import { TEMPLATES } from './labels.ts';
import { TemplateGeneralFields, TemplateSessionFields } from './template-fields.tsx';
import { useTemplateEditor } from './use-template-editor.ts';

export function TemplateEditorPage() {
  const { templateId = '' } = useParams();
  const query = useTemplate(templateId);
  if (!query.data)
    return <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />;
  return <TemplateEditor key={query.data.id} record={query.data} />;
}

function TemplateEditor({ record }: { record: ConferenceTemplateRecord }) {
  const ed = useTemplateEditor(record);
  const { canEdit, draft, dirty, update, updatePlan, problems, errors, save, onSave, mode, isPhone } = ed;
  const { sample, previewConference, showEditor, showPreview } = ed;

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
        onMode={ed.setMode}
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
      <ConflictModal opened={ed.conflict} onClose={ed.closeConflict} onReload={ed.reloadLatest} />
    </Stack>
  );
}
