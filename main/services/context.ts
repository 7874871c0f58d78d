// What every service function receives: the open notebook, who is writing, and how to tell the
// UI that something happened. Built once per process by the Electron shell, the web host, the CLI
// or a test, all in the same way.
import os from 'node:os';
import type { AppEvent } from '../../shared/events';
import type { Notebook } from '../db/open-notebook';
import type { RecordWriter } from '../db/records';
import type { PdfRenderer } from './reports/pdf';
import { UploadRegistry } from './cycling/uploads';
import { JobRegistry } from './jobs';
import { readSetting } from './settings-store';

export type HostMode = 'electron' | 'browser' | 'cli';

export interface ServiceContext {
  notebook: Notebook;
  mode: HostMode;
  writer: RecordWriter;
  jobs: JobRegistry;
  /** Files the renderer sent for import, kept until imported or until Cellbook closes. */
  uploads: UploadRegistry;
  emit: (event: AppEvent) => void;
  /** HTML to PDF: Electron's printToPDF in the desktop app; unset means headless Chromium (reports/pdf.ts). */
  renderPdf?: PdfRenderer;
}

export interface ServiceContextOptions {
  mode: HostMode;
  emit?: (event: AppEvent) => void;
  now?: () => Date;
}

/** The account name of whoever runs Cellbook, for history when no operator name is set. */
export function osAccountName(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

export function createServiceContext(notebook: Notebook, options: ServiceContextOptions): ServiceContext {
  const emit = options.emit ?? (() => undefined);
  const writer: RecordWriter = {
    db: notebook.db,
    now: options.now ?? (() => new Date()),
    // Read from the writer's database at each write, so that it follows a switch of notebook.
    operator: () => readSetting(writer.db, 'operator') ?? osAccountName(),
  };
  return { notebook, mode: options.mode, writer, jobs: new JobRegistry(emit), uploads: new UploadRegistry(), emit };
}

/**
 * Puts another notebook behind a running host's context (a restore, or opening another notebook
 * from the window): every service reads ctx.notebook and ctx.writer.db at each call, so the same
 * context, jobs and event stream go on with the new file. The old notebook is closed.
 */
export function switchNotebook(ctx: ServiceContext, notebook: Notebook): void {
  if (ctx.notebook !== notebook && ctx.notebook.db.open) ctx.notebook.close();
  ctx.notebook = notebook;
  ctx.writer.db = notebook.db;
}
