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

export async function restoreBackup(ctx: ServiceContext, backup: string): Promise<RestoreResult> {
  const file = resolveBackup(ctx, backup);
  const now = ctx.writer.now();
  const inBackup = verifyNotebookFile(file, now);
  if (!inBackup.verified) throw new CellbookError('refused', `${path.basename(file)} failed verification (${inBackup.problem}); the notebook was not changed`);
  const latest = latestVersion(bundledMigrations());
  if (inBackup.schemaVersion > latest) throw new CellbookError('refused', `${path.basename(file)} was written by a newer Cellbook (schema ${inBackup.schemaVersion}); the notebook was not changed`);
  const notebookPath = ctx.notebook.path;
  // An app that had the notebook open keeps its claim on it across the swap.
  const reopen = ctx.notebook.app ? { app: ctx.notebook.app } : {};
  // The file is about to be replaced: not while another Cellbook is importing into it or backing it up.
  const writers = otherLiveWriters(notebookPath);
  if (writers.length > 0) throw new NotebookBusyError(notebookPath, writers);
  const app = otherAppHolding(notebookPath);
  if (app) throw new CellbookError('busy', `${path.basename(notebookPath)} is open in ${app.app} (process ${app.pid}); restore it from there, or close it first — the notebook was not changed`);
  const current = describeNotebookDb(ctx.notebook.db, now);
  const safety = await backupNotebook(ctx.notebook.db, backupPathFor(notebookPath, now, 'before-restore'), { now: ctx.writer.now });
  const copyPath = temporaryPathFor(notebookPath);
  const endNote = noteLongWrite(notebookPath, 'restore', now);
  try {
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
    ctx.notebook.close();
    renameSync(copyPath, notebookPath);
    for (const suffix of ['-wal', '-shm']) rmSync(`${notebookPath}${suffix}`, { force: true });
  } catch (error) {
    rmSync(copyPath, { force: true });
    rmSync(`${copyPath}-journal`, { force: true });
    endNote();
    if (!ctx.notebook.db.open) switchNotebook(ctx, await openNotebook(notebookPath, reopen));
    throw error;
  }
  endNote();
  switchNotebook(ctx, await openNotebook(notebookPath, reopen));
  checkpointIfMoved({ db: ctx.notebook.db, notebookPath, now: ctx.writer.now() });
  const historyEntries = (ctx.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
  ctx.emit({ type: 'changed', tables: ['*'] });
  return { restoredFrom: path.basename(file), safetyBackup: safety.path, historyEntries };
}

/** A restore as a job, so the window shows its progress (the safety backup may take a while) and its outcome. */
export function startRestore(ctx: ServiceContext, backup: string): { jobId: string } {
  const job = ctx.jobs.start({ kind: 'restore', label: `Restoring ${backup}`, unit: 'steps' }, async (handle) => {
    handle.progress(0, 2);
    const result = await restoreBackup(ctx, backup);
    handle.progress(2, 2);
    return `Restored ${result.restoredFrom}; the notebook as it was is kept as ${path.basename(result.safetyBackup)}`;
  });
  // From now until the restore has finished, calls wait and are answered from the restored notebook
  // (or from the old one when the restore failed) instead of meeting it closed in between.
  void holdingCalls(ctx, () => ctx.jobs.settled(job.id));
  return { jobId: job.id };
}
