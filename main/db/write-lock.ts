// One writer at a time, and nobody waits forever. Every write transaction on a notebook takes
// SQLite's write lock when it begins (BEGIN IMMEDIATE), so two writers never both read, decide
// and then collide on commit; a writer that finds the lock taken waits at most
// WRITE_LOCK_WAIT_MS and then gets one sentence naming who holds it.
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import type { Db } from './query';
import { otherLiveWriters, type WriterNote } from './writer-note';

/** How long a writer waits for another one to finish before it is told so (SQLite busy timeout). */
export const WRITE_LOCK_WAIT_MS = 5000;

const OPERATION_WORDS: Record<WriterNote['operation'], string> = {
  import: 'an import',
  backup: 'a backup',
  restore: 'a restore',
  migration: 'an update of the notebook to this Cellbook',
};

const clockTime = (iso: string) => new Date(iso).toTimeString().slice(0, 5);

/** The sentence for a writer that could not get the lock: who holds it, and what to do. */
export function busySentence(notebookPath: string, holders: readonly WriterNote[]): string {
  const name = path.basename(notebookPath);
  const seconds = WRITE_LOCK_WAIT_MS / 1000;
  // A restore or an import is what holds the lock for long; a backup only reads.
  const holder = holders.find((note) => note.operation !== 'backup') ?? holders[0];
  if (!holder) {
    return `The notebook ${name} is being written by another program (another Cellbook, or a tool that has it open) and was not free within ${seconds} s; nothing was saved — try again when it has finished.`;
  }
  return `The notebook ${name} is being written by another Cellbook — ${OPERATION_WORDS[holder.operation]} started at ${clockTime(holder.startedAt)} (process ${holder.pid}); nothing was saved — try again when it finishes.`;
}

export class NotebookBusyError extends CellbookError {
  constructor(
    readonly notebookPath: string,
    readonly holders: readonly WriterNote[],
  ) {
    super('busy', busySentence(notebookPath, holders));
    this.name = 'NotebookBusyError';
  }
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …): the lock was not had in time. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

export function busyErrorFor(notebookPath: string): NotebookBusyError {
  return new NotebookBusyError(notebookPath, otherLiveWriters(notebookPath));
}

type TransactionFunction = ReturnType<Db['transaction']>;

/**
 * Makes `db.transaction(fn)()` mean `.immediate()` on this connection, so that every write
 * transaction in Cellbook takes the lock up front without each call site having to say so, and
 * turns a lock not had in time into NotebookBusyError. Nested calls stay savepoints
 * (better-sqlite3 does that whichever variant is called).
 */
export function takeWriteLockUpFront(db: Db, notebookPath: string): void {
  db.pragma(`busy_timeout = ${WRITE_LOCK_WAIT_MS}`);
  const transaction = db.transaction.bind(db);
  const patched = (fn: (...args: unknown[]) => unknown): TransactionFunction => {
    const variants = transaction(fn);
    const guard = (variant: (...args: unknown[]) => unknown) =>
      function guarded(this: unknown, ...args: unknown[]) {
        try {
          return variant.apply(this, args);
        } catch (error) {
          if (isBusyError(error)) throw busyErrorFor(notebookPath);
          // A full disk or a damaged file is explained where it reaches a host (explain-failure.ts),
          // which then knows which notebook it was.
          if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') Object.assign(error, { notebookPath });
          throw error;
        }
      };
    const immediate = guard(variants.immediate);
    return Object.assign(immediate, {
      default: immediate,
      deferred: guard(variants.deferred),
      immediate,
      exclusive: guard(variants.exclusive),
      database: db,
    }) as unknown as TransactionFunction;
  };
  db.transaction = patched as Db['transaction'];
}
