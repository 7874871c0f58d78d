// Crash harness: real `cellbook` processes (out/cli.cjs, built by `node scripts/build-main.mjs`)
// killed with SIGKILL at a random moment of a large cycler import, a backup, an .eln export and a
// migration (an old-schema notebook opened), and a child recording and finishing a gel batch
// (crash-batch-child.ts; the CLI has no batch command). After each kill the notebook is opened again by
// Cellbook: integrity and foreign keys hold, the interrupted operation left all of its effects or
// none (crash-scenarios.ts), and the history committed before it is intact.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../db/open-notebook';
import { makeTempDir } from '../testing/temp-notebook';
import { countsOfTest, judge, readBefore, type ScenarioId, type TestCounts } from './crash-scenarios';
import { seededRandom } from './fuzz-mutator';
import { FIXTURES_DIR as MIGRATION_FIXTURES } from './migration-fixtures';
import { reportFigures, stressCount } from './stress-count';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { startBatchSchema } from '../../shared/schemas/batches';
import { createServiceContext } from '../services/context';
import { listMaterials } from '../services/inventory/materials';
import { startBatch } from '../services/recipes/batches';
import { listRecipes } from '../services/recipes/recipes';
import { makeLot } from '../testing/inventory-factories';

const CLI = path.resolve(__dirname, '../../out/cli.cjs');
/** The largest shared fixture, read in parts on every core: 2.8 MB, 16,255 rows. */
const LARGE_EXPORT = path.resolve(__dirname, '../../../shared/fixtures/cyclers/pec/cellpy__pec.csv');
const KILLS = stressCount(6, 200);
/** How long after the start a kill may land, per scenario (covering start-up, the work and its end). */
const WINDOW_MS: Record<ScenarioId, number> = { import: 8_000, backup: 2_500, 'eln export': 4_000, migration: 2_000, 'batch finish': 3_000 };
/** The batch child, bundled inside the repository so that it finds Cellbook's migrations. */
const BATCH_CHILD = path.resolve(__dirname, '../../.tmp/run/crash-batch-child.cjs');

const skipReason = !existsSync(CLI) ? `${CLI} is not built (run node scripts/build-main.mjs)` : !existsSync(LARGE_EXPORT) ? `the cycler fixture ${LARGE_EXPORT} is absent` : null;
if (skipReason) process.stdout.write(`[reliability] crash: skipped, ${skipReason}\n`);

let root: { dir: string; remove: () => void };
let env: NodeJS.ProcessEnv;
let reference: TestCounts;
let batchArgs: string[] = [];
const referenceNotebook = () => path.join(root.dir, 'reference.cellbook');
const batchNotebook = () => path.join(root.dir, 'batch.cellbook');

/** A copy of the reference notebook with a lot of each gel ingredient and an Example 1 batch started. */
async function prepareBatchNotebook(): Promise<void> {
  copyFileSync(referenceNotebook(), batchNotebook());
  const notebook = await openNotebook(batchNotebook());
  try {
    const ctx = createServiceContext(notebook, { mode: 'cli' });
    const id = (name: string) => listMaterials(ctx, { status: 'active' }).find((material) => material.name === name)!.id;
    const lots = {
      salt: makeLot(ctx, id('LiTFSI'), { lotNumber: 'SA-4411', quantity: 100, unit: 'g' }).id,
      medium: makeLot(ctx, id('N-methylacetamide (n-MAc)'), { lotNumber: 'NMA-1', quantity: 500, unit: 'g' }).id,
      precursor: makeLot(ctx, id('TEOS (tetraethyl orthosilicate)'), { lotNumber: 'T-77', quantity: 500, unit: 'mL' }).id,
      acid: makeLot(ctx, id('Formic acid'), { lotNumber: 'FA-1', quantity: 1000, unit: 'g' }).id,
    };
    const recipe = listRecipes(ctx, false).find((item) => item.name.startsWith('Gel process, Example 1'))!;
    const versionId = (ctx.notebook.db.prepare('SELECT id FROM recipe_versions WHERE recipe_id = ? ORDER BY id DESC LIMIT 1').get(recipe.id) as { id: number }).id;
    const batch = startBatch(ctx, startBatchSchema.parse({ recipeVersionId: versionId, scale: { kind: 'oxide_g', g: 5 } }));
    batchArgs = [String(batch.id), JSON.stringify(lots)];
  } finally {
    notebook.close();
  }
  await build({ entryPoints: [path.join(__dirname, 'crash-batch-child.ts')], outfile: BATCH_CHILD, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['better-sqlite3', 'exceljs'], logLevel: 'warning' });
}

function cellbook(args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cellbook ${args.join(' ')} failed: ${result.stderr}`);
}

beforeAll(async () => {
  if (skipReason) return;
  root = makeTempDir('cellbook-crash-');
  // Checkpoints and recent notebooks go to a user-data folder of the run's own.
  env = { ...process.env, XDG_CONFIG_HOME: path.join(root.dir, 'config') };
  mkdirSync(env.XDG_CONFIG_HOME!, { recursive: true });
  cellbook(['init', '--starter', '--db', referenceNotebook()]);
  cellbook(['import', '--db', referenceNotebook(), LARGE_EXPORT, '--json']);
  const db = new Database(referenceNotebook(), { readonly: true });
  const imported = db.prepare('SELECT max(id) AS id FROM cycling_tests').get() as { id: number | null };
  reference = countsOfTest(db, imported.id ?? 0);
  db.close();
  // A reference without points would make every partial import look whole.
  if (reference.points === 0 || reference.chunks === 0) throw new Error(`the reference import stored no points: ${JSON.stringify(reference)}`);
  await prepareBatchNotebook();
}, 120_000);
afterAll(() => root?.remove());

function argsFor(scenario: ScenarioId, notebook: string, dir: string): string[] {
  switch (scenario) {
    case 'import':
      return ['import', '--db', notebook, LARGE_EXPORT, '--allow-duplicate', '--json'];
    case 'backup':
      return ['backup', '--db', notebook];
    case 'eln export':
      return ['export', '--db', notebook, '--eln', path.join(dir, 'export.eln')];
    case 'migration':
      return ['info', '--db', notebook];
    case 'batch finish':
      return [notebook, ...batchArgs];
  }
}

const ORDER: ScenarioId[] = ['import', 'batch finish', 'backup', 'eln export', 'migration', 'import'];
const SOURCE: Partial<Record<ScenarioId, () => string>> = { migration: () => path.join(MIGRATION_FIXTURES, 'schema-1.cellbook'), 'batch finish': batchNotebook };

describe.skipIf(skipReason !== null)('SIGKILL at random moments', () => {
  it(`leaves a sound notebook after each of ${KILLS} kills`, { timeout: 0 }, async () => {
    const random = seededRandom(2_026_1202);
    const figures = { runs: 0, killed: 0, finishedFirst: 0, sound: 0, allEffects: 0, noEffects: 0, batchesFinished: 0, batchesOpen: 0 };
    const problems: string[] = [];
    for (let index = 0; index < KILLS; index++) {
      const scenario = ORDER[index % ORDER.length]!;
      const dir = mkdtempSync(path.join(root.dir, 'kill-'));
      const notebook = path.join(dir, 'notebook.cellbook');
      copyFileSync((SOURCE[scenario] ?? referenceNotebook)(), notebook);
      const before = readBefore(notebook);
      const delayMs = Math.round(150 + random() * WINDOW_MS[scenario]);
      const program = scenario === 'batch finish' ? BATCH_CHILD : CLI;
      const child = spawn(process.execPath, [program, ...argsFor(scenario, notebook, dir)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      const { code, signal } = await exited;
      clearTimeout(timer);
      figures.runs++;
      const what = `kill ${index + 1} (${scenario}, ${delayMs} ms)`;
      if (signal === 'SIGKILL') figures.killed++;
      else {
        figures.finishedFirst++;
        if (code !== 0) problems.push(`${what}: finished before the kill with status ${code}: ${stderr.slice(0, 300)}`);
      }
      try {
        const reopened = await openNotebook(notebook);
        try {
          const found = judge(scenario, reopened.db, before, dir, reference);
          if (found.length === 0) figures.sound++;
          problems.push(...found.map((problem) => `${what}: ${problem}`));
          if (scenario === 'import') {
            const tests = (reopened.db.prepare('SELECT count(*) AS n FROM cycling_tests').get() as { n: number }).n;
            if (tests > before.tests) figures.allEffects++;
            else figures.noEffects++;
          }
          if (scenario === 'batch finish') {
            const status = (reopened.db.prepare('SELECT status FROM batches ORDER BY id DESC LIMIT 1').get() as { status: string }).status;
            if (status === 'finished') figures.batchesFinished++;
            else figures.batchesOpen++;
          }
        } finally {
          reopened.close();
        }
      } catch (error) {
        problems.push(`${what}: the notebook does not open: ${(error as Error).message}`);
      }
      rmSync(dir, { recursive: true, force: true });
    }
    reportFigures('crash', figures);
    expect(problems).toEqual([]);
  });
});
