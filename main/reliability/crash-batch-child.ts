// The child process the crash harness kills during a batch: it records every ingredient of an open
// gel batch as planned, taken from its lot (each a use of the lot, one transaction each), then
// finishes the batch into a lot of its product (one transaction). Run as a bundle (crash.test.ts
// builds it): node crash-batch-child.cjs <notebook> <batch id> <lot ids by ingredient key, JSON>.
import { openNotebook } from '../db/open-notebook';
import { createServiceContext } from '../services/context';
import { finishBatch, getBatch, recordBatchIngredient } from '../services/recipes/batches';

async function main(): Promise<void> {
  const [notebookPath, batchIdText, lotsJson] = process.argv.slice(2);
  const notebook = await openNotebook(notebookPath!);
  const ctx = createServiceContext(notebook, { mode: 'cli' });
  const batchId = Number(batchIdText);
  const lots = JSON.parse(lotsJson!) as Record<string, number>;
  for (const ingredient of getBatch(ctx, batchId).ingredients) {
    recordBatchIngredient(ctx, { id: ingredient.id, actualAmount: ingredient.plannedAmount ?? 1, actualUnit: ingredient.plannedUnit, lotId: lots[ingredient.key] ?? null, deviationReason: null });
  }
  finishBatch(ctx, { batchId, yieldG: 5.2, lotNumber: null, locationPath: null, expiresOn: null, mediumLossG: null, tgaOxideWtPct: null, observations: 'finished by the crash harness' });
  notebook.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
