// Records a notebook receives when it reaches a schema version: a new notebook, or one upgraded
// past that version, gets them once. Written through the services, so history shows them.
import type { ServiceContext } from './context';
import { addGelTemplates } from './recipes/recipe-templates';

const SEEDS: ReadonlyArray<{ schemaVersion: number; seed: (ctx: ServiceContext) => void }> = [
  // The patent's gel recipe and its DME and LiFSI variants, as templates.
  { schemaVersion: 3, seed: (ctx) => void addGelTemplates(ctx) },
];

export function runSeeds(ctx: ServiceContext, fromVersion: number): void {
  const due = SEEDS.filter((entry) => entry.schemaVersion > fromVersion && entry.schemaVersion <= ctx.notebook.schemaVersion);
  if (due.length === 0) return;
  ctx.notebook.db.transaction(() => due.forEach((entry) => entry.seed(ctx)))();
}
