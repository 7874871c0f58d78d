import path from 'node:path';
import { backupNotebook } from '../db/backup';
import { backupsDirFor, fileStamp } from '../db/paths';
import { formatBytes } from '../../shared/format/bytes';
import type { ServiceContext } from './context';

/** Where a backup taken now goes: <notebook>-backups/<notebook>-<UTC stamp>.cellbook. */
export function backupPathFor(notebookPath: string, at: Date): string {
  const extension = path.extname(notebookPath) || '.cellbook';
  const stem = path.basename(notebookPath, path.extname(notebookPath));
  return path.join(backupsDirFor(notebookPath), `${stem}-${fileStamp(at)}${extension}`);
}

export function startBackup(ctx: ServiceContext): { jobId: string } {
  const fileName = path.basename(ctx.notebook.path);
  const job = ctx.jobs.start({ kind: 'backup', label: `Backing up ${fileName}`, unit: 'pages' }, async (handle) => {
    const destination = backupPathFor(ctx.notebook.path, ctx.writer.now());
    const { bytes } = await backupNotebook(ctx.notebook.db, destination, {
      signal: handle.signal,
      onProgress: ({ copiedPages, totalPages }) => handle.progress(copiedPages, totalPages),
    });
    return `Backup written: ${path.basename(destination)} (${formatBytes(bytes)}) in ${path.basename(path.dirname(destination))}/`;
  });
  return { jobId: job.id };
}
