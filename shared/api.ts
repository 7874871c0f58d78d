// The API contract: every operation the renderer (or any client) can ask of main, with its input
// and output schemas and a one-line description. Electron's IPC handlers and preload, the browser
// mode's HTTP routes and the renderer's client are all derived from this one table; adding an
// operation here is the only way to add one.
import { z } from 'zod';
import type { ApiName } from './api-names';
import { historyPageSchema, historyQuerySchema } from './schemas/history';
import { jobIdSchema, jobStartedSchema, jobStatusSchema } from './schemas/jobs';
import { notebookCheckSchema, notebookInfoSchema } from './schemas/notebook';
import { notebookSettingsSchema, notebookSettingsUpdateSchema } from './schemas/settings';

export interface Operation<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  doc: string;
  input: I;
  output: O;
}

function operation<I extends z.ZodType, O extends z.ZodType>(op: Operation<I, O>): Operation<I, O> {
  return op;
}

/** Operations that take nothing still take an object, so that every call has the same shape. */
const noInput = z.object({}).strict();

export const api = {
  getNotebookInfo: operation({
    doc: 'The open notebook: file name, size, schema version, the app version and mode, the current operator.',
    input: noInput,
    output: notebookInfoSchema,
  }),
  checkNotebook: operation({
    doc: 'Integrity and foreign-key checks, the history hash chain, and migrations changed since they were applied.',
    input: noInput,
    output: notebookCheckSchema,
  }),
  getSettings: operation({
    doc: 'Notebook-wide settings (the operator name history records).',
    input: noInput,
    output: notebookSettingsSchema,
  }),
  updateSettings: operation({
    doc: 'Change notebook-wide settings; each change is written to history.',
    input: notebookSettingsUpdateSchema,
    output: notebookSettingsSchema,
  }),
  listHistory: operation({
    doc: 'History entries, newest first, optionally for one table or one record, with field-by-field changes.',
    input: historyQuerySchema,
    output: historyPageSchema,
  }),
  startBackup: operation({
    doc: "Copy the notebook (SQLite backup API) into its backups folder; runs as a job with progress and cancel.",
    input: noInput,
    output: jobStartedSchema,
  }),
  listJobs: operation({
    doc: 'Jobs of this session, running ones first.',
    input: noInput,
    output: z.array(jobStatusSchema),
  }),
  cancelJob: operation({
    doc: 'Ask a running job to stop; it ends as "cancelled" with the notebook left as it was.',
    input: z.object({ jobId: jobIdSchema }).strict(),
    output: jobStatusSchema,
  }),
  // `satisfies` makes a missing operation, or one not in api-names.ts, a compile error.
} as const satisfies Record<ApiName, Operation>;

export type Api = typeof api;
/** What a caller passes (defaults may be omitted). */
export type ApiInput<N extends ApiName> = z.input<Api[N]['input']>;
/** What a handler receives after validation (defaults filled in). */
export type ApiParsedInput<N extends ApiName> = z.output<Api[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<Api[N]['output']>;

export { apiNames, isApiName, ipcChannel, IPC_EVENT_CHANNEL, type ApiName } from './api-names';
