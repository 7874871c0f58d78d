// One fuzzing case: damaged bytes written as a file, then fed to format detection and to an import
// into a real notebook. A case passes when each step either succeeds or refuses with Cellbook's own
// error naming the file, within its time bound, and a refused import left the notebook as it was.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { readFileHead } from '../importers/cycler/file-head';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from '../importers/cycler/formats/index';
import { chooseFormat } from '../importers/cycler/read-cycler-file';
import type { ServiceContext } from '../services/context';
import { importCyclingTest } from '../services/cycling/import-cycling-test';
import { mutate, type Mutation } from './fuzz-mutator';
import { historyEntries, rowCounts, tableChecksum } from './notebook-state';

export interface FuzzCase {
  seed: number;
  /** Path of the source export under the shared cycler fixtures. */
  source: string;
  mutation: Mutation;
}

export interface FuzzOutcome {
  detected: boolean;
  imported: boolean;
  /** What went wrong, in one line; null when the case passed. */
  problem: string | null;
  ms: number;
}

class Timeout extends Error {}

async function within<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout(`no answer within ${ms / 1000} s`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** Null when the error is a proper refusal: Cellbook's own, naming the file, without a stack trace. */
function refusalProblem(step: string, error: unknown, fileName: string): string {
  if (error instanceof Timeout) return `${step}: hang (${error.message})`;
  if (!(error instanceof CellbookError)) return `${step}: crash (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)})`.slice(0, 400);
  if (error.code === 'internal') return `${step}: unexpected error: ${error.message.slice(0, 300)}`;
  if (!error.message.includes(fileName)) return `${step}: the message does not name the file: ${error.message.slice(0, 300)}`;
  if (/\n\s+at /.test(error.message)) return `${step}: a stack trace in the message`;
  return '';
}

export async function runFuzzCase(ctx: ServiceContext, dir: string, fixturesDir: string, fuzzCase: FuzzCase, options: { fullChecksum: boolean }): Promise<FuzzOutcome> {
  const started = performance.now();
  const bytes = mutate(readFileSync(path.join(fixturesDir, fuzzCase.source)), fuzzCase.mutation, fuzzCase.seed);
  const fileName = `fuzz-${fuzzCase.seed}-${path.basename(fuzzCase.source)}`;
  const filePath = path.join(dir, fileName);
  writeFileSync(filePath, bytes);
  // Big cases (10 MB lines) get longer; every case is bounded.
  const boundMs = 10_000 + Math.ceil(bytes.length / 1e6) * 3_000;
  const outcome: FuzzOutcome = { detected: false, imported: false, problem: null, ms: 0 };
  const problems: string[] = [];
  try {
    try {
      await within(boundMs, async () => chooseFormat(await readFileHead(filePath, fileName), CYCLER_FORMATS, CYCLER_REFUSALS));
      outcome.detected = true;
    } catch (error) {
      const problem = refusalProblem('detection', error, fileName);
      if (problem) problems.push(problem);
    }
    const db = ctx.notebook.db;
    const before = { rows: rowCounts(db), history: historyEntries(db), checksum: options.fullChecksum ? tableChecksum(db) : '' };
    try {
      await within(boundMs * 3, () => importCyclingTest(ctx, [{ filePath, fileName }], { allowDuplicate: true }));
      outcome.imported = true;
    } catch (error) {
      const problem = refusalProblem('import', error, fileName);
      if (problem) problems.push(problem);
      if (rowCounts(db) !== before.rows || historyEntries(db) !== before.history) problems.push('import: the refused import changed the notebook');
      else if (options.fullChecksum && tableChecksum(db) !== before.checksum) problems.push('import: the refused import changed a table');
    }
  } finally {
    rmSync(filePath, { force: true });
  }
  outcome.problem = problems.length > 0 ? problems.join('; ') : null;
  outcome.ms = performance.now() - started;
  return outcome;
}
