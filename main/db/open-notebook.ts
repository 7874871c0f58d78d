// Opens (or creates) a notebook file: checks what the file is before SQLite writes anything,
// refuses a notebook from a newer Cellbook untouched, backs up before migrating, then migrates.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { backupNotebook } from './backup';
import { bundledMigrations, type Migration } from './migrations';
import { appliedSchemaVersion, applyMigrations, CELLBOOK_APPLICATION_ID, latestVersion } from './migrator';
import { inspectNotebookFile } from './notebook-file';
import { backupsDirFor, fileStamp } from './paths';
import type { Db } from './query';

export interface OpenNotebookOptions {
  migrations?: readonly Migration[];
  /** Path of a better-sqlite3 binary built for this runtime's ABI (Electron passes its own). */
  nativeBinding?: string;
  now?: () => Date;
}

export interface Notebook {
  db: Db;
  path: string;
  schemaVersion: number;
  /** Set when this open migrated the notebook: the version it had and the backup taken first. */
  migration: { fromVersion: number; backupPath: string | null } | null;
  close(): void;
}

function sqliteFailure(notebookPath: string, error: unknown): CellbookError {
  const message = (error as Error).message;
  return new CellbookError('refused', `cannot open notebook ${notebookPath}: ${message}; the file was not changed`);
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

  let db: Db;
  try {
    db = new Database(notebookPath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw sqliteFailure(notebookPath, error);
  }

  try {
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

    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    let migration: Notebook['migration'] = null;
    if (facts.schemaVersion < latest) {
      let backupPath: string | null = null;
      if (facts.schemaVersion > 0) {
        const stem = path.basename(notebookPath, path.extname(notebookPath));
        backupPath = path.join(backupsDirFor(notebookPath), `${stem}-${fileStamp(now())}-before-schema-${latest}${path.extname(notebookPath) || '.cellbook'}`);
        await backupNotebook(db, backupPath);
      }
      try {
        applyMigrations(db, migrations, now());
      } catch (error) {
        const kept = backupPath ? ` A copy taken before migrating is at ${backupPath}.` : '';
        throw new CellbookError('internal', `cannot open notebook ${notebookPath}: ${(error as Error).message}; the notebook was left as it was.${kept}`);
      }
      migration = { fromVersion: facts.schemaVersion, backupPath };
    }

    return {
      db,
      path: notebookPath,
      schemaVersion: latest,
      migration,
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    // A notebook this call created and could not finish is removed again, so that a failed
    // first start leaves no empty file that would later look like a notebook.
    if (fileState === 'missing') {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${notebookPath}${suffix}`, { force: true });
    }
    throw error;
  }
}
