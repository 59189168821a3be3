import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { periodPhrase } from '../../../../core/awards/period.ts';
import { amountInWords, formatDong } from '../../../../core/vietnamese/money.ts';
import type { DecisionView } from '../../../../shared/api/award-decisions.ts';
import { awardApi } from '../../../api/awards.ts';
import { ConflictModal } from '../../../components/conflict-modal.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { AW } from '../labels.ts';
import { ConfirmModal } from '../shared/confirm-modal.tsx';
import { DownloadButtons } from '../shared/download-buttons.tsx';
import { DecisionStateTag } from '../shared/state-tags.tsx';
import type { AwardsConference } from './awards-conference.ts';
import { CertificatesAddressNote } from './certificates-address-note.tsx';
import { DecisionFields } from './decision-fields.tsx';
import { DecisionItems, SalaryLine, TotalBox } from './decision-items.tsx';
import { DecisionSummary } from './decision-summary.tsx';
import { RegisterNumbers } from './register-numbers-panel.tsx';
import { UnverifiedConfirmations, UnverifiedNotice } from './unverified-notice.tsx';
import { allConfirmed, pendingUnverified } from './unverified-values.ts';
import { useDecisionEditor } from './use-decision-editor.ts';

const E = AW.decision;

/** The decision: fields, the attached list with live money and total in words, save, approve, replace, files. */
export function DecisionEditor({
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
  const ed = useDecisionEditor({ conference, decision, onDirty, onClose, onOpen });
  const { draft, set, editable, canApprove, canReplace, dirty, preview, lines, total, save, act } = ed;
  const { asking, setAsking, ticked, setTicked, errors, general, conflict } = ed;
  const unverified = pendingUnverified(decision);
  const files = decision.state === 'approved' ? E.files : E.filesDraft;
  // A draft is edited from the top (its date drives the money); a decided one leads with its list.
  const fieldsSection = (
    <Stack gap="xs" component="section" aria-labelledby="vd-aw-dec-fields">
      <Title order={3} size="h5" id="vd-aw-dec-fields">
        {E.fieldsTitle}
      </Title>
      {editable ? (
        <DecisionFields draft={draft} set={set} errors={errors} readOnly={false} />
      ) : (
        <DecisionSummary decision={decision} />
      )}
    </Stack>
  );
  return (
    <Stack gap="md" pb="xl">
      <Group gap="xs">
        <DecisionStateTag decision={decision} />
        <Text size="sm">
          {decision.formName} · {periodPhrase(decision.period)} ·{' '}
          {E.totalLine(lines.length, formatDong(total))}
        </Text>
      </Group>
      {decision.state === 'approved' && (
        <Text size="sm">{E.approvedAt(decision.approvedAt ? formatDateTime(decision.approvedAt) : '—')}</Text>
      )}
      {decision.replacedBy && (
        <Alert color="orange" variant="light" title={E.replacedTitle}>
          <Button variant="default" size="compact-sm" onClick={() => onOpen(decision.replacedBy ?? '')}>
            {E.openReplacement}
          </Button>
        </Alert>
      )}
      {decision.replaces && (
        <Alert color="blue" variant="light" title={E.replacesTitle}>
          <Button variant="default" size="compact-sm" onClick={() => onOpen(decision.replaces ?? '')}>
            {E.openReplaced}
          </Button>
        </Alert>
      )}
      <UnverifiedNotice decision={decision} />
      {decision.state === 'draft' && !editable && <Text size="sm">{E.readOnlyDraft}</Text>}
      {decision.state === 'approved' && !decision.replacedBy && <Text size="sm">{E.locked}</Text>}
      <Paper withBorder p="sm" role="region" aria-label={E.actions}>
        <Stack gap="xs">
          <Group gap="xs">
            {editable && (
              <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!dirty}>
                {E.save}
              </Button>
            )}
            {canApprove && (
              <Button color="teal.9" onClick={() => setAsking('approve')} disabled={dirty}>
                {E.approve}
              </Button>
            )}
            {canReplace && (
              <Button variant="default" onClick={() => setAsking('replace')}>
                {E.replace}
              </Button>
            )}
            {editable && (
              <Button variant="subtle" c="red.9" onClick={() => setAsking('remove')}>
                {E.remove}
              </Button>
            )}
            {dirty && (
              <Button variant="default" onClick={ed.discard}>
                {E.discard}
              </Button>
            )}
            {dirty && (
              <Text size="sm" fw={700} c="#8a3b00" role="status">
                {E.unsaved}
              </Text>
            )}
          </Group>
          {canApprove && dirty && <Text size="sm">{E.saveBeforeApprove}</Text>}
          <Text fw={700} size="sm">
            {files}
          </Text>
          <DownloadButtons
            items={[
              {
                url: awardApi.decisionDocumentUrl(decision.id, 'docx'),
                label: E.word,
                aria: E.wordAria,
                fileName: 'quyet-dinh.docx',
              },
              {
                url: awardApi.decisionDocumentUrl(decision.id, 'pdf'),
                label: E.pdf,
                aria: E.pdfAria,
                fileName: 'quyet-dinh.pdf',
              },
              {
                url: awardApi.certificatesUrl(decision.id),
                label: E.certificates,
                aria: E.certificatesAria(decision.items.length),
                fileName: 'giay-khen.pdf',
                disabled: decision.state !== 'approved' || decision.replacedBy !== null,
                primary: decision.state === 'approved' && decision.replacedBy === null,
              },
            ]}
          />
          {decision.state !== 'approved' && (
            <Text size="xs" c="gray.8">
              {E.certificatesLater}
            </Text>
          )}
          {decision.state === 'approved' && decision.replacedBy === null && <CertificatesAddressNote />}
          {dirty && (
            <Text size="xs" c="gray.8">
              {E.filesSaved}
            </Text>
          )}
        </Stack>
      </Paper>
      {general.length > 0 && (
        <Alert color="red" variant="light" title={E.invalid} role="alert">
          <List size="sm">
            {general.map((p) => (
              <List.Item key={`${p.path}:${p.message}`}>{p.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {editable && fieldsSection}
      <Stack gap="xs" component="section" aria-labelledby="vd-aw-dec-list">
        <Title order={3} size="h5" id="vd-aw-dec-list">
          {E.listTitle}
        </Title>
        <SalaryLine preview={preview} baseSalary={decision.baseSalary} />
        <DecisionItems
          lines={lines}
          unverified={unverified}
          editable={editable}
          preview={preview}
          onAchievement={(id, text) =>
            set({ items: draft.items.map((i) => (i.id === id ? { ...i, achievement: text } : i)) })
          }
          onRemove={(id) => set({ items: draft.items.filter((i) => i.id !== id) })}
        />
        <TotalBox total={total} words={preview ? amountInWords(total) : decision.totalInWords} />
      </Stack>
      {decision.replacedBy === null && (
        <RegisterNumbers decision={decision} canEdit={canReplace || editable} blocked={dirty} />
      )}
      {!editable && fieldsSection}
      <ConfirmModal
        opened={asking === 'approve'}
        title={E.approveTitle}
        confirmLabel={E.approveConfirm}
        confirmDisabled={!allConfirmed(decision.unverified, ticked)}
        pending={act.isPending}
        error={act.error}
        onConfirm={() => act.mutate('approve')}
        onClose={() => setAsking(null)}
      >
        <Stack gap="xs">
          <Text>{E.approveText(decision.items.length)}</Text>
          <Text fw={700}>{E.approveLock}</Text>
          <UnverifiedConfirmations values={decision.unverified} ticked={ticked} onChange={setTicked} />
        </Stack>
      </ConfirmModal>
      <ConfirmModal
        opened={asking === 'replace'}
        title={E.replaceTitle}
        confirmLabel={E.replaceConfirm}
        pending={act.isPending}
        error={act.error}
        onConfirm={() => act.mutate('replace')}
        onClose={() => setAsking(null)}
      >
        {E.replaceText}
      </ConfirmModal>
      <ConfirmModal
        opened={asking === 'remove'}
        title={E.removeTitle}
        confirmLabel={E.removeConfirm}
        danger
        pending={act.isPending}
        error={act.error}
        onConfirm={() => act.mutate('remove')}
        onClose={() => setAsking(null)}
      >
        {E.removeText}
      </ConfirmModal>
      <ConflictModal opened={conflict} onClose={ed.closeConflict} onReload={ed.reloadAfterConflict} />
    </Stack>
  );
}
