// Contract harness: every operation of the API contract (shared/api.ts) gets malformed inputs made
// from its own input schema — wrong types, missing fields, huge strings, negative and impossible
// numbers, unknown ids, unexpected fields — through the one door every host uses (dispatch). Each
// must be answered with a typed error (a validation error where the schema refuses the input),
// never an unexpected one, and nothing may be written: no row changed, no history entry, no file.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, apiNames } from '../../shared/api';
import { dispatch } from '../services/dispatch';
import { makeTempDir, openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { historyEntries, notebookState, rowCounts } from './notebook-state';
import fc from 'fast-check';
import { reportFigures, stressCount, stressRun } from './stress-count';
import { malformedInputs, UNKNOWN_ID } from './zod-samples';

let temp: TempNotebook;
let userData: { dir: string; remove: () => void };
const savedConfigHome = process.env.XDG_CONFIG_HOME;

beforeAll(async () => {
  // Recent notebooks and keys live in the user-data folder: a fresh one, so it can be watched too.
  userData = makeTempDir('cellbook-contract-config-');
  process.env.XDG_CONFIG_HOME = userData.dir;
  // A notebook with records in it (the patent's materials), so that there is something to overwrite.
  temp = await openTempNotebook();
  const seeded = await dispatch(temp.ctx, 'addStarterMaterials', {});
  expect(seeded.ok).toBe(true);
}, 60_000);

afterAll(() => {
  temp?.dispose();
  userData?.remove();
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
});

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /-(shm|wal)$/.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.push(`${full}:${statSync(full).size}`);
  }
  return out.sort();
}

/** Rows per table and history entries, per call (a write rolled back leaves both as they were). */
function rowsAndHistory(): string {
  return `${rowCounts(temp.ctx.notebook.db)} history=${historyEntries(temp.ctx.notebook.db)}`;
}

function holdsUnknownId(value: unknown): boolean {
  if (value === UNKNOWN_ID) return true;
  if (Array.isArray(value)) return value.some(holdsUnknownId);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsUnknownId);
  return false;
}

const figures = { operations: 0, inputsTried: 0, refusedBySchema: 0, acceptedAndRefused: 0, acceptedBySchemaNotSent: 0, unexpectedErrors: 0, writes: 0, backupsBeforeRefusal: 0 };

describe('every operation of the contract, given malformed input', () => {
  it('answers each with a typed error and writes nothing', { timeout: stressRun ? 0 : 240_000 }, async () => {
    const problems: string[] = [];
    const stateBefore = notebookState(temp.notebook.db);
    const filesBefore = [...filesUnder(temp.dir), ...filesUnder(userData.dir)];
    const logged: string[] = [];
    const acceptedKinds: string[] = [];
    for (const name of apiNames) {
      figures.operations++;
      for (const variant of malformedInputs(api[name].input)) {
        const accepted = api[name].input.safeParse(variant.input ?? {}).success;
        const what = `${name} (${variant.kind}${variant.field ? ` in ${variant.field}` : ''})`;
        // An input its schema accepts is a valid call; only those naming unknown records are sent
        // (they must be refused by the handler). The rest would do real work, as they should.
        // Megabytes of garbage where a file's bytes go are sent too: they must be refused as a file.
        const garbageFile = variant.kind === 'huge string' && /Base64$/.test(variant.field);
        if (accepted && !holdsUnknownId(variant.input) && !garbageFile) {
          figures.acceptedBySchemaNotSent++;
          acceptedKinds.push(what);
          if (variant.kind === 'huge string') problems.push(`${what}: a 1,000,000-character value passes the schema`);
          continue;
        }
        figures.inputsTried++;
        const rowsBefore = rowsAndHistory();
        const envelope = await dispatch(temp.ctx, name, variant.input, (operation, error) => logged.push(`${operation}: ${String(error)}`));
        if (rowsAndHistory() !== rowsBefore) {
          figures.writes++;
          problems.push(`${what}: rows were written`);
        }
        if (temp.ctx.notebook !== temp.notebook) problems.push(`${what}: switched the window to another notebook`);
        if (envelope.ok) {
          if (!accepted) problems.push(`${what}: answered although its schema refuses the input`);
          continue;
        }
        if (envelope.error.code === 'internal') {
          figures.unexpectedErrors++;
          problems.push(`${what}: unexpected error: ${envelope.error.message.slice(0, 200)}`);
        } else if (!accepted && envelope.error.code !== 'validation') {
          problems.push(`${what}: ${envelope.error.code} instead of a validation error`);
        } else if (!accepted) {
          figures.refusedBySchema++;
          expect(envelope.error.message.length).toBeGreaterThan(0);
          // The sentence names fields in words, never echoing a megabyte of input back.
          if (envelope.error.message.length > 2_000) problems.push(`${what}: a ${envelope.error.message.length}-character error message`);
        } else figures.acceptedAndRefused++;
      }
      // And arbitrary values of any shape (seeded, so a failure can be replayed).
      for (const input of fc.sample(fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true }), { numRuns: stressCount(4, 200), seed: 15 + figures.operations })) {
        if (input === null || input === undefined || api[name].input.safeParse(input).success) continue;
        figures.inputsTried++;
        const rowsBefore = rowsAndHistory();
        const envelope = await dispatch(temp.ctx, name, input, (operation, error) => logged.push(`${operation}: ${String(error)}`));
        if (rowsAndHistory() !== rowsBefore) problems.push(`${name} (arbitrary value): rows were written`);
        if (envelope.ok || envelope.error.code !== 'validation') problems.push(`${name} (arbitrary value ${fc.stringify(input).slice(0, 120)}): ${envelope.ok ? 'answered' : envelope.error.code}`);
        else figures.refusedBySchema++;
      }
    }
    // A bulk import takes its automatic backup only once its file has been read and checked, so a
    // refused one leaves no backup behind: every file is compared.
    const filesAfter = [...filesUnder(temp.dir), ...filesUnder(userData.dir)];
    figures.backupsBeforeRefusal = filesAfter.filter((file) => /-auto-before-[a-z-]+\.cellbook:/.test(file)).length;
    const stateAfter = notebookState(temp.notebook.db);
    reportFigures('contract', figures);
    process.stdout.write(`[reliability] contract: valid by their schemas, so not sent: ${acceptedKinds.join('; ')}\n`);
    expect(problems).toEqual([]);
    expect(logged).toEqual([]);
    expect(stateAfter).toEqual(stateBefore);
    expect(filesAfter).toEqual(filesBefore);
    expect(temp.ctx.jobs.list()).toEqual([]);
  });
});
