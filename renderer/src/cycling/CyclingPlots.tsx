// Two plots of one test: discharge capacity and coulombic efficiency per cycle (with the retention
// line the lifespan is measured against), and voltage against capacity for chosen cycles.
import { Group, MultiSelect, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { Data } from 'plotly.js-strict-dist-min';
import { useMemo, useState } from 'react';
import type { CyclingTestDetail } from '../../../shared/schemas/cycling';
import { useApiQuery } from '../api/hooks';
import { PlotlyChart } from '../components/PlotlyChart';

const MAX_CURVES = 10;
// Cycles from blue (first) to red (last) so that fade reads as a drift in colour.
function cycleColour(index: number, count: number): string {
  const t = count <= 1 ? 0 : index / (count - 1);
  return `hsl(${Math.round(215 - 215 * t)}, 65%, 48%)`;
}

/** First, lifespan and last cycle: the three a researcher compares first. */
function defaultCycles(detail: CyclingTestDetail): number[] {
  const cycles = detail.cycles.map((row) => row.cycle);
  const picks = [cycles[0], detail.lifespan.lifespanCycle ?? undefined, cycles[cycles.length - 1]].filter((cycle): cycle is number => cycle !== undefined);
  return [...new Set(picks)];
}

function CapacityByCycle({ detail }: { detail: CyclingTestDetail }) {
  const { data, layout } = useMemo(() => {
    const cycles = detail.cycles.map((row) => row.cycle);
    const flagged = new Set(detail.shortCircuits.map((flag) => flag.cycle));
    const traces: Data[] = [
      { type: 'scatter', mode: 'lines+markers', name: 'discharge capacity', x: cycles, y: detail.cycles.map((row) => row.dischargeMAh), marker: { size: 4 }, line: { width: 1.5 } },
      { type: 'scatter', mode: 'lines', name: 'coulombic efficiency', x: cycles, y: detail.cycles.map((row) => (row.coulombicEfficiency === null ? null : row.coulombicEfficiency * 100)), yaxis: 'y2', line: { width: 1, dash: 'dot' } },
    ];
    if (flagged.size > 0) {
      const rows = detail.cycles.filter((row) => flagged.has(row.cycle));
      traces.push({ type: 'scatter', mode: 'markers', name: 'short circuit flagged', x: rows.map((row) => row.cycle), y: rows.map((row) => row.dischargeMAh), marker: { size: 10, color: 'red', symbol: 'x' } });
    }
    const standard = detail.lifespan.standardCapacityMAh;
    const shapes = standard === null ? [] : [{ type: 'line' as const, xref: 'paper' as const, x0: 0, x1: 1, y0: standard * detail.settings.lifespan.retention, y1: standard * detail.settings.lifespan.retention, line: { dash: 'dash' as const, width: 1, color: '#c92a2a' } }];
    return {
      data: traces,
      layout: {
        xaxis: { title: { text: 'cycle' } },
        yaxis: { title: { text: 'discharge capacity (mAh)' }, rangemode: 'tozero' as const },
        yaxis2: { title: { text: 'coulombic efficiency (%)' }, overlaying: 'y' as const, side: 'right' as const, showgrid: false, tickformat: '.1f', nticks: 6 },
        shapes,
      },
    };
  }, [detail]);
  return <PlotlyChart label="capacity by cycle" data={data} layout={layout} height={320} />;
}

function VoltageCurves({ detail }: { detail: CyclingTestDetail }) {
  const [chosen, setChosen] = useState<number[]>(() => defaultCycles(detail));
  const points = useApiQuery('getCyclePoints', { testId: detail.test.id, cycles: chosen.length > 0 ? chosen : [1], maxPointsPerCycle: 2000 }, { enabled: chosen.length > 0 });
  const { data, layout } = useMemo(() => {
    const cycles = points.data?.cycles ?? [];
    const traces: Data[] = cycles.flatMap((cycle, index) => {
      const colour = cycleColour(index, cycles.length);
      // Charge and discharge as separate lines so that the rest between them draws no connector.
      return ([1, -1] as const).map((direction): Data => {
        const keep = cycle.direction.map((value, i) => (value === direction ? i : -1)).filter((i) => i >= 0);
        return {
          type: 'scattergl',
          mode: 'lines',
          name: `cycle ${cycle.cycle} ${direction === 1 ? 'charge' : 'discharge'}`,
          legendgroup: `cycle ${cycle.cycle}`,
          showlegend: direction === 1,
          x: keep.map((i) => cycle.capacityMAh[i]!),
          y: keep.map((i) => cycle.voltageV[i]!),
          line: { color: colour, width: 1.5, dash: direction === 1 ? 'solid' : 'dot' },
        };
      });
    });
    return { data: traces, layout: { xaxis: { title: { text: 'capacity (mAh)' } }, yaxis: { title: { text: 'voltage (V)' } } } };
  }, [points.data]);
  return (
    <>
      <MultiSelect
        size="xs"
        label={`Cycles (at most ${MAX_CURVES})`}
        maxValues={MAX_CURVES}
        searchable
        data={detail.cycles.map((row) => String(row.cycle))}
        value={chosen.map(String)}
        onChange={(values) => setChosen(values.map(Number).sort((a, b) => a - b))}
      />
      <PlotlyChart label="voltage against capacity" data={data} layout={layout} height={320} />
    </>
  );
}

export function CyclingPlots({ detail }: { detail: CyclingTestDetail }) {
  if (detail.cycles.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
      <Paper withBorder p="sm">
        <Group justify="space-between">
          <Title order={3}>Capacity by cycle</Title>
          <Text size="xs" c="dimmed">dashed: {Math.round(detail.settings.lifespan.retention * 100)} % of the standard capacity</Text>
        </Group>
        <CapacityByCycle detail={detail} />
      </Paper>
      <Paper withBorder p="sm">
        <Title order={3}>Voltage against capacity</Title>
        <VoltageCurves detail={detail} />
      </Paper>
    </SimpleGrid>
  );
}
