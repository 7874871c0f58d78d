import { afterEach, describe, expect, it } from 'vitest';
import type { TempNotebook } from '../../testing/temp-notebook';
import { dispatch } from '../dispatch';
import { createDemoNotebook } from '../demo/demo-notebook';
import { getLot, listLotsForMaterialName } from '../inventory/lots';
import { getBuildDetail, listBuilds } from './builds';
import { cloneBuild } from './clone-build';
import { diffBuildsById } from './build-diff';
import { openDemoNotebook } from '../../testing/demo-notebook';

let temp: TempNotebook;
afterEach(() => temp?.dispose());
const silent = () => undefined;

async function demoNotebook(): Promise<TempNotebook> {
  const t = await openDemoNotebook({ withCycling: false });
  t.ctx.writer.now = () => new Date(2026, 10, 27, 10, 0);
  return t;
}

function buildId(name: string): number {
  return listBuilds(temp.ctx, { status: 'all' }).find((build) => build.name === name)!.id;
}

const statuses = (name: string) => Object.fromEntries(getBuildDetail(temp.ctx, buildId(name)).rules.map((rule) => [rule.id, rule.status]));

describe('the demo notebook', () => {
  it('holds the eleven builds of DOMAIN.md section 6 with their assumptions stated', async () => {
    temp = await demoNotebook();
    const builds = listBuilds(temp.ctx, { status: 'active' });
    expect(builds.map((build) => build.name)).toEqual(['Example 1', 'Example 2', 'Example 3', 'Example 4', 'Example 5', 'Example 6', 'Example 7', 'Comparative 1', 'Comparative 2', 'Comparative 3', 'Comparative 4']);
    const example1 = getBuildDetail(temp.ctx, buildId('Example 1'));
    expect(example1.build.notes).toContain('Demo assumptions');
    expect(example1.build.notes).toContain('[0102] mentions only one anode/SE assembly');
    expect(example1.cells.map((cell) => [cell.label, cell.status])).toEqual([['#1', 'assembled'], ['#2', 'assembled']]);
    expect(example1.problems).toEqual([]);
  });

  it("Example 1: every rule passes, lacks data or does not apply, except the composite's own [0038] composition", async () => {
    temp = await demoNotebook();
    const rules = getBuildDetail(temp.ctx, buildId('Example 1')).rules;
    expect(rules.filter((rule) => rule.status === 'warn').map((rule) => rule.id)).toEqual(['composite_composition']);
    expect(rules.find((rule) => rule.id === 'composite_composition')?.message).toContain('salt : oxide = 2.63 by mass');
    expect(statuses('Example 1')).toMatchObject({ first_anode_layer_present: 'pass', composite_se_in_cathode: 'pass', s1_over_s2: 'pass', s4_over_s5: 'pass', carbon_to_metal_ratio: 'pass', metal_in_anode_mixture: 'pass', thin_film_thickness: 'not_applicable' });
  });

  it('Example 1 derived numbers follow from the assumed geometry: 225 mg on 9.0 cm² per face, 0.6 mA/cm² x 9.0 cm² x 2 faces', async () => {
    temp = await demoNotebook();
    const derived = getBuildDetail(temp.ctx, buildId('Example 1')).derived;
    expect(derived.s1CathodeAreaCm2).toBeCloseTo((22.5 * 40) / 100, 12);
    expect(derived.cathodeLoadingMgCm2).toBeCloseTo(225 / 9, 12);
    expect(derived.cathodeActiveLoadingMgCm2).toBeCloseTo((225 * 0.855) / 9, 12);
    expect(derived.s1OverS2Pct).toBeCloseTo(90, 12);
    expect(derived.compositeSeWtPct).toBeCloseTo(10, 12);
    expect(derived.currentMA).toBeCloseTo(0.6 * 9 * 2, 12);
    expect(derived.metalWtPctOfAnodeMixture).toBeCloseTo((100 * 0.0625) / (0.1875 + 0.0625), 12);
  });

  it('Comparatives 2 and 3 show they have no first anode layer; Comparative 4 that Ni is not an anode active material', async () => {
    temp = await demoNotebook();
    for (const name of ['Comparative 2', 'Comparative 3']) {
      const rule = getBuildDetail(temp.ctx, buildId(name)).rules.find((candidate) => candidate.id === 'first_anode_layer_present');
      expect(rule, name).toMatchObject({ status: 'warn', message: 'no first anode layer: the anode is the bare collector' });
    }
    const comp4 = getBuildDetail(temp.ctx, buildId('Comparative 4')).rules.find((rule) => rule.id === 'first_anode_active_materials');
    expect(comp4?.status).toBe('warn');
    expect(comp4?.message).toContain('Ni is not an anode active material: it does not alloy with lithium [0077]');
  });

  it('took each assembled cell\'s materials from the lots: 225 mg x 85.5 % NCM per face', async () => {
    temp = await demoNotebook();
    const [ncm] = listLotsForMaterialName(temp.ctx, 'NCM (LiNi0.8Co0.15Mn0.05O2)');
    // Examples 1 (2 cells), 2, 3, 4, 5, 6 double-sided; Comparatives 1, 3, 4 single-sided, NCM shares as built.
    const mg = 225 * (2 * 2 * 0.855 + 2 * 0.855 + 2 * 0.905 + 2 * 0.805 + 2 * 0.655 + 2 * 0.855 + 3 * 0.805);
    expect(getLot(temp.ctx, ncm!.id).used).toBeCloseTo(mg / 1000, 9);
    const [nickel] = listLotsForMaterialName(temp.ctx, 'Ni foil, 10 µm');
    expect(getLot(temp.ctx, nickel!.id).used).toBeCloseTo(10 * (2 * 8 + 4), 9); // 10 cm² per anode collector
  });

  it('refuses to fill a notebook that is not empty', async () => {
    temp = await demoNotebook();
    expect(() => createDemoNotebook(temp.ctx)).toThrow(/^the demo fills an empty notebook only/);
  });
});

describe('clone and diff', () => {
  it('"like Example 1, but 30 wt% composite": the diff lists only the cathode composition and what follows from it', async () => {
    temp = await demoNotebook();
    const source = getBuildDetail(temp.ctx, buildId('Example 1'));
    const cloneId = cloneBuild(temp.ctx, source.build.id, 'Example 1, 30 wt% composite');
    const clone = getBuildDetail(temp.ctx, cloneId);
    expect(clone.cells).toEqual([]);
    expect(clone.build.clonedFromId).toBe(source.build.id);
    const layers = clone.layers.map((layer) => ({
      ...layer,
      components: layer.components.map((component) => ({ materialId: component.materialId, lotId: component.lotId, amount: layer.kind === 'cathode_active_layer' ? ({ 'NCM (LiNi0.8Co0.15Mn0.05O2)': 65.5, 'SiO2/LiTFSI/n-MAc composite': 30 } as Record<string, number>)[component.materialName] ?? component.amount : component.amount })),
    }));
    const saved = await dispatch(temp.ctx, 'saveBuildStack', { buildId: cloneId, configuration: clone.build.configuration, layers: layers.map(({ id: _id, position: _position, ...layer }) => layer) }, silent);
    expect(saved.ok).toBe(true);
    expect(statuses('Example 1, 30 wt% composite').composite_se_in_cathode).toBe('pass');
    const diff = diffBuildsById(temp.ctx, source.build.id, cloneId);
    const sections = [...new Set(diff.differences.map((difference) => difference.section))];
    expect(sections).toEqual(['Cathode active layer (side a)', 'Cathode active layer (side b)', 'Derived']);
    expect(diff.differences.filter((difference) => difference.section !== 'Derived').map((difference) => difference.field).sort()).toEqual(
      ['NCM (LiNi0.8Co0.15Mn0.05O2) (wt%)', 'NCM (LiNi0.8Co0.15Mn0.05O2) (wt%)', 'SiO2/LiTFSI/n-MAc composite (wt%)', 'SiO2/LiTFSI/n-MAc composite (wt%)'].sort(),
    );
    expect(diff.differences.filter((difference) => difference.section === 'Derived').map((difference) => difference.field)).toEqual(expect.arrayContaining(['cathodeActiveLoadingMgCm2', 'compositeSeWtPct']));
  });
});

describe('bad input to a stack', () => {
  it('names the problem and saves nothing: wt% sums, a layer over 5 mm, a zero area, one side missing, an assembled cell', async () => {
    temp = await demoNotebook();
    const id = buildId('Example 1');
    const detail = getBuildDetail(temp.ctx, id);
    const cloneId = cloneBuild(temp.ctx, id, 'Scratch');
    const base = getBuildDetail(temp.ctx, cloneId).layers.map(({ id: _id, position: _position, components, ...layer }) => ({ ...layer, components: components.map((c) => ({ materialId: c.materialId, lotId: c.lotId, amount: c.amount })) }));
    const cathodeIndex = base.findIndex((layer) => layer.kind === 'cathode_active_layer');
    const save = (layers: unknown[], configuration = 'double_sided') => dispatch(temp.ctx, 'saveBuildStack', { buildId: cloneId, configuration, layers }, silent);

    const badSum = base.map((layer, index) => (index === cathodeIndex ? { ...layer, components: layer.components.map((c, i) => (i === 0 ? { ...c, amount: 83.5 } : c)) } : layer));
    expect(await save(badSum)).toMatchObject({ ok: false, error: { issues: [{ field: `layers.${cathodeIndex}.components`, message: 'wt% sum to 98, not 100 (±0.5)' }] } });
    const thick = base.map((layer, index) => (index === cathodeIndex ? { ...layer, thicknessPressedUm: 6000 } : layer));
    expect(await save(thick)).toMatchObject({ ok: false, error: { issues: [{ field: `layers.${cathodeIndex}.thicknessPressedUm`, message: 'a layer of at most 5 mm (5000 µm)' }] } });
    const zero = base.map((layer, index) => (index === cathodeIndex ? { ...layer, shape: { kind: 'area', areaCm2: 0 } } : layer));
    expect(await save(zero)).toMatchObject({ ok: false, error: { message: expect.stringContaining('an area of zero is not a layer') } });
    const oneSided = base.filter((layer) => !(layer.kind === 'cathode_active_layer' && layer.side === 'b'));
    expect(await save(oneSided)).toMatchObject({ ok: false, error: { message: expect.stringContaining('double-sided (FIG. 2): cathode active layer is on side a only; add it to side b') } });
    expect(getBuildDetail(temp.ctx, cloneId).layers).toHaveLength(base.length);

    const locked = await dispatch(temp.ctx, 'saveBuildStack', { buildId: id, configuration: 'double_sided', layers: base }, silent);
    expect(locked).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('is already assembled: its stack is the record of what was built') } });
    expect(getBuildDetail(temp.ctx, id).layers.map((layer) => layer.id)).toEqual(detail.layers.map((layer) => layer.id));
  });

  it('refuses assembling a cell whose lot has too little left, taking nothing', async () => {
    temp = await demoNotebook();
    const cloneId = cloneBuild(temp.ctx, buildId('Example 1'), 'Big');
    const clone = getBuildDetail(temp.ctx, cloneId);
    const layers = clone.layers.map(({ id: _id, position: _position, components, ...layer }) => ({ ...layer, massMg: layer.kind === 'cathode_active_layer' ? 60_000 : layer.massMg, components: components.map((c) => ({ materialId: c.materialId, lotId: c.lotId, amount: c.amount })) }));
    await dispatch(temp.ctx, 'saveBuildStack', { buildId: cloneId, configuration: 'double_sided', layers }, silent);
    const cell = await dispatch(temp.ctx, 'addCell', { buildId: cloneId }, silent);
    const [ncm] = listLotsForMaterialName(temp.ctx, 'NCM (LiNi0.8Co0.15Mn0.05O2)');
    const before = getLot(temp.ctx, ncm!.id).remaining;
    const assembled = await dispatch(temp.ctx, 'updateCell', { id: (cell as { value: { id: number } }).value.id, changes: { status: 'assembled' } }, silent);
    expect(assembled).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('this use needs 51.3 g') } });
    expect(getLot(temp.ctx, ncm!.id).remaining).toBe(before);
  });
});
