import { z } from 'zod';

export const appModeSchema = z.enum(['electron', 'browser', 'cli']);

export const notebookInfoSchema = z.object({
  appVersion: z.string(),
  mode: appModeSchema,
  /** File name only: the renderer is never given a path it did not choose in a dialog. */
  fileName: z.string(),
  fileSizeBytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  latestSchemaVersion: z.number().int().nonnegative(),
  sqliteVersion: z.string(),
  createdAt: z.string().nullable(),
  /** Who history entries are attributed to right now. */
  operator: z.string(),
});
export type NotebookInfo = z.infer<typeof notebookInfoSchema>;

export const historyChainBreakSchema = z.object({
  entryId: z.number().int(),
  reason: z.string(),
});

export const notebookCheckSchema = z.object({
  ok: z.boolean(),
  schemaVersion: z.number().int(),
  integrity: z.array(z.string()),
  foreignKeyViolations: z.array(
    z.object({ table: z.string(), rowid: z.number().nullable(), parent: z.string() }),
  ),
  historyEntries: z.number().int().nonnegative(),
  historyChainBreak: historyChainBreakSchema.nullable(),
  /** Applied migrations whose SQL differs from the file this Cellbook carries. */
  changedMigrations: z.array(z.string()),
  /** Every record's current row against its last history entry (changes made outside Cellbook). */
  records: z.object({
    compared: z.number().int().nonnegative(),
    problemCount: z.number().int().nonnegative(),
    /** The first few differences, one sentence each (table, record, field). */
    problems: z.array(z.string()),
    /** Cycling tests whose cycle tables were stored before history recorded them. */
    unrecordedAnalyses: z.number().int().nonnegative(),
  }),
  /** Tables, indexes and triggers against those the migrations make. */
  schemaObjects: z.object({ compared: z.number().int().nonnegative(), problems: z.array(z.string()) }),
  /** Attachments and original cycler files read back against their SHA-256. */
  storedFiles: z.object({ read: z.boolean(), files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative(), problems: z.array(z.string()) }),
  /** Signed checkpoints found (the user's checkpoint log, the backups' verifications). */
  checkpoints: z.object({
    found: z.number().int().nonnegative(),
    held: z.number().int().nonnegative(),
    replacedByRestore: z.number().int().nonnegative(),
    problems: z.array(z.string()),
    notes: z.array(z.string()),
    firstDifferingEntry: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  }),
});
export type NotebookCheck = z.infer<typeof notebookCheckSchema>;
