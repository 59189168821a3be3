import {
  Box,
  Button,
  Checkbox,
  Chip,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { matchesSearch } from '../../../../core/vietnamese/fold.ts';
import { useReferenceLists } from '../../../api/nominations.ts';
import { referenceLabel } from '../../../components/reference-select.tsx';
import { Tag } from '../../../components/tag.tsx';
import { AW } from '../labels.ts';
import type { Pickable } from './use-pickable.ts';

const P = AW.picker;

function Row({
  entry,
  checked,
  problems,
  fieldName,
  onToggle,
}: {
  entry: Pickable;
  checked: boolean;
  problems: readonly string[] | undefined;
  fieldName: string;
  onToggle: (on: boolean) => void;
}) {
  const blocked = checked && problems !== undefined && problems.length > 0;
  return (
    <Box
      component="li"
      py={6}
      px="xs"
      style={{
        listStyle: 'none',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
        background: blocked ? 'var(--mantine-color-red-0)' : undefined,
      }}
    >
      <Checkbox
        checked={checked}
        onChange={(e) => onToggle(e.currentTarget.checked)}
        label={
          <Group gap={6} component="span">
            <Text span fw={600}>
              {entry.name}
            </Text>
            <Tag tone={entry.kind === 'collective' ? 'grape' : 'gray'} size="sm">
              {AW.kind[entry.kind]}
            </Tag>
          </Group>
        }
        description={[
          entry.position,
          entry.position.includes(entry.unitName) ? '' : entry.unitName,
          fieldName,
        ]
          .filter(Boolean)
          .join(' · ')}
        styles={{ description: { color: 'var(--mantine-color-gray-8)' } }}
      />
      {blocked && (
        <Text size="sm" c="red.9" ml={34} mt={2}>
          {P.blocked}: {problems.join(' ')}
        </Text>
      )}
    </Box>
  );
}

/**
 * Choose whom to propose: exemplary delegates of the approved list or council-approved nominations;
 * search without diacritics, by kind and field, select all shown; each chosen line with its problems.
 */
export function SubjectPicker({
  delegates,
  nominations,
  listNumber,
  selected,
  onChange,
  problems,
  checking,
}: {
  delegates: readonly Pickable[];
  nominations: readonly Pickable[];
  listNumber: number;
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  problems: ReadonlyMap<string, string[]>;
  checking: boolean;
}) {
  const reference = useReferenceLists().data;
  const [source, setSource] = useState<'delegate' | 'nomination'>(
    delegates.length > 0 ? 'delegate' : 'nomination',
  );
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<'all' | 'individual' | 'collective'>('all');
  const [field, setField] = useState<string | null>(null);
  const kindId = useId();
  const pool = source === 'delegate' ? delegates : nominations;
  const fieldName = (code: string | null) => (code ? referenceLabel(reference?.field, code) : '');

  const fieldOptions = useMemo(() => {
    const codes = [...new Set(pool.map((p) => p.fieldCode).filter((c): c is string => c !== null))];
    return codes.map((c) => ({ value: c, label: referenceLabel(reference?.field, c) }));
  }, [pool, reference]);
  const shown = useMemo(
    () =>
      pool.filter(
        (p) =>
          (kind === 'all' || p.kind === kind) &&
          (field === null || p.fieldCode === field) &&
          (search.trim() === '' || matchesSearch(`${p.name} ${p.position} ${p.unitName}`, search)),
      ),
    [pool, kind, field, search],
  );
  const all = [...delegates, ...nominations];
  const chosen = all.filter((p) => selected.has(p.id));
  const people = chosen.filter((p) => p.kind === 'individual').length;
  const blocked = chosen.filter((p) => (problems.get(p.id)?.length ?? 0) > 0);

  const setMany = (ids: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    onChange(next);
  };

  return (
    <Stack gap="sm">
      <SegmentedControl
        value={source}
        onChange={(v) => setSource(v as 'delegate' | 'nomination')}
        fullWidth
        aria-label={P.source}
        data={[
          { value: 'delegate', label: P.fromDelegates(delegates.length, listNumber) },
          { value: 'nomination', label: P.fromNominations(nominations.length) },
        ]}
        styles={{ label: { whiteSpace: 'normal', lineHeight: 1.3 } }}
      />
      {source === 'delegate' && listNumber === 0 && <Text size="sm">{P.noList}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="search"
          label={P.search}
          placeholder={P.searchPlaceholder}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Select
          label={P.field}
          placeholder={P.fieldAll}
          data={fieldOptions}
          value={field}
          onChange={setField}
          clearable
          clearButtonProps={{ 'aria-label': P.fieldClear }}
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={kindId}>
          {P.kind}
        </Text>
        <Group role="radiogroup" aria-labelledby={kindId} gap={6}>
          {(['all', 'individual', 'collective'] as const).map((k) => (
            <Chip
              key={k}
              type="radio"
              name={kindId}
              size="sm"
              checked={kind === k}
              onChange={() => setKind(k)}
            >
              {k === 'all' ? P.all : AW.kind[k]}
            </Chip>
          ))}
        </Group>
      </Stack>
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() =>
              setMany(
                shown.map((p) => p.id),
                true,
              )
            }
            disabled={shown.length === 0}
          >
            {P.selectShown(shown.length)}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() =>
              setMany(
                shown.map((p) => p.id),
                false,
              )
            }
            disabled={!shown.some((p) => selected.has(p.id))}
          >
            {P.clearShown}
          </Button>
        </Group>
        <Group gap={6}>
          {checking && <Loader size="xs" aria-label={P.checking} />}
          <Text size="sm" fw={700} role="status">
            {P.chosen(chosen.length, people, chosen.length - people)}
          </Text>
        </Group>
      </Group>
      {blocked.length > 0 && (
        <Paper withBorder p="sm" bg="red.0" role="alert">
          <Text fw={700} c="red.9">
            {P.blockedTitle(blocked.length)}
          </Text>
          <Text size="sm">{P.blockedHint}</Text>
          <Button
            mt="xs"
            size="compact-sm"
            color="red.9"
            variant="outline"
            onClick={() =>
              setMany(
                blocked.map((p) => p.id),
                false,
              )
            }
          >
            {P.dropBlocked(blocked.length)}
          </Button>
        </Paper>
      )}
      <Box
        component="ul"
        aria-label={P.listLabel}
        p={0}
        m={0}
        mah={440}
        style={{ overflow: 'auto', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
      >
        {shown.length === 0 ? (
          <Text component="li" p="sm" style={{ listStyle: 'none' }}>
            {P.empty}
          </Text>
        ) : (
          shown.map((p) => (
            <Row
              key={p.id}
              entry={p}
              checked={selected.has(p.id)}
              problems={problems.get(p.id)}
              fieldName={fieldName(p.fieldCode)}
              onToggle={(on) => setMany([p.id], on)}
            />
          ))
        )}
      </Box>
    </Stack>
  );
}
