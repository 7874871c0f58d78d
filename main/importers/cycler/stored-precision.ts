// Current and voltage as the points store keeps them: Float32 (cycle-points-store.ts). The reader
// keeps them so from the first row (series-builder.ts), and the import analyses these very values,
// so that a re-analysis of the stored points (when a test is attached to a cell, or the
// short-circuit settings change) gives the import's cycle table again, to the bit: counted from
// the parsed Float64 values, it moved capacities by up to 5e-8 of their value (8 shared fixtures
// and the 1 M-row bench file), and history recorded a changed table that no one had changed.
// Float32 holds a reading to 6e-8 of its value (0.24 µV at 4 V, a thousand times finer than a
// tester's resolution) in half the memory: on a 5 M-row file, 40 MB less from the read on.
import type { ColumnBinding } from './canonical';

/** The fields read as Float32, as they are stored: a value beyond Float32's range reads as ±Infinity (impossible-values.ts). */
export const READING_FIELDS: ReadonlySet<ColumnBinding['field']> = new Set<ColumnBinding['field']>(['current_A', 'voltage_V']);

/** A current or voltage as it is kept and stored: the Float32 nearest it. */
export function asStored(value: number): number {
  return Math.fround(value);
}
