import { Alert, Box, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import type { NominationSettings } from '../../../../core/nominations/types.ts';
import { canEdit } from '../../../../core/nominations/workflow.ts';
import type { NominationInputBody, NominationRecord } from '../../../../shared/api/nominations.ts';
import type { Unit } from '../../../../shared/api/units.ts';
import type { ReferenceLists } from '../../../api/nominations.ts';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { LabelledSegments } from '../../../components/form/choice-fields.tsx';
import { formatDate, formatDateTime } from '../../../components/format.ts';
import { NominationAwardHistory } from '../../awards/history/person-history.tsx';
import { NOM } from '../labels.ts';
import { StateBadge, VoteShare } from '../nomination-badges.tsx';
import { ActionButtons } from '../nomination-row-parts.tsx';
import type { RowAction } from '../row-actions.ts';
import { shareLine } from '../vote-text.ts';
import { AttachmentFields } from './attachment-fields.tsx';
import { AchievementFields, ClassificationFields } from './classification-fields.tsx';
import { IdentityFields } from './identity-fields.tsx';
import { FORM } from './labels.ts';
import { PersonalFields } from './personal-fields.tsx';
import { useNominationEditor } from './use-nomination-editor.ts';
import { VoteFields } from './vote-fields.tsx';

export interface EditorProps {
  conferenceId: string;
  saved: NominationRecord | null;
  initial: NominationInputBody;
  reference: ReferenceLists | undefined;
  settings: NominationSettings;
  unitChoices: readonly Unit[];
  /** The workflow buttons this user has on the saved nomination. */
  actions: RowAction[];
  busy: boolean;
  onAction: (n: NominationRecord, action: RowAction) => void;
  onSaved: (record: NominationRecord, created: boolean) => void;
  onDirty: (dirty: boolean) => void;
}

/** After a refused save, the first field with a problem gets the focus (and scrolls into view). */
function focusFirstProblem() {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('.mantine-Drawer-body [aria-invalid="true"]')?.focus(),
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section">
      <Title order={3} size="h5" mb="xs" c="brand.9">
        {title}
      </Title>
      {children}
    </Box>
  );
}

/** The whole nomination: editable in Nháp and Trả lại, read-only after; workflow buttons at the foot. */
export function NominationEditor(props: EditorProps) {
  const { conferenceId, saved, reference, settings, unitChoices, actions, busy, onAction } = props;
  const submitAfterSave = useRef(false);
  const editor = useNominationEditor({
    conferenceId,
    saved,
    initial: props.initial,
    reference,
    onSaved: (record, created) => {
      props.onSaved(record, created);
      if (submitAfterSave.current) onAction(record, 'submit');
      submitAfterSave.current = false;
    },
  });
  const { draft, set, errors, dirty } = editor;
  const readOnly = saved !== null && !canEdit(saved.state);
  const section = { draft, set, errors, readOnly, reference };
  const { onDirty } = props;
  useEffect(() => onDirty(dirty), [onDirty, dirty]);
  const canSubmit = saved === null || actions.includes('submit');
  const otherActions = actions.filter((a) => !(dirty && a === 'submit'));

  return (
    <Stack gap="lg" pb={96}>
      {saved && (
        <Group gap="xs">
          <StateBadge state={saved.state} />
          {saved.submittedAt && <Text size="sm">{FORM.submittedAt(formatDateTime(saved.submittedAt))}</Text>}
        </Group>
      )}
      {saved?.state === 'returned' && saved.returnReason && (
        <Alert color="orange" variant="light" title={NOM.returnedBy} role="alert">
          <Text fw={600}>{saved.returnReason}</Text>
          <Text size="sm" mt={4}>
            {NOM.returnedFix}
          </Text>
        </Alert>
      )}
      {readOnly && <Text size="sm">{FORM.readOnly}</Text>}
      {saved && saved.duplicateOf.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={NOM.duplicate(saved.duplicateOf.map((d) => `số ${d.number}`).join(', '))}
        >
          {NOM.duplicateHint}
        </Alert>
      )}
      {saved?.council && (
        <Paper withBorder p="sm">
          <Text fw={600}>{FORM.council}</Text>
          <Text size="sm">
            {FORM.councilLine(
              formatDate(saved.council.meetingDate),
              shareLine(
                saved.council.inFavour,
                settings.council.base === 'members' ? saved.council.members : saved.council.present,
              ),
            )}
          </Text>
        </Paper>
      )}
      {!saved && (
        <LabelledSegments
          label={FORM.kind}
          value={draft.kind}
          data={[
            { value: 'individual', label: FORM.kindOptions.individual },
            { value: 'collective', label: FORM.kindOptions.collective },
          ]}
          onChange={(kind) => set({ kind })}
          readOnly={false}
        />
      )}
      <Section title={FORM.sections.identity}>
        <IdentityFields {...section} />
      </Section>
      <Section title={FORM.sections.classification}>
        <ClassificationFields {...section} unitChoices={unitChoices} />
      </Section>
      <Section title={FORM.sections.achievements}>
        <AchievementFields {...section} />
      </Section>
      {saved && <NominationAwardHistory nominationId={saved.id} />}
      <Section title={FORM.sections.vote}>
        {readOnly && saved ? (
          <VoteShare nomination={saved} />
        ) : (
          <VoteFields {...section} threshold={settings.grassroots} />
        )}
      </Section>
      <Section title={FORM.sections.attachments}>
        <AttachmentFields saved={saved} readOnly={readOnly} />
      </Section>
      <Section title={FORM.sections.personal}>
        <PersonalFields {...section} saved={saved} />
      </Section>
      {editor.problems.length > 0 && (
        <Alert color="red" variant="light" title={FORM.invalid} role="alert">
          <List size="sm" spacing={2}>
            {editor.problems.map((p) => (
              <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper
        withBorder
        shadow="sm"
        p="sm"
        pos="sticky"
        bottom={0}
        style={{ zIndex: 3 }}
        role="region"
        aria-label={NOM.colActions}
      >
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            {!readOnly && (
              <Button
                onClick={() => editor.trySave() || focusFirstProblem()}
                loading={editor.save.isPending && !submitAfterSave.current}
              >
                {FORM.save}
              </Button>
            )}
            {!readOnly && dirty && canSubmit && (
              <Button
                variant="outline"
                loading={editor.save.isPending && submitAfterSave.current}
                onClick={() => {
                  submitAfterSave.current = editor.trySave();
                  if (!submitAfterSave.current) focusFirstProblem();
                }}
              >
                {FORM.saveAndSubmit}
              </Button>
            )}
            {saved && (
              <ActionButtons
                nomination={saved}
                actions={otherActions}
                busy={busy}
                onAction={(a) => onAction(saved, a)}
              />
            )}
          </Group>
          {dirty && (
            <Text size="sm" fw={700} c="#8a3b00" role="status">
              {FORM.unsaved}
            </Text>
          )}
        </Group>
      </Paper>
      <ConflictModal
        opened={editor.conflict}
        onClose={() => editor.setConflict(false)}
        onReload={editor.reloadLatest}
      />
    </Stack>
  );
}
