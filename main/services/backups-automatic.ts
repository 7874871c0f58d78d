// Automatic rolling backups of the open notebook: before a risky operation (restore, .eln import,
// bulk import, schema update) and on a schedule while Cellbook is open. Each goes through the one
// backup path (SQLite backup API, verified before it is published) and is named
// <notebook>-<stamp>-auto-<why>.cellbook, so the backups list can tell it from a manual one; after
// each, automatic backups older than the kept days are pruned (never manual ones, never an
// unverified one, never the newest verified one).
import { rmSync } from 'node:fs';
import { backupsToPrune, scheduledBackupDue, type KeptBackup } from '../../shared/backups/automatic-backups';
import { backupNameFacts } from '../../shared/backups/backup-kind';
import { backupNotebook, type BackupResult } from '../db/backup';
import { readVerification, verificationPathFor } from '../db/backup-verification';
import { getAutomaticBackupSettings } from './backups-automatic-settings';
import { backupPathFor, listBackups } from './backups';
import type { ServiceContext } from './context';
import { logFailure } from '../logging/error-log';

/** The operations a backup is taken before; the name says which (…-auto-before-eln-import.cellbook). */
export type RiskyOperation = 'restore' | 'eln-import' | 'bulk-import' | 'migration';
export type AutomaticBackupReason = `before-${RiskyOperation}` | 'scheduled';

export interface AutomaticBackupResult extends BackupResult {
  /** File names of the old automatic backups deleted after this one was verified. */
  pruned: string[];
}

function historyHead(ctx: ServiceContext): string | null {
  const row = ctx.notebook.db.prepare('SELECT hash FROM history ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  return row?.hash ?? null;
}

/** Every backup in the notebook's folder with its kind and the time its name carries. */
function keptBackups(ctx: ServiceContext): Array<KeptBackup & { path: string }> {
  return listBackups(ctx).map((entry) => {
    const facts = backupNameFacts(entry.fileName);
    return { fileName: entry.fileName, path: entry.path, kind: facts.kind, takenAt: facts.takenAt ?? entry.createdAt, verified: entry.verified };
  });
}

/** Deletes the automatic backups the keep rule lets go (with their verification files); returns their names. */
export function pruneAutomaticBackups(ctx: ServiceContext): string[] {
  const { keepDays } = getAutomaticBackupSettings(ctx);
  const doomed = backupsToPrune(keptBackups(ctx), keepDays, ctx.writer.now());
  for (const backup of doomed) {
    rmSync(backup.path, { force: true });
    rmSync(verificationPathFor(backup.path), { force: true });
  }
  return doomed.map((backup) => backup.fileName);
}

export async function takeAutomaticBackup(ctx: ServiceContext, reason: AutomaticBackupReason): Promise<AutomaticBackupResult> {
  const destination = backupPathFor(ctx.notebook.path, ctx.writer.now(), `auto-${reason}`);
  const written = await backupNotebook(ctx.notebook.db, destination, { now: ctx.writer.now });
  // The new backup is written and verified: a failure to delete old ones (a file held open, a
  // permission) must not refuse the operation it protects. It is logged; the next backup prunes again.
  let pruned: string[] = [];
  try {
    pruned = pruneAutomaticBackups(ctx);
  } catch (error) {
    logFailure('pruning automatic backups', error);
  }
  ctx.emit({ type: 'changed', tables: ['backups'] });
  return { ...written, pruned };
}

/**
 * Call before an operation that replaces or adds much of the notebook. Resolves with the verified
 * backup, or null when the notebook holds nothing yet (no history: nothing to lose). Rejects with
 * a CellbookError when the copy cannot be written or fails verification: the caller should then
 * not go on, and say so.
 */
export async function backUpBeforeRiskyOperation(ctx: ServiceContext, reason: RiskyOperation): Promise<AutomaticBackupResult | null> {
  if (historyHead(ctx) === null) return null;
  return takeAutomaticBackup(ctx, `before-${reason}`);
}

/** Whether a scheduled backup is due now (see scheduledBackupDue); never when the schedule is off or the notebook is empty. */
export function isScheduledBackupDue(ctx: ServiceContext): boolean {
  const settings = getAutomaticBackupSettings(ctx);
  if (!settings.scheduleEnabled) return false;
  const head = historyHead(ctx);
  if (head === null) return false;
  const newest = keptBackups(ctx)
    .filter((backup) => backup.verified)
    .sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt))[0];
  const newestHead = newest ? (readVerification(newest.path)?.historyHead ?? null) : null;
  return scheduledBackupDue({ newestVerifiedAt: newest?.takenAt ?? null, changedSinceNewest: newestHead !== head, everyHours: settings.everyHours, now: ctx.writer.now() });
}

/** Takes the scheduled backup when one is due; null when none was due. */
export async function runScheduledBackupIfDue(ctx: ServiceContext): Promise<AutomaticBackupResult | null> {
  return isScheduledBackupDue(ctx) ? takeAutomaticBackup(ctx, 'scheduled') : null;
}
