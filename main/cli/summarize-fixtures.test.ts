// `cellbook summarize --json` on real exports whose last cycle is cut off or whose test starts with a
// discharge: what is concluded from them (grade, lifespan, efficiency) as a researcher reads it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCellbook } from '../testing/cli-process';

const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures/cyclers');
const present = existsSync(FIXTURES);
if (!present) console.log(`summarize fixture tests skipped: ${FIXTURES} does not exist`);

interface CycleJson {
  cycle: number;
  complete: boolean;
  charge_mAh: number;
  discharge_mAh: number;
  coulombic_efficiency: number | null;
  vendor_discharge_mAh: number | null;
}

function summarize(file: string) {
  const result = runCellbook(['summarize', path.join(FIXTURES, file), '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { cycles: CycleJson[]; set_apart: Array<{ cycle: number; charge_mAh: number; discharge_mAh: number; reason: string }>; grade: string | null; lifespan_cycle: number | null; lifespan_label: string; standard_capacity_mAh: number };
}

describe.skipIf(!present)('cellbook summarize on real exports', () => {
  it('maccor/cellpy__maccor_one.txt: the charge the test ends in grades nothing, and the discharge before the first charge is set apart', () => {
    const summary = summarize('maccor/cellpy__maccor_one.txt');
    expect(summary.cycles.map((row) => [row.cycle, row.complete])).toEqual([[1, true], [2, true], [3, false]]);
    expect(summary.grade).toBeNull();
    expect(summary.lifespan_cycle).toBeNull();
    expect(summary.lifespan_label).toBe('> 2 (still above 80%; the test ended mid-cycle 3, which is not counted)');
    const [first, , last] = summary.cycles;
    // Without the 3.28 h discharge before it, cycle 1 puts out about what it took in (114.6 % with it).
    expect(first!.coulombic_efficiency).toBeCloseTo(first!.discharge_mAh / first!.charge_mAh, 12);
    expect(Math.abs(first!.coulombic_efficiency! - 1)).toBeLessThan(0.01);
    expect(last!.coulombic_efficiency).toBeNull();
    expect(summary.standard_capacity_mAh).toBe(first!.discharge_mAh);
    // The file's own Amp-hr column agrees with the counted capacity of cycle 1 as it now stands.
    expect(Math.abs(first!.vendor_discharge_mAh! / first!.discharge_mAh - 1)).toBeLessThan(0.001);
    expect(summary.set_apart).toEqual([{ cycle: 0, charge_mAh: 0, discharge_mAh: expect.any(Number), reason: 'before the first charge' }]);
    expect(summary.set_apart[0]!.discharge_mAh).toBeGreaterThan(100);
  });

  it.each([
    // Cycle 4 (a whole cycle) is at 76 % of cycle 1: the lifespan, whatever the cut-off cycle 5 holds.
    ['neware/cellpy__neware_uio.csv', '4'],
    ['pec/cellpy__pec.csv', 'only cycle 1 so far: no lifespan yet (the test ended mid-cycle 2, which is not counted)'],
    ['arbin/navani__bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx', 'only cycle 1 so far: no lifespan yet (the test ended mid-cycle 2, which is not counted)'],
  ])('%s: its last cycle, a charge the data end after, is incomplete and has no efficiency', (file, label) => {
    const summary = summarize(file);
    const last = summary.cycles[summary.cycles.length - 1]!;
    expect(last.complete).toBe(false);
    expect(last.discharge_mAh).toBe(0);
    expect(last.coulombic_efficiency).toBeNull();
    expect(summary.lifespan_label).toBe(label);
    expect(summary.set_apart.map((half) => half.cycle)).toEqual([0]);
  });
});
