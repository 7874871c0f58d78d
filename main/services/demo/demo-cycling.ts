// The demo notebook's cycling tests: for every cell of the eleven builds a seeded synthetic test is
// written as an Arbin CSV export and imported through the normal importer, labelled synthetic.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { DEMO_BUILDS } from '../../../shared/demo/demo-builds';
import { DEMO_SAMPLE_INTERVAL_S, DEMO_SPECIFIC_CAPACITY_MAH_G, demoCyclingPlan } from '../../../shared/demo/demo-cycling';
import { getBuildDetail } from '../builds/builds';
import type { ServiceContext } from '../context';
import { writeArbinCsv } from '../cycling/arbin-csv-writer';
import { buildBasis } from '../cycling/cell-basis';
import { importCyclingTest } from '../cycling/import-cycling-test';

/** The demo's tests start on 3 March 2025 at 09:00, one build a day. */
const FIRST_START_EPOCH_S = Date.UTC(2025, 2, 3, 9, 0, 0) / 1000;

export async function addDemoCycling(ctx: ServiceContext, onProgress?: (done: number, total: number) => void): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-demo-cycling-'));
  try {
    const targets = DEMO_BUILDS.flatMap((demo, buildIndex) => {
      const build = ctx.notebook.db.prepare('SELECT id FROM builds WHERE name = ? AND archived_at IS NULL').get(demo.name) as { id: number } | undefined;
      if (!build) return [];
      const cells = ctx.notebook.db.prepare('SELECT id, label FROM cells WHERE build_id = ? AND archived_at IS NULL ORDER BY id').all(build.id) as Array<{ id: number; label: string }>;
      return cells.map((cell, cellIndex) => ({ demo, buildId: build.id, cell, seed: 1000 * (buildIndex + 1) + cellIndex, buildIndex }));
    });
    let done = 0;
    for (const target of targets) {
      const basis = buildBasis(ctx, target.buildId);
      const derived = getBuildDetail(ctx, target.buildId).derived;
      const plan = demoCyclingPlan(target.demo);
      const series = syntheticTest({
        seed: target.seed,
        cycles: plan.cycles,
        capacityMAh: ((basis.activeMassMg ?? 0) / 1000) * DEMO_SPECIFIC_CAPACITY_MAH_G,
        currentMA: derived.currentMA ?? 0,
        retentionAt: plan.retentionAt,
        sampleIntervalS: DEMO_SAMPLE_INTERVAL_S,
        ...(plan.shortAtCycle !== null ? { shortAtCycle: plan.shortAtCycle, shortKind: 'soft' as const } : {}),
      });
      const fileName = `${target.demo.name} ${target.cell.label.replace('#', 'cell ')} (synthetic Arbin export).csv`;
      const filePath = path.join(dir, fileName);
      writeArbinCsv(filePath, series, FIRST_START_EPOCH_S + target.buildIndex * 86400);
      await importCyclingTest(ctx, [{ filePath, fileName }], { cellId: target.cell.id, synthetic: true });
      done += 1;
      onProgress?.(done, targets.length);
    }
    return done;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
