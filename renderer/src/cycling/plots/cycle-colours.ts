// Cycles coloured from blue (first) to red (last), so that fade reads as a drift in colour, with
// a colour bar that names the cycle numbers.
import type { Data } from 'plotly.js';
import { DECORATION } from '../../components/plot/plot-export';

const HUE_FIRST = 225;
const HUE_LAST = 0;

function hueAt(t: number): string {
  return `hsl(${Math.round(HUE_FIRST + (HUE_LAST - HUE_FIRST) * t)}, 70%, 47%)`;
}

export function cycleColour(cycle: number, first: number, last: number): string {
  return hueAt(last === first ? 0 : (cycle - first) / (last - first));
}

const SCALE: Array<[number, string]> = [0, 0.25, 0.5, 0.75, 1].map((t) => [t, hueAt(t)]);

/** An invisible trace whose only job is the colour bar from the first to the last cycle shown. */
export function cycleColourBar(first: number, last: number): Data {
  return {
    type: 'scatter',
    mode: 'markers',
    meta: DECORATION,
    x: [null],
    y: [null],
    showlegend: false,
    hoverinfo: 'skip',
    marker: {
      color: [first],
      cmin: first,
      cmax: last === first ? first + 1 : last,
      colorscale: SCALE,
      showscale: true,
      colorbar: { title: { text: 'cycle', side: 'right' }, thickness: 10, len: 0.9, tickformat: 'd', ...(last - first < 6 ? { dtick: 1 } : {}) },
    },
  } as Data;
}
