// A cell that already has a test: the new export continues it, replaces it, or is a second test.
// Real notebook, real Arbin CSV files from seeded synthetic tests; counts from the files themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import type { TempNotebook } from '../../testing/temp-notebook';
import { getBuildDetail, listBuilds } from '../builds/builds';
import { writeArbinCsv } from './arbin-csv-writer';
import { getCyclingTest } from './cycling-tests';
import { importCyclingTest } from './import-cycling-test';
import { openDemoNotebook } from '../../testing/demo-notebook';

const START_EPOCH_S = 1_767_258_000; // 2026-01-01 09:00 UTC
let temp: TempNotebook;
afterEach(() => temp?.dispose());

/** Two exports of one cell's test: the first 6 cycles, then 4 more starting a day later. */
function exportsOfOneTest(dir: string): { first: string; second: string; rows: (file: string) => number } {
  const first = path.join(dir, 'cell 1 part 1.csv');
  const second = path.join(dir, 'cell 1 part 2.csv');
  writeArbinCsv(first, syntheticTest({ capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300, cycles: 6, seed: 11 }), START_EPOCH_S);
  writeArbinCsv(second, syntheticTest({ capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300, cycles: 4, seed: 12 }), START_EPOCH_S + 10 * 86_400);
  const rows = (file: string) => readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line !== '').length - 1;
  return { first, second, rows };
}

async function cellWithTest() {
  temp = await openDemoNotebook({ withCycling: false });
  const build = listBuilds(temp.ctx, { status: 'active' }).find((entry) => entry.name === 'Example 3')!;
  const cellId = getBuildDetail(temp.ctx, build.id).cells[0]!.id;
  const files = exportsOfOneTest(temp.dir);
  const original = await importCyclingTest(temp.ctx, [{ filePath: files.first, fileName: path.basename(files.first) }], { cellId, name: 'Ex3 long run' });
  return { cellId, files, original };
}

const activeTestsOf = (cellId: number) => temp.notebook.db.prepare('SELECT id, name FROM cycling_tests WHERE cell_id = ? AND archived_at IS NULL ORDER BY id').all(cellId) as Array<{ id: number; name: string }>;

describe('importing onto a cell that already has a test', () => {
  it('continue: one test of both files stitched in time order, under the old name; the old one archived', async () => {
    const { cellId, files, original } = await cellWithTest();
    const outcome = await importCyclingTest(temp.ctx, [{ filePath: files.second, fileName: path.basename(files.second) }], { cellId, whenCellHasTest: 'continue' });
    expect(activeTestsOf(cellId)).toEqual([{ id: outcome.testId, name: 'Ex3 long run' }]);
    expect(outcome.rows).toBe(files.rows(files.first) + files.rows(files.second));
    expect(outcome.message).toMatch(/^Continued "Ex3 long run" with 1 more file: /);
    const detail = getCyclingTest(temp.ctx, outcome.testId);
    expect(detail.files.map((file) => file.fileName)).toEqual(['cell 1 part 1.csv', 'cell 1 part 2.csv']);
    expect(getCyclingTest(temp.ctx, original.testId).test.archivedAt).not.toBeNull();
  });

  it('replace: the new file alone, the old test archived (kept, restorable)', async () => {
    const { cellId, files, original } = await cellWithTest();
    const outcome = await importCyclingTest(temp.ctx, [{ filePath: files.second, fileName: path.basename(files.second) }], { cellId, whenCellHasTest: 'replace' });
    expect(activeTestsOf(cellId).map((test) => test.id)).toEqual([outcome.testId]);
    expect(outcome.rows).toBe(files.rows(files.second));
    expect(outcome.message).toContain('in place of "Ex3 long run" (archived)');
    expect(getCyclingTest(temp.ctx, original.testId).test.archivedAt).not.toBeNull();
  });

  it('second (the default): both tests stay on the cell', async () => {
    const { cellId, files, original } = await cellWithTest();
    const outcome = await importCyclingTest(temp.ctx, [{ filePath: files.second, fileName: path.basename(files.second) }], { cellId });
    expect(activeTestsOf(cellId).map((test) => test.id)).toEqual([original.testId, outcome.testId]);
  });
});
