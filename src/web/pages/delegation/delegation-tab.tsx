import { Button, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { DelegateCandidate } from '../../../core/delegation/types.ts';
import { type CompositionInput, compositionInputSchema } from '../../../shared/api/delegation.ts';
import type { FieldProblem } from '../../api/client.ts';
import { delegateApi, delegationKeys } from '../../api/delegation.ts';
import { useSession } from '../../auth/session.tsx';
import { ConflictModal } from '../../components/conflict-modal.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { reportSaveError } from '../../components/save-error.ts';
import { UnsavedChangesGuard } from '../../components/unsaved-changes-guard.tsx';
import { checkWithSchema } from '../plan-editor/validation.ts';
import { ApportionTool } from './apportion-tool.tsx';
import { ApproveModal } from './approve-modal.tsx';
import type { RowState } from './candidate-parts.tsx';
import { CandidateTable } from './candidate-table.tsx';
import { CategoryShares } from './category-shares.tsx';
import { GuestDrawer, type GuestTarget } from './guest-drawer.tsx';
import { GuestImport } from './guest-import.tsx';
import { HistoryPanel } from './history-panel.tsx';
import { DEL } from './labels.ts';
import { ProposalPanel } from './proposal-panel.tsx';
import { RulesEditor } from './rules-editor.tsx';
import { type RulesBasis, RulesPanel } from './rules-panel.tsx';
import { useDelegationState } from './use-delegation.ts';
import { useValueLabeler } from './value-labels.ts';
import { WhatIfPanel } from './what-if.tsx';

// The charts library is large: it loads only when a list is there to draw.
const CompositionCharts = lazy(() =>
  import('./composition-charts.tsx').then((m) => ({ default: m.CompositionCharts })),
);

export interface DelegationConference {
  id: string;
  unitId: string;
}

const toggle = (ids: readonly string[], id: string, on: boolean) =>
  on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id);

/** "Thành phần đại biểu": candidates, rules, the optimal proposal, approval and its history. */
export function DelegationTab({ conference }: { conference: DelegationConference }) {
  const { can } = useSession();
  const canEdit = can('conference.manage', conference.unitId);
  const queryClient = useQueryClient();
  const state = useDelegationState(conference.id);
  const { data, draft, setDraft, dirty, version, proposal: view } = state;
  const label = useValueLabeler(data?.candidates);
  const [editorOpen, setEditorOpen] = useState(false);
  const [guest, setGuest] = useState<GuestTarget>(null);
  const [importing, setImporting] = useState(false);
  const [apportioning, setApportioning] = useState(false);
  const [approving, setApproving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const byId = useMemo(() => new Map((data?.candidates ?? []).map((c) => [c.id, c])), [data]);
  const proposal = view?.proposal ?? null;
  const current = data?.current ?? null;
  const shownIds = proposal?.selected ?? current?.selected ?? null;
  const shown = useMemo(() => (shownIds ? new Set(shownIds) : null), [shownIds]);

  const save = useMutation({
    mutationFn: (body: CompositionInput & { version: number }) =>
      delegateApi.saveComposition(conference.id, body),
    onSuccess: (saved) => {
      state.resetTo(saved);
      setProblems([]);
      void queryClient.invalidateQueries({ queryKey: delegationKeys.delegation(conference.id) });
      notifications.show({ color: 'teal', message: DEL.editor.saved });
    },
    onError: (error) =>
      reportSaveError(error, { onConflict: () => setConflict(true), onProblems: setProblems }),
  });
  function onSave() {
    if (!draft) return;
    const local = checkWithSchema(compositionInputSchema, draft);
    setProblems(local);
    if (local.length === 0) save.mutate({ ...draft, version });
  }

  const include = useMemo(() => new Set(draft?.include ?? []), [draft]);
  const exclude = useMemo(() => new Set(draft?.exclude ?? []), [draft]);
  const explanations = useMemo(
    () => new Map((proposal?.explanations ?? []).map((e) => [e.id, e.text])),
    [proposal],
  );
  const added = useMemo(() => new Set(proposal?.diff.added ?? []), [proposal]);
  const removed = useMemo(() => new Set(proposal?.diff.removed ?? []), [proposal]);
  const stateOf = useCallback(
    (c: DelegateCandidate): RowState => ({
      selected: shown ? shown.has(c.id) : null,
      added: added.has(c.id) && current !== null,
      removed: removed.has(c.id),
      locked: include.has(c.id),
      excluded: exclude.has(c.id),
      explanation: explanations.get(c.id),
    }),
    [shown, added, removed, include, exclude, explanations, current],
  );

  if (!data || !draft)
    return (
      <QueryState
        isPending={state.query.isPending}
        error={state.query.error}
        onRetry={() => state.query.refetch()}
      />
    );

  const basis: RulesBasis | null = view
    ? {
        title: DEL.rules.onProposal,
        outcomes: view.proposal.quotas,
        rules: view.composition.rules,
        seats: view.composition.seats,
      }
    : current
      ? {
          title: DEL.rules.onCurrent(current.number),
          outcomes: data.evaluation,
          rules: data.composition.rules,
          seats: current.seats,
        }
      : null;
  const sharesBasis = proposal
    ? DEL.shares.basisProposal
    : current
      ? DEL.shares.basisCurrent(current.number)
      : DEL.shares.basisNone;
  const chartDelegates = (shownIds ?? []).map((id) => byId.get(id)).filter((c) => c !== undefined);

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
              <Button variant="default" onClick={() => setGuest({ mode: 'new' })}>
                {DEL.addGuest}
              </Button>
              <Button variant="default" onClick={() => setImporting(true)}>
                {DEL.importGuests}
              </Button>
              <Button variant="default" onClick={() => setApportioning(true)}>
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
                <Button size="sm" onClick={onSave} loading={save.isPending}>
                  {DEL.editor.save}
                </Button>
              </Group>
            )}
          </Group>
        </Paper>
      )}
      <CategoryShares
        candidates={data.candidates}
        selected={shown}
        basis={sharesBasis}
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
                byId={byId}
                currentNumber={current?.number ?? null}
                canEdit={canEdit}
                onApprove={() => setApproving(true)}
              />
              <WhatIfPanel
                draft={draft}
                computedFor={view?.composition ?? null}
                onRules={(rules) => setDraft((d) => ({ ...d, rules }))}
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
              basis={basis}
              label={label}
              pending={state.pending}
            />
            {canEdit && (
              <Button variant="default" onClick={() => setEditorOpen(true)} w="fit-content">
                {DEL.editor.open}
              </Button>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {chartDelegates.length > 0 && (
        <Paper withBorder p="sm" component="section" aria-labelledby="vd-charts-title">
          <Title order={3} size="h4" id="vd-charts-title" mb="sm">
            {proposal ? DEL.proposal.chartsTitle : DEL.proposal.chartsCurrent(current?.number ?? 0)}
          </Title>
          <Suspense fallback={<Loader size="sm" aria-label={DEL.proposal.chartsLoading} />}>
            <div aria-busy={state.pending}>
              <CompositionCharts delegates={chartDelegates} label={label} />
            </div>
          </Suspense>
        </Paper>
      )}
      <CandidateTable
        candidates={data.candidates}
        stateOf={stateOf}
        hasList={shown !== null}
        canEdit={canEdit}
        label={label}
        onLock={(c) =>
          setDraft((d) => ({
            ...d,
            include: toggle(d.include, c.id, !d.include.includes(c.id)),
            exclude: toggle(d.exclude, c.id, false),
          }))
        }
        onExclude={(c) =>
          setDraft((d) => ({
            ...d,
            exclude: toggle(d.exclude, c.id, !d.exclude.includes(c.id)),
            include: toggle(d.include, c.id, false),
          }))
        }
        onEditGuest={(c) => setGuest({ mode: 'edit', candidate: c })}
      />
      <HistoryPanel conferenceId={conference.id} />
      {canEdit && (
        <>
          <RulesEditor
            opened={editorOpen}
            onClose={() => setEditorOpen(false)}
            draft={draft}
            maxDelegates={data.maxDelegates}
            candidates={data.candidates}
            label={label}
            onChange={setDraft}
            onSave={onSave}
            saving={save.isPending}
            dirty={dirty}
            problems={problems}
          />
          <GuestDrawer
            conferenceId={conference.id}
            conferenceUnitId={conference.unitId}
            target={guest}
            onClose={() => setGuest(null)}
          />
          <GuestImport conferenceId={conference.id} opened={importing} onClose={() => setImporting(false)} />
          <ApportionTool
            opened={apportioning}
            onClose={() => setApportioning(false)}
            defaultSeats={draft.seats}
          />
          <ApproveModal
            conferenceId={conference.id}
            proposal={approving ? proposal : null}
            currentNumber={current?.number ?? null}
            onClose={() => setApproving(false)}
          />
          <ConflictModal
            opened={conflict}
            onClose={() => setConflict(false)}
            onReload={async () => {
              setConflict(false);
              await state.reload();
            }}
          />
        </>
      )}
    </Stack>
  );
}
