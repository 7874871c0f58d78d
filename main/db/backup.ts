// Copies a live notebook with SQLite's online backup API into a temporary file of its own (a name
// no other run shares), verifies the copy (integrity, history chain), and only then publishes it
// under its final name with a hard link, which fails rather than replace a backup another run
// published in the same instant. A backup file either is complete and verified or does not exist.
import Database from 'better-sqlite3';
import { existsSync, linkSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { temporaryPathFor, writeFailure } from '../files/write-file-atomically';
import { verifyNotebookFile, writeVerification, type BackupVerification } from './backup-verification';
import type { Db } from './query';
import { noteLongWrite } from './writer-note';

export interface BackupProgress {
  totalPages: number;
  copiedPages: number;
}

export interface BackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  signal?: AbortSignal;
  /** Pages copied per step; small steps keep the process responsive and cancel prompt. */
  pagesPerStep?: number;
  now?: () => Date;
}

export interface BackupResult {
  /** Where the backup was published: the destination asked for, or with -2, -3 … when that name was taken. */
  path: string;
  bytes: number;
  verification: BackupVerification;
}

/** A backup is one file: rollback journal mode, so it opens (read-only too) without -wal or -shm files beside it. */
function selfContained(filePath: string): void {
  const copy = new Database(filePath, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** About what a backup takes: the notebook file and its write-ahead log. */
function notebookBytes(db: Db): number | undefined {
  try {
    return statSync(db.name).size + (existsSync(`${db.name}-wal`) ? statSync(`${db.name}-wal`).size : 0);
  } catch {
    return undefined;
  }
}

const cancelled = () => new CellbookError('cancelled', 'backup cancelled; no backup file was written');

/** Publishes `source` as `destination` (or destination-2, -3, …) without ever replacing a file. */
function publishUnder(source: string, destination: string): string {
  const extension = path.extname(destination);
  const stem = destination.slice(0, destination.length - extension.length);
  for (let attempt = 1; attempt < 1000; attempt += 1) {
    const candidate = attempt === 1 ? destination : `${stem}-${attempt}${extension}`;
    try {
      linkSync(source, candidate);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new CellbookError('conflict', `could not find a free name for the backup beside ${destination}`);
}

export async function backupNotebook(db: Db, destination: string, options: BackupOptions = {}): Promise<BackupResult> {
  const now = options.now ?? (() => new Date());
  const partial = temporaryPathFor(destination);
  const pagesPerStep = options.pagesPerStep ?? 256;
  let published: string | null = null;
  // Named in the sentence another writer gets while this runs (writer-note.ts).
  const endNote = path.isAbsolute(db.name) ? noteLongWrite(db.name, 'backup', now()) : () => undefined;
  try {
    mkdirSync(path.dirname(destination), { recursive: true });
    const finished = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (options.signal?.aborted) throw cancelled();
        options.onProgress?.({ totalPages, copiedPages: totalPages - remainingPages });
        return pagesPerStep;
      },
    });
    if (options.signal?.aborted) throw cancelled();
    // The last step is not reported by SQLite's progress callback.
    options.onProgress?.({ totalPages: finished.totalPages, copiedPages: finished.totalPages });
    selfContained(partial);
    const verification = verifyNotebookFile(partial, now(), { sign: true });
    if (!verification.verified) throw new CellbookError('internal', `the backup copy failed verification (${verification.problem}); no backup file was written`);
    published = publishUnder(partial, destination);
    writeVerification(published, verification);
    return { path: published, bytes: statSync(published).size, verification };
  } catch (error) {
    if (published !== null) rmSync(published, { force: true });
    if (error instanceof CellbookError) throw error;
    throw writeFailure(destination, error, notebookBytes(db));
  } finally {
    endNote();
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
  }
}
