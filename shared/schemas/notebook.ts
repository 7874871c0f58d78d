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
});
export type NotebookCheck = z.infer<typeof notebookCheckSchema>;
