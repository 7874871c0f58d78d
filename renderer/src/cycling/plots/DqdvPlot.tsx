// Differential capacity dQ/dV against voltage for chosen cycles and half-cycles, computed in main
// by the stated method (capacity binned by voltage, then smoothed), with the method under the plot
// and the peaks listed with their voltages.
import { Checkbox, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { Data, Layout } from 'plotly.js';
import { useMemo, useState } from 'react';
import { formatQuantity } from '../../../../shared/format/quantity';
import type { CapacityBasis, CycleSelection, Dqdv, DqdvSettings, HalfCycle } from '../../../../shared/schemas/plots';
import { useApiQuery } from '../../api/hooks';
import { PlotlyChart } from '../../components/PlotlyChart';
import { DECORATION } from '../../components/plot/plot-export';
import { axisLayout, hoverValue, zoomableAxisLayout } from './axis-layout';
import { cycleColourBar } from './cycle-colours';
import { halfCycleTraces } from './cycle-traces';
import { CycleSelectionPicker } from './CycleSelectionPicker';
import { DqdvSettingsForm } from './DqdvSettingsForm';
import { PlotNotes } from './PlotNotes';

const DEFAULT_SETTINGS: DqdvSettings = { binWidthMV: 5, smoothing: { kind: 'savitzky_golay', windowBins: 9 }, minPeakFraction: 0.1 };

function figure(dqdv: Dqdv): { data: Data[]; layout: Partial<Layout> } {
  const first = dqdv.cycles[0] ?? 1;
  const last = dqdv.cycles.at(-1) ?? first;
  const drawn = dqdv.curves.filter((curve) => curve.voltageV.length > 0);
  const lines = drawn.map((curve) => ({ cycle: curve.cycle, half: curve.half, x: curve.voltageV, y: curve.dqdv }));
  const data = halfCycleTraces(lines, dqdv.cycles, 'scatter', `${hoverValue('x', dqdv.voltageAxis)}<br>${hoverValue('y', dqdv.dqdvAxis)}`);
  const peaks = drawn.flatMap((curve) => curve.peaks.map((peak) => ({ ...peak, cycle: curve.cycle, half: curve.half })));
  if (peaks.length > 0) {
    data.push({ type: 'scatter', mode: 'markers', meta: DECORATION, name: 'peaks', x: peaks.map((p) => p.voltageV), y: peaks.map((p) => p.height), marker: { symbol: 'triangle-down', size: 8, color: '#868e96' }, hovertemplate: `peak ${hoverValue('x', dqdv.voltageAxis)}<extra></extra>` } as Data);
  }
  if (drawn.length > 0) data.push(cycleColourBar(first, last));
  return { data, layout: { xaxis: zoomableAxisLayout(dqdv.voltageAxis), yaxis: axisLayout(dqdv.dqdvAxis, { range: undefined, zeroline: true }) } };
}

function PeaksTable({ dqdv }: { dqdv: Dqdv }) {
  const rows = dqdv.curves.flatMap((curve) => curve.peaks.map((peak, index) => ({ key: `${curve.cycle}-${curve.half}-${index}`, cycle: curve.cycle, half: curve.half, ...peak })));
  if (rows.length === 0) return <Text size="xs" c="dimmed">No peak above {Math.round(dqdv.settings.minPeakFraction * 100)} % of the highest.</Text>;
  return (
    <ScrollArea.Autosize mah={220} maw={520} type="auto">
      <Table fz="xs" verticalSpacing={2} aria-label="dQ/dV peaks" stickyHeader>
        <Table.Thead>
          <Table.Tr><Table.Th>Cycle</Table.Th><Table.Th>Half-cycle</Table.Th><Table.Th ta="right">Peak voltage (V)</Table.Th><Table.Th ta="right">dQ/dV ({dqdv.dqdvAxis.unit})</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{row.cycle}</Table.Td>
              <Table.Td>{row.half}</Table.Td>
              <Table.Td ta="right">{formatQuantity(row.voltageV, '', { decimals: 3 })}</Table.Td>
              <Table.Td ta="right">{formatQuantity(row.height, '')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

export function DqdvPlot({ testId, testName, cycles, basis }: { testId: number; testName: string; cycles: readonly number[]; basis: CapacityBasis }) {
  const [selection, setSelection] = useState<CycleSelection>({ kind: 'firstAndLast' });
  const [halves, setHalves] = useState<HalfCycle[]>(['charge', 'discharge']);
  const [settings, setSettings] = useState<DqdvSettings>(DEFAULT_SETTINGS);
  const query = useApiQuery('getDqdv', { testId, cycles: selection, halves, basis, settings }, { placeholderData: keepPreviousData });
  const dqdv = query.data;
  const plot = useMemo(() => (dqdv ? figure(dqdv) : null), [dqdv]);
  const drawn = dqdv?.curves.some((curve) => curve.voltageV.length > 0) ?? false;
  return (
    <Stack gap={4}>
      <Group gap="sm" align="flex-end">
        <CycleSelectionPicker value={selection} onChange={setSelection} cycles={cycles} />
        <Checkbox.Group label="Half-cycles" size="xs" value={halves} onChange={(value) => value.length > 0 && setHalves(value as HalfCycle[])}>
          <Group gap="xs" mt={6}>
            <Checkbox value="charge" label="charge" />
            <Checkbox value="discharge" label="discharge" />
          </Group>
        </Checkbox.Group>
      </Group>
      <DqdvSettingsForm value={settings} onChange={setSettings} />
      {query.error && <Text size="sm" c="red">{query.error.message}</Text>}
      {dqdv && !drawn && <Text size="sm" c="dimmed" py="md">No dQ/dV to draw for these cycles.</Text>}
      {plot && drawn && <PlotlyChart label="differential capacity" fileName={`${testName} dQdV`} data={plot.data} layout={plot.layout} height={320} />}
      {dqdv && (
        <>
          <Text size="xs" c="dimmed" data-testid="dqdv-method">Method: {dqdv.method}</Text>
          <PlotNotes notes={[...dqdv.notes, ...dqdv.curves.flatMap((curve) => (curve.note ? [curve.note] : []))]} />
          <PeaksTable dqdv={dqdv} />
        </>
      )}
    </Stack>
  );
}
