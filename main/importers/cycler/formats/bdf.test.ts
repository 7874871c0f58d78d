// BDF (Battery Data Format) CSVs, in both header dialects, and the Battery Archive time series
// (read by the generic format), detected among every format Cellbook offers (FORMATS.md 11).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCyclerFile } from '../read-cycler-file';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from './index';
import { asStored } from '../stored-precision';

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures/cyclers');
const FORMATS = CYCLER_FORMATS;
const REFUSALS = CYCLER_REFUSALS;
const present = existsSync(path.join(FIXTURES, 'bdf')) && existsSync(path.join(FIXTURES, 'battery-archive'));
if (!present) console.log(`BDF / Battery Archive fixture tests skipped: ${FIXTURES}/bdf or /battery-archive does not exist`);

const bdf = (name: string) => path.join(FIXTURES, 'bdf', name);
const archive = (name: string) => path.join(FIXTURES, 'battery-archive', name);

// BDF machine-name files (MANIFEST data rows: 17587, 25162, 13086).
const MACHINE_NAMED: [string, string, string] = [
  'bdf__SINTEF__G20M7-202512-Gru6mV__20251228__C30__25degC__Neware.bdf.csv',
  'bdf__SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv',
  'bdf__SINTEF__SLPBA842124HV__2024-10-23__Rate_25degC__Neware__Time_Bug.bdf.csv',
];

describe.skipIf(!present)('BDF and Battery Archive files', () => {
  it('reads the BDF label dialect ("Test Time / s", "Voltage / V", "Current / A")', async () => {
    const result = await readCyclerFile(bdf('bdf__sample.bdf.csv'), FORMATS, REFUSALS);
    expect(result.format.id).toBe('bdf');
    expect(result.rows).toBe(3); // MANIFEST: 3
    // Lines 2 and 4: "0,3.7,0.1" and "2,3.5,0.1".
    expect([...result.series.timeS]).toEqual([0, 1, 2]);
    expect([...result.series.voltageV]).toEqual([3.7, 3.6, 3.5].map(asStored));
    expect([...result.series.currentA]).toEqual([0.1, 0.1, 0.1].map(asStored));
  });

  it('reads the Battery Archive time series', async () => {
    const file = archive('batdata__CALCE_CX2-33_prism_LCO_25C_0-100_0.5-0.5C_d_timeseries.csv');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const result = await readCyclerFile(file, FORMATS, REFUSALS);
    expect(result.format.id).toBe('generic');
    expect(result.rows).toBe(15); // MANIFEST: 15
    expect(lines[1]).toBe('2010-09-02 14:35:40,30.009,1.0,0.0,3.843,0.0,0.0,0.0,0.0,,'); // line 2
    expect([result.series.timeS[0], result.series.currentA[0], result.series.voltageV[0]]).toEqual([30.009, 0, asStored(3.843)]);
    expect(lines[15]).toBe('2010-09-02 14:42:40,450.16,1.0,0.675,4.032,0.059,0.0,0.236,0.0,,'); // line 16
    expect([result.series.timeS.at(-1), result.series.currentA.at(-1), result.series.voltageV.at(-1)]).toEqual([450.16, asStored(0.675), asStored(4.032)]);
    expect(result.series.vendorCycle!.every((cycle) => cycle === 1)).toBe(true); // written "1.0"
    expect(result.series.chargeCapacityAh!.at(-1)).toBe(0.059);
    expect(result.startEpochS).toBe(Date.UTC(2010, 8, 2, 14, 35, 40) / 1000);
  });

  it('refuses the Battery Archive cycle summary (no current column: it is not a time series)', async () => {
    const file = archive('batdata__CALCE_CX2-33_prism_LCO_25C_0-100_0.5-0.5C_d_cycle_data.csv');
    await expect(readCyclerFile(file, FORMATS, REFUSALS)).rejects.toThrow(`${path.basename(file)}: a per-cycle summary (one row per cycle), not the time series`);
  });

  it.each([
    [MACHINE_NAMED[0], 17587],
    [MACHINE_NAMED[1], 25162],
    [MACHINE_NAMED[2], 13086],
  ])('reads the machine-name BDF file %s (%i rows)', async (name, rows) => {
    const result = await readCyclerFile(bdf(name), CYCLER_FORMATS, CYCLER_REFUSALS);
    expect(result.format.id).toBe('bdf');
    expect(result.rows).toBe(rows);
    const lines = readFileSync(bdf(name), 'utf8').trim().split('\n');
    const [time, voltage, current] = lines[1]!.split(',').map(Number);
    expect([result.series.timeS[0], result.series.voltageV[0], result.series.currentA[0]]).toEqual([time, asStored(voltage!), asStored(current!)]);
  });

  it('reads the Landt conversion exactly as the Landt export it came from', async () => {
    const converted = await readCyclerFile(bdf(MACHINE_NAMED[1]), CYCLER_FORMATS, CYCLER_REFUSALS);
    const original = await readCyclerFile(path.join(FIXTURES, 'landt', 'bdf__SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv'), CYCLER_FORMATS, CYCLER_REFUSALS);
    expect(original.format.id).toBe('landt');
    expect([...converted.series.voltageV]).toEqual([...original.series.voltageV]);
    expect([...converted.series.currentA]).toEqual([...original.series.currentA]);
  });

  it('carries on the step time written as test time (the Time_Bug file), saying where it first went back', async () => {
    const result = await readCyclerFile(bdf(MACHINE_NAMED[2]), CYCLER_FORMATS, CYCLER_REFUSALS);
    expect(result.warnings.some((warning) => /^time went backwards \d+ time\(s\), first at line \d+/.test(warning))).toBe(true);
    const time = result.series.timeS;
    for (let i = 1; i < time.length; i += 1) expect(time[i]).toBeGreaterThanOrEqual(time[i - 1]!);
  });
});
