// One part of a text export read into columns: the whole file on one thread, or one line-aligned
// byte range of it in a worker thread (parallel-read.ts). The same code reads both, so that a file
// read in parts gives exactly the columns it gives read whole.
import type { NumberColumn, SpilledPiece } from '../../../shared/cycling/types';
import type { ColumnBinding } from './canonical';
import { ColumnSpill, SPILLED_FIELDS, spillPath, type SpillTarget } from './column-spill';
import type { FileHead, TextPlan } from './format';
import { expectedRowCount, RowReader, type RowTally } from './row-reader';
import { RUN_FIELDS, RunColumn, type Runs } from './run-column';
import { READING_FIELDS } from './stored-precision';
import { scanTextLines, type ByteRange } from './text-lines';

export interface TextPartResult {
  /** One column per binding of the plan, in its order (Float32 where it holds every value exactly: series-builder.ts). */
  columns: NumberColumn[];
  /** Per binding, the file its values went to instead of `columns` (then empty), or null. */
  spilled: Array<SpilledPiece | null>;
  /** Per binding, its values as runs instead of `columns` (then empty: a part of a file, run-column.ts), or null. */
  runs: Array<Runs | null>;
  tally: RowTally;
  /** Lines in the part (numbered from 1 within it). */
  lines: number;
  /** The first kept row's time and line (NaN, 0 when none), and the last kept row's time. */
  firstTime: number;
  firstRowLine: number;
  lastTime: number;
}

/** Where a part writes its columns first: one shared buffer per binding, and its region of rows in them. */
export interface SharedColumns {
  buffers: SharedArrayBuffer[];
  offsetRows: number;
  capacityRows: number;
  /** Per binding: 8 bytes a row (room for Float64), 4 for current and voltage (READING_FIELDS), or 0 for a field read as runs (RUN_FIELDS) or kept on disk. */
  bytesPerRow: number[];
}

/**
 * The bytes a row of `field` takes in a shared region: none for step, cycle and state numbers,
 * which a part sends as runs (run-column.ts; one that changes on most rows goes on in the part's
 * own memory, as a column that outgrows its region does); 4 for current and voltage, kept as
 * Float32 (stored-precision.ts).
 */
export function regionBytesPerRow(field: ColumnBinding['field']): number {
  if (RUN_FIELDS.has(field)) return 0;
  return READING_FIELDS.has(field) ? Float32Array.BYTES_PER_ELEMENT : Float64Array.BYTES_PER_ELEMENT;
}

export interface TextPartOptions {
  /** The part to read; the whole file when absent. */
  range?: ByteRange;
  /** Shared memory to write the columns into (a part read on a worker thread; parallel-read.ts). */
  into?: SharedColumns;
  /** Where to keep the capacity and temperature columns instead of memory (column-spill.ts). */
  spill?: SpillTarget;
  signal?: AbortSignal;
  onChunk?: (progress: { bytesRead: number; rows: number }) => void;
  /** Told the number of each line before it is read (a worker names it if reading fails). */
  onLineNumber?: (lineNumber: number) => void;
}

/** The bindings every row needs (time, current, voltage), as the plan's own objects. */
export function requiredBindings(plan: TextPlan): { required: ColumnBinding[]; time: ColumnBinding } {
  const field = (name: ColumnBinding['field']) => plan.bindings.find((binding) => binding.field === name);
  const time = (field('time_s') ?? field('datetime'))!;
  return { required: [field('current_A')!, field('voltage_V')!, time], time };
}

export async function readTextPart(filePath: string, head: FileHead & { sizeBytes: number }, plan: TextPlan, options: TextPartOptions = {}): Promise<TextPartResult> {
  const { range } = options;
  const { required, time } = requiredBindings(plan);
  // A later part has no header lines; its size, not the file's, says how many rows to expect.
  const partHead = range ? { ...head, sizeBytes: range.endByte - range.startByte } : head;
  // Without shared memory, the first of several parts is sized for the whole file, so that the
  // others can be appended to it (joinParts).
  const { into } = options;
  const first = range !== undefined && range.startByte === 0 && !into;
  const { spill } = options;
  const spilled = (binding: ColumnBinding) => spill !== undefined && SPILLED_FIELDS[binding.field] !== undefined;
  // A spilled binding, and one read as runs, has no region (its buffer is empty).
  const firstBlocks = into?.buffers.map((buffer, i): Float64Array | Float32Array => {
    const bytesPerRow = into.bytesPerRow[i]!;
    if (spilled(plan.bindings[i]!) || bytesPerRow === 0) return new Float64Array(0);
    const rows = [buffer, into.offsetRows * bytesPerRow, into.capacityRows] as const;
    return bytesPerRow === Float32Array.BYTES_PER_ELEMENT ? new Float32Array(...rows) : new Float64Array(...rows);
  });
  const reader = new RowReader(plan, partHead, required, time, options.signal, head.fileName, {
    ...(range && range.startByte > 0 ? { headerLines: 0 } : first ? { expectedRows: expectedRowCount(plan, head) } : {}),
    ...(firstBlocks ? { firstBlocks } : {}),
    ...(spill ? { spillOf: (binding: ColumnBinding) => (spilled(binding) ? new ColumnSpill(spillPath(spill, `${plan.bindings.indexOf(binding)}-${binding.field}`)) : null) } : {}),
  });
  let lines = 0;
  const onLineNumber = options.onLineNumber;
  await scanTextLines(
    filePath,
    head.encoding,
    head.fileName,
    onLineNumber
      ? (bytes, start, end, lineNumber, unterminated, plain) => {
          onLineNumber(lineNumber);
          reader.byteLine(bytes, start, end, lineNumber, unterminated, plain);
        }
      : (bytes, start, end, lineNumber, unterminated, plain) => reader.byteLine(bytes, start, end, lineNumber, unterminated, plain),
    (progress) => {
      lines = progress.lines;
      options.onChunk?.({ bytesRead: progress.bytesRead, rows: reader.tally.rows });
    },
    range,
  );
  // A part of a file sends step, cycle and state numbers as runs, joined before they are expanded (joinParts).
  const runs = reader.columns.map((column) => (range !== undefined && column instanceof RunColumn ? column.finish() : null));
  return {
    columns: reader.columns.map((column, i) => (runs[i] ? new Float64Array(0) : column instanceof RunColumn ? column.toArray() : column.toArray(first))),
    spilled: reader.spills.map((column) => column?.finish() ?? null),
    runs,
    tally: reader.tally,
    lines: Math.max(lines, reader.tally.cutLastLine),
    firstTime: reader.firstTime,
    firstRowLine: reader.firstRowLine,
    lastTime: reader.lastTime,
  };
}
