// A large text export read on every core: one worker thread per line-aligned part (text-parts.ts),
// joined in order. The parts write their columns into memory shared with this thread, each into
// its own region of one buffer per column, so that joining them only moves each part's rows down
// to close the gaps between regions: the file's columns are never held twice. A failure names the file and the line as one reading would (the first failing
// part in the file's order wins, its line counted on from the parts before); a cancel ends every
// worker at once.
import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { CellbookError } from '../../../shared/api-error';
import type { NumberColumn, SpilledColumn } from '../../../shared/cycling/types';
import { SPILLED_FIELDS } from './column-spill';
import type { FileHead, TextPlan } from './format';
import type { PartJob, PartMessage } from './part-worker';
import { partWorkerSource } from './part-worker-source';
import { expectedRowCount, type RowTally } from './row-reader';
import { LineError, type ByteRange } from './text-lines';
import { regionBytesPerRow, type SharedColumns, type TextPartResult } from './text-part';
import { joinParts } from './text-parts';

/** A part's region holds this much more than the rows its bytes are expected to hold; beyond it, rows go to blocks of its own. */
const REGION_SPARE = 1.06;
const REGION_MIN_SPARE_ROWS = 4096;
/** Line lengths are sampled in this many places of each part, this many bytes each. */
const SAMPLES_PER_PART = 8;
const SAMPLE_BYTES = 64 * 1024;

/**
 * The rows a part's bytes are expected to hold: from line lengths sampled across the part itself
 * when these promise fewer rows than the head's lines do. The head's first lines are often shorter
 * than later ones (times and capacities gain digits), and a region sized from them leaves a fifth
 * of its pages written but unused after the join; a head with longer lines than the rest keeps
 * its own, smaller, promise (rows beyond a region are read all the same, into blocks of their own).
 */
function expectedPartRows(fd: number, range: ByteRange, headBytesPerRow: number): number {
  const bytes = range.endByte - range.startByte;
  const buffer = Buffer.allocUnsafe(SAMPLE_BYTES);
  let sampled = 0;
  let breaks = 0;
  for (let k = 0; k < SAMPLES_PER_PART; k += 1) {
    const position = range.startByte + Math.floor((bytes * k) / SAMPLES_PER_PART);
    const length = readSync(fd, buffer, 0, Math.min(SAMPLE_BYTES, range.endByte - position), position);
    for (let i = 0; i < length; i += 1) if (buffer[i] === 10) breaks += 1;
    sampled += length;
  }
  const bytesPerRow = breaks >= 2 * SAMPLES_PER_PART ? Math.max(headBytesPerRow, sampled / breaks) : headBytesPerRow;
  return Math.ceil(bytes / bytesPerRow);
}

/** One shared buffer per binding, cut into one region of rows per part; pages never written cost no memory. */
function sharedRegions(filePath: string, head: FileHead & { sizeBytes: number }, plan: TextPlan, ranges: readonly ByteRange[], spills: boolean): SharedColumns[] {
  const headBytesPerRow = head.sizeBytes / Math.max(1, expectedRowCount(plan, head));
  const fd = openSync(filePath, 'r');
  let capacities: number[];
  try {
    capacities = ranges.map((range) => Math.ceil(expectedPartRows(fd, range, headBytesPerRow) * REGION_SPARE) + REGION_MIN_SPARE_ROWS);
  } finally {
    closeSync(fd);
  }
  const total = capacities.reduce((sum, rows) => sum + rows, 0);
  // A spilled binding's values go to a file (column-spill.ts), not to memory.
  const bytesPerRow = plan.bindings.map((binding) => regionBytesPerRow(binding.field));
  const buffers = plan.bindings.map((binding, i) => new SharedArrayBuffer(spills && SPILLED_FIELDS[binding.field] !== undefined ? 0 : total * bytesPerRow[i]!));
  let offsetRows = 0;
  return capacities.map((capacityRows) => {
    const region = { buffers, offsetRows, capacityRows, bytesPerRow };
    offsetRows += capacityRows;
    return region;
  });
}

export interface PartsOptions {
  signal?: AbortSignal;
  /** A folder of the import's own to keep the capacity and temperature columns in (column-spill.ts). */
  spillDir?: string;
  onProgress?: (progress: { bytesRead: number; rows: number }) => void;
}

type Failure = Extract<PartMessage, { type: 'failed' }>;

export async function readTextInParts(
  filePath: string,
  head: FileHead & { sizeBytes: number },
  plan: TextPlan,
  stateFormatId: string | null,
  ranges: readonly ByteRange[],
  options: PartsOptions = {},
): Promise<{ columns: NumberColumn[]; spilled: Array<SpilledColumn | null>; tally: RowTally; firstTime: number }> {
  const cancelled = () => new CellbookError('cancelled', `import of ${head.fileName} cancelled; nothing was saved`);
  if (options.signal?.aborted) throw cancelled();
  const { stateOf: _functions, ...sendablePlan } = plan;
  const progress = ranges.map(() => ({ bytesRead: 0, rows: 0 }));
  const workers: Worker[] = [];
  const stopAll = () => {
    for (const worker of workers) void worker.terminate();
  };
  const regions = sharedRegions(filePath, head, plan, ranges, options.spillDir !== undefined);
  const parts = ranges.map((range, index) => {
    const job: PartJob = { filePath, head, plan: sendablePlan, stateFormatId, range, into: regions[index]!, ...(options.spillDir !== undefined ? { spill: { dir: options.spillDir, part: index } } : {}) };
    const worker = new Worker(partWorkerSource(), { eval: true, workerData: job });
    workers.push(worker);
    return new Promise<TextPartResult | Failure>((resolve, reject) => {
      const abort = () => reject(cancelled());
      options.signal?.addEventListener('abort', abort, { once: true });
      const settle = () => options.signal?.removeEventListener('abort', abort);
      worker.on('message', (message: PartMessage) => {
        if (message.type === 'progress') {
          progress[index] = message;
          options.onProgress?.(progress.reduce((sum, part) => ({ bytesRead: sum.bytesRead + part.bytesRead, rows: sum.rows + part.rows }), { bytesRead: 0, rows: 0 }));
          return;
        }
        settle();
        resolve(message.type === 'done' ? message.result : message);
      });
      worker.once('error', (error) => {
        settle();
        resolve({ type: 'failed', code: null, message: error.message, template: null, lineNumber: 0 });
      });
      worker.once('exit', (code) => {
        settle();
        resolve({ type: 'failed', code: null, message: `its reader stopped (exit ${code})`, template: null, lineNumber: 0 });
      });
    });
  });
  // Marked as handled now: a cancel rejects every part, and only the first is awaited.
  for (const part of parts) part.catch(() => undefined);
  const results: TextPartResult[] = [];
  let lineBase = 0;
  try {
    for (const [index, part] of parts.entries()) {
      const result = await part;
      if ('type' in result) throw failureError(result, head.fileName, lineBase, ranges[index]!);
      results.push(result);
      lineBase += result.lines;
    }
  } finally {
    stopAll();
  }
  const joined = joinParts(results, regions);
  // A column the import lets go later (free-columns.ts) is freed only when nothing else holds its
  // buffer: not the regions, nor a worker that has not yet exited (each was given them).
  for (const region of regions) region.buffers = [];
  await Promise.all(workers.map((worker) => worker.terminate()));
  return joined;
}

/**
 * The failure of a part as the one reading of the whole file would have said it. A system error
 * (a full disk as a column is kept on disk) comes back as one, with its code and path, so that the
 * import's failure sentence names it (main/logging/explain-failure.ts).
 */
export function failureError(failure: Failure, fileName: string, lineBase: number, range: ByteRange): Error {
  if (failure.system) return Object.assign(new Error(failure.message), { code: failure.system.code, ...(failure.system.path !== null ? { path: failure.system.path } : {}) });
  const lineNumber = lineBase + failure.lineNumber;
  if (failure.template !== null && failure.code !== null) return new LineError(failure.code, lineNumber, failure.template);
  if (failure.code !== null) return new CellbookError(failure.code, failure.message);
  const where = failure.lineNumber > 0 ? `line ${lineNumber}` : `bytes ${range.startByte}–${range.endByte}`;
  return new CellbookError('internal', `${fileName}: reading stopped at ${where}: ${failure.message}; nothing was saved`);
}
