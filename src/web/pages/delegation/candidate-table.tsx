import {
  Chip,
  Group,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { inListOrder } from '../../../core/delegation/candidates.ts';
import type { ValueLabeler } from '../../../core/delegation/labels.ts';
import { DELEGATE_CATEGORIES, type DelegateCandidate } from '../../../core/delegation/types.ts';
import { matchesSearch } from '../../../core/vietnamese/fold.ts';
import {
  ExplanationText,
  LockButtons,
  NameBlock,
  ResultCell,
  type RowState,
  ScoreButton,
} from './candidate-parts.tsx';
import { DEL } from './labels.ts';
import { CATEGORY_LABELS } from './value-labels.ts';

const T = DEL.candidates;
const PAGE = 50;

export interface CandidateTableProps {
  candidates: readonly DelegateCandidate[];
  stateOf: (c: DelegateCandidate) => RowState;
  /** Whether "Được chọn / Không được chọn" can be filtered (a list to compare with exists). */
  hasList: boolean;
  canEdit: boolean;
  label: ValueLabeler;
  onLock: (c: DelegateCandidate) => void;
  onExclude: (c: DelegateCandidate) => void;
  onEditGuest: (c: DelegateCandidate) => void;
  onEditRepresentative: (c: DelegateCandidate) => void;
}

type Show = 'all' | 'in' | 'out';

/** One row of choices where exactly one is on, with a visible label; wraps on a phone. */
function ChipChoice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <Group role="radiogroup" aria-labelledby={id} gap={6}>
        {options.map((o) => (
          <Chip
            key={o.value}
            type="radio"
            name={id}
            size="sm"
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          >
            {o.label}
          </Chip>
        ))}
      </Group>
    </Stack>
  );
}

/** Search, group, in/out and order; then a table on a laptop, cards on a phone, 50 at a time. */
export function CandidateTable(props: CandidateTableProps) {
  const { candidates, stateOf, hasList, label } = props;
  const isPhone = useMediaQuery('(max-width: 61.99em)') ?? false;
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string>('all');
  const [show, setShow] = useState<Show>('all');
  const [sort, setSort] = useState<'name' | 'score'>('name');
  const [page, setPage] = useState(1);

  const rows = useMemo(() => {
    const unit = (c: DelegateCandidate) =>
      c.nominatingUnitName || label('nominating_unit', c.nominatingUnitId ?? '');
    const found = candidates.filter((c) => {
      if (category !== 'all' && c.category !== category) return false;
      if (hasList && show !== 'all' && stateOf(c).selected !== (show === 'in')) return false;
      return (
        search.trim() === '' ||
        matchesSearch(`${c.name} ${c.position} ${unit(c)} ${c.formerUnitName}`, search)
      );
    });
    // As the printed list: by group; exemplary collectives by name, then people by given name;
    // guests and leaders in protocol order.
    const listed = inListOrder(found);
    return sort === 'score' ? listed.sort((a, b) => b.score - a.score) : listed;
  }, [candidates, category, show, search, sort, hasList, stateOf, label]);

  const counts = useMemo(() => {
    const out: Record<string, number> = { all: candidates.length };
    for (const c of candidates) out[c.category] = (out[c.category] ?? 0) + 1;
    return out;
  }, [candidates]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages);
  const shown = rows.slice((current - 1) * PAGE, current * PAGE);

  return (
    <Stack gap="sm" component="section" aria-labelledby="vd-candidates-title">
      <Title order={3} size="h4" id="vd-candidates-title">
        {T.title}
      </Title>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm">
          <TextInput
            type="search"
            label={T.search}
            placeholder={T.searchPlaceholder}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
          />
          <ChipChoice
            label={T.filter}
            value={category}
            options={[
              { value: 'all', label: T.withCount(T.all, counts.all ?? 0) },
              ...DELEGATE_CATEGORIES.map((c) => ({
                value: c,
                label: T.withCount(CATEGORY_LABELS[c], counts[c] ?? 0),
              })),
            ]}
            onChange={(v) => {
              setCategory(v);
              setPage(1);
            }}
          />
          {hasList && (
            <ChipChoice
              label={T.show}
              value={show}
              options={[
                { value: 'all', label: T.showAll },
                { value: 'in', label: T.showIn },
                { value: 'out', label: T.showOut },
              ]}
              onChange={(v) => {
                setShow(v as Show);
                setPage(1);
              }}
            />
          )}
          <ChipChoice
            label={T.sort}
            value={sort}
            options={[
              { value: 'name', label: T.sortName },
              { value: 'score', label: T.sortScore },
            ]}
            onChange={(v) => setSort(v as 'name' | 'score')}
          />
        </SimpleGrid>
      </Paper>
      <Text fw={600} role="status">
        {T.count(rows.length, candidates.length)}
      </Text>
      {candidates.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{T.none}</Text>
        </Paper>
      ) : rows.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{T.empty}</Text>
        </Paper>
      ) : isPhone ? (
        <CandidateCards {...props} rows={shown} offset={(current - 1) * PAGE} />
      ) : (
        <CandidateRows {...props} rows={shown} offset={(current - 1) * PAGE} />
      )}
      {pages > 1 && (
        <Group justify="space-between" gap="xs">
          <Text size="sm">
            {T.pageInfo((current - 1) * PAGE + 1, Math.min(current * PAGE, rows.length), rows.length)}
          </Text>
          <Pagination
            total={pages}
            value={current}
            onChange={setPage}
            aria-label={T.pages}
            getControlProps={(control) => ({
              'aria-label':
                control === 'previous' ? 'Trang trước' : control === 'next' ? 'Trang sau' : undefined,
            })}
          />
        </Group>
      )}
    </Stack>
  );
}

type RowsProps = CandidateTableProps & { rows: readonly DelegateCandidate[]; offset: number };

function unitText(c: DelegateCandidate, label: ValueLabeler): string {
  return c.nominatingUnitName || (c.nominatingUnitId ? label('nominating_unit', c.nominatingUnitId) : '');
}

function CandidateRows({
  rows,
  offset,
  stateOf,
  canEdit,
  label,
  onLock,
  onExclude,
  onEditGuest,
  onEditRepresentative,
}: RowsProps) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={960}>
        <Table
          striped
          verticalSpacing="sm"
          aria-label={T.tableLabel}
          styles={{ td: { verticalAlign: 'top' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>{T.colNumber}</Table.Th>
              <Table.Th miw={240}>{T.colName}</Table.Th>
              <Table.Th miw={180}>{T.colUnit}</Table.Th>
              <Table.Th w={80}>{T.colScore}</Table.Th>
              <Table.Th miw={260}>{T.colResult}</Table.Th>
              {canEdit && <Table.Th w={190}>{T.colActions}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c, i) => {
              const state = stateOf(c);
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>{offset + i + 1}</Table.Td>
                  <Table.Td>
                    <NameBlock
                      c={c}
                      onEdit={canEdit && c.source === 'guest' ? () => onEditGuest(c) : undefined}
                      onEditRepresentative={
                        canEdit && c.kind === 'collective' ? () => onEditRepresentative(c) : undefined
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{unitText(c, label)}</Text>
                    {c.fieldCode && (
                      <Text size="sm" c="dimmed">
                        {label('field', c.fieldCode)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ScoreButton c={c} />
                  </Table.Td>
                  <Table.Td>
                    <ResultCell state={state} />
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <LockButtons
                        c={c}
                        state={state}
                        onLock={() => onLock(c)}
                        onExclude={() => onExclude(c)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function CandidateCards({
  rows,
  stateOf,
  canEdit,
  label,
  onLock,
  onExclude,
  onEditGuest,
  onEditRepresentative,
}: RowsProps) {
  return (
    <Stack gap="sm" component="ul" aria-label={T.tableLabel} p={0} m={0}>
      {rows.map((c) => {
        const state = stateOf(c);
        const unit = unitText(c, label);
        return (
          <Paper key={c.id} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
            <Stack gap="xs">
              <NameBlock
                c={c}
                onEdit={canEdit && c.source === 'guest' ? () => onEditGuest(c) : undefined}
                onEditRepresentative={
                  canEdit && c.kind === 'collective' ? () => onEditRepresentative(c) : undefined
                }
              />
              {unit && unit !== c.position && <Text size="sm">{unit}</Text>}
              <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
                <ResultCell state={{ ...state, explanation: undefined }} />
                <ScoreButton c={c} withLabel />
              </Group>
              <ExplanationText text={state.explanation} />
              {canEdit && (
                <LockButtons c={c} state={state} onLock={() => onLock(c)} onExclude={() => onExclude(c)} />
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
