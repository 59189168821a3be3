import { Alert, Box, Button, Group, List, Paper, SegmentedControl, Text } from '@mantine/core';
import type { FieldProblem } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { PLAN } from './labels.ts';

const T = PLAN.toolbar;

export type ViewMode = 'edit' | 'preview';

interface Props {
  /** When given, the plan's DOCX and PDF can be downloaded and printed. */
  conferenceId?: string;
  canEdit: boolean;
  dirty: boolean;
  saving: boolean;
  savedAt: string | null;
  onSave: () => void;
  problems: readonly FieldProblem[];
  /** Set only on a phone, where editor and preview cannot sit side by side. */
  mode: ViewMode | null;
  onMode: (mode: ViewMode) => void;
}

/**
 * Save, status, downloads and print. On a wide screen it stays in view above the editor; on a phone
 * the save button and the editor/preview switch sit in a bar fixed to the bottom of the screen.
 */
/** Room at the end of the page so the phone bar does not cover the last fields. */
export function PhoneBarSpacer() {
  return <Box h={130} aria-hidden="true" />;
}

export function EditorToolbar(props: Props) {
  const { conferenceId, canEdit, dirty, saving, savedAt, onSave, problems, mode, onMode } = props;
  const status = saving ? T.saving : dirty ? T.dirty : savedAt ? T.savedAt(savedAt) : T.clean;
  const phone = mode !== null;
  const saveGroup = canEdit && (
    <Group gap="sm" wrap="nowrap">
      <Button onClick={onSave} loading={saving} disabled={!dirty && !saving}>
        {T.save}
      </Button>
      <Text size="sm" fw={dirty ? 700 : 400} c={dirty ? '#8a3b00' : 'teal.9'} role="status">
        {status}
      </Text>
    </Group>
  );
  const topBarEmpty = phone && !conferenceId && problems.length === 0;
  return (
    <>
      {!topBarEmpty && (
        <Paper
          withBorder
          p="sm"
          className={phone ? 'vd-no-print' : 'vd-no-print vd-sticky-toolbar'}
          role="region"
          aria-label={T.toolbar}
        >
          <Group justify="space-between" gap="sm">
            {!phone && saveGroup}
            {conferenceId && (
              <Group gap="xs">
                <Button
                  component="a"
                  href={api.conferences.planDocxUrl(conferenceId)}
                  download
                  variant="default"
                  size="sm"
                >
                  {T.downloadDocx}
                </Button>
                <Button
                  component="a"
                  href={api.conferences.planPdfUrl(conferenceId)}
                  download
                  variant="default"
                  size="sm"
                >
                  {T.downloadPdf}
                </Button>
                <Button variant="default" size="sm" onClick={() => window.print()} visibleFrom="md">
                  {T.print}
                </Button>
              </Group>
            )}
          </Group>
          {conferenceId && canEdit && dirty && (
            <Text size="xs" c="dimmed" mt={4}>
              {T.downloadNote}
            </Text>
          )}
          {problems.length > 0 && (
            <Alert color="red" variant="light" mt="sm" title={T.invalid} role="alert">
              <List size="sm" spacing={2} style={{ maxHeight: 160, overflow: 'auto' }}>
                {problems.map((p) => (
                  <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Paper>
      )}
      {phone && (
        <Paper
          withBorder
          shadow="md"
          p="xs"
          pos="fixed"
          bottom={0}
          left={0}
          right={0}
          style={{ zIndex: 150 }}
          className="vd-no-print"
          role="region"
          aria-label={T.modeLabel}
        >
          <SegmentedControl
            fullWidth
            value={mode}
            onChange={(v) => onMode(v as ViewMode)}
            data={[
              { value: 'edit', label: T.modeEdit },
              { value: 'preview', label: T.modePreview },
            ]}
          />
          {saveGroup && <Box mt="xs">{saveGroup}</Box>}
        </Paper>
      )}
    </>
  );
}
