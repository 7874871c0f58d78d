// The notebook operations mapped to the services that do them.
import { listBackups, previewRestore, startBackup, startRestore } from '../backups';
import { listRecentNotebooks, switchToNotebook } from '../notebook-switch';
import { listHistory } from '../history';
import { checkNotebook, getNotebookInfo } from '../notebook';
import { getSettings, updateSettings } from '../settings';
import { addAttachment, archiveAttachment, getAttachmentContent, listAttachments } from '../attachments';
import { searchNotebook } from '../search';
import type { AreaHandlers } from './area-handlers';
import type { notebookApi } from '../../../shared/api/notebook';

export const notebookHandlers: AreaHandlers<typeof notebookApi> = {
  getNotebookInfo: (ctx) => getNotebookInfo(ctx),
  checkNotebook: (ctx) => checkNotebook(ctx),
  getSettings: (ctx) => getSettings(ctx),
  updateSettings: (ctx, input) => updateSettings(ctx, input),
  listHistory: (ctx, input) => listHistory(ctx, input),
  startBackup: (ctx) => startBackup(ctx),
  listJobs: (ctx) => ctx.jobs.list(),
  cancelJob: (ctx, input) => ctx.jobs.cancel(input.jobId),
  addAttachment: (ctx, input) => addAttachment(ctx, input),
  listAttachments: (ctx, input) => listAttachments(ctx, input),
  getAttachmentContent: (ctx, input) => getAttachmentContent(ctx, input.id),
  archiveAttachment: (ctx, input) => {
    archiveAttachment(ctx, input.id);
    return {};
  },
  searchNotebook: (ctx, input) => searchNotebook(ctx, input),
  listBackups: (ctx) => listBackups(ctx).map(({ path: _path, ...entry }) => entry),
  previewRestore: (ctx, input) => previewRestore(ctx, input.fileName),
  startRestore: (ctx, input) => startRestore(ctx, input.fileName),
  listRecentNotebooks: (ctx) => listRecentNotebooks(ctx),
  openNotebookFile: (ctx, input) => switchToNotebook(ctx, input.path, { create: false }),
  createNotebookFile: (ctx, input) => switchToNotebook(ctx, input.path, { create: true }),
};
