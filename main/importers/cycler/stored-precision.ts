// Current and voltage as the points store keeps them: Float32 (cycle-points-store.ts). The import
// analyses these very values, so that a re-analysis of the stored points (when a test is attached
// to a cell, or the short-circuit settings change) gives the import's cycle table again, to the
// bit: counted from the parsed Float64 values, it moved capacities by up to 5e-8 of their value
// (8 shared fixtures and the 1 M-row bench file), and history recorded a changed table that no
// one had changed. Float32 holds a reading to 6e-8 of its value: 0.24 µV at 4 V, a thousand times
// finer than a tester's resolution.
import type { CyclerSeries } from '../../../shared/cycling/types';

/** Rounds the series' current and voltage, in place, to the Float32 values the store keeps. */
export function roundAsStored(series: CyclerSeries): void {
  const { currentA, voltageV } = series;
  for (let i = 0; i < currentA.length; i += 1) currentA[i] = Math.fround(currentA[i]!);
  for (let i = 0; i < voltageV.length; i += 1) voltageV[i] = Math.fround(voltageV[i]!);
}
