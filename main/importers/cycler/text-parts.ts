// Where a text export is cut into parts that can be read apart: just after a line break near each
// even share of the file, never inside the preamble or the column line. Parts joined in order give
// what one reading of the whole file gives (joinParts).
import { closeSync, openSync, readSync } from 'node:fs';
import type { NumberColumn, SpilledColumn } from '../../../shared/cycling/types';
import { joinSpilled } from './column-spill';
import { expandRuns, joinRuns, type Runs } from './run-column';
import type { FileHead, TextPlan } from './format';
import type { RowTally } from './row-reader';
import type { SharedColumns, TextPartResult } from './text-part';
import type { ByteRange } from './text-lines';
import { widenInPlace } from './series-builder';
import { MAX_LINE_CHARS } from './text-lines';

/** Below this a file is read on one thread: starting workers would cost more than they save. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/**
 * Byte ranges of the file, one per cut plus one, each starting just after a "\n" found at or after
 * its cut. null when the file cannot be cut (no line break after a cut within the longest line
 * allowed, a cut inside the preamble, an encoding whose line breaks are not the byte 10).
 */
export function partRanges(filePath: string, head: FileHead & { sizeBytes: number }, plan: TextPlan, cuts: readonly number[]): ByteRange[] | null {
  if (head.container !== 'text' || !['utf-8', 'utf-8-bom', 'latin1'].includes(head.encoding)) return null;
  const fd = openSync(filePath, 'r');
  try {
    const headerEnd = lineStartAfter(fd, 0, plan.dataStartLine, head.sizeBytes);
    if (headerEnd === null) return null;
    const starts: number[] = [0];
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      if (cut <= headerEnd || cut >= head.sizeBytes) return null;
      const start = lineStartAfter(fd, cut, 1, head.sizeBytes);
      if (start === null || start <= starts[starts.length - 1]! || start >= head.sizeBytes) return null;
      starts.push(start);
    }
    return starts.map((startByte, i) => ({ startByte, endByte: starts[i + 1] ?? head.sizeBytes }));
  } finally {
    closeSync(fd);
  }
}

/** The byte just after the `breaks`-th "\n" at or after `from` (from itself for 0); null if none near. */
function lineStartAfter(fd: number, from: number, breaks: number, sizeBytes: number): number | null {
  if (breaks === 0) return from;
  const buffer = Buffer.allocUnsafe(64 * 1024);
  let position = from;
  let left = breaks;
  const limit = Math.min(sizeBytes, from + MAX_LINE_CHARS * breaks + breaks);
  while (position < limit) {
    const length = readSync(fd, buffer, 0, Math.min(buffer.length, limit - position), position);
    if (length === 0) return null;
    let at = buffer.indexOf(10);
    while (at !== -1 && at < length) {
      left -= 1;
      if (left === 0) return position + at + 1;
      at = buffer.indexOf(10, at + 1);
    }
    position += length;
  }
  return null;
}

const EMPTY = new Float64Array(0);

/** Even cuts of the file into `parts` parts. */
export function evenCuts(sizeBytes: number, parts: number): number[] {
  return Array.from({ length: parts - 1 }, (_, i) => Math.floor((sizeBytes * (i + 1)) / parts));
}

/**
 * Parts read apart, joined: columns end to end, line numbers counted on from the parts before, and
 * a time that goes back across a cut counted as the one reading of the whole file counts it.
 * `regions`: where each part wrote its columns in shared memory (parallel-read.ts), if it did.
 */
export function joinParts(parts: readonly TextPartResult[], regions?: readonly SharedColumns[]): { columns: NumberColumn[]; spilled: Array<SpilledColumn | null>; tally: RowTally; firstTime: number } {
  const tally: RowTally = { rows: 0, skipped: 0, firstSkippedLine: 0, damaged: 0, timeResets: 0, firstResetLine: 0, cutLastLine: 0 };
  let lineBase = 0;
  let lastTime = Number.NEGATIVE_INFINITY;
  let firstTime = Number.NaN;
  const at = (line: number) => (line === 0 ? 0 : lineBase + line);
  for (const part of parts) {
    const own = part.tally;
    if (own.rows > 0 && tally.rows > 0 && part.firstTime < lastTime - 1e-6) {
      tally.timeResets += 1;
      if (tally.firstResetLine === 0) tally.firstResetLine = at(part.firstRowLine);
    }
    if (tally.firstSkippedLine === 0) tally.firstSkippedLine = at(own.firstSkippedLine);
    if (tally.firstResetLine === 0) tally.firstResetLine = at(own.firstResetLine);
    if (own.cutLastLine > 0) tally.cutLastLine = at(own.cutLastLine);
    if (tally.rows === 0 && own.rows > 0) firstTime = part.firstTime;
    tally.rows += own.rows;
    tally.skipped += own.skipped;
    tally.damaged += own.damaged;
    tally.timeResets += own.timeResets;
    if (own.rows > 0) lastTime = part.lastTime;
    lineBase += part.lines;
  }
  // A spilled column is its parts' files in order; its column in memory stays empty.
  const spilled = parts[0]!.spilled.map((_, index) => (parts.every((part) => part.spilled[index]) ? joinSpilled(parts.map((part) => part.spilled[index]!)) : null));
  const columns = parts[0]!.columns.map((_, index) => (spilled[index] ? EMPTY : runsJoined(parts, index) ?? (regions && inRegions(parts, regions, index) ? closeGaps(parts, regions, index, tally.rows) : appended(parts, index, tally.rows))));
  return { columns, spilled, tally, firstTime };
}

/**
 * Column `index` when the parts sent it as runs (run-column.ts): joined, then made in the narrowest
 * array that holds it. Where only some did (another part's changed on most rows), their runs are
 * expanded for the ordinary join; null then, and for any other column.
 */
function runsJoined(parts: readonly TextPartResult[], index: number): NumberColumn | null {
  const runs = parts.map((part) => part.runs[index] ?? null);
  if (runs.every((part) => part === null)) return null;
  if (runs.every((part): part is Runs => part !== null)) return expandRuns(joinRuns(runs));
  runs.forEach((part, number) => {
    if (part) parts[number]!.columns[index] = expandRuns(part);
  });
  return null;
}

/** Whether every part's column `index` is still in its shared region (none outgrew it). */
function inRegions(parts: readonly TextPartResult[], regions: readonly SharedColumns[], index: number): boolean {
  return parts.every((part, number) => {
    const column = part.columns[index]!;
    const region = regions[number]!;
    return column.buffer instanceof SharedArrayBuffer && column.byteOffset === region.offsetRows * region.bytesPerRow[index]! && column.length <= region.capacityRows;
  });
}

/** Whether every part kept column `index` as Float32 (series-builder.ts): then the joined column is Float32 too. */
function allNarrow(parts: readonly TextPartResult[], index: number): boolean {
  return parts.every((part) => part.columns[index] instanceof Float32Array);
}

/**
 * The parts' rows moved down in their shared buffer, each right after the one before: no copy of
 * the column is made. A region has room for Float64 (8 bytes a row), and a column that one part had
 * to widen is widened in every part first, where it lies; or it has 4 bytes a row (current and
 * voltage, stored-precision.ts), and every part kept Float32.
 */
function closeGaps(parts: readonly TextPartResult[], regions: readonly SharedColumns[], index: number, rows: number): NumberColumn {
  const narrow = allNarrow(parts, index);
  const bytesPerRow = regions[0]!.bytesPerRow[index]!;
  if (!narrow && bytesPerRow < Float64Array.BYTES_PER_ELEMENT) throw new Error('a Float64 column in a region of 4 bytes a row');
  if (!narrow) {
    for (const part of parts) {
      const column = part.columns[index]!;
      if (column instanceof Float32Array) part.columns[index] = widenInPlace(column);
    }
  }
  const buffer = regions[0]!.buffers[index]!;
  const whole = narrow ? new Float32Array(buffer) : new Float64Array(buffer);
  // Values of the column per row of a region.
  const perRow = bytesPerRow / (narrow ? Float32Array.BYTES_PER_ELEMENT : Float64Array.BYTES_PER_ELEMENT);
  let offset = 0;
  for (const [number, part] of parts.entries()) {
    const from = regions[number]!.offsetRows * perRow;
    const length = part.columns[index]!.length;
    if (from !== offset) whole.copyWithin(offset, from, from + length);
    offset += length;
    part.columns[index] = EMPTY;
  }
  return whole.subarray(0, rows);
}

/**
 * The parts' columns end to end: appended to the first part's array where it has room (it is sized
 * for the whole file, and its pages beyond its own rows are touched only now), else into a new one.
 */
function appended(parts: readonly TextPartResult[], index: number, rows: number): NumberColumn {
  const narrow = allNarrow(parts, index);
  let first = parts[0]!.columns[index]!;
  const bytesPerValue = narrow ? Float32Array.BYTES_PER_ELEMENT : Float64Array.BYTES_PER_ELEMENT;
  const inPlace = first.buffer.byteLength - first.byteOffset >= rows * bytesPerValue && !(first.buffer instanceof SharedArrayBuffer);
  // A Float32 first part joined with a Float64 one is widened where it lies (it has the room).
  if (inPlace && !narrow && first instanceof Float32Array) first = widenInPlace(first);
  const joined: NumberColumn = narrow
    ? inPlace ? new Float32Array(first.buffer, first.byteOffset, rows) : new Float32Array(rows)
    : inPlace ? new Float64Array(first.buffer, first.byteOffset, rows) : new Float64Array(rows);
  let offset = 0;
  for (const [number, part] of parts.entries()) {
    if (!(inPlace && number === 0)) joined.set(part.columns[index]!, offset);
    offset += part.columns[index]!.length;
    // Let go of each part's column once copied: the join never holds two copies of all columns.
    part.columns[index] = EMPTY;
  }
  return joined;
}
