// A large export is read in parts on worker threads (main/importers/cycler/parallel-read.ts): a
// part that fails names the file and the line as one reading would, and the import leaves the
// notebook as it was. A real notebook, a real 9 MB export written here.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from '../../importers/cycler/formats/index';
import { readCyclerFile } from '../../importers/cycler/read-cycler-file';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from './arbin-csv-writer';
import { importCyclingTest } from './import-cycling-test';

let temp: TempNotebook;
let lines: string[] = [];
let basePath = '';
beforeAll(async () => {
  temp = await openTempNotebook();
  const base = path.join(temp.dir, 'base.csv');
  basePath = base;
  // 60 cycles at one point every 14 s: about 62,000 rows, 9 MB, above the size read in parts.
  writeArbinCsv(base, syntheticTest({ seed: 7, cycles: 60, capacityMAh: 1, currentMA: 0.5, sampleIntervalS: 13.89 }), 1_767_258_000);
  lines = readFileSync(base, 'utf8').split('\r\n').filter((line) => line !== '');
  await importCyclingTest(temp.ctx, [{ filePath: base, fileName: 'base.csv' }], {});
});
afterAll(() => temp?.dispose());

const TABLES = ['cycling_tests', 'cycling_files', 'cycling_file_chunks', 'cycle_points', 'cycle_summaries', 'short_circuit_flags', 'history', 'cells'];
/** Rows in every table an import writes (a dump's deep comparison of megabytes of blobs would take a minute). */
const counts = () => Object.fromEntries(TABLES.map((table) => [table, (temp.ctx.notebook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));

describe('a large export read on worker threads', () => {
  it('is read in one part per core (at most 4)', async () => {
    const cores = os.availableParallelism();
    if (cores < 2) console.log('one core here: the export is read on one thread, and must fail the same way');
    expect((await readCyclerFile(basePath, CYCLER_FORMATS, CYCLER_REFUSALS)).parts).toBe(Math.min(4, cores));
  });

  it('refuses a line of 1.5 MiB in its last part by its number in the file, and stores nothing', { timeout: 60_000 }, async () => {
    const at = Math.floor(lines.length * 0.8);
    const broken = [...lines.slice(0, at), 'x'.repeat(1.5 * 1024 * 1024), ...lines.slice(at)];
    const filePath = path.join(temp.dir, 'broken.csv');
    writeFileSync(filePath, broken.join('\r\n') + '\r\n');
    const before = counts();
    await expect(importCyclingTest(temp.ctx, [{ filePath, fileName: 'broken.csv' }], { allowDuplicate: true })).rejects.toMatchObject({
      code: 'validation',
      message: `broken.csv: line ${at + 1} runs past 1,048,576 characters without ending; this is not a text export Cellbook can read`,
    });
    expect(counts()).toEqual(before);
  });
});
