import { Box, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { attendingPerson } from '../../../core/delegation/attributes.ts';
import type { ValueLabeler } from '../../../core/delegation/labels.ts';
import type { DelegateCandidate, DelegateColumn } from '../../../core/delegation/types.ts';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { type ChartOption, EChart } from './echart.tsx';
import { DEL } from './labels.ts';

const C = DEL.charts;
/** Distinct, print-safe colours that keep white labels readable. */
const COLORS = ['#a61e1e', '#1864ab', '#b08306', '#2b8a3e', '#5f3dc4', '#d9480f', '#0b7285', '#495057'];

interface Slice {
  name: string;
  value: number;
}

function countBy(
  delegates: readonly DelegateCandidate[],
  column: DelegateColumn,
  key: (d: DelegateCandidate) => string,
  label: ValueLabeler,
): Slice[] {
  const counts = new Map<string, number>();
  for (const d of delegates) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
  return [...counts]
    .map(([value, n]) => ({ name: value === '' ? C.unknown : label(column, value), value: n }))
    .sort((a, b) => b.value - a.value || compareVietnamese(a.name, b.name));
}

function describe(title: string, slices: readonly Slice[]): string {
  return C.describe(title, slices.map((s) => `${s.name} ${s.value} ${C.people}`).join('; '));
}

function pieOption(slices: readonly Slice[]): ChartOption {
  return {
    color: COLORS,
    tooltip: { trigger: 'item', formatter: '{b}: {c} người ({d}%)' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '85%'],
        data: [...slices],
        label: { show: false },
        labelLine: { show: false },
      },
    ],
  };
}

function barOption(slices: readonly Slice[], labelWidth: number): ChartOption {
  const rows = [...slices].reverse();
  return {
    color: COLORS,
    tooltip: { trigger: 'item', formatter: '{b}: {c} người' },
    grid: { left: 4, right: 36, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      data: rows.map((s) => s.name),
      axisLabel: { width: labelWidth, overflow: 'truncate', color: '#212529', fontSize: 13 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((s) => s.value),
        barMaxWidth: 16,
        label: { show: true, position: 'right', color: '#212529', fontSize: 13 },
        itemStyle: { color: COLORS[0] },
      },
    ],
  };
}

/** The pie's key as text beside it: a colour, the value, the count and the share. */
function Legend({ slices }: { slices: readonly Slice[] }) {
  const total = slices.reduce((s, x) => s + x.value, 0);
  return (
    <Stack gap={2} component="ul" p={0} m={0} aria-hidden="true">
      {slices.map((s, i) => (
        <Group
          key={s.name}
          gap={6}
          wrap="nowrap"
          component="li"
          style={{ listStyle: 'none' }}
          align="flex-start"
        >
          <Box
            w={12}
            h={12}
            mt={5}
            bg={COLORS[i % COLORS.length]}
            style={{ flexShrink: 0, borderRadius: 2 }}
          />
          <Text size="sm" lh={1.4}>
            {s.name}: <b>{s.value}</b>
            {total > 0 && ` (${Math.round((100 * s.value) / total)}%)`}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function PieCard({ title, slices }: { title: string; slices: Slice[] }) {
  const option = useMemo(() => pieOption(slices), [slices]);
  return (
    <Paper withBorder p="sm">
      <Text fw={700} size="sm" mb={6}>
        {title}
      </Text>
      <Group gap="sm" wrap="nowrap" align="center">
        <Box w={110} style={{ flexShrink: 0 }}>
          <EChart option={option} height={110} description={describe(title, slices)} />
        </Box>
        <Legend slices={slices} />
      </Group>
    </Paper>
  );
}

function BarCard({ title, slices, labelWidth }: { title: string; slices: Slice[]; labelWidth: number }) {
  const option = useMemo(() => barOption(slices, labelWidth), [slices, labelWidth]);
  return (
    <Paper withBorder p="sm">
      <Text fw={700} size="sm" mb={4}>
        {title}
      </Text>
      <EChart
        option={option}
        height={Math.max(60, 24 * slices.length + 12)}
        description={describe(title, slices)}
      />
    </Paper>
  );
}

/** The make-up of a list: by group, gender, direct work (pies); by field, sector, former unit (bars). */
export function CompositionCharts({
  delegates,
  label,
}: {
  delegates: readonly DelegateCandidate[];
  label: ValueLabeler;
}) {
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  const pies = useMemo(
    () => [
      { title: C.category, slices: countBy(delegates, 'category', (d) => d.category, label) },
      // A collective counts by its representative, as the rules and the printed summary do.
      {
        title: C.gender,
        slices: countBy(delegates, 'gender', (d) => attendingPerson(d).gender ?? '', label),
      },
      {
        title: C.direct,
        slices: countBy(delegates, 'direct_worker', (d) => (d.directWorker ? '1' : '0'), label),
      },
    ],
    [delegates, label],
  );
  const bars = useMemo(
    () => [
      { title: C.field, slices: countBy(delegates, 'field', (d) => d.fieldCode ?? '', label) },
      { title: C.sector, slices: countBy(delegates, 'sector', (d) => d.sectorCode ?? '', label) },
      { title: C.former, slices: countBy(delegates, 'former_unit', (d) => d.formerUnitName.trim(), label) },
    ],
    [delegates, label],
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {pies.map((c) => (
          <PieCard key={c.title} title={c.title} slices={c.slices} />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
        {bars.slice(0, 2).map((c) => (
          <BarCard key={c.title} title={c.title} slices={c.slices} labelWidth={narrow ? 150 : 240} />
        ))}
      </SimpleGrid>
      {bars.slice(2).map((c) => (
        <BarCard key={c.title} title={c.title} slices={c.slices} labelWidth={narrow ? 150 : 320} />
      ))}
    </Stack>
  );
}
