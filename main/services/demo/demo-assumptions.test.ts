import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SPECIFIC_CAPACITY_MAH_G } from '../../../shared/demo/demo-cycling';
import { openDemoNotebook } from '../../testing/demo-notebook';
import type { TempNotebook } from '../../testing/temp-notebook';
import { getBuildDetail, listBuilds } from '../builds/builds';
import { listHistory } from '../history';
import { buildPlanSummary } from '../pressing/plan-list';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

describe("the demo's stated NCM specific capacity", () => {
  it('is set on both NCM materials and stated in their notes and in every build\'s assumptions', async () => {
    temp = await openDemoNotebook({ withCycling: false });
    const materials = temp.notebook.db.prepare("SELECT name, specific_capacity_mah_g AS capacity, notes FROM materials WHERE name LIKE 'NCM%' ORDER BY name").all() as Array<{ name: string; capacity: number; notes: string }>;
    expect(materials.map((material) => material.capacity)).toEqual([DEMO_SPECIFIC_CAPACITY_MAH_G, DEMO_SPECIFIC_CAPACITY_MAH_G]);
    for (const material of materials) expect(material.notes).toContain(`Demo assumption: specific capacity ${DEMO_SPECIFIC_CAPACITY_MAH_G} mAh/g`);
    // The change is in the history like any other.
    expect(listHistory(temp.ctx, { limit: 500, table: 'materials' }).entries.some((entry) => entry.changes.some((change) => change.field === 'specific_capacity_mah_g' && change.after === DEMO_SPECIFIC_CAPACITY_MAH_G))).toBe(true);
    for (const build of listBuilds(temp.ctx, { status: 'active' })) {
      expect(getBuildDetail(temp.ctx, build.id).build.notes, build.name).toContain(`NCM's specific capacity ${DEMO_SPECIFIC_CAPACITY_MAH_G} mAh/g`);
    }
  });

  it('gives every demo build a theoretical capacity and a C-rate; Example 1 as computed by hand', async () => {
    temp = await openDemoNotebook({ withCycling: false });
    for (const build of listBuilds(temp.ctx, { status: 'active' })) {
      const derived = getBuildDetail(temp.ctx, build.id).derived;
      expect(derived.theoreticalCapacityMAh, build.name).toBeGreaterThan(0);
      expect(derived.cRate, build.name).toBeGreaterThan(0);
    }
    const example1 = listBuilds(temp.ctx, { status: 'active' }).find((build) => build.name === 'Example 1')!;
    const derived = getBuildDetail(temp.ctx, example1.id).derived;
    // Two faces of 225 mg cathode layer (25 mg/cm² on 9.0 cm²), 85.5 % NCM [0098], at 165 mAh/g.
    const expectedMAh = 2 * 225 * 0.855 * (DEMO_SPECIFIC_CAPACITY_MAH_G / 1000);
    expect(derived.theoreticalCapacityMAh).toBeCloseTo(expectedMAh, 9);
    // 0.6 mA/cm² on 9.0 cm² per face, two faces [0122]: 10.8 mA.
    expect(derived.cRate).toBeCloseTo(10.8 / expectedMAh, 9);
  });
});

describe("the demo's press plans", () => {
  it('warn on no build: its pouch cells are judged "cannot judge" for their unknown stack pressure, as the patent gives none', async () => {
    temp = await openDemoNotebook({ withCycling: false });
    for (const build of listBuilds(temp.ctx, { status: 'active' })) {
      const plan = buildPlanSummary(temp.ctx, build.id);
      expect(plan.worst, build.name).toBe('cannot_judge');
    }
  });
});
