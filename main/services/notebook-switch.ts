// Opening another notebook, or a new one, from the window without restarting: the host's context
// is switched to the new file (services read it at each call), and the file goes to the top of the
// recent notebooks kept in Cellbook's user-data folder. Refused while a job is still writing.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { openNotebook } from '../db/open-notebook';
import { NOTEBOOK_EXTENSION, userDataDir } from '../db/paths';
import { writeFileAtomically } from '../files/write-file-atomically';
import { switchNotebook, type ServiceContext } from './context';
import { runSeeds } from './seeds';

const RECENT_LIMIT = 10;

export interface RecentNotebook {
  path: string;
  fileName: string;
  openedAt: string;
  exists: boolean;
}

export function recentNotebooksFile(folder: string = userDataDir()): string {
  return path.join(folder, 'recent-notebooks.json');
}

function readRecent(file: string): Array<{ path: string; openedAt: string }> {
  if (!existsSync(file)) return [];
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.filter((entry): entry is { path: string; openedAt: string } => typeof entry?.path === 'string' && typeof entry?.openedAt === 'string') : [];
  } catch {
    // A damaged list is only a convenience lost: start it again.
    return [];
  }
}

export function listRecentNotebooks(ctx: ServiceContext, folder?: string): RecentNotebook[] {
  const current = path.resolve(ctx.notebook.path);
  return readRecent(recentNotebooksFile(folder))
    .filter((entry) => path.resolve(entry.path) !== current)
    .map((entry) => ({ path: entry.path, fileName: path.basename(entry.path), openedAt: entry.openedAt, exists: existsSync(entry.path) }));
}

export function rememberNotebook(notebookPath: string, at: Date, folder?: string): void {
  const file = recentNotebooksFile(folder);
  // Cellbook's own user-data folder: made on first use, as the default notebook's is.
  mkdirSync(path.dirname(file), { recursive: true });
  const resolved = path.resolve(notebookPath);
  const list = [{ path: resolved, openedAt: at.toISOString() }, ...readRecent(file).filter((entry) => path.resolve(entry.path) !== resolved)].slice(0, RECENT_LIMIT);
  writeFileAtomically(file, (append) => append(`${JSON.stringify(list, null, 2)}\n`));
}

export async function switchToNotebook(ctx: ServiceContext, wanted: string, options: { create: boolean; recentFolder?: string }): Promise<{ fileName: string }> {
  const target = path.resolve(options.create && path.extname(wanted) === '' ? `${wanted}${NOTEBOOK_EXTENSION}` : wanted);
  const running = ctx.jobs.list().find((job) => job.state === 'running');
  if (running) throw new CellbookError('refused', `${running.label} is still running; open another notebook when it has finished`);
  if (target === path.resolve(ctx.notebook.path)) throw new CellbookError('refused', `${path.basename(target)} is the notebook already open`);
  if (!existsSync(path.dirname(target)) || !statSync(path.dirname(target)).isDirectory()) throw new CellbookError('validation', `the folder ${path.dirname(target)} does not exist`, [{ field: 'path', message: `the folder ${path.dirname(target)} does not exist` }]);
  if (options.create && existsSync(target)) throw new CellbookError('conflict', `${target} exists already; open it instead, or choose another name`, [{ field: 'path', message: 'a file of that name exists already' }]);
  if (!options.create && !existsSync(target)) throw new CellbookError('not_found', `there is no notebook at ${target}; to start one there, choose New notebook`, [{ field: 'path', message: 'no notebook at this path' }]);
  // openNotebook refuses a file that is not a notebook (or one from a newer Cellbook) without changing it.
  const notebook = await openNotebook(target, ctx.notebook.app ? { app: ctx.notebook.app } : {});
  const previous = ctx.notebook.path;
  switchNotebook(ctx, notebook);
  if (notebook.migration) runSeeds(ctx, notebook.migration.fromVersion);
  const now = ctx.writer.now();
  rememberNotebook(previous, now, options.recentFolder);
  rememberNotebook(target, now, options.recentFolder);
  ctx.emit({ type: 'changed', tables: ['*'] });
  return { fileName: path.basename(target) };
}
