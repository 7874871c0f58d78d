// A thin React wrapper around plotly.js (react-plotly.js pulls in another Plotly major), in its
// strict build: no eval, as the Content-Security-Policy demands. Plotly is
// loaded on first use — it is large and most screens have no plot — and redrawn with Plotly.react,
// which diffs, so changing the selected cycles does not rebuild the chart.
import { Loader, useComputedColorScheme } from '@mantine/core';
import type { Config, Data, Layout } from 'plotly.js-strict-dist-min';
import { useEffect, useRef, useState } from 'react';

type PlotlyModule = typeof import('plotly.js-strict-dist-min').default;

let plotly: Promise<PlotlyModule> | null = null;
function loadPlotly(): Promise<PlotlyModule> {
  plotly ??= import('plotly.js-strict-dist-min').then((module) => module.default);
  return plotly;
}

/**
 * Starts loading Plotly while the browser is idle, from screens that lead to plots (a few seconds
 * of parsing on a slow machine, better spent before the user opens a test than after).
 */
export function preloadPlotly(): () => void {
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 500));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => void loadPlotly());
  return () => cancel(handle as number);
}

let webgl: boolean | null = null;
/** Whether this browser can draw WebGL (a machine without a GPU driver may not). */
function webglAvailable(): boolean {
  if (webgl === null) {
    try {
      webgl = document.createElement('canvas').getContext('webgl') !== null;
    } catch {
      webgl = false;
    }
  }
  return webgl;
}

/** WebGL traces as their SVG twins where WebGL is missing: slower with many points, but drawn. */
function drawable(data: Data[]): Data[] {
  if (webglAvailable()) return data;
  return data.map((trace) => (trace.type === 'scattergl' ? { ...trace, type: 'scatter' } : trace));
}

export interface PlotlyChartProps {
  data: Data[];
  layout: Partial<Layout>;
  height: number;
  /** The chart's name for screen readers and tests. */
  label: string;
}

const CONFIG: Partial<Config> = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ['select2d', 'lasso2d'], toImageButtonOptions: { format: 'png', scale: 2 } };

export function PlotlyChart({ data, layout, height, label }: PlotlyChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const dark = useComputedColorScheme('light') === 'dark';

  useEffect(() => {
    let cancelled = false;
    const element = ref.current;
    void loadPlotly().then((Plotly) => {
      if (cancelled || !element) return;
      const ink = dark ? '#c9c9c9' : '#333';
      const grid = dark ? '#3a3a3a' : '#e5e5e5';
      const axis = { gridcolor: grid, zerolinecolor: grid, linecolor: grid, automargin: true };
      void Plotly.react(
        element,
        drawable(data),
        {
          height,
          margin: { l: 56, r: 16, t: 28, b: 44 },
          paper_bgcolor: 'rgba(0,0,0,0)',
          plot_bgcolor: 'rgba(0,0,0,0)',
          font: { size: 11, color: ink, family: 'Inter, "Segoe UI", system-ui, sans-serif' },
          legend: { orientation: 'h', y: 1.12, x: 0 },
          ...layout,
          xaxis: { ...axis, ...layout.xaxis },
          yaxis: { ...axis, ...layout.yaxis },
          ...(layout.yaxis2 ? { yaxis2: { ...axis, ...layout.yaxis2 } } : {}),
        },
        CONFIG,
        // Drawn, even if newer data are already on their way: the element shows a plot. (Waiting for
        // an uncancelled draw never ended while refreshes kept coming on a busy machine.)
      ).then(() => setReady(true));
    });
    return () => {
      cancelled = true;
    };
  }, [data, layout, height, dark]);

  useEffect(() => {
    const element = ref.current;
    return () => {
      if (element) void loadPlotly().then((Plotly) => Plotly.purge(element));
    };
  }, []);

  return (
    <div style={{ position: 'relative', minHeight: height }} role="img" aria-label={label} data-testid={`plot-${label}`} data-ready={ready}>
      {!ready && <Loader size="sm" style={{ position: 'absolute', top: height / 2 - 10, left: '50%' }} />}
      <div ref={ref} />
    </div>
  );
}
