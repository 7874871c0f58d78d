// A plot as a file: PNG at 300 dpi or SVG at a publication size, drawn on white paper with dark
// ink whatever the screen's theme, or the plotted data as CSV. Everything is made in the renderer
// and handed to the browser's download; nothing leaves the machine.
import type { Data, Layout } from 'plotly.js';
import { base64ToBytes, downloadBlob } from '../file-bytes';
import { drawable, loadPlotly } from './load-plotly';
import { plotCsv, type CsvSeries } from './plot-csv';
import { themedLayout } from './plot-theme';
import { layoutPixels, withPhysicalSize, type PublicationSize } from './publication-sizes';

/** Traces that carry no data of their own (a colour bar's carrier, a threshold line) say so in `meta`. */
export const DECORATION = 'decoration';

export function dataTraces(data: readonly Data[]): Data[] {
  return data.filter((trace) => (trace as { meta?: unknown }).meta !== DECORATION);
}

function titleOf(axis: Partial<Layout['xaxis']> | undefined): string {
  const title = axis?.title;
  return typeof title === 'string' ? title : (title?.text ?? '');
}

export function downloadPlotCsv(fileName: string, data: readonly Data[], layout: Partial<Layout>): void {
  const series: CsvSeries[] = dataTraces(data).flatMap((trace) => {
    const xy = trace as { name?: string; x?: ArrayLike<number | null>; y?: ArrayLike<number | null>; yaxis?: string };
    if (!xy.x || !xy.y) return [];
    return [{ name: xy.name ?? '', x: xy.x, y: xy.y, yTitle: titleOf(xy.yaxis === 'y2' ? layout.yaxis2 : layout.yaxis) }];
  });
  downloadBlob(`${fileName}.csv`, new Blob([plotCsv(titleOf(layout.xaxis), series)], { type: 'text/csv' }));
}

export async function downloadPlotImage(fileName: string, format: 'png' | 'svg', size: PublicationSize, data: Data[], layout: Partial<Layout>): Promise<void> {
  const Plotly = await loadPlotly();
  const { width, height, scale } = layoutPixels(size);
  const paper = { ...themedLayout(layout, 'paper', height), width, margin: { l: 52, r: 12, t: 12, b: 40 } };
  // An SVG figure gets every curve as a vector path (WebGL traces would be pasted in as a bitmap).
  const traces = format === 'svg' ? data.map((trace) => (trace.type === 'scattergl' ? { ...trace, type: 'scatter' as const } : trace)) : drawable(data);
  const url = await Plotly.toImage({ data: traces, layout: paper, config: { staticPlot: true } }, { format, width, height, scale: format === 'png' ? scale : 1 });
  if (format === 'svg') {
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    downloadBlob(`${fileName}.svg`, new Blob([withPhysicalSize(svg, size)], { type: 'image/svg+xml' }));
  } else {
    // Decoded here: fetch() of a data: URL is refused by the Content-Security-Policy's connect-src.
    downloadBlob(`${fileName}.png`, new Blob([base64ToBytes(url.slice(url.indexOf(',') + 1))], { type: 'image/png' }));
  }
}
