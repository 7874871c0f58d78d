// Copies a live notebook with SQLite's online backup API into a temporary file and renames it
// into place, so a backup file either is complete or does not exist.
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Db } from './query';
import { CellbookError } from '../../shared/api-error';

export interface BackupProgress {
  totalPages: number;
  copiedPages: number;
}

export interface BackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  signal?: AbortSignal;
  /** Pages copied per step; small steps keep the process responsive and cancel prompt. */
  pagesPerStep?: number;
}

export async function backupNotebook(db: Db, destination: string, options: BackupOptions = {}): Promise<{ bytes: number }> {
  mkdirSync(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const pagesPerStep = options.pagesPerStep ?? 256;
  try {
    const finished = await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (options.signal?.aborted) throw new CellbookError('cancelled', 'backup cancelled; no backup file was written');
        options.onProgress?.({ totalPages, copiedPages: totalPages - remainingPages });
        return pagesPerStep;
      },
    });
    if (options.signal?.aborted) throw new CellbookError('cancelled', 'backup cancelled; no backup file was written');
    // The last step is not reported by SQLite's progress callback.
    options.onProgress?.({ totalPages: finished.totalPages, copiedPages: finished.totalPages });
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { bytes: statSync(destination).size };
}
