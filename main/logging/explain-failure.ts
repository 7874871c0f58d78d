// Turns any failure into the one sentence a user sees: what failed and what to do. Failures
// Cellbook foresaw are CellbookErrors already; the rest (a full disk, a permission, a read-only
// or damaged file, a held lock, a bug) are named here from their error codes, and their stack goes
// to the log (error-log.ts), which the sentence names. No host shows a stack trace.
import { statfsSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { formatBytes } from '../../shared/format/bytes';
import { busyErrorFor, isBusyError } from '../db/write-lock';
import { logFailure } from './error-log';

export interface FailureContext {
  /** What was being done, in words: "the import of cycle.csv", "the backup". */
  operation?: string;
  /** The notebook concerned, when there is one. */
  notebookPath?: string;
  /** About how much space the operation needed (for a full disk), e.g. the imported file's size. */
  neededBytes?: number;
}

const ERRNO_IN_MESSAGE = /\b(ENOSPC|EACCES|EPERM|EROFS|SQLITE_FULL|SQLITE_NOTADB|SQLITE_CORRUPT|SQLITE_READONLY)\b/;

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  const message = (error as Error | null)?.message ?? '';
  if (/database or disk is full/.test(message)) return 'SQLITE_FULL';
  if (/file is not a database/.test(message)) return 'SQLITE_NOTADB';
  return ERRNO_IN_MESSAGE.exec(message)?.[1];
}

function freeBytes(folder: string): number | null {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

function diskFull(folder: string, context: FailureContext): string {
  const free = freeBytes(folder);
  const freeText = free === null ? '' : `, where ${formatBytes(free)} is free`;
  const needed = context.neededBytes ? `${context.operation ?? 'this'} needs about ${formatBytes(context.neededBytes)} (the size of the files it stores) in ${folder}${freeText}` : `the disk holding ${folder} is full${free === null ? '' : ` (${formatBytes(free)} free)`}`;
  return `Not enough disk space: ${needed}; free some space and try again. Nothing was saved.`;
}

/** The sentence for a failure; never a stack. The CellbookErrors Cellbook wrote pass unchanged. */
export function explainFailure(error: unknown, context: FailureContext = {}): CellbookError {
  if (error instanceof CellbookError) return error;
  // A failed write transaction names its notebook (write-lock.ts).
  const carried = (error as { notebookPath?: unknown } | null)?.notebookPath;
  if (context.notebookPath === undefined && typeof carried === 'string') context = { ...context, notebookPath: carried };
  const code = codeOf(error);
  if (isBusyError(error) && context.notebookPath) return busyErrorFor(context.notebookPath);
  const errorPath = (error as NodeJS.ErrnoException | null)?.path;
  const target = errorPath ?? context.notebookPath;
  const notebook = context.notebookPath ?? 'the notebook';
  const log = logFailure(context.operation ?? 'failure', error);
  const details = log ? ` (details: ${log})` : '';
  const sentence = (text: string) => `${text}${details}`;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    const folder = errorPath ? path.dirname(errorPath) : context.notebookPath ? path.dirname(context.notebookPath) : '.';
    return new CellbookError('refused', sentence(diskFull(folder, context)));
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM') {
    return new CellbookError('refused', sentence(`Cellbook may not write ${target ?? 'a file it needs'} (permission denied); change that path's permissions, or choose another place. Nothing was saved.`));
  }
  if (code === 'EROFS' || code?.startsWith('SQLITE_READONLY')) {
    return new CellbookError('refused', sentence(`${target ?? notebook} is read-only (the file, its folder or its disk); Cellbook cannot write there — copy the notebook somewhere writable, or change its permissions. Nothing was saved.`));
  }
  if (code === 'SQLITE_NOTADB' || code?.startsWith('SQLITE_CORRUPT')) {
    return new CellbookError('refused', sentence(`${notebook} is damaged or is not a notebook (${(error as Error).message}); it was not changed. Restore a backup with cellbook restore (cellbook backups lists them) and keep the damaged file for inspection.`));
  }
  if (isBusyError(error)) {
    return new CellbookError('busy', sentence(`${notebook} is being written by another program and was not free in time; nothing was saved — try again when it has finished.`));
  }
  const reason = error instanceof Error ? error.message : String(error);
  const doing = context.operation ? `finish ${context.operation}` : 'do this';
  return new CellbookError('internal', `Cellbook could not ${doing} because of an unexpected problem (${reason}); ${log ? `the details are in ${log}` : 'its log could not be written either'}.`);
}
