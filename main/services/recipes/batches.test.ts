import { afterEach, describe, expect, it } from 'vitest';
import { calculateSolgel } from '../../../shared/chemistry/solgel';
import { EXAMPLE_1_SOLGEL } from '../../../shared/chemistry/solgel-example1';
import { startBatchSchema } from '../../../shared/schemas/batches';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { makeLot } from '../../testing/inventory-factories';
import { dispatch } from '../dispatch';
import { addStarterMaterials } from '../inventory/starter-set';
import { getLot, listLotsForMaterialName } from '../inventory/lots';
import { listMaterials } from '../inventory/materials';
import { abandonBatch, finishBatch, getBatch, recordBatchIngredient, recordBatchStep, startBatch } from './batches';
import { addGelTemplates } from './recipe-templates';
import { getRecipe, listRecipes, saveRecipeVersion } from './recipes';

let temp: TempNotebook;
afterEach(() => temp?.dispose());
const silent = () => undefined;

/** A notebook with the starter materials, the gel templates and a lot of each gel ingredient. */
async function labNotebook() {
  const t = await openTempNotebook();
  t.ctx.writer.now = () => new Date(2026, 10, 27, 9, 30);
  addStarterMaterials(t.ctx);
  addGelTemplates(t.ctx);
  const id = (name: string) => listMaterials(t.ctx, { status: 'active' }).find((m) => m.name === name)!.id;
  const lots = {
    salt: makeLot(t.ctx, id('LiTFSI'), { lotNumber: 'SA-4411', quantity: 100, unit: 'g' }),
    medium: makeLot(t.ctx, id('N-methylacetamide (n-MAc)'), { lotNumber: 'NMA-1', quantity: 500, unit: 'g' }),
    precursor: makeLot(t.ctx, id('TEOS (tetraethyl orthosilicate)'), { lotNumber: 'T-77', quantity: 500, unit: 'mL' }),
    acid: makeLot(t.ctx, id('Formic acid'), { lotNumber: 'FA-1', quantity: 1000, unit: 'g' }),
  };
  const example1 = listRecipes(t.ctx, false).find((recipe) => recipe.name.startsWith('Gel process, Example 1'))!;
  return { t, lots, example1: getRecipe(t.ctx, example1.id) };
}

describe('gel templates', () => {
  it('a new notebook offers Example 1 and its DME and LiFSI variants', async () => {
    temp = await openTempNotebook();
    expect(addGelTemplates(temp.ctx)).toBe(3);
    expect(addGelTemplates(temp.ctx)).toBe(0);
    expect(listRecipes(temp.ctx, false).map((recipe) => [recipe.name, recipe.productMaterialName, recipe.isTemplate])).toEqual([
      ['Gel process, Example 1 (LiTFSI / n-MAc)', 'SiO2/LiTFSI/n-MAc composite', true],
      ['Gel process, Example 2 (LiTFSI / DME)', 'SiO2/LiTFSI/DME composite', true],
      ['Gel process, Example 6 (LiFSI / n-MAc)', 'SiO2/LiFSI/n-MAc composite', true],
    ]);
  });
});

describe('a new notebook', () => {
  it('opens with the gel templates (seeded once, with history)', async () => {
    const { makeTempDir } = await import('../../testing/temp-notebook');
    const { openNotebookSession } = await import('../../host/notebook-session');
    const dir = makeTempDir();
    try {
      const ctx = await openNotebookSession({ mode: 'cli', dbPath: `${dir.dir}/new.cellbook` });
      expect(listRecipes(ctx, false)).toHaveLength(3);
      expect(ctx.notebook.db.prepare("SELECT count(*) AS n FROM history WHERE table_name = 'recipes'").get()).toEqual({ n: 3 });
      ctx.notebook.close();
      const again = await openNotebookSession({ mode: 'cli', dbPath: `${dir.dir}/new.cellbook` });
      expect(listRecipes(again, false)).toHaveLength(3);
      again.notebook.close();
    } finally {
      dir.remove();
    }
  });
});

describe('recipe versions', () => {
  it('an edit writes the next version; the batch keeps the one it used', async () => {
    const lab = await labNotebook();
    temp = lab.t;
    const v1 = lab.example1.versions[0]!;
    const batch = startBatch(temp.ctx, startBatchSchema.parse({ recipeVersionId: v1.id }));
    const content = { ...(v1.content as Extract<typeof v1.content, { kind: 'gel_process' }>) };
    const edited = saveRecipeVersion(temp.ctx, { recipeId: lab.example1.id, content: { ...content, solgel: { ...content.solgel, saltMolPct: 15 } }, changeNote: 'less salt' });
    expect(edited.versions.map((version) => [version.version, version.batchCount])).toEqual([[2, 0], [1, 1]]);
    expect(getBatch(temp.ctx, batch.id).recipeVersion).toBe(1);
    expect(() => saveRecipeVersion(temp.ctx, { recipeId: lab.example1.id, content: edited.versions[0]!.content, changeNote: 'again' })).toThrow('nothing changed');
    expect(() => temp.notebook.db.prepare("UPDATE recipe_versions SET content_json = '{}' WHERE id = ?").run(v1.id)).toThrow('a recipe version never changes; save a new version');
  });
});

describe('a recipe written from scratch', () => {
  it('plans masses and volumes, and leaves amounts given as moles or shares of a mixture to the record', async () => {
    temp = await openTempNotebook();
    temp.ctx.writer.now = () => new Date(2026, 10, 27, 9, 30);
    const { createRecipe } = await import('./recipes');
    const { createRecipeSchema } = await import('../../../shared/schemas/recipes');
    const recipe = createRecipe(
      temp.ctx,
      createRecipeSchema.parse({
        name: 'Anode slurry (CB:Ag 3:1)',
        productKind: 'other',
        productMaterialName: 'CB:Ag anode slurry',
        content: {
          kind: 'generic',
          ingredients: [
            { key: 'cb', name: 'Carbon black', materialName: 'Carbon black (CB)', amount: { kind: 'mass', g: 0.1875 } },
            { key: 'ag', name: 'Ag nanopowder', materialName: 'Ag nanopowder', amount: { kind: 'mass', g: 0.0625 } },
            { key: 'pvdf', name: 'PVDF solution', materialName: null, amount: { kind: 'wt_pct', pct: 7, of: 'NMP' } },
            { key: 'nmp', name: 'NMP', materialName: null, amount: { kind: 'volume', mL: 2 } },
          ],
          steps: [{ type: 'mix', title: 'Mix in the Thinky mixer', params: { durationMin: 3, speedRpm: 2000 } }],
        },
      }),
    );
    const batch = startBatch(temp.ctx, startBatchSchema.parse({ recipeVersionId: recipe.versions[0]!.id, scale: { kind: 'factor', factor: 4 } }));
    expect(batch.ingredients.map((ingredient) => [ingredient.key, ingredient.plannedAmount, ingredient.plannedUnit])).toEqual([
      ['cb', 0.75, 'g'],
      ['ag', 0.25, 'g'],
      ['pvdf', null, 'g'],
      ['nmp', 8, 'mL'],
    ]);
    expect(batch.planned).toBeNull();
    const target = await dispatch(temp.ctx, 'startBatch', { recipeVersionId: recipe.versions[0]!.id, scale: { kind: 'oxide_g', g: 5 } }, silent);
    expect(target).toMatchObject({ ok: false, error: { code: 'validation', message: 'scale: only gel-process recipes scale to a target oxide or composite mass; give a factor' } });
  });
});

describe('a batch of Example 1', () => {
  it('plans the weigh list, records actuals from lots, flags deviations, and finishes into a lot', async () => {
    const lab = await labNotebook();
    temp = lab.t;
    const batch = startBatch(temp.ctx, startBatchSchema.parse({ recipeVersionId: lab.example1.versions[0]!.id, scale: { kind: 'oxide_g', g: 5 }, balanceResolution: '1mg' }));
    expect(batch.code).toBe('2026-11-27-A');
    const base = calculateSolgel(EXAMPLE_1_SOLGEL);
    expect(batch.scaleFactor).toBeCloseTo(5 / base.oxideMaxG, 12);
    expect(batch.planned?.oxideMaxG).toBeCloseTo(5, 9);
    const byKey = Object.fromEntries(batch.ingredients.map((ingredient) => [ingredient.key, ingredient]));
    expect(byKey.salt).toMatchObject({ materialName: 'LiTFSI', plannedUnit: 'g', plannedAmount: Number((base.saltG * batch.scaleFactor).toFixed(3)) });
    expect(byKey.precursor).toMatchObject({ materialName: 'TEOS (tetraethyl orthosilicate)', plannedUnit: 'mL' });
    expect(byKey.precursor_mix).toMatchObject({ materialName: null, plannedUnit: 'g' });
    expect(batch.steps.map((step) => step.step.type)).toEqual(['dissolve', 'mix', 'gel', 'cure', 'dry', 'dry', 'mill', 'store']);

    // Record the actuals: salt 3% over the plan (flagged), the rest as planned.
    const planned = (key: string) => byKey[key]!.plannedAmount as number;
    recordBatchIngredient(temp.ctx, { id: byKey.salt!.id, actualAmount: planned('salt') * 1.03, actualUnit: 'g', lotId: lab.lots.salt.id, deviationReason: 'spatula slipped' });
    recordBatchIngredient(temp.ctx, { id: byKey.medium!.id, actualAmount: planned('medium'), actualUnit: 'g', lotId: lab.lots.medium.id, deviationReason: null });
    recordBatchIngredient(temp.ctx, { id: byKey.precursor!.id, actualAmount: planned('precursor'), actualUnit: 'mL', lotId: lab.lots.precursor.id, deviationReason: null });
    recordBatchIngredient(temp.ctx, { id: byKey.acid!.id, actualAmount: planned('acid'), actualUnit: 'mL', lotId: lab.lots.acid.id, deviationReason: null });
    let current = recordBatchIngredient(temp.ctx, { id: byKey.precursor_mix!.id, actualAmount: planned('precursor_mix'), actualUnit: 'g', lotId: null, deviationReason: null });
    const salt = current.ingredients.find((ingredient) => ingredient.key === 'salt')!;
    expect(salt.deviationPct).toBeCloseTo(3, 9);
    expect(salt.outsideTolerance).toBe(true);
    expect(current.ingredients.filter((ingredient) => ingredient.outsideTolerance).map((ingredient) => ingredient.key)).toEqual(['salt']);

    // Source lots went down by the actual amounts, in their own units (acid mL -> g through 1.22 g/mL).
    expect(getLot(temp.ctx, lab.lots.salt.id).remaining).toBeCloseTo(100 - planned('salt') * 1.03, 9);
    expect(getLot(temp.ctx, lab.lots.acid.id).remaining).toBeCloseTo(1000 - planned('acid') * 1.22, 9);
    expect(getLot(temp.ctx, lab.lots.precursor.id).remaining).toBeCloseTo(500 - planned('precursor'), 9);

    // Re-recording replaces the earlier take.
    current = recordBatchIngredient(temp.ctx, { id: byKey.salt!.id, actualAmount: planned('salt'), actualUnit: 'g', lotId: lab.lots.salt.id, deviationReason: null });
    expect(getLot(temp.ctx, lab.lots.salt.id).remaining).toBeCloseTo(100 - planned('salt'), 9);

    // The derived numbers follow the actuals: the salt mol% back from the masses.
    expect(current.actual?.saltWtPctInElectrolyte).toBeCloseTo(base.saltWtPctInElectrolyte, 2);
    expect(current.actual?.oxideMaxG).toBeCloseTo(5, 2);
    expect(current.actual?.saltToOxideMassRatio).toBeCloseTo(base.saltToOxideMassRatio, 2);

    const step = current.steps[4]!;
    current = recordBatchStep(temp.ctx, { id: step.id, startedAt: '2026-11-27T10:00:00.000Z', endedAt: '2026-11-29T10:00:00.000Z', actual: { temperatureC: 51, oven: 'convection' } });
    expect(current.steps[4]).toMatchObject({ startedAt: '2026-11-27T10:00:00.000Z', actual: { temperatureC: 51, oven: 'convection' } });

    const finished = finishBatch(temp.ctx, { batchId: batch.id, yieldG: 12.5, lotNumber: null, locationPath: 'Room 101 > Glovebox A', expiresOn: null, mediumLossG: null, tgaOxideWtPct: null, observations: 'white powder' });
    expect(finished).toMatchObject({ status: 'finished', yieldG: 12.5, productLotNumber: 'batch 2026-11-27-A' });
    const [productLot] = listLotsForMaterialName(temp.ctx, 'SiO2/LiTFSI/n-MAc composite');
    expect(productLot).toMatchObject({ quantity: 12.5, unit: 'g', madeInHouse: true, sourceBatchId: batch.id, locationPath: 'Room 101 > Glovebox A', receivedOn: '2026-11-27' });
    expect(productLot?.notes).toContain('Made by batch 2026-11-27-A (Gel process, Example 1 (LiTFSI / n-MAc), version 1).');
    expect(productLot?.notes).toContain('salt : oxide = 2.63 by mass');
    expect(finished.actual?.measured?.dryMassG).toBe(12.5);
    expect(() => recordBatchStep(temp.ctx, { id: step.id, notes: 'late note' })).toThrow('batch 2026-11-27-A is finished; its record is closed');
  });

  it('refuses taking more than a lot holds, the wrong material, and finishing with amounts missing; nothing half-saved', async () => {
    const lab = await labNotebook();
    temp = lab.t;
    const batch = startBatch(temp.ctx, startBatchSchema.parse({ recipeVersionId: lab.example1.versions[0]!.id }));
    const salt = batch.ingredients.find((ingredient) => ingredient.key === 'salt')!;
    const tooMuch = await dispatch(temp.ctx, 'recordBatchIngredient', { id: salt.id, actualAmount: 150, actualUnit: 'g', lotId: lab.lots.salt.id }, silent);
    expect(tooMuch).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('lot SA-4411 of LiTFSI has 100 g left; this use needs 150 g') } });
    const wrong = await dispatch(temp.ctx, 'recordBatchIngredient', { id: salt.id, actualAmount: 5, actualUnit: 'g', lotId: lab.lots.medium.id }, silent);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'validation', message: 'Lot: lot NMA-1 is N-methylacetamide (n-MAc), but LiTFSI comes from LiTFSI' } });
    expect(getBatch(temp.ctx, batch.id).ingredients.every((ingredient) => ingredient.actualAmount === null)).toBe(true);
    expect(getLot(temp.ctx, lab.lots.salt.id).remaining).toBe(100);
    const early = await dispatch(temp.ctx, 'finishBatch', { batchId: batch.id, yieldG: 10 }, silent);
    expect(early).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/^record the actual amounts first: LiTFSI, n-MAc, TEOS/) } });
    abandonBatch(temp.ctx, { batchId: batch.id, reason: 'gel cracked' });
    expect(getBatch(temp.ctx, batch.id)).toMatchObject({ status: 'abandoned', abandonReason: 'gel cracked' });
  });

  it('refuses a deviation beyond the tolerance without a reason, naming the field; records it with one', async () => {
    const lab = await labNotebook();
    temp = lab.t;
    const batch = startBatch(temp.ctx, startBatchSchema.parse({ recipeVersionId: lab.example1.versions[0]!.id, massTolerancePct: 2 }));
    const salt = batch.ingredients.find((ingredient) => ingredient.key === 'salt')!;
    const planned = salt.plannedAmount!;
    const refused = await dispatch(temp.ctx, 'recordBatchIngredient', { id: salt.id, actualAmount: planned * 1.044, actualUnit: salt.plannedUnit, lotId: lab.lots.salt.id }, silent);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: expect.stringMatching(/^Deviation reason: the actual amount is 4\.4 % above the planned .+, beyond the batch's 2 % tolerance; say why before it is recorded$/),
        issues: [{ field: 'deviationReason' }],
      },
    });
    // Nothing half-saved: neither the amount nor the take from the lot.
    expect(getBatch(temp.ctx, batch.id).ingredients.find((ingredient) => ingredient.id === salt.id)?.actualAmount).toBeNull();
    expect(getLot(temp.ctx, lab.lots.salt.id).remaining).toBe(100);

    const recorded = await dispatch(temp.ctx, 'recordBatchIngredient', { id: salt.id, actualAmount: planned * 1.044, actualUnit: salt.plannedUnit, lotId: lab.lots.salt.id, deviationReason: 'the last of the bottle' }, silent);
    expect(recorded.ok).toBe(true);
    const ingredient = getBatch(temp.ctx, batch.id).ingredients.find((entry) => entry.id === salt.id)!;
    expect(ingredient).toMatchObject({ outsideTolerance: true, deviationReason: 'the last of the bottle' });
    expect(ingredient.deviationPct).toBeCloseTo(4.4, 9);
  });

  it('numbers batches of a day A, B, C ...', async () => {
    const lab = await labNotebook();
    temp = lab.t;
    const versionId = lab.example1.versions[0]!.id;
    const codes = [1, 2, 3].map(() => startBatch(temp.ctx, startBatchSchema.parse({ recipeVersionId: versionId })).code);
    expect(codes).toEqual(['2026-11-27-A', '2026-11-27-B', '2026-11-27-C']);
  });
});
