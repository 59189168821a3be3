import { Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { periodPhrase } from '../../../../core/awards/period.ts';
import { formatDong } from '../../../../core/vietnamese/money.ts';
import type { DecisionSummary } from '../../../../shared/api/award-decisions.ts';
import type { ProposalSummary } from '../../../../shared/api/award-proposals.ts';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import { useSession } from '../../../auth/session.tsx';
import { formatDate } from '../../../components/format.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { AW } from '../labels.ts';
import { DecisionStateTag, decisionTitle, ProposalStateTag } from '../shared/state-tags.tsx';
import type { AwardsConference } from './awards-conference.ts';
import { DecisionDrawer } from './decision-drawer.tsx';
import { ProposalDrawer } from './proposal-drawer.tsx';
import { ProposalForm } from './proposal-form.tsx';

const T = AW.tab;

function ProposalList({ proposals, onOpen }: { proposals: ProposalSummary[]; onOpen: (id: string) => void }) {
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  if (proposals.length === 0)
    return (
      <Paper withBorder p="md">
        <Text>{T.noProposals}</Text>
      </Paper>
    );
  if (isPhone)
    return (
      <Stack gap="sm" component="ul" p={0} m={0} aria-label={T.proposalsTitle}>
        {proposals.map((p) => (
          <Paper key={p.id} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
            <Stack gap={4}>
              <Text fw={700}>{p.title}</Text>
              <Group gap={6}>
                <ProposalStateTag state={p.state} />
                <Text size="sm">{T.itemsLine(p.itemCount, p.passedCount)}</Text>
              </Group>
              <Button
                variant="default"
                size="compact-sm"
                w="fit-content"
                onClick={() => onOpen(p.id)}
                aria-label={T.openProposal(p.title)}
              >
                {T.open}
              </Button>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="sm" aria-label={T.proposalsTitle}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{T.colTitle}</Table.Th>
            <Table.Th w={150}>{T.colSubmission}</Table.Th>
            <Table.Th w={150} ta="right">
              {T.colItems}
            </Table.Th>
            <Table.Th w={200}>{T.colState}</Table.Th>
            <Table.Th w={90}>
              <VisuallyHidden>{T.open}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposals.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Text fw={600}>{p.title}</Text>
                <Text size="sm" c="gray.8">
                  {p.formName} · {periodPhrase(p.period)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.submissionReference || '—'}</Text>
                <Text size="sm">{formatDate(p.submissionDate)}</Text>
              </Table.Td>
              <Table.Td ta="right">{T.itemsLine(p.itemCount, p.passedCount)}</Table.Td>
              <Table.Td>
                <ProposalStateTag state={p.state} />
              </Table.Td>
              <Table.Td>
                <Button
                  variant="default"
                  size="compact-sm"
                  onClick={() => onOpen(p.id)}
                  aria-label={T.openProposal(p.title)}
                >
                  {T.open}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function DecisionList({ decisions, onOpen }: { decisions: DecisionSummary[]; onOpen: (id: string) => void }) {
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  if (decisions.length === 0)
    return (
      <Paper withBorder p="md">
        <Text>{T.noDecisions}</Text>
      </Paper>
    );
  if (isPhone)
    return (
      <Stack gap="sm" component="ul" p={0} m={0} aria-label={T.decisionsTitle}>
        {decisions.map((d) => (
          <Paper key={d.id} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
            <Stack gap={4}>
              <Text fw={700}>{decisionTitle(d)}</Text>
              <Text size="sm">
                {d.formName} · {T.people(d.itemCount)} · {formatDong(d.total)}
              </Text>
              <DecisionStateTag decision={d} />
              <Button
                variant="default"
                size="compact-sm"
                w="fit-content"
                onClick={() => onOpen(d.id)}
                aria-label={T.openDecision(decisionTitle(d))}
              >
                {T.open}
              </Button>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Paper withBorder>
      <Table striped verticalSpacing="sm" aria-label={T.decisionsTitle}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{T.colDecision}</Table.Th>
            <Table.Th>{T.colForm}</Table.Th>
            <Table.Th w={110} ta="right">
              {T.colItems}
            </Table.Th>
            <Table.Th w={150} ta="right">
              {T.colTotal}
            </Table.Th>
            <Table.Th w={200}>{T.colState}</Table.Th>
            <Table.Th w={90}>
              <VisuallyHidden>{T.open}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decisions.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td fw={600}>{decisionTitle(d)}</Table.Td>
              <Table.Td>
                {d.formName} · {T.year} {d.year}
              </Table.Td>
              <Table.Td ta="right">{d.itemCount}</Table.Td>
              <Table.Td ta="right">{formatDong(d.total)}</Table.Td>
              <Table.Td>
                <DecisionStateTag decision={d} />
              </Table.Td>
              <Table.Td>
                <Button
                  variant="default"
                  size="compact-sm"
                  onClick={() => onOpen(d.id)}
                  aria-label={T.openDecision(decisionTitle(d))}
                >
                  {T.open}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** "Khen thưởng": the proposals (đợt đề nghị) and decisions of the conference, each opened in a panel. */
export function AwardsTab({ conference }: { conference: AwardsConference }) {
  const { can } = useSession();
  const canPropose = can('nomination.review', conference.unitId);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const proposals = useQuery({
    queryKey: awardKeys.proposals(conference.id),
    queryFn: () => awardApi.proposals(conference.id),
  });
  const decisions = useQuery({
    queryKey: awardKeys.decisions(conference.id),
    queryFn: () => awardApi.decisions(conference.id),
  });
  const open = (key: 'proposal' | 'decision', id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('proposal');
        next.delete('decision');
        if (id) next.set(key, id);
        return next;
      },
      { replace: true },
    );

  return (
    <Stack gap="md">
      <Text maw={900}>{T.intro}</Text>
      {!canPropose && (
        <Text size="sm" c="gray.8">
          {T.readOnly}
        </Text>
      )}
      {canPropose && (
        <Group>
          <Button onClick={() => setCreating(true)}>{T.newProposal}</Button>
        </Group>
      )}
      <Stack gap="sm" component="section" aria-labelledby="vd-aw-proposals">
        <Title order={3} size="h4" id="vd-aw-proposals">
          {T.proposalsTitle}
        </Title>
        {proposals.data ? (
          <ProposalList proposals={proposals.data.proposals} onOpen={(id) => open('proposal', id)} />
        ) : (
          <QueryState
            isPending={proposals.isPending}
            error={proposals.error}
            onRetry={() => proposals.refetch()}
          />
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="vd-aw-decisions">
        <Title order={3} size="h4" id="vd-aw-decisions">
          {T.decisionsTitle}
        </Title>
        {decisions.data ? (
          <DecisionList decisions={decisions.data.decisions} onOpen={(id) => open('decision', id)} />
        ) : (
          <QueryState
            isPending={decisions.isPending}
            error={decisions.error}
            onRetry={() => decisions.refetch()}
          />
        )}
      </Stack>
      {canPropose && (
        <ProposalForm
          conference={conference}
          target={creating ? { mode: 'new' } : null}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            open('proposal', id);
          }}
        />
      )}
      <ProposalDrawer
        conference={conference}
        proposalId={params.get('proposal')}
        onClose={() => open('proposal', null)}
        onDecision={(id) => open('decision', id)}
      />
      <DecisionDrawer
        conference={conference}
        decisionId={params.get('decision')}
        onClose={() => open('decision', null)}
        onOpen={(id) => open('decision', id)}
      />
    </Stack>
  );
}
