// Backups of a notebook as the Notebook area and `cellbook backups` list them, and the preview a
// restore shows first: what the backup holds against the notebook as it is.
import { z } from 'zod';

export const backupEntrySchema = z.object({
  fileName: z.string(),
  /** Absolute path, for the CLI; the renderer shows the file name only. */
  path: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  /** Records of every record table, archived ones included. */
  records: z.number().int().nonnegative(),
  historyEntries: z.number().int().nonnegative(),
  newestChangeAt: z.string().nullable(),
  /** Integrity check and history chain both hold. */
  verified: z.boolean(),
  problem: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

const holdingSchema = z.object({
  schemaVersion: z.number().int(),
  historyEntries: z.number().int(),
  newestChangeAt: z.string().nullable(),
  records: z.number().int(),
});

export const restorePreviewSchema = z.object({
  fileName: z.string(),
  verified: z.boolean(),
  problem: z.string().nullable(),
  backup: holdingSchema,
  current: holdingSchema,
  /** Records per table in the backup and in the notebook now. */
  tables: z.array(z.object({ table: z.string(), backup: z.number().int(), current: z.number().int() })),
});
export type RestorePreview = z.infer<typeof restorePreviewSchema>;

/** A backup named by its file name in the notebook's backups folder (never a path from the renderer). */
export const backupNameSchema = z
  .object({ fileName: z.string().min(1, 'choose a backup').max(255).refine((name) => !/[\\/]/.test(name) && name !== '..' && name !== '.', 'a file name in the backups folder') })
  .strict();

export const restoreResultSchema = z.object({ restoredFrom: z.string(), safetyBackup: z.string(), historyEntries: z.number().int() });

/** A notebook file chosen in the window: typed in browser mode, or from a native dialog in the desktop app. */
export const notebookPathSchema = z.object({ path: z.string().trim().min(1, 'give the path of a notebook file').max(4096) }).strict();

export const recentNotebookSchema = z.object({ path: z.string(), fileName: z.string(), openedAt: z.string(), exists: z.boolean() });
