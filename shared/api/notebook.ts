// The notebook itself: its file, settings, history, backups, jobs, attachments and search.
// Part of the one API contract (shared/api.ts assembles the parts).
import { z } from 'zod';
import { addAttachmentSchema, attachmentContentSchema, attachmentSchema, listAttachmentsSchema } from '../schemas/attachments';
import { idInputSchema } from '../schemas/fields';
import { historyPageSchema, historyQuerySchema } from '../schemas/history';
import { searchQuerySchema, searchResultsSchema } from '../schemas/search';
import { jobIdSchema, jobStartedSchema, jobStatusSchema } from '../schemas/jobs';
import { notebookCheckSchema, notebookInfoSchema } from '../schemas/notebook';
import { notebookSettingsSchema, notebookSettingsUpdateSchema } from '../schemas/settings';
import { backupEntrySchema, backupNameSchema, notebookPathSchema, recentNotebookSchema, restorePreviewSchema } from '../schemas/backups';
import { noInput, operation } from './operation';

export const notebookApi = {
  getNotebookInfo: operation({
    doc: 'The open notebook: file name, size, schema version, the app version and mode, the current operator.',
    input: noInput,
    output: notebookInfoSchema,
  }),
  checkNotebook: operation({
    doc: 'Integrity and foreign-key checks, the history hash chain, migrations changed since they were applied, every record against its last history entry, the schema against the migrations, stored files against their SHA-256 (while they total at most 128 MiB), and the history against its signed checkpoints.',
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

  addAttachment: operation({ doc: 'Attach a file (certificate, datasheet, photo) to a material or lot; stored once by content hash.', input: addAttachmentSchema, output: attachmentSchema }),
  listAttachments: operation({ doc: "A record's attachments.", input: listAttachmentsSchema, output: z.array(attachmentSchema) }),
  getAttachmentContent: operation({ doc: "An attachment's bytes (base64) for viewing or saving.", input: idInputSchema, output: attachmentContentSchema }),
  archiveAttachment: operation({ doc: 'Remove an attachment from its record (the file stays in the notebook).', input: idInputSchema, output: z.object({}) }),
  searchNotebook: operation({ doc: "Search every record's names, numbers, notes and tags; results grouped by record type.", input: searchQuerySchema, output: searchResultsSchema }),

  listBackups: operation({ doc: "The notebook's backups, newest first: time, size, schema, records, history entries, and whether each is verified.", input: noInput, output: z.array(backupEntrySchema.omit({ path: true })) }),
  previewRestore: operation({ doc: 'What a backup holds against the notebook as it is now (records per table, newest change), before restoring it.', input: backupNameSchema, output: restorePreviewSchema }),
  listRecentNotebooks: operation({ doc: 'Notebooks opened before on this computer, newest first (the open one left out).', input: noInput, output: z.array(recentNotebookSchema) }),
  openNotebookFile: operation({ doc: 'Switch the window to another notebook file (refused while a job is running); it joins the recent notebooks.', input: notebookPathSchema, output: z.object({ fileName: z.string() }) }),
  createNotebookFile: operation({ doc: 'Start a new, empty notebook at a path (its folder must exist) and switch the window to it.', input: notebookPathSchema, output: z.object({ fileName: z.string() }) }),
  startRestore: operation({ doc: 'Restore a backup as a job: the notebook is first backed up as it is, then replaced by the backup, and the restore recorded in history.', input: backupNameSchema, output: jobStartedSchema }),
} as const;
