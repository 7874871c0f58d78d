// The demo notebook built once per vitest run and copied for each test that needs one: building it
// takes seconds (the eleven builds; with their synthetic cycling tests about 15 s on a loaded
// machine), copying the closed file takes milliseconds. The global setup gives each run a folder of
// its own (runs of several people in one work tree never share a template); the first test file
// that needs a template builds it there, later files copy it. A run that needs no demo builds none.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { openNotebook } from '../db/open-notebook';
import { createServiceContext } from '../services/context';
import { addDemoCycling } from '../services/demo/demo-cycling';
import { createDemoNotebook } from '../services/demo/demo-notebook';

export type DemoKind = 'plain' | 'withCycling';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder of demo templates (main/testing/vitest-global-setup.ts). */
    demoTemplatesDir: string | undefined;
  }
}

const FILE_NAMES: Record<DemoKind, string> = { plain: 'demo.cellbook', withCycling: 'demo-with-cycling.cellbook' };

/**
 * Written under a name of this process, then renamed: a file copying the template never sees it
 * half-written, and two files building at once each put a complete one in place. Closing the
 * notebook checkpoints its write-ahead log into the file, so the one file is the whole notebook.
 */
async function buildTemplate(dir: string, kind: DemoKind): Promise<string> {
  const target = path.join(dir, FILE_NAMES[kind]);
  const building = path.join(dir, `building-${process.pid}-${FILE_NAMES[kind]}`);
  if (kind === 'withCycling') copyFileSync(await templateIn(dir, 'plain'), building);
  const notebook = await openNotebook(building);
  const ctx = createServiceContext(notebook, { mode: 'cli' });
  if (kind === 'plain') createDemoNotebook(ctx);
  else await addDemoCycling(ctx);
  notebook.close();
  renameSync(building, target);
  return target;
}

async function templateIn(dir: string, kind: DemoKind): Promise<string> {
  const target = path.join(dir, FILE_NAMES[kind]);
  return existsSync(target) ? target : buildTemplate(dir, kind);
}

/** The path of the run's template of this kind (built on first use), or null in a run without the global setup. */
export async function demoTemplate(kind: DemoKind): Promise<string | null> {
  const dir = inject('demoTemplatesDir');
  return dir ? templateIn(dir, kind) : null;
}
