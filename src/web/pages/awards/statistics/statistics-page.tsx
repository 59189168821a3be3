import {
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { awardApi, awardKeys } from '../../../api/awards.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { UnitSelect } from '../../../components/unit-select.tsx';
import { DownloadButtons } from '../shared/download-buttons.tsx';
import { useUnitChoices } from '../shared/use-catalogue.ts';
import { STAT } from './labels.ts';
import { formTable, type Measure, shareTable } from './statistics-model.ts';
import { StatisticsTable } from './statistics-table.tsx';

// The charts library is large: it loads once the numbers are there.
const StatisticsCharts = lazy(() =>
  import('./statistics-charts.tsx').then((m) => ({ default: m.StatisticsCharts })),
);

const READ = ['conference.read', 'nomination.review'] as const;

/** "Thống kê khen thưởng": Biểu 1 and Biểu 2 for the report, charts, copy into Word, Excel and print. */
export function StatisticsPage() {
  const choices = useUnitChoices(READ);
  const isPhone = useMediaQuery('(max-width: 48em)') ?? false;
  const [unitId, setUnitId] = useState<string | null>(null);
  const unit = unitId ?? choices.defaultUnitId;
  const [from, setFrom] = useState<number | ''>(2020);
  const [to, setTo] = useState<number | ''>(2025);
  const [measure, setMeasure] = useState<Measure>('count');
  const [showEmpty, setShowEmpty] = useState(false);
  const valid = from !== '' && to !== '' && from <= to && to - from <= 20;
  const [years] = useDebouncedValue(valid ? { from, to } : null, 300);
  const query = useQuery({
    queryKey: awardKeys.statistics(unit, years),
    queryFn: () => awardApi.statistics(unit ?? '', years?.from ?? 2020, years?.to ?? 2025),
    enabled: unit !== null && years !== null,
    placeholderData: keepPreviousData,
  });
  const stats = query.data;
  const tables = useMemo(
    () => (stats ? { forms: formTable(stats, measure, showEmpty), shares: shareTable(stats) } : null),
    [stats, measure, showEmpty],
  );

  return (
    <Stack gap="md">
      <div className="vd-no-print">
        <Title order={1} size="h2">
          {STAT.title}
        </Title>
        <Text maw={960} mt={4}>
          {STAT.intro}
        </Text>
      </div>
      <Paper withBorder p="sm" className="vd-no-print">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <UnitSelect
            units={choices.units}
            label={STAT.unit}
            value={unit}
            onChange={(v) => v && setUnitId(v)}
            allowDeselect={false}
          />
          <NumberInput
            label={STAT.from}
            value={from}
            onChange={(v) => setFrom(typeof v === 'number' ? v : '')}
            min={2000}
            max={2100}
            allowDecimal={false}
            error={!valid ? STAT.badYears : undefined}
          />
          <NumberInput
            label={STAT.to}
            value={to}
            onChange={(v) => setTo(typeof v === 'number' ? v : '')}
            min={2000}
            max={2100}
            allowDecimal={false}
          />
        </SimpleGrid>
        <Group mt="sm" gap="md" justify="space-between">
          <Group gap="md">
            <SegmentedControl
              aria-label={STAT.measure}
              fullWidth={isPhone}
              styles={isPhone ? { label: { whiteSpace: 'normal' } } : undefined}
              value={measure}
              onChange={(v) => setMeasure(v as Measure)}
              data={[
                { value: 'count', label: STAT.measureCount },
                { value: 'amount', label: STAT.measureAmount },
              ]}
            />
            <Switch
              label={STAT.showEmpty}
              checked={showEmpty}
              onChange={(e) => setShowEmpty(e.currentTarget.checked)}
            />
          </Group>
          {unit && years && (
            <Group gap="xs" align="flex-start">
              <DownloadButtons
                items={[
                  {
                    url: awardApi.statisticsXlsxUrl(unit, years.from, years.to),
                    label: STAT.excel,
                    aria: STAT.excelAria,
                    fileName: `thong-ke-khen-thuong-${years.from}-${years.to}.xlsx`,
                  },
                ]}
              />
              <Button variant="default" onClick={() => window.print()}>
                {STAT.print}
              </Button>
            </Group>
          )}
        </Group>
      </Paper>
      {stats && tables ? (
        <Stack gap="lg" aria-busy={query.isFetching}>
          {stats.byForm.total.total.all.count === 0 && <Text>{STAT.nothing}</Text>}
          <StatisticsTable model={tables.forms} unitName={stats.unitName} />
          <StatisticsTable model={tables.shares} unitName={stats.unitName} />
          <Stack gap="xs" component="section" aria-labelledby="vd-stat-charts" className="vd-no-print">
            <Title order={2} size="h4" id="vd-stat-charts">
              {STAT.chartsTitle}
            </Title>
            <Suspense fallback={<Loader size="sm" aria-label={STAT.chartsLoading} />}>
              <StatisticsCharts stats={stats} />
            </Suspense>
          </Stack>
        </Stack>
      ) : (
        <QueryState
          isPending={query.isPending && unit !== null}
          error={query.error}
          onRetry={() => query.refetch()}
        />
      )}
    </Stack>
  );
}
