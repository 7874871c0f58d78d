// A long import lets go of whole-test columns between its phases (the capacity columns once they
// are summarised per step, the step and cycle numbers once the cycles are assigned). V8 returns
// the memory of typed arrays only at a full collection, and its heuristics, driven by the
// JavaScript heap (a few tens of MB here, against hundreds of MB of columns), may not start one
// before the next phase allocates its own arrays: then both are held at once, and the import's
// peak grows by the columns let go (80 MB on a 5-million-point file). So the import asks for one
// collection at each such point; it takes a few tens of milliseconds on this heap.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this many points the columns are small enough to wait for V8's own collection. */
const FREE_COLUMNS_MIN_POINTS = 500_000;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    // A runtime that refuses the flag keeps V8's own timing: the import is the same, its peak higher.
    collect = null;
  }
  return collect;
}

/** Frees what a long import has let go, now (a no-op for a short one). */
export function freeLetGoColumns(points: number): void {
  if (points < FREE_COLUMNS_MIN_POINTS) return;
  collector()?.();
}
