// Turns any failure into the one sentence a user sees: what failed and what to do. Failures
// Cellbook foresaw are CellbookErrors already; the rest (a full disk, a permission, a read-only
// or damaged file, a held lock, a bug) are named here from their error codes, and their stack goes
// to the log (error-log.ts), which the sentence names. No host shows a stack trace.
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { busyErrorFor, isBusyError } from '../db/write-lock';
import { logFailure } from './error-log';
import { failureClause, failureKind, failureWords } from './failure-words';
import { capitalized } from '../../shared/text-case';

export interface FailureContext {
  /** What was being done, in words: "the import of cycle.csv", "the backup". */
  operation?: string;
  /** The notebook concerned, when there is one. */
  notebookPath?: string;
  /** About how much space the operation needed (for a full disk), e.g. the imported file's size. */
  neededBytes?: number;
}

/** The sentence for a failure; never a stack. The CellbookErrors Cellbook wrote pass unchanged. */
export function explainFailure(error: unknown, context: FailureContext = {}): CellbookError {
  if (error instanceof CellbookError) return error;
  // A failed write transaction names its notebook (write-lock.ts).
  const carried = (error as { notebookPath?: unknown } | null)?.notebookPath;
  if (context.notebookPath === undefined && typeof carried === 'string') context = { ...context, notebookPath: carried };
  if (isBusyError(error) && context.notebookPath) return busyErrorFor(context.notebookPath);
  const errorPath = (error as NodeJS.ErrnoException | null)?.path;
  const target = errorPath ?? context.notebookPath;
  const notebook = context.notebookPath ?? 'the notebook';
  const log = logFailure(context.operation ?? 'failure', error);
  const details = log ? ` (details: ${log})` : '';
  const folder = errorPath ? path.dirname(errorPath) : context.notebookPath ? path.dirname(context.notebookPath) : '.';
  const kind = failureKind(error, folder);
  const subject = kind === 'permission' ? (target ?? 'a file it needs') : kind === 'damaged' ? notebook : (target ?? notebook);
  // A missing file or a folder named as a file here is a bug, not something the user can mend.
  if (kind === 'disk_full' || kind === 'permission' || kind === 'read_only' || kind === 'damaged') {
    const words = failureWords(kind, error, { subject, folder, neededBytes: context.neededBytes, operation: context.operation });
    return new CellbookError('refused', `${capitalized(failureClause(words))}. Nothing was saved.${details}`);
  }
  if (isBusyError(error)) {
    return new CellbookError('busy', `${notebook} is being written by another program and was not free in time; nothing was saved — try again when it has finished.${details}`);
  }
  const reason = error instanceof Error ? error.message : String(error);
  const doing = context.operation ? `finish ${context.operation}` : 'do this';
  return new CellbookError('internal', `Cellbook could not ${doing} because of an unexpected problem (${reason}); ${log ? `the details are in ${log}` : 'its log could not be written either'}.`);
}
