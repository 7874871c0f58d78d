// Plotly (Cellbook's partial strict bundle) is loaded on first use — most screens have no plot —
// and preloaded while the browser is idle from the screens that lead to plots.
import type { Data } from 'plotly.js';

type PlotlyModule = typeof import('./plotly-bundle').default;

let plotly: Promise<PlotlyModule> | null = null;
export function loadPlotly(): Promise<PlotlyModule> {
  plotly ??= import('./plotly-bundle').then((module) => module.default);
  return plotly;
}

/**
 * Starts loading Plotly while the browser is idle (the Cycling list, the builds list, Compare):
 * parsing it is better spent before the user opens a test than after.
 */
export function preloadPlotly(): () => void {
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 300));
  const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
  const handle = idle(() => void loadPlotly());
  return () => cancel(handle as number);
}

let webgl: boolean | null = null;
/** Whether this browser can draw WebGL (a machine without a GPU driver may not). */
export function webglAvailable(): boolean {
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
export function drawable(data: Data[]): Data[] {
  if (webglAvailable()) return data;
  return data.map((trace) => (trace.type === 'scattergl' ? { ...trace, type: 'scatter' } : trace));
}
