// Novonix exports from /work/shared/fixtures/cyclers/novonix (facts from its MANIFEST.md), read
// through the engine with every vendor format competing.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../testing/cli-process';
import { readFileHead } from '../file-head';
import { readCyclerFile } from '../read-cycler-file';
import { arbinFormat } from './arbin';
import { genericFormat } from './generic';
import { novonixFormat } from './novonix';
import { pecFormat } from './pec';
import { REFUSALS } from './refusals';
import { asStored } from '../stored-precision';

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures/cyclers');
const DIR = path.join(FIXTURES, 'novonix');
const present = existsSync(DIR);
if (!present) console.log(`Novonix fixture tests skipped: ${DIR} does not exist (the shared cycler fixtures are not on this machine)`);

const FORMATS = [arbinFormat, novonixFormat, pecFormat, genericFormat];
const read = (name: string) => readCyclerFile(path.join(DIR, name), FORMATS, REFUSALS);
const first = (column: ArrayLike<number> | null) => column![0]!;
const last = (column: ArrayLike<number> | null) => column![column!.length - 1]!;

describe.skipIf(!present)('Novonix fixtures', () => {
  it('covers every file in the folder', () => {
    expect(readdirSync(DIR).sort()).toEqual(['beep__test_Nova_Form-CH01-01_short.csv', 'beep__test_Nova_Form-CH01-01_short_metadata.csv']);
  });

  it('reads the HPC 2.2 file: hours to seconds, step types to states, quoted lines', async () => {
    const result = await read('beep__test_Nova_Form-CH01-01_short.csv');
    expect(result.format.id).toBe('novonix');
    expect(result.rows).toBe(3942); // MANIFEST: column line 58, 3942 data rows
    expect(result.warnings).toEqual([]);
    expect(result.notes).toContain('"Run Time (h)" is in h: converted');
    // Every line is wrapped in one pair of quotes; the engine unwraps it, so the first cell's
    // date (line 59: "2022-04-11 10:58:07 AM) is read.
    expect(result.startEpochS).toBe(Date.UTC(2022, 3, 11, 10, 58, 7) / 1000);
    const { series } = result;
    // line 59: "2022-04-11 10:58:07 AM,1,0,0.0000000,0.0000000,0.0000000000,0.13736417,0.0000000000,38.92947006,..."
    expect(first(series.timeS)).toBe(0);
    expect(first(series.currentA)).toBe(0);
    expect(first(series.voltageV)).toBe(asStored(0.13736417));
    expect(first(series.stateCode)).toBe(0); // Step Type 0 = rest
    expect(first(series.vendorCycle)).toBe(1);
    expect(first(series.stepIndex)).toBe(1);
    expect(first(series.temperatureC)).toBe(38.92947006); // "Temperature (°C)", not "Circuit Temperature"
    // line 60: Run Time 0.0003111 h
    expect(series.timeS[1]).toBeCloseTo(0.0003111 * 3600, 9);
    // line 4000: "2022-04-12 4:24:11 AM,1,1,17.4345750,2.3998750,0.0120000763,3.42744146,0.0294679161,39.21299744,..."
    expect(last(series.timeS)).toBeCloseTo(17.434575 * 3600, 6);
    expect(last(series.currentA)).toBe(asStored(0.0120000763)); // Step Type 1 = CC charge: positive
    expect(last(series.voltageV)).toBe(asStored(3.42744146));
    expect(last(series.stateCode)).toBe(1);
    expect(last(series.stepIndex)).toBe(3);
    expect(last(series.chargeCapacityAh)).toBe(0.0294679161);
    // Step Types in this slice: 0 (118 rows), 7 CCCV and 8 CV-hold charge (947), 1 CC charge (2877).
    const counts = { rest: 0, charge: 0, discharge: 0 };
    for (const code of series.stateCode!) counts[code === 1 ? 'charge' : code === -1 ? 'discharge' : 'rest'] += 1;
    expect(counts).toEqual({ rest: 118, charge: 3824, discharge: 0 });
  });

  it('refuses the per-cycle metadata summary, which has no time series', async () => {
    await expect(read('beep__test_Nova_Form-CH01-01_short_metadata.csv')).rejects.toThrow(
      'beep__test_Nova_Form-CH01-01_short_metadata.csv: a per-cycle summary (one row per cycle)',
    );
  });

  it('does not claim any other folder\'s file (Maccor, Neware, BioLogic, BDF, Landt, ...)', async () => {
    const others = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'novonix')
      .flatMap((entry) => readdirSync(path.join(FIXTURES, entry.name)).map((name) => `${entry.name}/${name}`));
    expect(others).toEqual(expect.arrayContaining(['maccor/batdata__maccor_example.001', 'neware/cellpy__neware_uio.csv', 'biologic/yadg__gcpl.issue_149.mpt']));
    for (const other of others) {
      const head = await readFileHead(path.join(FIXTURES, other));
      expect(novonixFormat.detect(head), other).toBeLessThan(0.3);
    }
  });
});

describe('Novonix without quotes, with discharge', () => {
  const tempDir = useTempDirs();

  it('takes the current sign from the Step Type and reads the AM/PM date', async () => {
    // No fixture holds discharge (FORMATS.md 5): codes 2, 9, 10 must give negative current
    // whether the export writes |I| or a signed value.
    const file = path.join(tempDir(), 'nova.csv');
    const header = 'Date and Time,Cycle Number,Step Type,Run Time (h),Step Time (h),Current (A),Potential (V),Capacity (Ah),Temperature (°C),Circuit Temperature (°C),Energy (Wh),Step Number,Step position';
    const rows = [
      '2022-04-11 1:00:00 PM,1,1,0.5,0.5,0.01,4.0,0.005,25,23,0.02,1,0',
      '2022-04-11 1:30:00 PM,1,2,1.0,0.5,0.01,3.5,0.004,25,23,0.015,2,0',
      '2022-04-11 1:31:00 PM,1,9,1.0166,0.01,-0.01,3.4,0.0041,25,23,0.0152,2,0',
      '2022-04-11 1:32:00 PM,1,0,1.0333,0.01,0,3.6,0,25,23,0,3,0',
    ];
    writeFileSync(file, ['[Summary]', 'Novonix UHPC data file', '[End Summary]', '[Data]', header, ...rows].join('\r\n'));
    const result = await readCyclerFile(file, FORMATS, REFUSALS);
    expect(result.format.id).toBe('novonix');
    expect([...result.series.currentA]).toEqual([0.01, -0.01, -0.01, 0].map(asStored));
    expect([...result.series.stateCode!]).toEqual([1, -1, -1, 0]);
    expect(result.startEpochS).toBe(Date.UTC(2022, 3, 11, 13, 0, 0) / 1000);
    // "Capacity (Ah)" counts per step in either direction: split by the Step Type.
    expect([...result.series.chargeCapacityAh!]).toEqual([0.005, Number.NaN, Number.NaN, Number.NaN]);
    expect([...result.series.dischargeCapacityAh!]).toEqual([Number.NaN, 0.004, 0.0041, Number.NaN]);
  });
});
