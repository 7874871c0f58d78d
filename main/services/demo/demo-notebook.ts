// `cellbook demo` and the app's first-start offer: a notebook holding the patent's world — the
// examples' materials with a lot of each, the gel recipe with a batch of each composite, and the
// eleven builds of DOMAIN.md section 6, each with its assumptions in its notes.
import { CellbookError } from '../../../shared/api-error';
import { createLotSchema } from '../../../shared/schemas/lots';
import { DEMO_ASSUMPTIONS, DOUBLE_SIDED_NOTE } from '../../../shared/demo/demo-assumptions';
import { DEMO_BUILDS } from '../../../shared/demo/demo-builds';
import type { ServiceContext } from '../context';
import { writeStack } from '../builds/build-stack';
import { createBuild } from '../builds/builds';
import { addCell, updateCell } from '../builds/cells';
import { createLot } from '../inventory/lots';
import { addStarterMaterials } from '../inventory/starter-set';
import { acknowledgeDemoCompositeWarning } from './demo-acknowledgements';
import { applyDemoMaterialAssumptions } from './demo-assumed-materials';
import { addGelTemplates } from '../recipes/recipe-templates';
import { makeDemoComposites } from './demo-batches';
import { addDemoCycling } from './demo-cycling';
import { addDemoPressing } from './demo-pressing';
import { DEMO_LOTS } from './demo-lots';
import { demoStack } from './demo-stack';

function count(ctx: ServiceContext, table: string): number {
  return (ctx.notebook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function createDemoNotebook(ctx: ServiceContext): { builds: number; materials: number; lots: number } {
  ctx.notebook.db.transaction(() => {
    if (count(ctx, 'materials') + count(ctx, 'builds') + count(ctx, 'batches') > 0) {
      throw new CellbookError('refused', 'the demo fills an empty notebook only; this one already holds materials, batches or builds. Create a new notebook for the demo (cellbook demo --db demo.cellbook).');
    }
    addStarterMaterials(ctx);
    applyDemoMaterialAssumptions(ctx);
    addGelTemplates(ctx);
    const materialIds = new Map((ctx.notebook.db.prepare('SELECT id, name FROM materials').all() as Array<{ id: number; name: string }>).map((row) => [row.name, row.id]));
    const materialId = (name: string) => {
      const id = materialIds.get(name);
      if (id === undefined) throw new Error(`demo material "${name}" is missing`);
      return id;
    };
    const lotIds = new Map<string, number>();
    for (const lot of DEMO_LOTS) {
      const created = createLot(ctx, createLotSchema.parse({ materialId: materialId(lot.material), lotNumber: lot.lotNumber, quantity: lot.quantity, unit: lot.unit, locationPath: lot.location, supplier: 'demo (synthetic)' }), { emit: false });
      lotIds.set(lot.material, created.id);
    }
    const compositeLot = makeDemoComposites(ctx);
    const compositeMaterialId = (lotId: number) => (ctx.notebook.db.prepare('SELECT material_id FROM lots WHERE id = ?').get(lotId) as { material_id: number }).material_id;

    for (const demo of DEMO_BUILDS) {
      const notes = [
        `${demo.name} of US 2021/0143413 A1. ${demo.differs}`,
        demo.pressing,
        `Table 1 of the patent: short circuit ${demo.table1.shortCircuit}, lifespan ${demo.table1.lifespan}.`,
        ...(demo.configuration === 'double_sided' ? [DOUBLE_SIDED_NOTE] : ['Modelled as FIG. 1 (single-sided): the cathode is "on one surface" [0115].']),
        DEMO_ASSUMPTIONS,
      ].join('\n\n');
      const buildId = createBuild(
        ctx,
        { name: demo.name, configuration: demo.configuration, builtOn: null, operator: 'demo', gloveboxH2oPpm: null, gloveboxO2Ppm: null, tags: ['demo', demo.name.startsWith('Example') ? 'example' : 'comparative'], notes },
        { emit: false, defaultStack: false },
      );
      writeStack(ctx, buildId, demoStack(demo, { materialId, lotId: (name) => lotIds.get(name) ?? null, compositeLot, compositeMaterialId }));
      const replicates = demo.name === 'Example 1' ? 2 : 1;
      for (let n = 0; n < replicates; n += 1) {
        const cell = addCell(ctx, { buildId, label: null, fixture: 'pouch, demo', stackPressureMPa: null, notes: null });
        updateCell(ctx, { id: cell.id, changes: { status: 'assembled' } });
      }
      acknowledgeDemoCompositeWarning(ctx, buildId);
    }
    addDemoPressing(ctx, ctx.notebook.db.prepare('SELECT id, name FROM builds ORDER BY id').all() as Array<{ id: number; name: string }>);
  })();
  ctx.emit({ type: 'changed', tables: ['materials', 'lots', 'recipes', 'batches', 'builds', 'cells', 'equipment', 'press_plans'] });
  return { builds: count(ctx, 'builds'), materials: count(ctx, 'materials'), lots: count(ctx, 'lots') };
}

/** The demo with its synthetic cycling tests, imported through the normal importer (one transaction per test). */
export async function createDemoNotebookWithCycling(ctx: ServiceContext, onProgress?: (done: number, total: number) => void): Promise<ReturnType<typeof createDemoNotebook> & { cyclingTests: number }> {
  const made = createDemoNotebook(ctx);
  const cyclingTests = await addDemoCycling(ctx, onProgress);
  return { ...made, cyclingTests };
}

/** For the app: the builds at once, then the cycling tests as a job with progress (a few seconds). */
export function startDemoNotebook(ctx: ServiceContext): ReturnType<typeof createDemoNotebook> & { jobId: string } {
  const made = createDemoNotebook(ctx);
  const job = ctx.jobs.start({ kind: 'demo-cycling', label: 'Importing the demo cycling tests', unit: 'tests' }, async (handle) => {
    const tests = await addDemoCycling(ctx, (done, total) => handle.progress(done, total));
    return `Demo notebook: ${made.builds} builds, ${made.materials} materials, ${made.lots} lots and ${tests} synthetic cycling tests`;
  });
  return { ...made, jobId: job.id };
}
