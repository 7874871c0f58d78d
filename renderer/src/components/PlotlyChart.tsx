// A thin React wrapper around Cellbook's Plotly bundle (components/plot/plotly-bundle.ts: the
// strict, eval-free build the Content-Security-Policy demands, with only the trace types used),
// redrawn with Plotly.react, which diffs, so a new selection of cycles does not rebuild the chart.
//
// The plot benchmark (npm run bench:plots) and the e2e tests rely on this element's attributes:
// data-testid="plot-<label>", data-ready="true" once Plotly has drawn the current data, and
// data-points = the number of data points drawn (decoration traces excluded). Keep them.
import { Group, Loader, useComputedColorScheme } from '@mantine/core';
import type { Config, Data, Layout } from 'plotly.js';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { queueDraw } from './plot/draw-queue';
import { drawable, loadPlotly } from './plot/load-plotly';
import { dataTraces } from './plot/plot-export';
import { PlotExportMenu } from './plot/PlotExportMenu';
import { themedLayout } from './plot/plot-theme';
import { xRangeChange } from './plot/relayout-range';

export { preloadPlotly } from './plot/load-plotly';

export interface XRange {
  from: number;
  to: number;
}

export interface PlotlyChartProps {
  data: Data[];
  layout: Partial<Layout>;
  height: number;
  /** The chart's name for screen readers, tests and exported file names. */
  label: string;
  /** A zoom or pan changed the x range (null: back to the whole data): fetch that range in full. */
  onXRange?: (range: XRange | null) => void;
  /** Beside the export menu: a line about what is drawn ("every point of 0.2–0.4 mAh"). */
  caption?: ReactNode;
  /** Exported files are named after this (the test's name and the plot). */
  fileName?: string;
}

// No button that reaches the network: the cloud button and its URL are off, and images are
// exported from the Export menu at a publication size instead of the toolbar's screen copy.
const CONFIG: Partial<Config> & Record<string, unknown> = {
  displaylogo: false,
  responsive: true,
  showSendToCloud: false,
  showEditInChartStudio: false,
  plotlyServerURL: '',
  showLink: false,
  modeBarButtonsToRemove: ['select2d', 'lasso2d', 'toImage', 'sendChartToCloud', 'editInChartStudio'] as Config['modeBarButtonsToRemove'],
};

function countPoints(data: readonly Data[]): number {
  return dataTraces(data).reduce((sum, trace) => sum + ((trace as { x?: ArrayLike<unknown> }).x?.length ?? 0), 0);
}

export function PlotlyChart({ data, layout, height, label, onXRange, caption, fileName }: PlotlyChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The point count of the last data Plotly finished drawing; null until the first draw.
  const [drawnPoints, setDrawnPoints] = useState<number | null>(null);
  const dark = useComputedColorScheme('light') === 'dark';
  const onXRangeRef = useRef(onXRange);
  const listening = useRef(false);
  useEffect(() => {
    onXRangeRef.current = onXRange;
  }, [onXRange]);
  const points = useMemo(() => countPoints(data), [data]);

  useEffect(() => {
    let cancelled = false;
    const element = ref.current;
    void loadPlotly().then((Plotly) => {
      if (cancelled || !element) return;
      // uirevision keeps the user's zoom while the data under it are replaced by a full-resolution fetch.
      const draw = () => Plotly.react(element, drawable(data), { uirevision: label, ...themedLayout(layout, dark ? 'dark' : 'light', height) }, CONFIG);
      void queueDraw(() => (cancelled ? Promise.resolve(null) : draw())).then((graph) => {
        if (graph === null) return;
        // Drawn, even if newer data are already on their way: the element shows a plot. (Waiting for
        // an uncancelled draw never ended while refreshes kept coming on a busy machine.)
        setDrawnPoints(points);
        if (listening.current) return;
        listening.current = true;
        graph.on('plotly_relayout', (event) => {
          const change = xRangeChange(event as Record<string, unknown>);
          if (change.kind === 'range') onXRangeRef.current?.({ from: change.from, to: change.to });
          if (change.kind === 'all') onXRangeRef.current?.(null);
        });
      });
    });
    return () => {
      cancelled = true;
    };
  }, [data, layout, height, dark, label, points]);

  useEffect(() => {
    const element = ref.current;
    return () => {
      if (element) void loadPlotly().then((Plotly) => Plotly.purge(element));
    };
  }, []);

  const ready = drawnPoints !== null;
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap" mih={22}>
        <div style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>{caption}</div>
        <div style={{ flexShrink: 0 }}>
          <PlotExportMenu label={label} fileName={fileName ?? label} data={data} layout={layout} />
        </div>
      </Group>
      <div style={{ position: 'relative', minHeight: height }} role="img" aria-label={label} data-testid={`plot-${label}`} data-ready={ready} data-points={drawnPoints ?? 0}>
        {!ready && <Loader size="sm" style={{ position: 'absolute', top: height / 2 - 10, left: '50%' }} />}
        <div ref={ref} />
      </div>
    </div>
  );
}
