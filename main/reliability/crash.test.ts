// Crash harness: real `cellbook` processes (out/cli.cjs, built by `node scripts/build-main.mjs`)
// killed with SIGKILL at a random moment of a large cycler import, a backup, an .eln export and a
// migration (an old-schema notebook opened). After each kill the notebook is opened again by
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

const CLI = path.resolve(__dirname, '../../out/cli.cjs');
/** The largest shared fixture, read in parts on every core: 2.8 MB, 16,255 rows. */
const LARGE_EXPORT = path.resolve(__dirname, '../../../shared/fixtures/cyclers/pec/cellpy__pec.csv');
const KILLS = stressCount(6, 200);
/** How long after the start a kill may land, per scenario (covering start-up, the work and its end). */
const WINDOW_MS: Record<ScenarioId, number> = { import: 8_000, backup: 2_500, 'eln export': 4_000, migration: 2_000 };

const skipReason = !existsSync(CLI) ? `${CLI} is not built (run node scripts/build-main.mjs)` : !existsSync(LARGE_EXPORT) ? `the cycler fixture ${LARGE_EXPORT} is absent` : null;
if (skipReason) process.stdout.write(`[reliability] crash: skipped, ${skipReason}\n`);

let root: { dir: string; remove: () => void };
let env: NodeJS.ProcessEnv;
let reference: TestCounts;
const referenceNotebook = () => path.join(root.dir, 'reference.cellbook');

function cellbook(args: string[]): void {
  const result = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cellbook ${args.join(' ')} failed: ${result.stderr}`);
}

beforeAll(() => {
  if (skipReason) return;
  root = makeTempDir('cellbook-crash-');
  // Checkpoints and recent notebooks go to a user-data folder of the run's own.
  env = { ...process.env, XDG_CONFIG_HOME: path.join(root.dir, 'config') };
  mkdirSync(env.XDG_CONFIG_HOME!, { recursive: true });
  cellbook(['init', '--starter', '--db', referenceNotebook()]);
  cellbook(['import', '--db', referenceNotebook(), LARGE_EXPORT, '--json']);
  const db = new Database(referenceNotebook(), { readonly: true });
  reference = countsOfTest(db, 1);
  db.close();
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
  }
}

const ORDER: ScenarioId[] = ['import', 'backup', 'eln export', 'migration', 'import', 'eln export'];

describe.skipIf(skipReason !== null)('SIGKILL at random moments', () => {
  it(`leaves a sound notebook after each of ${KILLS} kills`, { timeout: 0 }, async () => {
    const random = seededRandom(2_026_1202);
    const figures = { runs: 0, killed: 0, finishedFirst: 0, sound: 0, allEffects: 0, noEffects: 0 };
    const problems: string[] = [];
    for (let index = 0; index < KILLS; index++) {
      const scenario = ORDER[index % ORDER.length]!;
      const dir = mkdtempSync(path.join(root.dir, 'kill-'));
      const notebook = path.join(dir, 'notebook.cellbook');
      copyFileSync(scenario === 'migration' ? path.join(MIGRATION_FIXTURES, 'schema-1.cellbook') : referenceNotebook(), notebook);
      const before = readBefore(notebook);
      const delayMs = Math.round(150 + random() * WINDOW_MS[scenario]);
      const child = spawn(process.execPath, [CLI, ...argsFor(scenario, notebook, dir)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
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
