// The data a plot draws, as CSV: one row per point with the series' name and both axes' values
// under headers that carry the units, so a figure can be redrawn elsewhere from exactly what was
// shown (the downsampled points, or every point of a zoomed range).
import { formatNumber } from '../../../../shared/format/number';

export interface CsvSeries {
  name: string;
  x: ArrayLike<number | null>;
  y: ArrayLike<number | null>;
  /** The title (with unit) of the y axis this series is drawn on. */
  yTitle: string;
}

function field(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function value(number: number | null | undefined): string {
  return number === null || number === undefined || Number.isNaN(number) ? '' : formatNumber(number, 'recorded');
}

export function plotCsv(xTitle: string, series: readonly CsvSeries[]): string {
  const lines = [['series', xTitle, 'y axis', 'y'].map(field).join(',')];
  for (const one of series) {
    const name = field(one.name);
    const axis = field(one.yTitle);
    const length = Math.min(one.x.length, one.y.length);
    for (let i = 0; i < length; i += 1) {
      const x = one.x[i];
      const y = one.y[i];
      if (x === null || y === null) continue;
      lines.push(`${name},${value(x)},${axis},${value(y)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
