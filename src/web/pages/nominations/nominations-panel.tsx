import { Button, Collapse, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { NominationRecord } from '../../../shared/api/nominations.ts';
import {
  nominationApi,
  nominationKeys,
  useNominationSettings,
  useReferenceLists,
} from '../../api/nominations.ts';
import { useSession } from '../../auth/session.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { type DrawerTarget, NominationDrawer } from './form/nomination-drawer.tsx';
import { ImportWizard } from './import/import-wizard.tsx';
import { NOM } from './labels.ts';
import { NominationFilters } from './nomination-filters.tsx';
import { NominationList } from './nomination-list.tsx';
import { BulkBar, PanelToolbar } from './panel-toolbar.tsx';
import { CouncilModal, RemoveModal, ReturnModal } from './review-modals.tsx';
import { type RowAction, rowActions } from './row-actions.ts';
import { SettingsModal } from './settings-modal.tsx';
import { useBulkActions } from './use-bulk-actions.ts';
import { useNominationFilters } from './use-nomination-filters.ts';
import { useRemoveNomination, useTransition } from './use-transition.ts';

export interface PanelConference {
  id: string;
  /** The organising unit. */
  unitId: string;
  role: 'organiser' | 'nominator';
}

type Dialog = { kind: 'return' | 'council' | 'remove'; nomination: NominationRecord } | null;

/** The nominations of one conference: search, filters with counts, the list, the form and the actions. */
export function NominationsPanel({ conference }: { conference: PanelConference }) {
  const { can, units, homeUnitId } = useSession();
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  const [filtersOpen, filtersToggle] = useDisclosure(false);
  const [importing, setImporting] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { filters, setParam, clear, activeCount, openId } = useNominationFilters();
  const [search, setSearch] = useState(filters.q ?? '');
  // The address (and so the request) follows the typing once it pauses.
  const searchLater = useDebouncedCallback((text: string) => setParam('q', text.trim() || null), 300);

  const reference = useReferenceLists().data;
  const settings = useNominationSettings(conference.id);
  const list = useQuery({
    queryKey: nominationKeys.list(conference.id, filters),
    queryFn: () => nominationApi.list(conference.id, filters),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.nominations ?? [];

  const canReview = conference.role === 'organiser' && can('nomination.review', conference.unitId);
  // Units this user may nominate for, inside the conference's territory.
  const unitChoices = useMemo(() => {
    const inside = (id: string) => {
      for (let u = units.get(id); u; u = u.parentId ? units.get(u.parentId) : undefined)
        if (u.id === conference.unitId) return true;
      return false;
    };
    return [...units.values()].filter(
      (u) => u.inScope && !u.isFormer && inside(u.id) && can('nomination.submit', u.id),
    );
  }, [units, can, conference.unitId]);
  const canCreate = unitChoices.length > 0;
  const defaultUnitId = unitChoices.some((u) => u.id === homeUnitId)
    ? homeUnitId
    : (unitChoices[0]?.id ?? '');
  const actionsFor = (n: NominationRecord) =>
    rowActions(n.state, { canSubmit: can('nomination.submit', n.nominatingUnitId), canReview });

  const transition = useTransition(conference.id, () => setDialog(null));
  const remove = useRemoveNomination(conference.id, () => {
    if (dialog && openId === dialog.nomination.id) setParam('open', null);
    setDialog(null);
  });
  const bulk = useBulkActions(conference.id, rows, settings, actionsFor);

  function onAction(n: NominationRecord, action: RowAction) {
    if (action === 'submit' || action === 'accept' || action === 'reopen')
      transition.mutate({ nomination: n, action });
    else setDialog({ kind: action, nomination: n });
  }
  function open(n: NominationRecord) {
    queryClient.setQueryData(nominationKeys.detail(n.id), n);
    setParam('open', n.id);
  }
  const target: DrawerTarget | null =
    openId === 'new-individual' || openId === 'new-collective'
      ? { mode: 'new', kind: openId === 'new-individual' ? 'individual' : 'collective' }
      : openId
        ? { mode: 'edit', id: openId }
        : null;
  const showUnits = conference.role === 'organiser';

  return (
    <Stack gap="md">
      <PanelToolbar
        conferenceId={conference.id}
        filters={filters}
        canCreate={canCreate}
        onAdd={(kind) => setParam('open', `new-${kind}`)}
        onImport={() => setImporting(true)}
        submittable={conference.role === 'nominator' ? bulk.submittable.length : 0}
        onSubmitAll={bulk.submitAll}
        busy={bulk.progress !== null}
        onSettings={canReview ? () => setSettingsOpen(true) : undefined}
      />
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <TextInput
            type="search"
            aria-label={NOM.search}
            placeholder={NOM.searchPlaceholder}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              searchLater(e.currentTarget.value);
            }}
          />
          {isPhone && (
            <Button
              variant="default"
              onClick={filtersToggle.toggle}
              aria-expanded={filtersOpen}
              w="fit-content"
            >
              {NOM.showFilters(activeCount)}
            </Button>
          )}
          <Collapse expanded={!isPhone || filtersOpen}>
            <NominationFilters
              filters={filters}
              counts={list.data?.counts}
              reference={reference}
              showUnits={showUnits}
              onChange={setParam}
              onClear={() => {
                clear();
                setSearch('');
              }}
            />
          </Collapse>
        </Stack>
      </Paper>
      <Group justify="space-between" gap="xs">
        <Text fw={600} role="status">
          {list.data ? NOM.found(rows.length, activeCount > 0 || Boolean(filters.q)) : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {NOM.sortNote}
        </Text>
      </Group>
      <BulkBar
        selected={canReview ? bulk.selected.size : 0}
        onAccept={bulk.acceptSelected}
        onClear={bulk.clearSelection}
        progress={bulk.progress}
      />
      {!list.data ? (
        <QueryState isPending={list.isPending} error={list.error} onRetry={() => list.refetch()} />
      ) : rows.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{activeCount > 0 || filters.q ? NOM.emptyFiltered : NOM.empty}</Text>
        </Paper>
      ) : (
        <NominationList
          rows={rows}
          reference={reference}
          showUnits={showUnits}
          actionsFor={actionsFor}
          busyId={transition.isPending ? (transition.variables?.nomination.id ?? null) : null}
          onOpen={open}
          onAction={onAction}
          selection={canReview ? bulk.selection : undefined}
        />
      )}
      <NominationDrawer
        target={target}
        conferenceId={conference.id}
        defaultUnitId={defaultUnitId}
        unitChoices={unitChoices}
        reference={reference}
        settings={settings}
        actionsFor={actionsFor}
        busyId={transition.isPending ? (transition.variables?.nomination.id ?? null) : null}
        onAction={onAction}
        onClose={() => setParam('open', null)}
        onCreated={(record) => setParam('open', record.id)}
      />
      <ReturnModal
        key={`return-${dialog?.nomination.id}`}
        nomination={dialog?.kind === 'return' ? dialog.nomination : null}
        pending={transition.isPending}
        onClose={() => setDialog(null)}
        onConfirm={transition.mutate}
      />
      <CouncilModal
        key={`council-${dialog?.nomination.id}`}
        nomination={dialog?.kind === 'council' ? dialog.nomination : null}
        settings={settings}
        pending={transition.isPending}
        onClose={() => setDialog(null)}
        onConfirm={transition.mutate}
      />
      <RemoveModal
        nomination={dialog?.kind === 'remove' ? dialog.nomination : null}
        pending={remove.isPending}
        onClose={() => setDialog(null)}
        onConfirm={remove.mutate}
      />
      {settingsOpen && (
        <SettingsModal
          conferenceId={conference.id}
          settings={settings}
          opened
          onClose={() => setSettingsOpen(false)}
        />
      )}
      <ImportWizard
        opened={importing}
        onClose={() => setImporting(false)}
        conferenceId={conference.id}
        unitChoices={unitChoices}
        // An organiser's sheet names each row's unit; only a unit's own sheet may leave it empty.
        defaultUnitId={conference.role === 'nominator' ? defaultUnitId : ''}
      />
    </Stack>
  );
}
