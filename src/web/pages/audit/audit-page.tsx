import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '../../../shared/api/audit.ts';
import { useAuditEntries } from '../../api/audit.ts';
import { useSession } from '../../auth/session.tsx';
import { formatDateTime } from '../../components/format.ts';
import { QueryState } from '../../components/query-state.tsx';
import { UnitSelect } from '../../components/unit-select.tsx';
import { AuditDetailModal } from './audit-detail-modal.tsx';
import { actionLabel, entityName } from './audit-diff.ts';
import { AUDIT } from './labels.ts';

const PAGE_SIZE = 50;

export function AuditPage() {
  const { units, can } = useSession();
  const [params, setParams] = useSearchParams();
  const entityType = params.get('entityType') ?? '';
  const entityId = params.get('entityId') ?? undefined;
  const unitId = params.get('unitId') ?? null;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const scopeUnits = useMemo(
    () => [...units.values()].filter((u) => u.inScope && can('audit.read', u.id)),
    [units, can],
  );

  const filters = {
    entityType: entityType || undefined,
    entityId,
    unitId: unitId ?? undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const query = useAuditEntries(filters);
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / PAGE_SIZE));

  function setFilter(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  }

  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          {AUDIT.title}
        </Title>
        <Text c="dimmed">{AUDIT.intro}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={900}>
        <Select
          label={AUDIT.filterType}
          data={[
            { value: '', label: AUDIT.filterTypeAll },
            ...Object.entries(AUDIT.entityTypes).map(([value, label]) => ({ value, label })),
          ]}
          value={entityType}
          onChange={(v) => setFilter('entityType', v)}
          allowDeselect={false}
        />
        <UnitSelect
          units={scopeUnits}
          label={AUDIT.filterUnit}
          description={AUDIT.filterUnitHint}
          value={unitId}
          onChange={(v) => setFilter('unitId', v)}
          clearable
          placeholder="Tất cả đơn vị"
        />
      </SimpleGrid>
      {entityId && (
        <Group gap="sm">
          <Text>{AUDIT.filterEntity}</Text>
          <Button variant="subtle" onClick={() => setFilter('entityId', null)}>
            {AUDIT.clearEntity}
          </Button>
        </Group>
      )}
      {!query.data ? (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.entries.length === 0 ? (
        <Text>{AUDIT.empty}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="sm" aria-label={AUDIT.tableLabel}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{AUDIT.colTime}</Table.Th>
                  <Table.Th>{AUDIT.colUser}</Table.Th>
                  <Table.Th>{AUDIT.colAction}</Table.Th>
                  <Table.Th>{AUDIT.colEntity}</Table.Th>
                  <Table.Th>{AUDIT.colDetail}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.entries.map((e) => {
                  const name = entityName(e.before, e.after);
                  const what = actionLabel(e.action);
                  return (
                    <Table.Tr key={e.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                      <Table.Td>{e.username || AUDIT.system}</Table.Td>
                      <Table.Td>{what}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed">
                          {AUDIT.entityTypes[e.entityType] ?? e.entityType}
                        </Text>
                        {name && <Text size="sm">{name}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setOpen(e)}
                          aria-label={AUDIT.detailLabel(what, formatDateTime(e.at))}
                        >
                          {AUDIT.detail}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" p="sm">
            <Text size="sm">{AUDIT.page(page, pages, query.data.total)}</Text>
            <Group gap="xs">
              <Button
                variant="default"
                size="xs"
                disabled={page <= 1}
                onClick={() => setFilter('page', String(page - 1))}
              >
                {AUDIT.prev}
              </Button>
              <Button
                variant="default"
                size="xs"
                disabled={page >= pages}
                onClick={() => setFilter('page', String(page + 1))}
              >
                {AUDIT.next}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      <AuditDetailModal entry={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
