// Automatic rolling backups: when one is due on the schedule, and which old ones may go. Pure
// rules, so that what is kept is tested without files; main/services/backups-automatic.ts applies them.
import { z } from 'zod';
import type { BackupKind } from './backup-kind';

export const DEFAULT_BACKUP_EVERY_HOURS = 4;
export const DEFAULT_BACKUP_KEEP_DAYS = 14;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const automaticBackupSettingsSchema = z.object({
  /** Scheduled backups while Cellbook is open; backups before risky operations are always taken. */
  scheduleEnabled: z.boolean(),
  everyHours: z.number(),
  keepDays: z.number(),
});
export type AutomaticBackupSettings = z.infer<typeof automaticBackupSettingsSchema>;

export const automaticBackupSettingsUpdateSchema = z
  .object({
    scheduleEnabled: z.boolean(),
    everyHours: z.number().min(0.5, 'at least 0.5 h').max(168, 'at most 168 h (a week)'),
    keepDays: z.number().int('whole days').min(1, 'at least 1 day').max(3650, 'at most 3650 days'),
  })
  .strict();

export const defaultAutomaticBackupSettings: AutomaticBackupSettings = {
  scheduleEnabled: true,
  everyHours: DEFAULT_BACKUP_EVERY_HOURS,
  keepDays: DEFAULT_BACKUP_KEEP_DAYS,
};

export interface KeptBackup {
  fileName: string;
  kind: BackupKind;
  takenAt: string;
  verified: boolean;
}

/**
 * A scheduled backup is due when the notebook has changed since the newest verified backup and
 * that backup is at least `everyHours` old (or there is none). An unchanged notebook is not copied again.
 */
export function scheduledBackupDue(input: { newestVerifiedAt: string | null; changedSinceNewest: boolean; everyHours: number; now: Date }): boolean {
  if (!input.changedSinceNewest) return false;
  if (input.newestVerifiedAt === null) return true;
  return input.now.getTime() - Date.parse(input.newestVerifiedAt) >= input.everyHours * HOUR_MS;
}

/**
 * The automatic backups that may be deleted: verified, older than `keepDays`, and neither the
 * newest verified backup of all nor the newest verified automatic one. Manual backups and any
 * backup that failed verification are never deleted here (a failed one is evidence to look at).
 */
export function backupsToPrune<B extends KeptBackup>(backups: readonly B[], keepDays: number, now: Date): B[] {
  const newestFirst = [...backups].filter((b) => b.verified).sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
  const protectedNames = new Set([newestFirst[0]?.fileName, newestFirst.find((b) => b.kind === 'automatic')?.fileName]);
  const cutoff = now.getTime() - keepDays * DAY_MS;
  return backups.filter((b) => b.kind === 'automatic' && b.verified && Date.parse(b.takenAt) < cutoff && !protectedNames.has(b.fileName));
}
