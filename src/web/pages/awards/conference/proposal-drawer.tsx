import { Alert, Button, Drawer, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { latestForm } from '../../../../core/awards/catalogue.ts';
import { periodPhrase } from '../../../../core/awards/period.ts';
import { PROPOSER_KIND_LABELS } from '../../../../core/awards/proposer.ts';
import type { ProposalView } from '../../../../shared/api/award-proposals.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import { useSession } from '../../../auth/session.tsx';
import { ApiErrorAlert } from '../../../components/api-error-alert.tsx';
import { formatDate } from '../../../components/format.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { Tag } from '../../../components/tag.tsx';
import { AW } from '../labels.ts';
import { ConfirmModal } from '../shared/confirm-modal.tsx';
import { DownloadButtons } from '../shared/download-buttons.tsx';
import { FormSummary } from '../shared/form-parts.tsx';
import { ProposalStateTag } from '../shared/state-tags.tsx';
import { today, useCatalogue } from '../shared/use-catalogue.ts';
import type { AwardsConference } from './awards-conference.ts';
import { CouncilModal } from './council-modal.tsx';
import { ProposalForm } from './proposal-form.tsx';

const D = AW.proposalView;

function Verdict({ passed }: { passed: boolean | null }) {
  if (passed === null) return <Text size="sm">—</Text>;
  return passed ? <Tag tone="teal">{AW.council.pass}</Tag> : <Tag tone="brand">{AW.council.fail}</Tag>;
}

function Items({ proposal }: { proposal: ProposalView }) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const voted = proposal.council ? proposal.council.present + proposal.council.writtenVotes : null;
  if (isPhone)
    return (
      <Stack gap="xs" component="ol" p={0} m={0} aria-label={D.itemsLabel}>
        {proposal.items.map((item, i) => (
          <Paper key={item.id} withBorder p="xs" component="li" style={{ listStyle: 'none' }}>
            <Text fw={600}>
              {i + 1}. {item.subject.name}
            </Text>
            <Text size="sm">{item.subject.position || item.subject.unitName}</Text>
            {item.problems.length > 0 && (
              <Text size="sm" c="red.9">
                {AW.picker.blocked}: {item.problems.join(' ')}
              </Text>
            )}
            {voted !== null && (
              <Group gap={6} mt={4}>
                <Text size="sm">{D.votes(item.inFavour ?? 0, voted)}</Text>
                <Verdict passed={item.passed} />
              </Group>
            )}
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Paper withBorder style={{ overflowX: 'auto' }} tabIndex={0}>
      <Table striped verticalSpacing="xs" aria-label={D.itemsLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>{D.colNumber}</Table.Th>
            <Table.Th>{D.colName}</Table.Th>
            <Table.Th>{D.colAchievement}</Table.Th>
            {voted !== null && (
              <>
                <Table.Th w={120} ta="right">
                  {D.colVotes}
                </Table.Th>
                <Table.Th w={110}>{D.colResult}</Table.Th>
              </>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposal.items.map((item, i) => (
            <Table.Tr key={item.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                <Text fw={600} size="sm">
                  {item.subject.name}
                </Text>
                <Text size="xs" c="gray.8">
                  {item.subject.position || item.subject.unitName}
                </Text>
                {item.problems.length > 0 && (
                  <Text size="sm" c="red.9">
                    {AW.picker.blocked}: {item.problems.join(' ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.achievement}</Text>
              </Table.Td>
              {voted !== null && (
                <>
                  <Table.Td ta="right">{D.votes(item.inFavour ?? 0, voted)}</Table.Td>
                  <Table.Td>
                    <Verdict passed={item.passed} />
                  </Table.Td>
                </>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** One proposal: its form, people and eligibility, the council's vote, the documents and the next step. */
export function ProposalDrawer({
  conference,
  proposalId,
  onClose,
  onDecision,
}: {
  conference: AwardsConference;
  proposalId: string | null;
  onClose: () => void;
  onDecision: (id: string) => void;
}) {
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const query = useQuery({
    queryKey: awardKeys.proposal(proposalId ?? ''),
    queryFn: () => awardApi.proposal(proposalId ?? ''),
    enabled: proposalId !== null,
  });
  const proposal = query.data;
  return (
    <Drawer
      opened={proposalId !== null}
      onClose={onClose}
      position="right"
      size={isPhone ? '100%' : 960}
      title={proposal?.title ?? D.loading}
      closeButtonProps={{ 'aria-label': AW.close }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {proposal && proposal.id === proposalId ? (
        <ProposalBody conference={conference} proposal={proposal} onClose={onClose} onDecision={onDecision} />
      ) : (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      )}
    </Drawer>
  );
}

function ProposalBody({
  conference,
  proposal,
  onClose,
  onDecision,
}: {
  conference: AwardsConference;
  proposal: ProposalView;
  onClose: () => void;
  onDecision: (id: string) => void;
}) {
  const { can } = useSession();
  const canEdit = can('nomination.review', conference.unitId);
  const queryClient = useQueryClient();
  const catalogue = useCatalogue();
  const [voting, setVoting] = useState(false);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const decisions = useQuery({
    queryKey: awardKeys.decisions(conference.id),
    queryFn: () => awardApi.decisions(conference.id),
  });
  const existing = decisions.data?.decisions.find(
    (d) => d.proposalId === proposal.id && d.replacedBy === null,
  );
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: awardKeys.proposals(conference.id) }),
      queryClient.invalidateQueries({ queryKey: awardKeys.decisions(conference.id) }),
      queryClient.invalidateQueries({ queryKey: awardKeys.proposal(proposal.id) }),
    ]);
  const decide = useMutation({
    mutationFn: () => awardApi.createDecision(conference.id, { proposalId: proposal.id }),
    onSuccess: async (d) => {
      await refresh();
      notifications.show({ color: 'teal', message: D.decisionCreated });
      onDecision(d.id);
    },
  });
  const remove = useMutation({
    mutationFn: () => awardApi.removeProposal(proposal.id, proposal.version),
    onSuccess: async () => {
      setRemoving(false);
      onClose();
      await refresh();
      notifications.show({ color: 'teal', message: D.removed });
    },
  });
  const form = latestForm(catalogue.forms, proposal.formCode);
  const passed = proposal.items.filter((i) => i.passed).length;
  const blocked = proposal.items.filter((i) => i.problems.length > 0).length;
  const changeable = canEdit && proposal.state !== 'decided' && !existing;
  const c = proposal.council;

  return (
    <Stack gap="md">
      <Group gap="xs">
        <ProposalStateTag state={proposal.state} />
        <Text size="sm">
          {proposal.formName} · {periodPhrase(proposal.period)} ·{' '}
          {D.submission(
            proposal.submissionNumber ? `${proposal.submissionNumber}/${proposal.submissionSymbol}` : '',
            proposal.submissionDate ? formatDate(proposal.submissionDate) : '',
          )}{' '}
          (
          {proposal.proposer.kind === 'department'
            ? proposal.proposer.name
            : PROPOSER_KIND_LABELS[proposal.proposer.kind]}
          )
        </Text>
      </Group>
      {form && (
        <FormSummary form={form} salaries={catalogue.salaries} isoDate={proposal.submissionDate ?? today()} />
      )}
      <Text size="sm">{D.threshold(proposal.thresholdText)}</Text>
      <Paper withBorder p="sm" component="section" aria-labelledby="vd-aw-council">
        <Title order={3} size="h5" id="vd-aw-council" mb={4}>
          {D.councilTitle}
        </Title>
        {c ? (
          <Stack gap={2}>
            <Text size="sm">{D.councilLine(formatDate(c.date), c.location)}</Text>
            <Text size="sm">{D.councilPeople(c.chair, c.secretary)}</Text>
            <Text size="sm">{D.councilCounts(c.members, c.present, c.writtenVotes)}</Text>
            <Text size="sm" fw={700}>
              {D.passedLine(passed, proposal.items.length)}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{D.noCouncil}</Text>
        )}
      </Paper>
      {blocked > 0 && proposal.state !== 'decided' && (
        <Alert color="red" variant="light" title={D.blockedTitle(blocked)}>
          {D.blockedHint}
        </Alert>
      )}
      {proposal.unverifiedBases.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          title={D.unverifiedBasesTitle}
          aria-label={D.unverifiedBasesTitle}
          styles={{ title: { color: '#8a3b00' } }}
        >
          <List size="sm">
            {proposal.unverifiedBases.map((v) => (
              <List.Item key={v.key}>{v.text}</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {D.unverifiedBasesText}
          </Text>
        </Alert>
      )}
      <Stack gap={6}>
        <Text fw={700}>{D.documents}</Text>
        <DownloadButtons
          items={[
            {
              url: awardApi.proposalDocumentUrl(proposal.id, 'submission', 'docx'),
              label: D.submissionWord,
              aria: D.submissionWordAria,
              fileName: 'to-trinh.docx',
            },
            {
              url: awardApi.proposalDocumentUrl(proposal.id, 'submission', 'pdf'),
              label: D.submissionPdf,
              aria: D.submissionPdfAria,
              fileName: 'to-trinh.pdf',
            },
            {
              url: awardApi.proposalDocumentUrl(proposal.id, 'minutes', 'docx'),
              label: D.minutesWord,
              aria: D.minutesWordAria,
              fileName: 'bien-ban.docx',
              disabled: !c,
            },
            {
              url: awardApi.proposalDocumentUrl(proposal.id, 'minutes', 'pdf'),
              label: D.minutesPdf,
              aria: D.minutesPdfAria,
              fileName: 'bien-ban.pdf',
              disabled: !c,
            },
          ]}
        />
        {!c && (
          <Text size="xs" c="gray.8">
            {D.minutesLater}
          </Text>
        )}
      </Stack>
      {canEdit && (
        <Paper withBorder p="sm" role="region" aria-label={D.actions}>
          <Group gap="xs">
            {changeable && (
              <Button onClick={() => setVoting(true)} variant={c ? 'default' : 'filled'}>
                {c ? D.revote : D.vote}
              </Button>
            )}
            {proposal.state === 'voted' && !existing && (
              <Button onClick={() => decide.mutate()} loading={decide.isPending} disabled={passed === 0}>
                {D.decide(passed)}
              </Button>
            )}
            {existing && (
              <Button variant="default" onClick={() => onDecision(existing.id)}>
                {D.openDecision}
              </Button>
            )}
            {changeable && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {D.edit}
              </Button>
            )}
            {changeable && (
              <Button variant="subtle" c="red.9" onClick={() => setRemoving(true)}>
                {D.remove}
              </Button>
            )}
          </Group>
          {existing && proposal.state !== 'decided' && (
            <Text size="sm" mt="xs">
              {D.lockedByDraft}
            </Text>
          )}
          <ApiErrorAlert error={decide.error} />
        </Paper>
      )}
      <Stack gap="xs" component="section" aria-labelledby="vd-aw-items">
        <Title order={3} size="h5" id="vd-aw-items">
          {D.itemsTitle(proposal.items.length)}
        </Title>
        <Items proposal={proposal} />
      </Stack>
      {canEdit && (
        <>
          <CouncilModal
            proposal={voting ? proposal : null}
            threshold={form?.threshold ?? null}
            onClose={() => setVoting(false)}
            onSaved={() => {
              setVoting(false);
              void refresh();
            }}
          />
          <ProposalForm
            conference={conference}
            target={editing ? { mode: 'edit', proposal } : null}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              void refresh();
            }}
          />
          <ConfirmModal
            opened={removing}
            title={D.removeTitle}
            confirmLabel={D.removeConfirm}
            danger
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate()}
            onClose={() => setRemoving(false)}
          >
            {D.removeText(proposal.title)}
          </ConfirmModal>
        </>
      )}
    </Stack>
  );
}
