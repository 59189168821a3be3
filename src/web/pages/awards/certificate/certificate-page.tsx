import { Alert, Button, FileInput, Grid, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CertificateField } from '../../../../core/awards/types.ts';
import type { CertificateTemplateView } from '../../../../shared/api/award-decisions.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import type { FieldProblem } from '../../../api/client.ts';
import { api } from '../../../api/endpoints.ts';
import { useSession } from '../../../auth/session.tsx';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { reportSaveError } from '../../../components/save-error.ts';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { UnsavedChangesGuard } from '../../../components/unsaved-changes-guard.tsx';
import { DownloadButtons } from '../shared/download-buttons.tsx';
import { decisionTitle } from '../shared/state-tags.tsx';
import { useUnitChoices } from '../shared/use-catalogue.ts';
import { CertificatePreview } from './certificate-preview.tsx';
import { FieldEditor, FieldTable } from './field-editor.tsx';
import { CERT } from './labels.ts';

const READ = ['conference.read', 'template.manage'] as const;
type Key = CertificateField['key'];
interface Draft {
  backgroundFileId: string | null;
  fields: CertificateField[];
}
const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/** The newest approved decision of the unit, to print its real certificates as a sample. */
function useSampleDecision(unitId: string | null) {
  return useQuery({
    queryKey: awardKeys.sampleDecision(unitId),
    enabled: unitId !== null,
    queryFn: async () => {
      const { conferences } = await api.conferences.list(unitId ?? undefined);
      const lists = await Promise.all(
        conferences.map((c) => awardApi.decisions(c.id).catch(() => ({ decisions: [] }))),
      );
      const approved = lists
        .flatMap((l) => l.decisions)
        .filter((d) => d.state === 'approved' && d.replacedBy === null)
        .sort((a, b) => b.date.localeCompare(a.date));
      return approved[0] ?? null;
    },
  });
}

/** "Mẫu giấy khen": where each line and the QR code go on the unit's certificates, and the background. */
export function CertificatePage() {
  const { can } = useSession();
  const choices = useUnitChoices(READ);
  const [unitId, setUnitId] = useState<string | null>(null);
  const unit = unitId ?? choices.defaultUnitId;
  const canEdit = unit !== null && can('template.manage', unit);
  const query = useQuery({
    queryKey: awardKeys.certificateTemplate(unit),
    queryFn: () => awardApi.template(unit ?? ''),
    enabled: unit !== null,
  });
  const sample = useSampleDecision(unit);
  const [saved, setSaved] = useState<CertificateTemplateView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [selected, setSelected] = useState<Key | null>('name');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [file, setFile] = useState<File | null>(null);

  useEffect(() => {
    if (!query.data) return;
    setSaved(query.data);
    setDraft({ backgroundFileId: query.data.backgroundFileId, fields: query.data.fields });
  }, [query.data]);

  const base: Draft | null = saved
    ? { backgroundFileId: saved.backgroundFileId, fields: saved.fields }
    : null;
  const dirty = draft !== null && base !== null && !same(draft, base);
  const adopt = (t: CertificateTemplateView, keepFields: boolean) => {
    setSaved(t);
    setDraft((d) => ({
      backgroundFileId: t.backgroundFileId,
      fields: keepFields && d ? d.fields : t.fields,
    }));
    setProblems([]);
  };
  const save = useMutation({
    mutationFn: () =>
      awardApi.saveTemplate(unit ?? '', {
        version: saved?.version ?? 0,
        backgroundFileId: draft?.backgroundFileId ?? null,
        fields: draft?.fields ?? [],
      }),
    onSuccess: (t) => {
      adopt(t, false);
      notifications.show({ color: 'teal', message: CERT.saved });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });
  const upload = useMutation({
    mutationFn: (f: File) => awardApi.uploadBackground(unit ?? '', f, saved?.version ?? 0),
    onSuccess: (t) => {
      adopt(t, true);
      setFile(null);
      notifications.show({ color: 'teal', message: CERT.uploaded });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });

  if (!unit || !draft || !saved)
    return (
      <QueryState
        isPending={query.isPending || unit === null}
        error={query.error}
        onRetry={() => query.refetch()}
      />
    );
  const field = draft.fields.find((f) => f.key === selected) ?? null;
  const patch = (key: Key, p: Partial<CertificateField>) =>
    setDraft((d) => (d ? { ...d, fields: d.fields.map((f) => (f.key === key ? { ...f, ...p } : f)) } : d));
  const background = draft.backgroundFileId ? awardApi.backgroundUrl(unit, draft.backgroundFileId) : null;

  return (
    <Stack gap="md">
      {canEdit && <UnsavedChangesGuard dirty={dirty} />}
      <div>
        <Title order={1} size="h2">
          {CERT.title}
        </Title>
        <Text maw={960} mt={4}>
          {CERT.intro}
        </Text>
      </div>
      <Group align="flex-end" gap="sm">
        <UnitSelect
          units={choices.units}
          label={CERT.unit}
          value={unit}
          onChange={(v) => v && setUnitId(v)}
          allowDeselect={false}
          w={360}
          maw="100%"
        />
      </Group>
      {saved.version === 0 && (
        <Alert color="blue" variant="light">
          {CERT.builtIn}
        </Alert>
      )}
      {!canEdit && <Text size="sm">{CERT.readOnly}</Text>}
      {canEdit && (
        <Paper withBorder p="sm" className="vd-sticky-toolbar" role="region" aria-label={CERT.title}>
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Button
                onClick={() => save.mutate()}
                loading={save.isPending}
                disabled={!dirty && saved.version > 0}
              >
                {CERT.save}
              </Button>
              {dirty && (
                <Button variant="default" onClick={() => adopt(saved, false)}>
                  {CERT.discard}
                </Button>
              )}
              {dirty && (
                <Text size="sm" fw={700} c="#8a3b00" role="status">
                  {CERT.unsaved}
                </Text>
              )}
            </Group>
            <Stack gap={2} maw={520}>
              <DownloadButtons
                items={[
                  {
                    url: sample.data ? awardApi.certificatesUrl(sample.data.id) : '#',
                    label: CERT.preview,
                    aria: CERT.previewAria,
                    fileName: 'giay-khen-xem-thu.pdf',
                    disabled: !sample.data || dirty,
                  },
                ]}
              />
              <Text size="xs" c="gray.8">
                {dirty
                  ? CERT.previewSaveFirst
                  : sample.data
                    ? CERT.previewNote(decisionTitle(sample.data))
                    : CERT.previewNone}
              </Text>
            </Stack>
          </Group>
        </Paper>
      )}
      {problems.length > 0 && (
        <ApiErrorAlert error={new Error(problems.map((p) => p.message).join(' '))} title={CERT.invalid} />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <CertificatePreview
            fields={draft.fields}
            backgroundUrl={background}
            selected={selected}
            onSelect={setSelected}
            onMove={(key, x, y) => patch(key, { x, y })}
            readOnly={!canEdit}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="sm">
            <FieldEditor field={field} onChange={(p) => field && patch(field.key, p)} readOnly={!canEdit} />
            {canEdit && (
              <Paper withBorder p="sm">
                <Stack gap="xs">
                  <FileInput
                    label={CERT.background}
                    description={CERT.backgroundHint}
                    placeholder={CERT.backgroundPlaceholder}
                    styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
                    accept="image/png,image/jpeg"
                    value={file}
                    onChange={(f) => {
                      setFile(f);
                      if (f) upload.mutate(f);
                    }}
                    disabled={upload.isPending}
                  />
                  {upload.isPending && <Progress value={100} animated striped aria-label={CERT.uploading} />}
                  {draft.backgroundFileId && (
                    <Button
                      variant="default"
                      size="compact-sm"
                      w="fit-content"
                      onClick={() => setDraft({ ...draft, backgroundFileId: null })}
                    >
                      {CERT.removeBackground}
                    </Button>
                  )}
                </Stack>
              </Paper>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <Paper
        withBorder
        p="sm"
        component="section"
        aria-label={CERT.allFields}
        style={{ overflowX: 'auto' }}
        tabIndex={0}
      >
        <FieldTable fields={draft.fields} selected={selected} onSelect={setSelected} />
      </Paper>
      <ConflictModal
        opened={conflict}
        onClose={() => setConflict(false)}
        onReload={async () => {
          setConflict(false);
          const fresh = await query.refetch();
          if (fresh.data) adopt(fresh.data, false);
        }}
      />
    </Stack>
  );
}
