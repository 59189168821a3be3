import { Button, Grid, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { UNIT_KIND_LABELS } from '../../../shared/api/units.ts';
import { api } from '../../api/endpoints.ts';
import { unitKeys } from '../../api/units.ts';
import { QueryState } from '../../components/query-state.tsx';
import { Tag } from '../../components/tag.tsx';
import { PublicAddressSetupCard, usePublicAddressSetup } from '../settings/setup-card.tsx';
import { UNITS } from './labels.ts';
import { UnitDetail } from './unit-detail.tsx';
import { ancestorIds, countByKind, indexUnits, searchUnits, type UnitIndex } from './unit-index.ts';
import { UnitTree } from './unit-tree.tsx';

/** The roots, and the paths down to the user's unit and the selected one. */
function defaultOpen(index: UnitIndex, homeUnitId: string, selectedId: string): Set<string> {
  const open = new Set(index.roots.map((r) => r.id));
  for (const id of [...ancestorIds(index, homeUnitId), ...ancestorIds(index, selectedId)]) open.add(id);
  return open;
}

export function UnitsPage() {
  const params = useParams();
  const query = useQuery({ queryKey: unitKeys.tree, queryFn: api.units.tree, staleTime: 60_000 });
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const treeRef = useRef<HTMLDivElement>(null);
  const scrolledHome = useRef(false);

  const index = useMemo(() => indexUnits(query.data?.units ?? []), [query.data]);
  const homeUnitId = query.data?.homeUnitId ?? '';
  const selectedId = params.unitId ?? homeUnitId;
  const result = useMemo(() => searchUnits(index, debounced), [index, debounced]);

  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  // Open the path to the user's own unit once the tree arrives; a search opens the path to each match.
  useEffect(() => {
    if (index.byId.size === 0) return;
    setExpanded(result ? new Set(result.expand) : defaultOpen(index, homeUnitId, selectedRef.current));
  }, [index, result, homeUnitId]);

  // The first-run set-up card sits above the tree: it stays in view rather than the user's own unit.
  const setup = usePublicAddressSetup().needed;
  useEffect(() => {
    if (setup === null) return;
    if (setup) scrolledHome.current = true;
    if (scrolledHome.current || expanded.size === 0 || !homeUnitId) return;
    const row = treeRef.current?.querySelector(`[data-unit-id="${homeUnitId}"]`);
    if (row) {
      row.scrollIntoView({ block: 'center' });
      scrolledHome.current = true;
    }
  }, [expanded, homeUnitId, setup]);

  const toggle = useCallback((id: string) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  function showMine() {
    setSearch('');
    setExpanded(defaultOpen(index, homeUnitId, homeUnitId));
    requestAnimationFrame(() =>
      treeRef.current?.querySelector(`[data-unit-id="${homeUnitId}"]`)?.scrollIntoView({ block: 'center' }),
    );
  }

  if (!query.data)
    return <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()} />;

  return (
    <Stack>
      <PublicAddressSetupCard />
      <div>
        <Title order={1} size="h2">
          {UNITS.title}
        </Title>
        <Text c="dimmed">{UNITS.intro}</Text>
      </div>
      <Group gap="xs" aria-label={UNITS.counts} role="group">
        {countByKind(query.data.units).map(([kind, n]) => (
          <Tag key={kind} tone="brand">
            {UNIT_KIND_LABELS[kind]}: {n}
          </Tag>
        ))}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group align="flex-end" gap="sm">
                <TextInput
                  label={UNITS.search}
                  description={UNITS.searchHint}
                  value={search}
                  onChange={(e) => setSearch(e.currentTarget.value)}
                  type="search"
                  style={{ flex: 1, minWidth: 220 }}
                />
                <Button variant="default" onClick={showMine}>
                  {UNITS.showMine}
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                {UNITS.legend}
              </Text>
              {result && (
                <Text size="sm" role="status">
                  {result.matches.size === 0 ? UNITS.searchNone : UNITS.searchCount(result.matches.size)}
                </Text>
              )}
              <div ref={treeRef}>
                <UnitTree
                  index={index}
                  expanded={expanded}
                  onToggle={toggle}
                  visible={result?.visible ?? null}
                  matches={result?.matches ?? null}
                  homeUnitId={homeUnitId}
                  selectedId={selectedId}
                />
              </div>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: params.unitId ? 1 : 3, md: 2 }}>
          <div className="vd-sticky-md">{selectedId && <UnitDetail unitId={selectedId} />}</div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
