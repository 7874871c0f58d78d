// The worker thread that reads one part of a text export (parallel-read.ts starts it, from the
// source text part-worker-source.ts gives). It writes its columns into the memory it shares with
// the main thread, posts its progress, then its columns (views of that memory, or moved, not
// copied, when they outgrew it) or how it failed, with the line it was on, numbered within its part.
import { parentPort, workerData } from 'node:worker_threads';
import { CellbookError } from '../../../shared/api-error';
import type { FileHead, TextPlan } from './format';
import { CYCLER_FORMATS } from './formats/index';
import type { SpillTarget } from './column-spill';
import { LineError, type ByteRange } from './text-lines';
import { readTextPart, type SharedColumns, type TextPartResult } from './text-part';

export interface PartJob {
  filePath: string;
  head: FileHead & { sizeBytes: number };
  /** The plan without its functions (they cannot be sent to a thread). */
  plan: Omit<TextPlan, 'stateOf'>;
  /** The built-in format whose plan gives the state column's reading, when there is one. */
  stateFormatId: string | null;
  range: ByteRange;
  /** The region of the shared columns this part writes into. */
  into?: SharedColumns;
  /** Where this part keeps the capacity and temperature columns instead of memory (column-spill.ts). */
  spill?: SpillTarget;
}

export type PartMessage =
  | { type: 'progress'; bytesRead: number; rows: number }
  | { type: 'done'; result: TextPartResult }
  | {
      type: 'failed';
      code: CellbookError['code'] | null;
      message: string;
      template: string | null;
      lineNumber: number;
      /** A system error's code and path (a full disk while a column is kept on disk: ENOSPC), so that the import can say what it is. */
      system?: { code: string; path: string | null };
    };

async function run(job: PartJob, post: (message: PartMessage, transfer?: ArrayBuffer[]) => void): Promise<void> {
  let lineNumber = 0;
  try {
    let plan: TextPlan = job.plan;
    if (job.stateFormatId !== null) {
      const format = CYCLER_FORMATS.find((candidate) => candidate.id === job.stateFormatId);
      if (!format) throw new Error(`format ${job.stateFormatId} is not built in`);
      plan = { ...job.plan, stateOf: format.plan(job.head).stateOf };
    }
    const result = await readTextPart(job.filePath, job.head, plan, {
      range: job.range,
      ...(job.into ? { into: job.into } : {}),
      ...(job.spill ? { spill: job.spill } : {}),
      onChunk: (progress) => post({ type: 'progress', ...progress }),
      onLineNumber: (line) => {
        lineNumber = line;
      },
    });
    // Views of shared memory are shared as they are; only arrays of the worker's own are moved.
    const own = result.columns.map((column) => column.buffer).filter((buffer): buffer is ArrayBuffer => !(buffer instanceof SharedArrayBuffer));
    post({ type: 'done', result }, [...new Set(own)]);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    post({
      type: 'failed',
      code: failure instanceof CellbookError ? failure.code : null,
      message: failure.message,
      template: failure instanceof LineError ? failure.template : null,
      lineNumber: failure instanceof LineError ? failure.lineNumber : lineNumber,
      ...systemError(failure),
    });
  }
}

function systemError(failure: Error): { system?: { code: string; path: string | null } } {
  const { code, path } = failure as NodeJS.ErrnoException;
  return typeof code === 'string' && !(failure instanceof CellbookError) ? { system: { code, path: path ?? null } } : {};
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as PartJob, (message, transfer) => port.postMessage(message, transfer));
}
