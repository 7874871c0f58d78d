// Test factory: a real notebook holding the demo (the patent's eleven builds, with or without their
// synthetic cycling tests), and a lookup of a build's id by name, for tests that read it. In a
// vitest run the notebook is a copy of the run's template (demo-template.ts), so a test may change
// it freely; elsewhere the demo is built into it.
import { createDemoNotebook, createDemoNotebookWithCycling } from '../services/demo/demo-notebook';
import { demoTemplate } from './demo-template';
import { openTempNotebook, type TempNotebook } from './temp-notebook';

export interface DemoNotebookOptions {
  fileName?: string;
  /** With the synthetic cycling test of every cell (the default), or only the records before testing. */
  withCycling?: boolean;
}

export async function openDemoNotebook(options: DemoNotebookOptions = {}): Promise<TempNotebook> {
  const withCycling = options.withCycling ?? true;
  const template = await demoTemplate(withCycling ? 'withCycling' : 'plain');
  if (template === null) {
    const temp = await openTempNotebook(options);
    if (withCycling) await createDemoNotebookWithCycling(temp.ctx);
    else createDemoNotebook(temp.ctx);
    return temp;
  }
  return openTempNotebook({ fileName: options.fileName, copyOf: template });
}

export function buildIdIn(temp: TempNotebook, name: string): number {
  return (temp.ctx.notebook.db.prepare('SELECT id FROM builds WHERE name = ?').get(name) as { id: number }).id;
}
