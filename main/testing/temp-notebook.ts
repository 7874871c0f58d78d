// Test factory: a real notebook file in a fresh temporary folder, removed after the test.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openNotebook, type Notebook, type OpenNotebookOptions } from '../db/open-notebook';
import { createServiceContext, type ServiceContext } from '../services/context';
import type { AppEvent } from '../../shared/events';

export function makeTempDir(prefix = 'cellbook-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempNotebook {
  dir: string;
  notebook: Notebook;
  ctx: ServiceContext;
  events: AppEvent[];
  dispose: () => void;
}

export async function openTempNotebook(options: OpenNotebookOptions & { fileName?: string; copyOf?: string } = {}): Promise<TempNotebook> {
  const { dir, remove } = makeTempDir();
  const file = path.join(dir, options.fileName ?? 'test.cellbook');
  // A copy of a closed notebook file (a template) to start from instead of an empty one.
  if (options.copyOf) copyFileSync(options.copyOf, file);
  const notebook = await openNotebook(file, options);
  const events: AppEvent[] = [];
  const ctx = createServiceContext(notebook, { mode: 'cli', emit: (event) => events.push(event) });
  return {
    dir,
    notebook,
    ctx,
    events,
    dispose: () => {
      ctx.uploads.close();
      // A restore or a switch of notebook leaves another file behind the context.
      if (ctx.notebook !== notebook) ctx.notebook.close();
      notebook.close();
      remove();
    },
  };
}
