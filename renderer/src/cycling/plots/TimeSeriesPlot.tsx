// Voltage (left) and current (right) against time for the whole test, with a thin line where each
// cycle starts. A rest-only file has nothing else to plot, and this plot says so above itself.
import { Alert, Stack, Text } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import type { Data, Layout } from 'plotly.js';
import { useMemo, useState } from 'react';
import type { TimeSeries } from '../../../../shared/schemas/plots';
import { useApiQuery } from '../../api/hooks';
import { PlotlyChart, type XRange } from '../../components/PlotlyChart';
import { DECORATION } from '../../components/plot/plot-export';
import { axisLayout, hoverValue, zoomableAxisLayout } from './axis-layout';
import { PlotNotes } from './PlotNotes';
import { SamplingCaption } from './SamplingCaption';
import { usePlotWidth } from './use-plot-width';

/** Beyond this many cycle starts in view, their lines are one WebGL draw instead of one SVG path each. */
const SVG_MAX_BOUNDARIES = 60;

function boundaries(series: TimeSeries): Data | null {
  const count = series.timeH.length;
  if (series.cycleStarts.length < 2 || count === 0) return null;
  // Only the starts inside the points sent (the zoomed range): Plotly draws every segment of a trace,
  // seen or not, and each SVG segment is its own styled path element.
  const [first, last] = [series.timeH[0]!, series.timeH[count - 1]!];
  const starts = series.cycleStarts.slice(1).filter((start) => start.timeH >= first && start.timeH <= last);
  if (starts.length === 0) return null;
  let low = Infinity;
  let high = -Infinity;
  for (const v of series.voltageV) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  // One trace of vertical segments separated by gaps: hundreds of cycles cost one trace, not hundreds of shapes.
  const x: Array<number | null> = [];
  const y: Array<number | null> = [];
  for (const start of starts) {
    x.push(start.timeH, start.timeH, null);
    y.push(low, high, null);
  }
  const type = starts.length > SVG_MAX_BOUNDARIES ? 'scattergl' : 'scatter';
  return { type, mode: 'lines', meta: DECORATION, name: 'cycle start', x, y, line: { width: 0.5, color: '#adb5bd' }, hoverinfo: 'skip' } as Data;
}

function figure(series: TimeSeries): { data: Data[]; layout: Partial<Layout> } {
  const type = series.timeH.length > 5000 ? 'scattergl' : 'scatter';
  // Current first and translucent, so that the voltage is drawn over it and stays readable.
  const data: Data[] = [
    { type, mode: 'lines', name: 'current', x: series.timeH, y: series.current, yaxis: 'y2', opacity: 0.55, line: { width: 0.8, color: '#e8590c' }, hovertemplate: `${hoverValue('x', series.timeAxis)}<br>${hoverValue('y', series.currentAxis)}<extra></extra>` },
    { type, mode: 'lines', name: 'voltage', x: series.timeH, y: series.voltageV, line: { width: 1.2, color: '#1c7ed6' }, hovertemplate: `${hoverValue('x', series.timeAxis)}<br>${hoverValue('y', series.voltageAxis)}<extra></extra>` },
  ];
  const lines = boundaries(series);
  if (lines) data.push(lines);
  return {
    data,
    layout: {
      xaxis: zoomableAxisLayout(series.timeAxis),
      yaxis: axisLayout(series.voltageAxis),
      yaxis2: axisLayout(series.currentAxis, { overlaying: 'y', side: 'right', showgrid: false }),
      margin: { l: 60, r: 60, t: 36, b: 40 },
    },
  };
}

export function TimeSeriesPlot({ testId, testName }: { testId: number; testName: string }) {
  const [xRange, setXRange] = useState<XRange | null>(null);
  const { ref, widthPx } = usePlotWidth();
  const query = useApiQuery('getTimeSeries', { testId, widthPx: widthPx || 1200, xRange }, { enabled: widthPx > 0, placeholderData: keepPreviousData });
  const series = query.data;
  const plot = useMemo(() => (series ? figure(series) : null), [series]);
  return (
    <Stack gap={4} ref={ref}>
      {series?.restOnly && (
        <Alert color="blue" p="xs" data-testid="rest-only">
          Nothing else to plot: this file holds no charge or discharge, only rest. Its voltage over time is below.
        </Alert>
      )}
      {query.error && <Text size="sm" c="red">{query.error.message}</Text>}
      {series && series.timeH.length === 0 && <Text size="sm" c="dimmed">No points to draw.</Text>}
      {plot && series && series.timeH.length > 0 && (
        <PlotlyChart
          label="voltage and current over time"
          fileName={`${testName} voltage and current vs time`}
          data={plot.data}
          layout={plot.layout}
          height={300}
          onXRange={setXRange}
          caption={<SamplingCaption samplings={[series.sampling]} zoomed={xRange !== null} />}
        />
      )}
      {series && <PlotNotes notes={series.notes} />}
    </Stack>
  );
}
