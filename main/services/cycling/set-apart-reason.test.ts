// What an imported test says it set apart as cycle 0, and why: a real export that starts charged
// (arbin/batdata__arbin_example.csv, charged-start.ts) keeps its reason in the notebook, through a
// re-analysis too; a test that sets nothing apart lists nothing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEFORE_FIRST_FULL_CYCLE } from '../../../shared/cycling/charged-start';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from './arbin-csv-writer';
import { getCyclingTest, reanalyseCyclingTest } from './cycling-tests';
import { importCyclingTest } from './import-cycling-test';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/cyclers/arbin/batdata__arbin_example.csv');

let temp: TempNotebook;
beforeAll(async () => {
  temp = await openTempNotebook();
});
afterAll(() => temp?.dispose());

describe('cycle 0 in the notebook', () => {
  it.skipIf(!existsSync(FIXTURE))('keeps why a charged first cycle was set apart, also after a re-analysis', async () => {
    const outcome = await importCyclingTest(temp.ctx, [{ filePath: FIXTURE, fileName: 'batdata__arbin_example.csv' }], {});
    const detail = getCyclingTest(temp.ctx, outcome.testId);
    expect(detail.setApart.map((half) => [half.cycle, half.reason])).toEqual([[0, BEFORE_FIRST_FULL_CYCLE]]);
    // The top-up gave back over five times its charge; cycle 1 is the first cycle that began empty.
    expect(detail.setApart[0]!.dischargeMAh / detail.setApart[0]!.chargeMAh).toBeGreaterThan(5);
    expect(detail.cycles.map((row) => row.cycle)).toEqual([1]);
    expect(detail.report.cycleNote).toContain('the cell held charge when the file begins');
    reanalyseCyclingTest(temp.ctx, outcome.testId);
    // Re-analysed from the stored (Float32) points: the same half-cycle, for the same reason.
    const again = getCyclingTest(temp.ctx, outcome.testId);
    expect(again.setApart.map((half) => [half.cycle, half.reason, half.chargeMAh.toPrecision(6)])).toEqual([[0, BEFORE_FIRST_FULL_CYCLE, detail.setApart[0]!.chargeMAh.toPrecision(6)]]);
    expect(again.cycles.map((row) => row.cycle)).toEqual([1]);
  });

  it('lists nothing set apart for a test that starts with its first charge', async () => {
    const filePath = path.join(temp.dir, 'cell.csv');
    writeArbinCsv(filePath, syntheticTest({ seed: 11, cycles: 3, capacityMAh: 1, currentMA: 0.5, sampleIntervalS: 60 }), 1_767_258_000);
    const outcome = await importCyclingTest(temp.ctx, [{ filePath, fileName: 'cell.csv' }], {});
    expect(getCyclingTest(temp.ctx, outcome.testId).setApart).toEqual([]);
  });
});
