// A cell that already has a test: the new export continues it, replaces it, or is a second test.
// Real notebook, real Arbin CSV files from seeded synthetic tests; counts from the files themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import type { TempNotebook } from '../../testing/temp-notebook';
import { getBuildDetail, listBuilds } from '../builds/builds';
import { writeArbinCsv } from './arbin-csv-writer';
import { attachCyclingTest, continueCellTest, getCyclingTest, setCyclingTestArchived } from './cycling-tests';
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

describe('attaching a stored test to a cell that already has one', () => {
  const testCount = () => (temp.notebook.db.prepare('SELECT count(*) AS n FROM cycling_tests').get() as { n: number }).n;

  it('continue: both tests\' originals stitched into one test under the cell\'s test\'s name, the same cycles as importing both files at once; both archived, restorable', async () => {
    const { cellId, files, original } = await cellWithTest();
    const loose = await importCyclingTest(temp.ctx, [{ filePath: files.second, fileName: path.basename(files.second) }], { cellId: null });
    const continued = await continueCellTest(temp.ctx, { id: loose.testId, cellId });
    expect(activeTestsOf(cellId)).toEqual([{ id: continued.test.id, name: 'Ex3 long run' }]);
    // 6 cycles in the first export, 4 in the second (the files' own cycle numbers, made by syntheticTest).
    expect(continued.cycles).toHaveLength(10);
    expect(continued.test.pointCount).toBe(files.rows(files.first) + files.rows(files.second));
    expect(continued.files.map((file) => [file.fileName, file.sha256])).toEqual([
      ...getCyclingTest(temp.ctx, original.testId).files.map((file) => [file.fileName, file.sha256]),
      ...getCyclingTest(temp.ctx, loose.testId).files.map((file) => [file.fileName, file.sha256]),
    ]);
    expect(getCyclingTest(temp.ctx, original.testId).test.archivedAt).not.toBeNull();
    expect(getCyclingTest(temp.ctx, loose.testId).test.archivedAt).not.toBeNull();

    // The same two files imported at once, as one test of the same cell: cycle for cycle the same table.
    const direct = await importCyclingTest(temp.ctx, [files.first, files.second].map((filePath) => ({ filePath, fileName: path.basename(filePath) })), { cellId, allowDuplicate: true });
    expect(continued.cycles).toEqual(getCyclingTest(temp.ctx, direct.testId).cycles);

    expect(setCyclingTestArchived(temp.ctx, original.testId, false).test.archivedAt).toBeNull();
  });

  it('continue with a test holding the same file as the cell\'s: refused in a sentence, both tests as they were', async () => {
    const { cellId, files, original } = await cellWithTest();
    const copy = await importCyclingTest(temp.ctx, [{ filePath: files.first, fileName: 'copy.csv' }], { cellId: null, allowDuplicate: true });
    const before = testCount();
    await expect(continueCellTest(temp.ctx, { id: copy.testId, cellId })).rejects.toThrow(
      `"copy" cannot continue "Ex3 long run": its file copy.csv has the same bytes as cell 1 part 1.csv of "Ex3 long run", so the test would be stitched onto itself`,
    );
    expect(testCount()).toBe(before);
    expect(activeTestsOf(cellId).map((test) => test.id)).toEqual([original.testId]);
    expect(getCyclingTest(temp.ctx, copy.testId).test).toMatchObject({ cellId: null, archivedAt: null });
  });

  it('replace: the cell\'s test archived and this one attached, in one step; second: both on the cell', async () => {
    const { cellId, files, original } = await cellWithTest();
    const loose = await importCyclingTest(temp.ctx, [{ filePath: files.second, fileName: path.basename(files.second) }], { cellId: null });
    expect(attachCyclingTest(temp.ctx, { id: loose.testId, cellId, whenCellHasTest: 'replace' }).test.cellId).toBe(cellId);
    expect(activeTestsOf(cellId).map((test) => test.id)).toEqual([loose.testId]);
    expect(getCyclingTest(temp.ctx, original.testId).test.archivedAt).not.toBeNull();
    setCyclingTestArchived(temp.ctx, original.testId, false);
    const third = await importCyclingTest(temp.ctx, [{ filePath: files.first, fileName: 'again.csv' }], { cellId: null, allowDuplicate: true });
    attachCyclingTest(temp.ctx, { id: third.testId, cellId, whenCellHasTest: 'second' });
    expect(activeTestsOf(cellId).map((test) => test.id)).toEqual([original.testId, loose.testId, third.testId]);
  });
});
