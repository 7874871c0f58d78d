import { z } from 'zod';

// Long operations (imports, exports, backups) run as jobs: the call that starts one returns its
// id at once, progress arrives as events, and `cancelJob` stops it leaving the notebook as before.

export const jobStateSchema = z.enum(['running', 'done', 'failed', 'cancelled']);
export type JobState = z.infer<typeof jobStateSchema>;

export const jobIdSchema = z.string().regex(/^job-[0-9a-f]{16}$/, 'a job id as returned when the job started');

export const jobStatusSchema = z.object({
  id: jobIdSchema,
  kind: z.string(),
  /** What the user sees in the progress area, e.g. "Backing up notebook.cellbook". */
  label: z.string(),
  state: jobStateSchema,
  done: z.number().nonnegative(),
  total: z.number().nonnegative().nullable(),
  /** Unit of done/total, shown beside them: "pages", "rows", "MB". */
  unit: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** More about the progress than done/total says, e.g. "412,000 rows". */
  detail: z.string().nullable().default(null),
  /** Outcome in words once finished: what was written, or why it failed. */
  message: z.string().nullable(),
  /** The record a finished job made (e.g. the imported cycling test), for the view to open. */
  recordId: z.number().nullable().default(null),
});
export type JobStatus = z.infer<typeof jobStatusSchema>;

export const jobStartedSchema = z.object({ jobId: jobIdSchema });
