// Several tests on one plot: capacity retention, capacity or CE per cycle, one cycle's voltage
// curves or its dQ/dV. One colour per build, replicate cells told apart by dash; the legend names
// each by the design parameter that tells the builds apart ("composite 10 wt% · #2").
import { Group, NumberInput, SegmentedControl, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { Data, Layout } from 'plotly.js';
import { useMemo, useState } from 'react';
import type { CapacityBasis, ComparisonSelection, Overlay, OverlayKind } from '../../../shared/schemas/plots';
import { useApiQuery } from '../api/hooks';
import { PlotlyChart } from '../components/PlotlyChart';
import { markersFit } from '../components/plot/marker-density';
import { axisLayout, hoverValue, zoomableAxisLayout } from '../cycling/plots/axis-layout';
import { BasisPicker } from '../cycling/plots/BasisPicker';
import { PlotNotes } from '../cycling/plots/PlotNotes';
import { usePlotWidth } from '../cycling/plots/use-plot-width';
import { CELL_DASHES, groupColours } from '../../../shared/plots/group-colours';

const KINDS: Array<{ value: OverlayKind; label: string }> = [
  { value: 'retention', label: 'Retention' },
  { value: 'capacity', label: 'Capacity' },
  { value: 'coulombic_efficiency', label: 'CE' },
  { value: 'voltage', label: 'Voltage curves' },
  { value: 'dqdv', label: 'dQ/dV' },
];

/** Beyond this many points in all, the overlay is drawn with WebGL. */
const SVG_MAX_POINTS = 20_000;

/**
 * Legend entries per row for labels this long at this width: Plotly's horizontal legend cuts a
 * row's last entry instead of wrapping it when the entries are long ("composite 10 wt% · #2 (synthetic)").
 */
function entriesPerRow(labels: readonly string[], widthPx: number): number {
  const longest = Math.max(1, ...labels.map((label) => label.length));
  // About 6.5 px a character at the plot's 11 px font, plus the line sample and the gap.
  return Math.max(1, Math.min(4, Math.floor((widthPx * 0.95) / (longest * 6.5 + 56))));
}

function figure(overlay: Overlay, widthPx: number): { data: Data[]; layout: Partial<Layout> } {
  const colours = groupColours(overlay.series.map((series) => series.group));
  const total = overlay.series.reduce((sum, series) => sum + series.x.length, 0);
  const type = total > SVG_MAX_POINTS ? 'scattergl' : 'scatter';
  const curves = overlay.kind === 'voltage' || overlay.kind === 'dqdv';
  const markers = !curves && markersFit(Math.max(0, ...overlay.series.map((series) => series.x.length)));
  const cellsOfGroup = new Map<string, number[]>();
  for (const series of overlay.series) {
    const cells = cellsOfGroup.get(series.group) ?? [];
    if (!cells.includes(series.testId)) cells.push(series.testId);
    cellsOfGroup.set(series.group, cells);
  }
  const inLegend = new Set<number>();
  const data: Data[] = overlay.series.map((series) => {
    // Half-cycles by dash where a series is one (voltage, dQ/dV); otherwise replicate cells by dash.
    const cellDash = CELL_DASHES[cellsOfGroup.get(series.group)!.indexOf(series.testId) % CELL_DASHES.length];
    const dash = series.half === null ? cellDash : series.half === 'discharge' ? 'dash' : 'solid';
    const showlegend = !inLegend.has(series.testId);
    inLegend.add(series.testId);
    const name = `${series.label}${series.synthetic ? ' (synthetic)' : ''}`;
    return {
      type,
      mode: markers ? 'lines+markers' : 'lines',
      name,
      legendgroup: String(series.testId),
      showlegend,
      x: series.x,
      y: series.y,
      marker: { size: 3, color: colours.get(series.group) },
      line: { width: 1.4, color: colours.get(series.group), dash },
      hovertemplate: `${name}${series.half ? ` ${series.half}` : ''}<br>${hoverValue('x', overlay.xAxis)}<br>${hoverValue('y', overlay.yAxis)}<extra></extra>`,
    };
  });
  return {
    data,
    layout: {
      xaxis: curves ? zoomableAxisLayout(overlay.xAxis) : { ...zoomableAxisLayout(overlay.xAxis), tickformat: 'd' },
      yaxis: axisLayout(overlay.yAxis),
      legend: { title: { text: overlay.legendTitle }, entrywidthmode: 'fraction', entrywidth: 1 / entriesPerRow(data.map((trace) => trace.name ?? ''), widthPx) },
    },
  };
}

export function OverlayPanel({ selection }: { selection: ComparisonSelection }) {
  const [kind, setKind] = useState<OverlayKind>('retention');
  const [cycle, setCycle] = useState(1);
  const [basis, setBasis] = useState<CapacityBasis>('cell');
  const { ref, widthPx } = usePlotWidth();
  const perCycle = kind === 'voltage' || kind === 'dqdv';
  // Only curves are downsampled for the width; per-cycle series are asked for at once, before the panel is measured.
  const query = useApiQuery('getOverlay', { selection, kind, cycle, basis, halves: ['charge', 'discharge'], widthPx: perCycle ? widthPx || 1200 : 1200 }, { enabled: widthPx > 0 || !perCycle, placeholderData: keepPreviousData });
  const overlay = query.data;
  const plot = useMemo(() => (overlay ? figure(overlay, widthPx || 1200) : null), [overlay, widthPx]);
  return (
    <Stack gap="xs" ref={ref}>
      <Group gap="sm" align="flex-end">
        <SegmentedControl size="xs" aria-label="What to overlay" value={kind} onChange={(value) => setKind(value as OverlayKind)} data={KINDS} />
        {perCycle && <NumberInput size="xs" w={90} label="Cycle" min={1} value={cycle} onChange={(value) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && setCycle(value)} />}
        {(perCycle || kind === 'capacity') && <BasisPicker value={basis} onChange={setBasis} unavailable={[]} />}
      </Group>
      {query.error && <Text size="sm" c="red">{query.error.message}</Text>}
      {overlay && overlay.series.length === 0 && <Text size="sm" c="dimmed">None of the chosen tests has data for this plot.</Text>}
      {plot && overlay && overlay.series.length > 0 && (
        <PlotlyChart
          label="overlay"
          fileName={`Compare ${KINDS.find((entry) => entry.value === kind)!.label}`}
          data={plot.data}
          layout={plot.layout}
          height={420}
          caption={overlay.distinguishing.length > 0 ? `Builds differ in ${overlay.distinguishing.map((parameter) => parameter.label).join(', ')}` : undefined}
        />
      )}
      {overlay?.method && <Text size="xs" c="dimmed">Method: {overlay.method}</Text>}
      {overlay && <PlotNotes notes={overlay.notes} />}
    </Stack>
  );
}
