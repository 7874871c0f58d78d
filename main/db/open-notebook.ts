// Opens (or creates) a notebook file: checks what the file is before SQLite writes anything,
// refuses a notebook from a newer Cellbook untouched, backs up before migrating, then migrates.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { sweepStaleTemporariesOnce } from '../files/owned-temporaries';
import { failureKind, failureWords } from '../logging/failure-words';
import { backupNotebook } from './backup';
import { claimNotebook, type AppKind } from './instance-lock';
import { bundledMigrations, type Migration } from './migrations';
import { appliedSchemaVersion, applyMigrations, CELLBOOK_APPLICATION_ID, latestVersion } from './migrator';
import { inspectNotebookFile } from './notebook-file';
import { backupsDirFor, fileStamp, userDataDir } from './paths';
import type { Db } from './query';
import { takeWriteLockUpFront } from './write-lock';
import { noteLongWrite } from './writer-note';
import { capitalized } from '../../shared/text-case';

/** The page size of a notebook this Cellbook creates (an existing notebook keeps its own). */
export const NEW_NOTEBOOK_PAGE_BYTES = 16384;

export interface OpenNotebookOptions {
  migrations?: readonly Migration[];
  /** Path of a better-sqlite3 binary built for this runtime's ABI (Electron passes its own). */
  nativeBinding?: string;
  now?: () => Date;
  /** Set by an app (the Electron window, `cellbook web`): claims the notebook, refusing a second app. */
  app?: AppKind;
  /** A claim kept from closing this notebook (closeKeepingClaim): the reopen holds it on, claiming nothing anew. */
  claim?: AppClaim;
}

/** An app's hold on a notebook file (instance-lock.ts), passed from a close to the reopen of the same file. */
export interface AppClaim {
  app: AppKind;
  release: () => void;
}

export interface Notebook {
  db: Db;
  path: string;
  schemaVersion: number;
  /** Set when this open migrated the notebook: the version it had and the backup taken first. */
  migration: { fromVersion: number; backupPath: string | null } | null;
  /** The app that claimed the notebook when it was opened (passed on when a restore reopens it). */
  app: AppKind | null;
  close(): void;
  /**
   * Closes the database but keeps the app's claim on the file and returns it (null without one), so
   * that no other app can take the notebook while its file is swapped (a restore); give it to
   * openNotebook's `claim`, which releases it if the reopen fails.
   */
  closeKeepingClaim(): AppClaim | null;
}

/** The refusal for a notebook SQLite cannot open or read, in the words every failure uses (failure-words.ts). */
function sqliteFailure(notebookPath: string, error: unknown): CellbookError {
  const kind = failureKind(error, path.dirname(notebookPath));
  if (kind === null) return new CellbookError('refused', `cannot open notebook ${notebookPath}: ${(error as Error).message}; the file was not changed`);
  const words = failureWords(kind, error, { subject: 'it', folder: path.dirname(notebookPath) });
  const advice = words.advice ? `. ${capitalized(words.advice)}.` : '';
  return new CellbookError('refused', `cannot open notebook ${notebookPath}: ${words.reason}; the file was not changed${advice}`);
}

/**
 * Where Cellbook's own temporaries collect: beside the notebook, in its backups folder, the user-data
 * folder, and the system temp dir. Each is swept at the first open in it of this process
 * (owned-temporaries.ts: only this machine's, and only those whose owning process is gone).
 */
function sweepFolders(notebookPath: string): string[] {
  return [path.dirname(notebookPath), backupsDirFor(notebookPath), userDataDir(), os.tmpdir()];
}

/** Reads the header facts that decide whether Cellbook may touch the file. Writes nothing. */
function readHeaderFacts(db: Db): { applicationId: number; schemaVersion: number; tableCount: number } {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  return { applicationId, schemaVersion: appliedSchemaVersion(db), tableCount };
}

export async function openNotebook(notebookPathInput: string, options: OpenNotebookOptions = {}): Promise<Notebook> {
  const notebookPath = path.resolve(notebookPathInput);
  const migrations = options.migrations ?? bundledMigrations();
  const now = options.now ?? (() => new Date());
  const latest = latestVersion(migrations);
  const fileState = inspectNotebookFile(notebookPath);
  sweepStaleTemporariesOnce(sweepFolders(notebookPath));
  const app = options.claim?.app ?? options.app ?? null;
  const releaseApp = options.claim?.release ?? (app ? claimNotebook(notebookPath, app, now()) : () => undefined);

  let db: Db;
  try {
    db = new Database(notebookPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    releaseApp();
    throw sqliteFailure(notebookPath, error);
  }

  try {
    // Before anything that may write (the journal mode, migrations): writers queue for the lock.
    takeWriteLockUpFront(db, notebookPath);
    let facts;
    try {
      facts = readHeaderFacts(db);
    } catch (error) {
      throw sqliteFailure(notebookPath, error);
    }
    if (fileState === 'sqlite' && facts.applicationId !== CELLBOOK_APPLICATION_ID && facts.tableCount > 0) {
      throw new CellbookError('refused', `${notebookPath} is an SQLite database but not a Cellbook notebook; the file was not changed`);
    }
    if (facts.schemaVersion > latest) {
      throw new CellbookError(
        'refused',
        `${notebookPath} was written by a newer Cellbook (schema ${facts.schemaVersion}; this Cellbook knows up to ${latest}); update Cellbook to open it. The file was not changed.`,
      );
    }

    // A new notebook gets 16 KiB pages (SQLite's default is 4 KiB): a cycle's points are one row
    // of tens of KB, so each takes a quarter of the overflow pages to write and read back. Only
    // an empty file takes the setting (before WAL mode writes its first page); a notebook made
    // with other pages keeps them, and a backup or a restore has the pages of its source (the import
    // of the benchmark file took 0.93 of the time of 4 KiB pages: main/services/cycling/import-cycling-test.ts).
    if (facts.tableCount === 0 && facts.schemaVersion === 0) db.pragma(`page_size = ${NEW_NOTEBOOK_PAGE_BYTES}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');

    let migration: Notebook['migration'] = null;
    if (facts.schemaVersion < latest) {
      const endNote = facts.schemaVersion > 0 ? noteLongWrite(notebookPath, 'migration', now()) : () => undefined;
      let backupPath: string | null = null;
      if (facts.schemaVersion > 0) {
        const stem = path.basename(notebookPath, path.extname(notebookPath));
        backupPath = path.join(backupsDirFor(notebookPath), `${stem}-${fileStamp(now())}-before-schema-${latest}${path.extname(notebookPath) || '.cellbook'}`);
        await backupNotebook(db, backupPath);
      }
      try {
        applyMigrations(db, migrations, now());
      } catch (error) {
        if (error instanceof CellbookError) throw error;
        const kept = backupPath ? ` A copy taken before migrating is at ${backupPath}.` : '';
        throw new CellbookError('internal', `cannot open notebook ${notebookPath}: ${(error as Error).message}; the notebook was left as it was.${kept}`);
      } finally {
        endNote();
      }
      migration = { fromVersion: facts.schemaVersion, backupPath };
    }

    return {
      db,
      path: notebookPath,
      schemaVersion: latest,
      migration,
      app,
      close: () => {
        db.close();
        releaseApp();
      },
      closeKeepingClaim: () => {
        db.close();
        return app ? { app, release: releaseApp } : null;
      },
    };
  } catch (error) {
    db.close();
    releaseApp();
    // A notebook this call created and could not finish is removed again, so that a failed
    // first start leaves no empty file that would later look like a notebook.
    if (fileState === 'missing') {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${notebookPath}${suffix}`, { force: true });
    }
    // A full disk or a damaged file met after the first read (setting WAL mode …) is worded as one met by it.
    if (!(error instanceof CellbookError) && failureKind(error, path.dirname(notebookPath)) !== null) throw sqliteFailure(notebookPath, error);
    throw error;
  }
}
