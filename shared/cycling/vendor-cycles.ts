// Whether the export's own cycle numbers can be used as they are. They cannot when they are missing,
// never change, go backwards, or change in the middle of a step (FORMATS.md section 0 rule 8: some
// files start at 0, some never increment, some leave the column empty). They also cannot when a
// later cycle starts with a discharge (cycles counted discharge → charge, FORMATS.md section 13
// item 4): the lifespan grade needs each charge paired with the discharge after it (DOMAIN.md
// section 5, [0123]), so such numbering would shift every discharge into the wrong cycle.
import type { CyclerStep } from './segments';
import type { CyclerSeries } from './types';

/** Why the vendor's cycle numbers are not used, in words; null when they are usable. */
export function vendorCycleProblem(series: CyclerSeries, steps: readonly CyclerStep[]): string | null {
  const cycles = series.vendorCycle;
  if (!cycles || cycles.length === 0) return 'the file has no cycle column';
  // One plain pass for the three column checks (callbacks per point cost a tenth of a second on 5 M points).
  let empty = 0;
  let fraction: number | undefined;
  let changes = false;
  for (let i = 0; i < cycles.length; i += 1) {
    const cycle = cycles[i]!;
    if (!Number.isFinite(cycle)) empty += 1;
    else if (fraction === undefined && !Number.isInteger(cycle)) fraction = cycle;
    if (cycle !== cycles[0]) changes = true;
  }
  if (empty > 0) return `the file's cycle column is empty or not a number at ${empty} point${empty === 1 ? '' : 's'}`;
  if (fraction !== undefined) return `the file's cycle column holds fractions (e.g. ${fraction})`;
  if (!changes) return `the file's cycle numbers never change (all ${cycles[0]})`;

  const stepStartingAt = new Map<number, number>(steps.map((step, stepNumber) => [step.startIndex, stepNumber]));
  for (let i = 1; i < cycles.length; i += 1) {
    const before = cycles[i - 1]!;
    const after = cycles[i]!;
    if (after === before) continue;
    const at = `${hoursAt(series, i)} h`;
    if (after < before) return `the file's cycle number goes back from ${before} to ${after} at ${at}`;
    const stepNumber = stepStartingAt.get(i);
    if (stepNumber === undefined) return `the file's cycle number changes from ${before} to ${after} inside a step (at ${at})`;
    const firstActive = firstActiveStep(steps, stepNumber);
    if (firstActive?.direction === -1 && cycles[firstActive.startIndex] === after) {
      return `the file's cycle ${after} starts with a discharge (at ${at}), so its cycles pair each discharge with the charge after it`;
    }
  }
  return null;
}

/** The first charge or discharge step from `from` on: rests before it do not decide how a cycle starts. */
function firstActiveStep(steps: readonly CyclerStep[], from: number): CyclerStep | undefined {
  for (let n = from; n < steps.length; n += 1) if (steps[n]!.direction !== 0) return steps[n];
  return undefined;
}

function hoursAt(series: CyclerSeries, index: number): string {
  return ((series.timeS[index]! - series.timeS[0]!) / 3600).toFixed(2);
}
