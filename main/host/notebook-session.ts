// Opens the notebook a host was asked for (or the default one) and builds its service context.
// The web host, the CLI and Electron all start this way.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AppEvent } from '../../shared/events';
import { openNotebook, type OpenNotebookOptions } from '../db/open-notebook';
import { defaultNotebookPath } from '../db/paths';
import { createServiceContext, type HostMode, type ServiceContext } from '../services/context';
import { runSeeds } from '../services/seeds';

export interface NotebookSessionOptions extends OpenNotebookOptions {
  /** --db PATH; omitted means the default notebook in the user-data folder. */
  dbPath?: string;
  mode: HostMode;
  emit?: (event: AppEvent) => void;
  /** Where to report a migration (backup location); the CLI sends it to stderr. */
  report?: (message: string) => void;
}

export async function openNotebookSession(options: NotebookSessionOptions): Promise<ServiceContext> {
  const isDefault = options.dbPath === undefined;
  const notebookPath = options.dbPath ?? defaultNotebookPath();
  // The default notebook's folder is Cellbook's own and is created on first start; a folder
  // named with --db must already exist, so that a typo does not create folders.
  if (isDefault) mkdirSync(path.dirname(notebookPath), { recursive: true });
  // An app (the window, browser mode) claims the notebook, so that a second app is refused;
  // the CLI's short commands share it through SQLite's write lock instead.
  const app = options.mode === 'electron' ? 'the Cellbook app' : options.mode === 'browser' ? 'cellbook web' : undefined;
  const notebook = await openNotebook(notebookPath, app ? { ...options, app } : options);
  if (notebook.migration && notebook.migration.fromVersion > 0) {
    options.report?.(
      `Updated ${notebook.path} from schema ${notebook.migration.fromVersion} to ${notebook.schemaVersion}; the copy taken before is ${notebook.migration.backupPath}`,
    );
  }
  const ctx = createServiceContext(notebook, { mode: options.mode, ...(options.emit ? { emit: options.emit } : {}) });
  if (notebook.migration) runSeeds(ctx, notebook.migration.fromVersion);
  return ctx;
}
