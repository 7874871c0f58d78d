// Fuzzing harness: the shared cycler fixtures, damaged by a seeded mutator (fuzz-mutator.ts), fed to
// format detection and to an import into a real notebook (fuzz-case.ts). 0 crashes, 0 hangs, 0
// silent exits; every refusal names the file; a refused import leaves the notebook unchanged.
// Every case that ever failed is written to fuzz-regressions/ (seed, source, damage, what went
// wrong) and replayed here on every run, before the new cases.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { runFuzzCase, type FuzzCase } from './fuzz-case';
import { mutationsFor, seededRandom } from './fuzz-mutator';
import { reportFigures, stressCount, stressRun } from './stress-count';

const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures/cyclers');
const REGRESSIONS = path.join(__dirname, 'fuzz-regressions');
const CASES = stressCount(150, 10_000);
/**
 * npm test damages the smaller exports only (each case reads, stores and analyses a whole file);
 * the stress run adds the workbooks and the mid-sized exports, 10,000 cases in about an hour.
 */
const MAX_SOURCE_BYTES = stressRun ? 600_000 : 300_000;

function fixtureSources(): string[] {
  if (!existsSync(FIXTURES)) return [];
  return (readdirSync(FIXTURES, { recursive: true }) as string[])
    .filter((file) => !file.endsWith('.md') && statSync(path.join(FIXTURES, file)).isFile())
    .filter((file) => statSync(path.join(FIXTURES, file)).size <= MAX_SOURCE_BYTES)
    .sort();
}

const sources = fixtureSources();
if (sources.length === 0) process.stdout.write(`[reliability] fuzz: skipped, no cycler fixtures at ${FIXTURES}\n`);

let temp: TempNotebook;
beforeAll(async () => {
  temp = await openTempNotebook();
  // A silent exit would end the run without a verdict: make it a failure instead.
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`process.exit(${code}) called`);
  }) as never);
});
afterAll(() => {
  vi.restoreAllMocks();
  temp?.dispose();
});

interface Regression extends FuzzCase {
  problem: string;
  /** What mended it, once mended (the case is replayed either way). */
  fixed?: string;
}

function keepRegression(fuzzCase: FuzzCase, problem: string): string {
  mkdirSync(REGRESSIONS, { recursive: true });
  const file = path.join(REGRESSIONS, `seed-${fuzzCase.seed}.json`);
  const regression: Regression = { ...fuzzCase, problem };
  writeFileSync(file, `${JSON.stringify(regression, null, 2)}\n`);
  return file;
}

describe.skipIf(sources.length === 0)('damaged cycler exports', () => {
  const regressions = existsSync(REGRESSIONS)
    ? readdirSync(REGRESSIONS).filter((file) => file.endsWith('.json')).map((file) => JSON.parse(readFileSync(path.join(REGRESSIONS, file), 'utf8')) as Regression)
    : [];

  it.skipIf(regressions.length === 0)('replays every case that ever failed', { timeout: 600_000 }, async () => {
    const still: string[] = [];
    for (const regression of regressions) {
      if (!existsSync(path.join(FIXTURES, regression.source))) continue;
      const outcome = await runFuzzCase(temp.ctx, temp.dir, FIXTURES, regression, { fullChecksum: true });
      if (outcome.problem) still.push(`seed ${regression.seed} (${regression.mutation} of ${regression.source}): ${outcome.problem}`);
    }
    reportFigures('fuzz regressions', { replayed: regressions.length, failing: still.length });
    expect(still).toEqual([]);
  });

  it(`survives ${CASES} seeded cases`, { timeout: 0 }, async () => {
    const figures = { cases: 0, detected: 0, imported: 0, refused: 0, crashes: 0, hangs: 0, otherFailures: 0, slowestMs: 0 };
    const failures: string[] = [];
    for (let index = 0; index < CASES; index++) {
      const seed = 1_000_000 + index;
      const random = seededRandom(seed);
      const source = sources[Math.floor(random() * sources.length)]!;
      const kinds = mutationsFor(readFileSync(path.join(FIXTURES, source)).subarray(0, 4));
      const fuzzCase: FuzzCase = { seed, source, mutation: kinds[index % kinds.length]! };
      const outcome = await runFuzzCase(temp.ctx, temp.dir, FIXTURES, fuzzCase, { fullChecksum: index % 25 === 0 });
      figures.cases++;
      if (outcome.detected) figures.detected++;
      if (outcome.imported) figures.imported++;
      else figures.refused++;
      figures.slowestMs = Math.max(figures.slowestMs, Math.round(outcome.ms));
      if (outcome.problem) {
        if (outcome.problem.includes('crash')) figures.crashes++;
        else if (outcome.problem.includes('hang')) figures.hangs++;
        else figures.otherFailures++;
        failures.push(`${keepRegression(fuzzCase, outcome.problem)}: ${outcome.problem}`);
      }
      if (stressRun && index % 500 === 499) reportFigures('fuzz (so far)', figures);
    }
    reportFigures('fuzz', figures);
    expect(failures).toEqual([]);
  });
});
