// The worker thread that reads one part of a text export (parallel-read.ts starts it, from the
// source text part-worker-source.ts gives). It posts its progress, then its columns (moved, not
// copied) or how it failed, with the line it was on, numbered within its part.
import { parentPort, workerData } from 'node:worker_threads';
import { CellbookError } from '../../../shared/api-error';
import type { FileHead, TextPlan } from './format';
import { CYCLER_FORMATS } from './formats/index';
import { LineError, type ByteRange } from './text-lines';
import { readTextPart, type TextPartResult } from './text-part';

export interface PartJob {
  filePath: string;
  head: FileHead & { sizeBytes: number };
  /** The plan without its functions (they cannot be sent to a thread). */
  plan: Omit<TextPlan, 'stateOf'>;
  /** The built-in format whose plan gives the state column's reading, when there is one. */
  stateFormatId: string | null;
  range: ByteRange;
}

export type PartMessage =
  | { type: 'progress'; bytesRead: number; rows: number }
  | { type: 'done'; result: TextPartResult }
  | { type: 'failed'; code: CellbookError['code'] | null; message: string; template: string | null; lineNumber: number };

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
      onChunk: (progress) => post({ type: 'progress', ...progress }),
      onLineNumber: (line) => {
        lineNumber = line;
      },
    });
    post({ type: 'done', result }, [...new Set(result.columns.map((column) => column.buffer as ArrayBuffer))]);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    post({
      type: 'failed',
      code: failure instanceof CellbookError ? failure.code : null,
      message: failure.message,
      template: failure instanceof LineError ? failure.template : null,
      lineNumber: failure instanceof LineError ? failure.lineNumber : lineNumber,
    });
  }
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as PartJob, (message, transfer) => port.postMessage(message, transfer));
}
