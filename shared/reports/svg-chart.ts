// A line chart as standalone SVG for reports: axes with nice ticks and units in their titles, one
// polyline per series, optional horizontal reference lines (the 80 % line) and markers. Vector, so
// it prints sharp, and self-contained, so an HTML report opens anywhere offline.
import { escapeHtml } from './html';
import { niceTicks, tickValues } from '../plots/ticks';

export interface ChartSeries {
  name: string;
  x: ReadonlyArray<number | null>;
  y: ReadonlyArray<number | null>;
  color: string;
  dashed?: boolean;
  markers?: boolean;
}

export interface ChartAxis {
  title: string;
}

export interface LineChart {
  title: string;
  widthPx?: number;
  heightPx?: number;
  xAxis: ChartAxis;
  yAxis: ChartAxis;
  series: readonly ChartSeries[];
  hLines?: ReadonlyArray<{ y: number; label: string }>;
  vLines?: ReadonlyArray<{ x: number; label: string }>;
  /** Draw the series' names in the chart (off when a legend is written beside it, e.g. for many cells). */
  legend?: boolean;
}

const MARGIN = { left: 64, right: 16, top: 28, bottom: 44 };

function extent(values: Iterable<number | null>, extra: readonly number[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of [...values, ...extra]) {
    if (v === null || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo === Infinity) return null;
  if (lo === hi) return [lo - 1, hi + 1];
  return [lo, hi];
}

const tickText = (value: number, decimals: number) => value.toFixed(decimals);

export function lineChartSvg(chart: LineChart): string {
  const width = chart.widthPx ?? 640;
  const height = chart.heightPx ?? 300;
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const xs = extent(chart.series.flatMap((s) => [...s.x]), (chart.vLines ?? []).map((l) => l.x));
  const ys = extent(chart.series.flatMap((s) => [...s.y]), (chart.hLines ?? []).map((l) => l.y));
  const head = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(chart.title)}" font-family="Helvetica, Arial, sans-serif" font-size="11">`;
  const title = `<text x="${MARGIN.left}" y="16" font-size="12" font-weight="bold">${escapeHtml(chart.title)}</text>`;
  if (!xs || !ys) return `${head}${title}<text x="${width / 2}" y="${height / 2}" text-anchor="middle" fill="#666">Nothing to plot</text></svg>`;
  const xt = niceTicks(xs[0], xs[1]) ?? { min: xs[0], max: xs[1], step: (xs[1] - xs[0]) / 5, decimals: 2 };
  const yt = niceTicks(ys[0], ys[1]) ?? { min: ys[0], max: ys[1], step: (ys[1] - ys[0]) / 5, decimals: 2 };
  const px = (x: number) => MARGIN.left + ((x - xt.min) / (xt.max - xt.min)) * plotW;
  const py = (y: number) => MARGIN.top + plotH - ((y - yt.min) / (yt.max - yt.min)) * plotH;
  const parts: string[] = [head, title];
  parts.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
  for (const t of tickValues(xt)) parts.push(`<line x1="${px(t)}" y1="${MARGIN.top + plotH}" x2="${px(t)}" y2="${MARGIN.top + plotH + 4}" stroke="#666"/><text x="${px(t)}" y="${MARGIN.top + plotH + 15}" text-anchor="middle">${tickText(t, xt.decimals)}</text>`);
  for (const t of tickValues(yt)) parts.push(`<line x1="${MARGIN.left - 4}" y1="${py(t)}" x2="${MARGIN.left + plotW}" y2="${py(t)}" stroke="#e4e4e4"/><text x="${MARGIN.left - 6}" y="${py(t) + 4}" text-anchor="end">${tickText(t, yt.decimals)}</text>`);
  parts.push(`<text x="${MARGIN.left + plotW / 2}" y="${height - 8}" text-anchor="middle">${escapeHtml(chart.xAxis.title)}</text>`);
  parts.push(`<text transform="translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(chart.yAxis.title)}</text>`);
  for (const line of chart.hLines ?? []) parts.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${py(line.y)}" y2="${py(line.y)}" stroke="#c0392b" stroke-dasharray="4 3"/><text x="${MARGIN.left + plotW - 4}" y="${py(line.y) - 4}" text-anchor="end" fill="#c0392b">${escapeHtml(line.label)}</text>`);
  for (const line of chart.vLines ?? []) parts.push(`<line y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" x1="${px(line.x)}" x2="${px(line.x)}" stroke="#8e44ad" stroke-dasharray="2 3"/><text x="${px(line.x) + 3}" y="${MARGIN.top + 12}" fill="#8e44ad">${escapeHtml(line.label)}</text>`);
  chart.series.forEach((series) => {
    const points: string[] = [];
    const flush = () => {
      if (points.length > 1) parts.push(`<polyline fill="none" stroke="${series.color}" stroke-width="1.4"${series.dashed ? ' stroke-dasharray="5 3"' : ''} points="${points.join(' ')}"/>`);
      points.length = 0;
    };
    for (let i = 0; i < series.x.length; i += 1) {
      const x = series.x[i];
      const y = series.y[i];
      if (x === null || y === null || x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
        flush();
        continue;
      }
      points.push(`${px(x).toFixed(1)},${py(y).toFixed(1)}`);
      if (series.markers) parts.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="1.8" fill="${series.color}"/>`);
    }
    flush();
  });
  // Legend beside the title, right-aligned, outside the curves.
  if (chart.legend !== false) chart.series.forEach((series, index) => {
    const x = width - MARGIN.right - (chart.series.length - index) * 120;
    parts.push(`<line x1="${x}" x2="${x + 18}" y1="12" y2="12" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="5 3"' : ''}/><text x="${x + 22}" y="16">${escapeHtml(series.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
