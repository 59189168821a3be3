import { Button, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { DelegateCandidate } from '../../../core/delegation/types.ts';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { UnsavedChangesGuard } from '../../components/unsaved-changes-guard.tsx';
import { ApportionTool } from './apportion-tool.tsx';
import { ApproveModal } from './approve-modal.tsx';
import { CandidateTable } from './candidate-table.tsx';
import { CategoryShares } from './category-shares.tsx';
import { GuestDrawer } from './guest-drawer.tsx';
import { GuestImport } from './guest-import.tsx';
import { HistoryPanel } from './history-panel.tsx';
import { DEL } from './labels.ts';
import { ProposalPanel } from './proposal-panel.tsx';
import { RepresentativeModal } from './representative-modal.tsx';
import { RulesEditor } from './rules-editor.tsx';
import { RulesPanel } from './rules-panel.tsx';
import { type DelegationConference, useDelegationTab } from './use-delegation-tab.ts';
import { WhatIfPanel } from './what-if.tsx';

// The charts library is large: it loads only when a list is there to draw.
const CompositionCharts = lazy(() =>
  import('./composition-charts.tsx').then((m) => ({ default: m.CompositionCharts })),
);

/** "Thành phần đại biểu": candidates, rules, the optimal proposal, approval and its history. */
export function DelegationTab({ conference }: { conference: DelegationConference }) {
  const tab = useDelegationTab(conference);
  const [representativeOf, setRepresentativeOf] = useState<DelegateCandidate | null>(null);
  const { canEdit, state, data, draft, dirty, label, dialogs, view, proposal, current } = tab;

  if (!data || !draft)
    return (
      <QueryState
        isPending={state.query.isPending}
        error={state.query.error}
        onRetry={() => state.query.refetch()}
      />
    );

  return (
    <Stack gap="md">
      {canEdit && <UnsavedChangesGuard dirty={dirty} />}
      <div>
        <Text maw={900}>{DEL.intro}</Text>
        {!canEdit && (
          <Text size="sm" c="dimmed" mt={4}>
            {DEL.readOnly}
          </Text>
        )}
      </div>
      {canEdit && (
        <Paper withBorder p="sm" role="region" aria-label={DEL.toolbar} className="vd-sticky-toolbar">
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Button onClick={state.propose} loading={state.pending && !proposal}>
                {state.proposing ? DEL.proposeAgain : DEL.propose}
              </Button>
              <Button variant="default" onClick={() => dialogs.setGuest({ mode: 'new' })}>
                {DEL.addGuest}
              </Button>
              <Button variant="default" onClick={() => dialogs.setImporting(true)}>
                {DEL.importGuests}
              </Button>
              <Button variant="default" onClick={() => dialogs.setApportioning(true)}>
                {DEL.apportionOpen}
              </Button>
            </Group>
            {dirty && (
              <Group gap="xs">
                <Text size="sm" fw={700} c="#8a3b00">
                  {DEL.editor.dirty}
                </Text>
                <Button variant="default" size="sm" onClick={() => state.resetTo(data.composition)}>
                  {DEL.editor.discard}
                </Button>
                <Button size="sm" onClick={tab.onSave} loading={tab.save.isPending}>
                  {DEL.editor.save}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      )}
      <CategoryShares
        candidates={data.candidates}
        selected={tab.shown}
        basis={tab.sharesBasis}
        exemplaryShare={data.exemplaryShare}
        guestShare={data.guestShare}
      />
      <Grid gap="md">
        {canEdit && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <ProposalPanel
                proposal={proposal}
                seats={view?.composition.seats ?? draft.seats}
                pending={state.pending}
                current={state.proposalIsCurrent}
                error={state.proposalError}
                byId={tab.byId}
                currentNumber={current?.number ?? null}
                canEdit={canEdit}
                onApprove={() => dialogs.setApproving(true)}
              />
              <WhatIfPanel
                draft={draft}
                computedFor={view?.composition ?? null}
                onRules={tab.onRules}
                canEdit={canEdit}
                proposing={state.proposing}
              />
            </Stack>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: canEdit ? 5 : 12 }}>
          <Stack gap="md">
            <RulesPanel
              rules={draft.rules}
              seats={draft.seats}
              basis={tab.basis}
              label={label}
              pending={state.pending}
            />
            {canEdit && (
              <Button variant="default" onClick={() => dialogs.setEditorOpen(true)} w="fit-content">
                {DEL.editor.open}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {tab.chartDelegates.length > 0 && (
        <Paper withBorder p="sm" component="section" aria-labelledby="vd-charts-title">
          <Title order={3} size="h4" id="vd-charts-title" mb="sm">
            {proposal ? DEL.proposal.chartsTitle : DEL.proposal.chartsCurrent(current?.number ?? 0)}
          </Title>
          <Suspense fallback={<Loader size="sm" aria-label={DEL.proposal.chartsLoading} />}>
            <div aria-busy={state.pending}>
              <CompositionCharts delegates={tab.chartDelegates} label={label} />
            </div>
          </Suspense>
        </Paper>
      )}
      <CandidateTable
        candidates={data.candidates}
        stateOf={tab.stateOf}
        hasList={tab.shown !== null}
        canEdit={canEdit}
        label={label}
        onLock={tab.onLock}
        onExclude={tab.onExclude}
        onEditGuest={(c) => dialogs.setGuest({ mode: 'edit', candidate: c })}
        onEditRepresentative={setRepresentativeOf}
      />
      {canEdit && (
        <RepresentativeModal
          conferenceId={conference.id}
          candidate={representativeOf}
          onClose={() => setRepresentativeOf(null)}
        />
      )}
      <HistoryPanel conferenceId={conference.id} />
      {canEdit && (
        <>
          <RulesEditor
            opened={dialogs.editorOpen}
            onClose={() => dialogs.setEditorOpen(false)}
            draft={draft}
            maxDelegates={data.maxDelegates}
            candidates={data.candidates}
            label={label}
            onChange={state.setDraft}
            onSave={tab.onSave}
            saving={tab.save.isPending}
            dirty={dirty}
            problems={tab.problems}
          />
          <GuestDrawer
            conferenceId={conference.id}
            conferenceUnitId={conference.unitId}
            target={dialogs.guest}
            onClose={() => dialogs.setGuest(null)}
          />
          <GuestImport
            conferenceId={conference.id}
            opened={dialogs.importing}
            onClose={() => dialogs.setImporting(false)}
          />
          <ApportionTool
            opened={dialogs.apportioning}
            onClose={() => dialogs.setApportioning(false)}
            defaultSeats={draft.seats}
          />
          <ApproveModal
            conferenceId={conference.id}
            proposal={dialogs.approving ? proposal : null}
            currentNumber={current?.number ?? null}
            onClose={() => dialogs.setApproving(false)}
          />
          <ConflictModal
            opened={dialogs.conflict}
            onClose={() => dialogs.setConflict(false)}
            onReload={async () => {
              dialogs.setConflict(false);
              await state.reload();
            }}
          />
        </>
      )}
    </Stack>
  );
}
