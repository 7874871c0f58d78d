// The names of the notebook operations, without schemas (see shared/api-names.ts).
export const notebookApiNames = [
  'getNotebookInfo',
  'checkNotebook',
  'getSettings',
  'updateSettings',
  'listHistory',
  'startBackup',
  'listJobs',
  'cancelJob',
  'addAttachment',
  'listAttachments',
  'getAttachmentContent',
  'archiveAttachment',
  'searchNotebook',
  'listBackups',
  'previewRestore',
  'startRestore',
] as const;
