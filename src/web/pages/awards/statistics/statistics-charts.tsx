import { Box, Paper, SimpleGrid, Text } from '@mantine/core';
import { BarChart, type BarSeriesOption, PieChart, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type EChartsType, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import type { AwardStatisticsResponse } from '../../../../shared/api/award-records.ts';
import { STAT } from './labels.ts';

use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

type Option = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** Print-safe colours with readable labels: red for collectives, blue for individuals, then others. */
const COLORS = ['#a61e1e', '#1864ab', '#b08306', '#2b8a3e', '#5f3dc4'];
const TEXT = { color: '#212529', fontSize: 13 };
const number = new Intl.NumberFormat('vi-VN');

/** One chart drawn as SVG; `description` says every value in words for screen readers. */
function Chart({ option, height, description }: { option: Option; height: number; description: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: 'svg', locale: 'EN' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  return <Box ref={ref} h={height} w="100%" role="img" aria-label={description} />;
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Text fw={700} size="sm" mb={4}>
        {title}
      </Text>
      {children}
    </Paper>
  );
}

const legend = { bottom: 0, textStyle: TEXT, itemWidth: 14, itemHeight: 10 };

/** By year (collectives and individuals), money by year, by level, and the shares of Biểu 2. */
export function StatisticsCharts({ stats }: { stats: AwardStatisticsResponse }) {
  const years = useMemo(() => stats.years.map(String), [stats.years]);
  const line = stats.byForm.total;
  const byYear = useMemo((): Option => {
    const series = (name: string, key: 'collective' | 'individual'): BarSeriesOption => ({
      name,
      type: 'bar',
      stack: 'n',
      data: line.years.map((y) => y[key].count),
      barMaxWidth: 36,
    });
    return {
      color: COLORS,
      tooltip: { trigger: 'axis' },
      legend,
      grid: { left: 8, right: 8, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: years, axisLabel: TEXT },
      yAxis: { type: 'value', minInterval: 1, axisLabel: TEXT },
      series: [series(STAT.collective, 'collective'), series(STAT.individual, 'individual')],
    };
  }, [line, years]);
  const money = useMemo(
    (): Option => ({
      color: [COLORS[2]],
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: years, axisLabel: TEXT },
      yAxis: { type: 'value', axisLabel: TEXT },
      series: [
        {
          type: 'bar',
          data: line.years.map((y) => Math.round(y.all.amount / 100_000) / 10),
          barMaxWidth: 36,
          label: { show: true, position: 'top', ...TEXT },
        },
      ],
    }),
    [line, years],
  );
  const levels = useMemo(
    () => stats.byForm.levels.filter((l) => l.total.all.count > 0),
    [stats.byForm.levels],
  );
  const byLevel = useMemo(
    (): Option => ({
      color: COLORS,
      tooltip: { trigger: 'item', formatter: '{b}: {c} lượt ({d}%)' },
      legend,
      series: [
        {
          type: 'pie',
          radius: ['40%', '72%'],
          center: ['50%', '44%'],
          data: levels.map((l) => ({ name: l.levelName, value: l.total.all.count })),
          label: { show: false },
        },
      ],
    }),
    [levels],
  );
  const shares = stats.shares.total;
  const shareOption = useMemo(
    (): Option => ({
      color: [COLORS[3]],
      tooltip: { trigger: 'item', formatter: '{b}: {c}%' },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { ...TEXT, formatter: '{value}%' } },
      yAxis: { type: 'category', data: [STAT.minorities, STAT.women, STAT.directWorkers], axisLabel: TEXT },
      series: [
        {
          type: 'bar',
          data: [shares.ethnicMinorities.share, shares.women.share, shares.directWorkers.share],
          barMaxWidth: 22,
          label: { show: true, position: 'right', ...TEXT, formatter: '{c}%' },
        },
      ],
    }),
    [shares],
  );
  const perYear = line.years
    .map((y, i) => `${years[i]}: ${y.collective.count} tập thể, ${y.individual.count} cá nhân`)
    .join('; ');
  const moneyWords = line.years.map((y, i) => `${years[i]}: ${number.format(y.all.amount)} đồng`).join('; ');
  const levelWords = levels.map((l) => `${l.levelName}: ${l.total.all.count} lượt`).join('; ');
  const shareWords = `${STAT.directWorkers} ${shares.directWorkers.share}%; ${STAT.women} ${shares.women.share}%; ${STAT.minorities} ${shares.ethnicMinorities.share}%`;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      <Card title={STAT.chartByYear}>
        <Chart option={byYear} height={240} description={STAT.describe(STAT.chartByYear, perYear)} />
      </Card>
      <Card title={STAT.chartMoney}>
        <Chart option={money} height={240} description={STAT.describe(STAT.chartMoney, moneyWords)} />
      </Card>
      <Card title={STAT.chartLevels}>
        <Chart option={byLevel} height={240} description={STAT.describe(STAT.chartLevels, levelWords)} />
      </Card>
      <Card title={STAT.chartShares}>
        <Chart option={shareOption} height={240} description={STAT.describe(STAT.chartShares, shareWords)} />
      </Card>
    </SimpleGrid>
  );
}
