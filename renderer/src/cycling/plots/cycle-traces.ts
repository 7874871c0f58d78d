// One half-cycle as a line: coloured by its cycle, solid for charge and dashed for discharge,
// with one legend entry per half (the colour bar names the cycles).
import type { Data } from 'plotly.js';
import type { HalfCycle } from '../../../../shared/schemas/plots';
import { cycleColour } from './cycle-colours';

const HALF_DASH = { charge: 'solid', discharge: 'dash' } as const;

export interface HalfCycleLine {
  cycle: number;
  half: HalfCycle;
  x: number[];
  y: number[];
}

/** `hover` is the hovertemplate after "cycle N charge<br>". */
export function halfCycleTraces(lines: readonly HalfCycleLine[], cycles: readonly number[], type: 'scatter' | 'scattergl', hover: string): Data[] {
  const first = cycles[0] ?? 1;
  const last = cycles.at(-1) ?? first;
  const inLegend = new Set<HalfCycle>();
  return lines.map((line) => {
    const showlegend = !inLegend.has(line.half);
    inLegend.add(line.half);
    return {
      type,
      mode: 'lines',
      name: line.half,
      legendgroup: line.half,
      showlegend,
      x: line.x,
      y: line.y,
      line: { color: cycleColour(line.cycle, first, last), width: 1.5, dash: HALF_DASH[line.half] },
      hovertemplate: `cycle ${line.cycle} ${line.half}<br>${hover}<extra></extra>`,
    };
  });
}
