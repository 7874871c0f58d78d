// Test factory: a real notebook holding the demo (the patent's eleven builds with their synthetic
// cycling tests), and a lookup of a build's id by name, for tests that read it.
import { createDemoNotebookWithCycling } from '../services/demo/demo-notebook';
import { openTempNotebook, type TempNotebook } from './temp-notebook';

export async function openDemoNotebook(options: { fileName?: string } = {}): Promise<TempNotebook> {
  const temp = await openTempNotebook(options);
  await createDemoNotebookWithCycling(temp.ctx);
  return temp;
}

export function buildIdIn(temp: TempNotebook, name: string): number {
  return (temp.ctx.notebook.db.prepare('SELECT id FROM builds WHERE name = ?').get(name) as { id: number }).id;
}
