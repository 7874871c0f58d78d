// Backups of the open notebook: taken as a job (SQLite backup API, verified before it is
// published), listed with what each holds, previewed against the notebook, and restored. A restore
// first backs up the notebook as it is, then puts the backup's copy in its place and records the
// restore as a history entry that continues the backup's chain, so `cellbook check` accepts the
// restored notebook and still catches any other shortening of history.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { formatBytes } from '../../shared/format/bytes';
import type { BackupEntry, RestorePreview } from '../../shared/schemas/backups';
import { backupNotebook } from '../db/backup';
import { describeNotebookDb, readVerification, verifyNotebookFile, writeVerification, type BackupVerification } from '../db/backup-verification';
import { appendHistory } from '../db/history';
import { latestVersion } from '../db/migrator';
import { bundledMigrations } from '../db/migrations';
import { openNotebook } from '../db/open-notebook';
import { otherAppHolding } from '../db/instance-lock';
import { NotebookBusyError } from '../db/write-lock';
import { noteLongWrite, otherLiveWriters } from '../db/writer-note';
import { backupsDirFor, fileStamp } from '../db/paths';
import { temporaryPathFor } from '../files/write-file-atomically';
import { checkpointIfMoved } from '../integrity/checkpoint-writer';
import { signRestore } from '../integrity/restore-signature';
import { switchNotebook, type ServiceContext } from './context';
import { holdingCalls } from './notebook-hold';

/** Where a backup taken now goes: <notebook>-backups/<notebook>-<UTC stamp>[-<reason>].cellbook. */
export function backupPathFor(notebookPath: string, at: Date, reason?: string): string {
  const extension = path.extname(notebookPath) || '.cellbook';
  const stem = path.basename(notebookPath, path.extname(notebookPath));
  return path.join(backupsDirFor(notebookPath), `${stem}-${fileStamp(at)}${reason ? `-${reason}` : ''}${extension}`);
}

export function startBackup(ctx: ServiceContext): { jobId: string } {
  const fileName = path.basename(ctx.notebook.path);
  const job = ctx.jobs.start({ kind: 'backup', label: `Backing up ${fileName}`, unit: 'pages' }, async (handle) => {
    const destination = backupPathFor(ctx.notebook.path, ctx.writer.now());
    const written = await backupNotebook(ctx.notebook.db, destination, {
      signal: handle.signal,
      now: ctx.writer.now,
      onProgress: ({ copiedPages, totalPages }) => handle.progress(copiedPages, totalPages),
    });
    return `Backup written: ${path.basename(written.path)} (${formatBytes(written.bytes)}) in ${path.basename(path.dirname(written.path))}/, verified (integrity and ${written.verification.historyEntries} history entries)`;
  });
  return { jobId: job.id };
}

const isBackupFile = (name: string, extension: string) => name.endsWith(extension) && !name.startsWith('.');

/** The verification kept beside a backup, or one made now (and kept) for a backup without it. */
function verificationOf(backupPath: string, now: Date): BackupVerification {
  const kept = readVerification(backupPath);
  if (kept) return kept;
  const made = verifyNotebookFile(backupPath, now);
  writeVerification(backupPath, made);
  return made;
}

export function listBackups(ctx: ServiceContext): BackupEntry[] {
  const dir = backupsDirFor(ctx.notebook.path);
  if (!existsSync(dir)) return [];
  const extension = path.extname(ctx.notebook.path) || '.cellbook';
  return readdirSync(dir)
    .filter((name) => isBackupFile(name, extension))
    .map((name) => {
      const file = path.join(dir, name);
      const stat = statSync(file);
      const verification = verificationOf(file, ctx.writer.now());
      return {
        fileName: name,
        path: file,
        createdAt: stat.mtime.toISOString(),
        sizeBytes: stat.size,
        schemaVersion: verification.schemaVersion,
        records: verification.records,
        historyEntries: verification.historyEntries,
        newestChangeAt: verification.newestChangeAt,
        verified: verification.verified,
        problem: verification.problem,
      };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName));
}

/** A backup named by the app (a file name in the notebook's backups folder) or by the CLI (any path). */
export function resolveBackup(ctx: ServiceContext, backup: string): string {
  const inFolder = !backup.includes('/') && !backup.includes('\\');
  const file = inFolder ? path.join(backupsDirFor(ctx.notebook.path), backup) : path.resolve(backup);
  if (!existsSync(file) || !statSync(file).isFile()) throw new CellbookError('not_found', `no backup ${backup}${inFolder ? ` in ${path.basename(backupsDirFor(ctx.notebook.path))}/` : ''}`);
  if (path.resolve(file) === path.resolve(ctx.notebook.path)) throw new CellbookError('refused', `${backup} is the open notebook itself, not a backup of it`);
  return file;
}

export function previewRestore(ctx: ServiceContext, backup: string): RestorePreview {
  const file = resolveBackup(ctx, backup);
  const now = ctx.writer.now();
  const inBackup = verifyNotebookFile(file, now);
  const current = describeNotebookDb(ctx.notebook.db, now);
  const tables = [...new Set([...Object.keys(inBackup.recordsByTable), ...Object.keys(current.recordsByTable)])].sort();
  return {
    fileName: path.basename(file),
    verified: inBackup.verified,
    problem: inBackup.problem,
    backup: { schemaVersion: inBackup.schemaVersion, historyEntries: inBackup.historyEntries, newestChangeAt: inBackup.newestChangeAt, records: inBackup.records },
    current: { schemaVersion: current.schemaVersion, historyEntries: current.historyEntries, newestChangeAt: current.newestChangeAt, records: current.records },
    tables: tables.map((table) => ({ table, backup: inBackup.recordsByTable[table] ?? 0, current: current.recordsByTable[table] ?? 0 })),
  };
}

export interface RestoreResult {
  restoredFrom: string;
  safetyBackup: string;
  historyEntries: number;
}

/** The history entry a restore adds: it follows the backup's last entry, says what was replaced, and is signed with the user's key (so check accepts the replaced history's checkpoints). */
function recordRestore(copyPath: string, facts: Record<string, unknown>, operator: string, at: Date): void {
  const copy = new Database(copyPath, { fileMustExist: true });
  try {
    copy.transaction(() => appendHistory(copy, { table: 'notebook', recordId: 'restore', action: 'restore', operator, at: at.toISOString(), before: null, after: facts }))();
  } finally {
    copy.close();
  }
}

/** Rows changed through the open notebook's connection, which every call of this Cellbook writes through. */
const changesOf = (ctx: ServiceContext) => (ctx.notebook.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

const restoreCancelled = () => new CellbookError('cancelled', 'restore cancelled; the notebook was not changed');

/**
 * Puts the restored copy in the notebook's place: from the close until the restored notebook is
 * open, every other call waits (notebook-hold.ts), and an app's claim on the file is kept across the
 * swap, so that no other app can take the notebook in between and leave this one on a closed file.
 */
async function swapIn(ctx: ServiceContext, copyPath: string, notebookPath: string, changesAtSafetyBackup: number): Promise<void> {
  // Calls were answered while the backup was verified and copied: a change saved meanwhile is in
  // neither the safety backup nor the restored copy, so the restore stops rather than lose it.
  if (changesOf(ctx) !== changesAtSafetyBackup) {
    throw new CellbookError('conflict', `${path.basename(notebookPath)} was changed while the restore was being prepared, after the notebook was backed up; the restore was not done and the notebook was not changed — restore again to replace it`);
  }
  const claim = ctx.notebook.closeKeepingClaim();
  const reopen = claim ? { claim } : {};
  try {
    renameSync(copyPath, notebookPath);
    for (const suffix of ['-wal', '-shm']) rmSync(`${notebookPath}${suffix}`, { force: true });
  } catch (error) {
    // The notebook as it was is opened again (the copy did not take its place, or only just did).
    switchNotebook(ctx, await openNotebook(notebookPath, reopen));
    throw error;
  }
  switchNotebook(ctx, await openNotebook(notebookPath, reopen));
}

/** `signal` cancels the restore up to the moment the notebook is closed for the swap; after it, the swap finishes. */
export async function restoreBackup(ctx: ServiceContext, backup: string, signal?: AbortSignal): Promise<RestoreResult> {
  const stillWanted = () => {
    if (signal?.aborted) throw restoreCancelled();
  };
  const file = resolveBackup(ctx, backup);
  const now = ctx.writer.now();
  const inBackup = verifyNotebookFile(file, now);
  if (!inBackup.verified) throw new CellbookError('refused', `${path.basename(file)} failed verification (${inBackup.problem}); the notebook was not changed`);
  const latest = latestVersion(bundledMigrations());
  if (inBackup.schemaVersion > latest) throw new CellbookError('refused', `${path.basename(file)} was written by a newer Cellbook (schema ${inBackup.schemaVersion}); the notebook was not changed`);
  const notebookPath = ctx.notebook.path;
  // The file is about to be replaced: not while another Cellbook is importing into it or backing it up.
  const writers = otherLiveWriters(notebookPath);
  if (writers.length > 0) throw new NotebookBusyError(notebookPath, writers);
  const app = otherAppHolding(notebookPath);
  if (app) throw new CellbookError('busy', `${path.basename(notebookPath)} is open in ${app.app} (process ${app.pid}); restore it from there, or close it first — the notebook was not changed`);
  stillWanted();
  const changesBefore = changesOf(ctx);
  const current = describeNotebookDb(ctx.notebook.db, now);
  let safety;
  try {
    safety = await backupNotebook(ctx.notebook.db, backupPathFor(notebookPath, now, 'before-restore'), { now: ctx.writer.now, signal });
  } catch (error) {
    if (signal?.aborted) throw restoreCancelled();
    throw error;
  }
  const copyPath = temporaryPathFor(notebookPath);
  const endNote = noteLongWrite(notebookPath, 'restore', now);
  try {
    stillWanted();
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(copyPath);
    } finally {
      source.close();
    }
    const operator = ctx.writer.operator();
    recordRestore(copyPath, signRestore({
      restoredFrom: path.basename(file),
      backupHistoryEntries: inBackup.historyEntries,
      backupHistoryHead: inBackup.historyHead,
      replacedHistoryEntries: current.historyEntries,
      replacedHistoryHead: current.historyHead,
      notebookBeforeRestore: path.basename(safety.path),
    }, now.toISOString()), operator, now);
    stillWanted();
    await holdingCalls(ctx, () => swapIn(ctx, copyPath, notebookPath, changesBefore));
  } catch (error) {
    rmSync(copyPath, { force: true });
    rmSync(`${copyPath}-journal`, { force: true });
    throw error;
  } finally {
    endNote();
  }
  checkpointIfMoved({ db: ctx.notebook.db, notebookPath, now: ctx.writer.now() });
  const historyEntries = (ctx.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
  ctx.emit({ type: 'changed', tables: ['*'] });
  return { restoredFrom: path.basename(file), safetyBackup: safety.path, historyEntries };
}

/** A restore as a job, so the window shows its progress (the safety backup may take a while) and its outcome. */
export function startRestore(ctx: ServiceContext, backup: string): { jobId: string } {
  const job = ctx.jobs.start({ kind: 'restore', label: `Restoring ${backup}`, unit: 'steps' }, async (handle) => {
    handle.progress(0, 2);
    // Cancellable (cancelJob is answered at once) until the notebook is closed for the swap.
    const result = await restoreBackup(ctx, backup, handle.signal);
    handle.progress(2, 2);
    return `Restored ${result.restoredFrom}; the notebook as it was is kept as ${path.basename(result.safetyBackup)}`;
  });
  return { jobId: job.id };
}
