// Discharge and charge capacity (left axis) and coulombic efficiency (right axis) per cycle, the
// lifespan threshold (80 % of the standard capacity by default) as a dashed line, the lifespan
// cycle marked, and short-circuit flags as red crosses whose hover gives the evidence.
import type { Data, Layout, Shape } from 'plotly.js';
import { useMemo } from 'react';
import { formatQuantity } from '../../../../shared/format/quantity';
import type { CapacityPlot as CapacityPlotData } from '../../../../shared/schemas/plots';
import { PlotlyChart } from '../../components/PlotlyChart';
import { hasIsolatedPoint, markersFit } from '../../components/plot/marker-density';
import { DECORATION } from '../../components/plot/plot-export';
import { axisLayout, hoverValue } from './axis-layout';

/** Beyond this many cycles the series are drawn with WebGL. */
const SVG_MAX_CYCLES = 2000;
const FLAG_RED = '#e03131';

function figure(plot: CapacityPlotData): { data: Data[]; layout: Partial<Layout> } {
  const type = plot.cycles.length > SVG_MAX_CYCLES ? 'scattergl' : 'scatter';
  const capacity = hoverValue('y', plot.capacityAxis);
  const data: Data[] = [
    // A cycle whose neighbours have no discharge keeps its marker, or it would not be drawn at all.
    { type, mode: markersFit(plot.cycles.length) || hasIsolatedPoint(plot.dischargeCapacity) ? 'lines+markers' : 'lines', name: 'discharge capacity', x: plot.cycles, y: plot.dischargeCapacity, marker: { size: 4, color: '#1c7ed6' }, line: { width: 1.5, color: '#1c7ed6' }, hovertemplate: `cycle %{x}<br>discharge ${capacity}<extra></extra>` },
    { type, mode: 'lines', name: 'charge capacity', x: plot.cycles, y: plot.chargeCapacity, line: { width: 1, color: '#74c0fc' }, hovertemplate: `cycle %{x}<br>charge ${capacity}<extra></extra>` },
    { type, mode: 'lines', name: 'coulombic efficiency', x: plot.cycles, y: plot.coulombicEfficiencyPct, yaxis: 'y2', line: { width: 1, dash: 'dot', color: '#2f9e44' }, hovertemplate: `cycle %{x}<br>CE ${hoverValue('y', plot.ceAxis)}<extra></extra>` },
  ];
  const flagged = [...new Map(plot.shortCircuits.map((flag) => [flag.cycle, plot.shortCircuits.filter((other) => other.cycle === flag.cycle)])).entries()];
  if (flagged.length > 0) {
    const at = new Map(plot.cycles.map((cycle, index) => [cycle, index]));
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: 'short circuit flagged',
      x: flagged.map(([cycle]) => cycle),
      y: flagged.map(([cycle]) => plot.dischargeCapacity[at.get(cycle) ?? -1] ?? null),
      text: flagged.map(([cycle, flags]) => `cycle ${cycle}: ${flags.map((flag) => `${flag.reason} (${flag.evidence})`).join('<br>')}`),
      marker: { size: 11, color: FLAG_RED, symbol: 'x' },
      hovertemplate: '%{text}<extra>short circuit</extra>',
    });
  }
  const shapes: Array<Partial<Shape>> = [];
  const annotations: Layout['annotations'] = [];
  if (plot.thresholdCapacity !== null) {
    shapes.push({ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: plot.thresholdCapacity, y1: plot.thresholdCapacity, line: { dash: 'dash', width: 1, color: FLAG_RED } });
    annotations.push({ xref: 'paper', x: 1, xanchor: 'right', y: plot.thresholdCapacity, yanchor: 'bottom', showarrow: false, font: { size: 10, color: FLAG_RED }, text: `${plot.thresholdPct} % of standard (${formatQuantity(plot.thresholdCapacity, plot.capacityAxis.unit)})` });
  }
  if (plot.lifespanCycle !== null) {
    shapes.push({ type: 'line', yref: 'paper', y0: 0, y1: 1, x0: plot.lifespanCycle, x1: plot.lifespanCycle, line: { dash: 'dot', width: 1, color: '#f08c00' } });
    annotations.push({ yref: 'paper', y: 1, yanchor: 'bottom', x: plot.lifespanCycle, xanchor: 'left', showarrow: false, font: { size: 10, color: '#f08c00' }, text: `lifespan: ${plot.lifespanLabel}` });
  }
  // A zero-width legend entry for the dashed line, so the legend explains it.
  if (plot.thresholdCapacity !== null) data.push({ type: 'scatter', mode: 'lines', meta: DECORATION, name: `${plot.thresholdPct} % of the standard capacity`, x: [null], y: [null], line: { dash: 'dash', width: 1, color: FLAG_RED }, hoverinfo: 'skip' } as Data);
  return {
    data,
    layout: {
      xaxis: { title: { text: 'Cycle' }, tickformat: 'd', hoverformat: 'd' },
      yaxis: axisLayout(plot.capacityAxis),
      yaxis2: axisLayout(plot.ceAxis, { overlaying: 'y', side: 'right', showgrid: false }),
      shapes,
      annotations,
      margin: { l: 60, r: 60, t: 36, b: 40 },
    },
  };
}

export function CapacityPlot({ plot, testName }: { plot: CapacityPlotData; testName: string }) {
  const { data, layout } = useMemo(() => figure(plot), [plot]);
  return <PlotlyChart label="capacity by cycle" fileName={`${testName} capacity and CE`} data={data} layout={layout} height={340} />;
}
