// Voltage against capacity for the chosen cycles, coloured from the first cycle to the last with
// a colour bar; charge solid, discharge dashed (both in the legend). Zooming re-fetches every
// stored point of the zoomed capacity range.
import { Group, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { Data, Layout } from 'plotly.js';
import { useMemo, useState } from 'react';
import type { CapacityBasis, CycleSelection, VoltageCurves } from '../../../../shared/schemas/plots';
import { useApiQuery } from '../../api/hooks';
import { PlotlyChart, type XRange } from '../../components/PlotlyChart';
import { axisLayout, hoverValue, zoomableAxisLayout } from './axis-layout';
import { cycleColourBar } from './cycle-colours';
import { halfCycleTraces } from './cycle-traces';
import { CycleSelectionPicker } from './CycleSelectionPicker';
import { PlotNotes } from './PlotNotes';
import { SamplingCaption } from './SamplingCaption';
import { usePlotWidth } from './use-plot-width';

function figure(curves: VoltageCurves): { data: Data[]; layout: Partial<Layout> } {
  const data = halfCycleTraces(curves.curves, curves.cycles, 'scattergl', `${hoverValue('x', curves.capacityAxis)}<br>${hoverValue('y', curves.voltageAxis)}`);
  const first = curves.cycles[0] ?? 1;
  const last = curves.cycles.at(-1) ?? first;
  if (data.length > 0) data.push(cycleColourBar(first, last));
  return { data, layout: { xaxis: zoomableAxisLayout(curves.capacityAxis), yaxis: axisLayout(curves.voltageAxis), legend: { title: { text: 'half-cycle' } } } };
}

interface VoltageCurvesPlotProps {
  testId: number;
  testName: string;
  cycles: readonly number[];
  basis: CapacityBasis;
}

export function VoltageCurvesPlot({ testId, testName, cycles, basis }: VoltageCurvesPlotProps) {
  const [selection, setSelection] = useState<CycleSelection>({ kind: 'firstAndLast' });
  const [zoom, setZoom] = useState<{ key: string; range: XRange } | null>(null);
  const { ref, widthPx } = usePlotWidth();
  const key = `${JSON.stringify(selection)}/${basis}`;
  const xRange = zoom?.key === key ? zoom.range : null;
  const query = useApiQuery(
    'getVoltageCurves',
    { testId, cycles: selection, halves: ['charge', 'discharge'], basis, widthPx: widthPx || 1200, xRange },
    { enabled: widthPx > 0, placeholderData: keepPreviousData },
  );
  const curves = query.data;
  const plot = useMemo(() => (curves ? figure(curves) : null), [curves]);
  return (
    <Stack gap={4} ref={ref}>
      <CycleSelectionPicker value={selection} onChange={setSelection} cycles={cycles} />
      {query.error && <Text size="sm" c="red">{query.error.message}</Text>}
      {plot && curves && curves.curves.length === 0 ? (
        <Text size="sm" c="dimmed" py="md">No voltage curve to draw for these cycles.</Text>
      ) : (
        plot && (
          <PlotlyChart
            label="voltage against capacity"
            fileName={`${testName} voltage vs capacity`}
            data={plot.data}
            layout={plot.layout}
            height={340}
            onXRange={(range) => setZoom(range ? { key, range } : null)}
            caption={<SamplingCaption samplings={curves!.curves.map((curve) => curve.sampling)} zoomed={xRange !== null} />}
          />
        )
      )}
      {curves && curves.cycles.length > 0 && <Text size="xs" c="dimmed" data-testid="curves-cycles">Cycles shown: {curves.cycles.join(', ')}</Text>}
      {curves && <PlotNotes notes={curves.notes} />}
      {!plot && !query.error && <Group h={340} />}
    </Stack>
  );
}
