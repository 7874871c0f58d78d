// Which cycles of a test a plot shows: the first, the last, both, every Nth (and always the last,
// so the end of life is in view), a list, or a range. Cycles the test does not have are left out
// and said, never silently.
import { MAX_CURVES_PER_REQUEST, type CycleSelection } from '../schemas/plots';

export interface ChosenCycles {
  cycles: number[];
  notes: string[];
}

function describeMissing(missing: number[]): string {
  const shown = missing.slice(0, 8).join(', ');
  return `the test has no cycle ${shown}${missing.length > 8 ? ` (and ${missing.length - 8} more)` : ''}`;
}

/** The selection applied to the cycles the test has (ascending, unique), capped at MAX_CURVES_PER_REQUEST. */
export function chooseCycles(selection: CycleSelection, available: readonly number[]): ChosenCycles {
  const have = [...new Set(available)].sort((a, b) => a - b);
  const notes: string[] = [];
  if (have.length === 0) return { cycles: [], notes: ['the test has no cycles'] };
  const first = have[0]!;
  const last = have[have.length - 1]!;
  let wanted: number[];
  switch (selection.kind) {
    case 'first':
      wanted = [first];
      break;
    case 'last':
      wanted = [last];
      break;
    case 'firstAndLast':
      wanted = first === last ? [first] : [first, last];
      break;
    case 'every':
      wanted = have.filter((cycle) => cycle >= selection.from && (cycle - selection.from) % selection.n === 0);
      if (last >= selection.from && !wanted.includes(last)) wanted.push(last);
      break;
    case 'list':
      wanted = [...new Set(selection.cycles)].sort((a, b) => a - b);
      break;
    case 'range':
      wanted = have.filter((cycle) => cycle >= selection.from && cycle <= selection.to);
      if (wanted.length === 0) notes.push(`the test has no cycle between ${selection.from} and ${selection.to} (it has ${first}–${last})`);
      break;
  }
  const present = new Set(have);
  const missing = wanted.filter((cycle) => !present.has(cycle));
  if (missing.length > 0) notes.push(describeMissing(missing));
  let cycles = wanted.filter((cycle) => present.has(cycle));
  if (cycles.length > MAX_CURVES_PER_REQUEST) {
    notes.push(`${cycles.length} cycles chosen; the first ${MAX_CURVES_PER_REQUEST} are shown (choose every Nth to see them all)`);
    cycles = cycles.slice(0, MAX_CURVES_PER_REQUEST);
  }
  return { cycles, notes };
}
