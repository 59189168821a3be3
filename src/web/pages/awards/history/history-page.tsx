import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { QueryState } from '../../../components/query-state.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { AW } from '../labels.ts';
import { ConfirmModal } from '../shared/confirm-modal.tsx';
import type { KindFilter } from './history-filters.ts';
import { HIS } from './labels.ts';
import { PersonHistory } from './person-history.tsx';
import { RecordDrawer } from './record-drawer.tsx';
import { RecordImport } from './record-import.tsx';
import { RecordList } from './record-list.tsx';
import { useHistoryPage } from './use-history-page.ts';

const YEARS = Array.from({ length: 2026 - 2020 + 1 }, (_, i) => String(2026 - i));

/** "Lịch sử khen thưởng": the unit's records with filters, search without diacritics, editing and import. */
export function HistoryPage() {
  const {
    choices,
    catalogue,
    unit,
    setUnitId,
    year,
    setYear,
    formCode,
    setFormCode,
    kind,
    setKind,
    search,
    setSearch,
    page,
    setPage,
    target,
    setTarget,
    importing,
    setImporting,
    person,
    setPerson,
    removing,
    setRemoving,
    canEdit,
    query,
    remove,
    reset,
    total,
    pages,
  } = useHistoryPage();

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {HIS.title}
        </Title>
        <Text maw={960} mt={4}>
          {HIS.intro}
        </Text>
      </div>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, md: 2, lg: 4 }} spacing="sm">
          <UnitSelect
            units={choices.units}
            label={HIS.unit}
            value={unit}
            onChange={reset((v: string | null) => v && setUnitId(v))}
            allowDeselect={false}
          />
          <TextInput
            type="search"
            label={HIS.search}
            placeholder={HIS.searchPlaceholder}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
          />
          <Select
            label={HIS.year}
            placeholder={HIS.allYears}
            data={YEARS}
            value={year}
            onChange={reset(setYear)}
            clearable
            clearButtonProps={{ 'aria-label': HIS.allYears }}
          />
          <Select
            label={HIS.form}
            placeholder={HIS.allForms}
            data={catalogue.current.map((f) => ({ value: f.code, label: f.name }))}
            value={formCode}
            onChange={reset(setFormCode)}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': HIS.allForms }}
          />
        </SimpleGrid>
        <Group mt="sm" justify="space-between" gap="sm">
          <SegmentedControl
            aria-label={HIS.kind}
            value={kind}
            onChange={reset((v: string) => setKind(v as KindFilter))}
            data={[
              { value: 'all', label: HIS.all },
              { value: 'individual', label: AW.kind.individual },
              { value: 'collective', label: AW.kind.collective },
            ]}
          />
          {canEdit && (
            <Group gap="xs">
              <Button onClick={() => setTarget({ mode: 'new' })}>{HIS.add}</Button>
              <Button variant="default" onClick={() => setImporting(true)}>
                {HIS.import}
              </Button>
            </Group>
          )}
        </Group>
      </Paper>
      {query.data ? (
        <>
          <Text fw={600} role="status">
            {HIS.count(query.data.records.length, total)}
          </Text>
          {canEdit && query.data.records.some((r) => r.source === 'decision') && (
            <Text size="sm" c="gray.8">
              {HIS.fromDecision}
            </Text>
          )}
          <RecordList
            records={query.data.records}
            canEdit={canEdit}
            onPerson={setPerson}
            onEdit={(r) => setTarget({ mode: 'edit', record: r })}
            onRemove={setRemoving}
          />
          {pages > 1 && (
            <Group gap="sm" justify="center">
              <Button
                variant="default"
                size="compact-sm"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                {HIS.previous}
              </Button>
              <Text size="sm">{HIS.page(page, pages)}</Text>
              <Button
                variant="default"
                size="compact-sm"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                {HIS.next}
              </Button>
            </Group>
          )}
        </>
      ) : (
        <QueryState
          isPending={query.isPending && unit !== null}
          error={query.error}
          onRetry={() => query.refetch()}
        />
      )}
      {unit && canEdit && (
        <>
          <RecordDrawer
            target={target}
            ownerUnitId={unit}
            unitChoices={choices.units}
            onClose={() => setTarget(null)}
          />
          <RecordImport unitId={unit} opened={importing} onClose={() => setImporting(false)} />
        </>
      )}
      <PersonHistory record={person} onClose={() => setPerson(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={HIS.removeTitle}
        confirmLabel={HIS.removeConfirm}
        danger
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      >
        {removing ? HIS.removeText(removing.name, removing.formName, removing.year) : ''}
      </ConfirmModal>
    </Stack>
  );
}
