// The plot benchmark's notebook: the demo's builds (no demo cycling), one 1,000,000-point test
// (bench:import's seeded 1,000-cycle Arbin export) on an Example 7 cell, and 20 tests of 500
// cycles, five new cells on each of Examples 1, 3, 4 and 5 (the composite series), each a seeded
// synthetic test written by the Arbin writer and imported with the built `cellbook import`. Kept
// in the temp folder under a name made of the seed and a version, so a re-run skips the making.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticTest } from '../../shared/cycling/synthetic';
import { openNotebook } from '../db/open-notebook';
import { createServiceContext } from '../services/context';
import { writeArbinCsv } from '../services/cycling/arbin-csv-writer';
import { createDemoNotebook } from '../services/demo/demo-notebook';
import { benchFile } from './import-file';

export const OVERLAY_BUILDS = ['Example 1', 'Example 3', 'Example 4', 'Example 5'] as const;
export const CELLS_PER_BUILD = 5;
export const OVERLAY_CYCLES = 500;

export interface PlotsNotebook {
  dbPath: string;
  bigTestId: number;
  bigPoints: number;
  /** A small test to open first, so that the app and Plotly are warm before the big test is timed. */
  warmTestId: number;
  overlayBuildIds: number[];
  overlayTests: number;
  /** null when an earlier run's notebook was reused. */
  madeSeconds: number | null;
}

/** Bump when the notebook's contents change, so an earlier run's is not reused. */
const NOTEBOOK_VERSION = 1;

function cellbook(cli: string, args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`cellbook ${args[0]} failed (exit ${result.status}): ${result.stderr.trim()}`);
  return result.stdout;
}

export async function plotsNotebook(cli: string, seed: number): Promise<PlotsNotebook> {
  const dir = path.join(os.tmpdir(), 'cellbook-bench-plots', `seed${seed}-v${NOTEBOOK_VERSION}`);
  const dbPath = path.join(dir, 'plots-bench.cellbook');
  const done = path.join(dir, 'complete');
  if (existsSync(done)) return { ...(await readIds(dbPath)), madeSeconds: null };
  const started = performance.now();
  // A half-made notebook (an interrupted run) is made again from nothing.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const notebook = await openNotebook(dbPath);
  createDemoNotebook(createServiceContext(notebook, { mode: 'cli' }));
  notebook.close();

  const big = benchFile(seed);
  cellbook(cli, ['import', big.path, '--db', dbPath, '--build', 'Example 7', '--cell', '#1', '--name', '1M-point test', '--json']);
  OVERLAY_BUILDS.forEach((build, b) => {
    for (let k = 0; k < CELLS_PER_BUILD; k += 1) {
      // Fades that differ by build, so the retention curves spread like the composite series'.
      const series = syntheticTest({ seed: seed + 100 * b + k, cycles: OVERLAY_CYCLES, capacityMAh: 1, currentMA: 0.5, sampleIntervalS: 600, restS: 600, fadePerCycle: 0.0002 * (b + 1) + 0.00002 * k });
      const filePath = path.join(dir, `${build.replace(/ /g, '-')}-${k + 1}.csv`);
      writeArbinCsv(filePath, series, 1_767_225_600);
      cellbook(cli, ['import', filePath, '--db', dbPath, '--build', build, '--name', `${build} cell ${k + 1} (bench)`, '--json']);
    }
  });

  writeFileSync(done, new Date().toISOString());
  return { ...(await readIds(dbPath)), madeSeconds: (performance.now() - started) / 1000 };
}

async function readIds(dbPath: string): Promise<Omit<PlotsNotebook, 'madeSeconds'>> {
  const read = await openNotebook(dbPath);
  try {
    const db = read.db;
    const bigTest = db.prepare("SELECT id, point_count FROM cycling_tests WHERE name = '1M-point test'").get() as { id: number; point_count: number };
    const warm = db.prepare("SELECT id FROM cycling_tests WHERE name LIKE '%(bench)' ORDER BY id LIMIT 1").get() as { id: number };
    const ids = OVERLAY_BUILDS.map((name) => (db.prepare('SELECT id FROM builds WHERE name = ?').get(name) as { id: number }).id);
    const count = db.prepare(`SELECT count(*) AS n FROM cycling_tests t JOIN cells c ON c.id = t.cell_id WHERE c.build_id IN (${ids.join(',')})`).get() as { n: number };
    return { dbPath, bigTestId: bigTest.id, bigPoints: bigTest.point_count, warmTestId: warm.id, overlayBuildIds: ids, overlayTests: count.n };
  } finally {
    read.close();
  }
}
