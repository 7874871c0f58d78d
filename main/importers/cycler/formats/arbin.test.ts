// Arbin exports from /work/shared/fixtures/cyclers/arbin (facts from its MANIFEST.md), read through
// the engine with every vendor format competing, so detection is tested as well as mapping.
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
const DIR = path.join(FIXTURES, 'arbin');
const present = existsSync(DIR);
if (!present) console.log(`Arbin fixture tests skipped: ${DIR} does not exist (the shared cycler fixtures are not on this machine)`);

const FORMATS = [arbinFormat, novonixFormat, pecFormat, genericFormat];
const read = (name: string) => readCyclerFile(path.join(DIR, name), FORMATS, REFUSALS);
const first = (column: ArrayLike<number> | null) => column![0]!;
const last = (column: ArrayLike<number> | null) => column![column!.length - 1]!;

describe.skipIf(!present)('Arbin fixtures', () => {
  it('covers every file in the folder', () => {
    // A new fixture must get its own test below.
    expect(readdirSync(DIR).sort()).toEqual([
      'batdata__arbin_example.csv',
      'bdf__mits7-0.res.gz',
      'beep__2017-05-09_test-TC-contact_CH33.csv',
      'beep__2017-05-09_test-TC-contact_CH33_Metadata.csv',
      'navani__bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx',
      'pyprobe__sample_data_arbin.csv',
    ]);
  });

  it('reads the SQL CSV without units (batdata), keeping discharge current negative', async () => {
    const result = await read('batdata__arbin_example.csv');
    expect(result.format.id).toBe('arbin');
    expect(result.rows).toBe(2142); // MANIFEST: 2142 data rows
    expect(result.warnings).toEqual([]);
    const { series } = result;
    // line 2: 1,0,1499006353,0.723,10,1,-9.63E-05,3.2796359,0.8800053,2.54E-11,...,29.18314
    expect(first(series.timeS)).toBe(0);
    expect(first(series.currentA)).toBe(asStored(-9.63e-5));
    expect(first(series.voltageV)).toBe(asStored(3.2796359));
    expect(first(series.stepIndex)).toBe(10);
    expect(first(series.vendorCycle)).toBe(1);
    expect(first(series.chargeCapacityAh)).toBe(0.8800053); // accumulators do not start at 0 (FORMATS.md 1)
    expect(first(series.temperatureC)).toBe(29.18314);
    expect(result.startEpochS).toBe(1499006353);
    // line 332: 331,1200.2113,...,12,1,-0.96809578,3.5793757 — a discharge point, sign kept
    expect(series.timeS[330]).toBe(1200.2113);
    expect(series.currentA[330]).toBe(asStored(-0.96809578));
    // line 2143: 2142,6308.4823,1499012661,300.0106,13,2,0,2.4080653,1.0725317,1.0729095,...
    expect(last(series.timeS)).toBe(6308.4823);
    expect(last(series.currentA)).toBe(0);
    expect(last(series.voltageV)).toBe(asStored(2.4080653));
    expect(last(series.vendorCycle)).toBe(2);
    expect(last(series.dischargeCapacityAh)).toBe(1.0729095);
  });

  it('reads the BEEP CSV whose step and cycle columns are empty', async () => {
    const result = await read('beep__2017-05-09_test-TC-contact_CH33.csv');
    expect(result.format.id).toBe('arbin');
    expect(result.rows).toBe(287); // MANIFEST: 287 data rows
    expect(result.warnings).toEqual([]);
    const { series } = result;
    // Empty in every row (MANIFEST quirk): absent, not a column of NaN.
    expect(series.stepIndex).toBeNull();
    expect(series.vendorCycle).toBeNull();
    expect(result.notes).toContain('"Step_Index" is empty in every row: not read');
    expect(result.notes).toContain('"Cycle_Index" is empty in every row: not read');
    // line 2: 0,0.0,1494377253.17,,,,6.600444793701172,3.298668384552002,0.0051783411763608456,...
    expect(first(series.timeS)).toBe(0);
    expect(first(series.currentA)).toBe(asStored(6.600444793701172));
    expect(first(series.voltageV)).toBe(asStored(3.298668384552002));
    expect(first(series.chargeCapacityAh)).toBe(0.0051783411763608456);
    expect(result.startEpochS).toBe(1494377253.17);
    // line 288: 286,1022.8913,1494378276.0613,,,,1.1000289916992188,3.4119858741760254,...
    expect(last(series.timeS)).toBe(1022.8913);
    expect(last(series.currentA)).toBe(asStored(1.1000289916992188));
    expect(last(series.voltageV)).toBe(asStored(3.4119858741760254));
    // Charge only: no point has a negative current.
    expect(series.currentA.every((value) => value >= 0)).toBe(true);
  });

  it('reads the MITS 8 CSV with a BOM, spaced units and a TAB before each date', async () => {
    const result = await read('pyprobe__sample_data_arbin.csv');
    expect(result.format.id).toBe('arbin');
    expect(result.rows).toBe(13); // MANIFEST: 13 data rows
    expect(result.warnings).toEqual([]);
    const { series } = result;
    // line 2: 1,\t09/20/2024 08:32:34.558,30.0005,30.0005,1,1,0,0,0,0,3.534595,...,24.66422,...
    expect(first(series.timeS)).toBe(30.0005);
    expect(first(series.currentA)).toBe(0);
    expect(first(series.voltageV)).toBe(asStored(3.534595));
    expect(first(series.temperatureC)).toBe(24.66422); // "Aux_Temperature_1 (C)"
    expect(result.startEpochS).toBeCloseTo(Date.UTC(2024, 8, 20, 8, 32, 34, 558) / 1000, 6);
    // line 14: 13,\t09/20/2024 08:37:05.772,301.214,0.5173,1,3,0,0,0,2.650138,3.599601,...,0.000400839,2.04379E-05,...
    expect(last(series.timeS)).toBe(301.214);
    expect(last(series.currentA)).toBe(asStored(2.650138));
    expect(last(series.voltageV)).toBe(asStored(3.599601));
    expect(last(series.stepIndex)).toBe(3);
    expect(last(series.chargeCapacityAh)).toBe(0.000400839); // "Charge Capacity (Ah)", not "Capacity (Ah)"
    expect(last(series.dischargeCapacityAh)).toBe(2.04379e-5);
  });

  it('reads the old Excel export (Channel_11_1 sheet, Test_Time(s), Current(A))', async () => {
    const result = await read('navani__bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx');
    expect(result.format.id).toBe('arbin');
    expect(result.rows).toBe(4526); // MANIFEST: header row 1, 4526 data rows
    expect(result.warnings).toEqual([]);
    // Date_Time is an Excel day number (44123.48...): not read, so the start is unknown.
    expect(result.startEpochS).toBeNull();
    expect(result.notes).toContain('"Date_Time" holds Excel day numbers, which are not read: the start date and time are not known');
    const { series } = result;
    // sheet row 2: 44123.4804002535, 1.001, 1.0005, 1, 1, 2.63729858398438, 0, ...
    expect(first(series.timeS)).toBe(1.001);
    expect(first(series.currentA)).toBe(0);
    expect(first(series.voltageV)).toBe(asStored(2.63729858398438));
    // sheet row 12: Step_Index 2, Current(A) -0.0000500025926157832 — lithiation of graphite, negative
    expect(series.currentA[10]).toBe(asStored(-5.00025926157832e-5));
    // sheet row 4527: 44137.4250162731, 1204815.81068, 330.978, 3, 1, 0.0722866058349609, 0.0000508278608322144, ...
    expect(last(series.timeS)).toBe(1204815.81068);
    expect(last(series.currentA)).toBe(asStored(5.08278608322144e-5));
    expect(last(series.voltageV)).toBe(asStored(0.0722866058349609));
    // Cycle_Index never increments in this test (MANIFEST quirk); the 2nd discharge ends at 0.01105 Ah.
    expect(series.vendorCycle!.every((value) => value === 1)).toBe(true);
    expect(last(series.dischargeCapacityAh)).toBeCloseTo(0.0110548976808786, 12);
  });

  it('refuses the gzipped .res and the metadata sidecar with a sentence', async () => {
    await expect(read('bdf__mits7-0.res.gz')).rejects.toThrow(
      'bdf__mits7-0.res.gz: a gzip-compressed file; unpack it first (an Arbin .res inside is a binary database: export CSV or XLSX from MITS Pro instead)',
    );
    // The _Metadata.csv holds the test's Global_Table row, no time series.
    await expect(read('beep__2017-05-09_test-TC-contact_CH33_Metadata.csv')).rejects.toThrow(
      'beep__2017-05-09_test-TC-contact_CH33_Metadata.csv: the metadata of an Arbin export (test, channel and schedule, no measured points); import its data file',
    );
  });

  it('does not claim any other folder\'s file (Maccor, Neware, BioLogic, BDF, Landt, ...)', async () => {
    const others = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'arbin')
      .flatMap((entry) => readdirSync(path.join(FIXTURES, entry.name)).map((name) => `${entry.name}/${name}`));
    expect(others).toEqual(expect.arrayContaining(['maccor/batdata__maccor_example.001', 'neware/cellpy__neware_uio.csv', 'biologic/yadg__gcpl.issue_149.mpt']));
    for (const other of others) {
      const head = await readFileHead(path.join(FIXTURES, other));
      expect(arbinFormat.detect(head), other).toBeLessThan(0.3);
    }
  });
});

describe('Arbin dialects without a fixture', () => {
  const tempDir = useTempDirs();

  it('reads a tab-delimited export with mA and the unit in brackets', async () => {
    const file = path.join(tempDir(), 'arbin.txt');
    writeFileSync(file, ['Data_Point\tTest_Time(s)\tStep_Index\tCycle_Index\tCurrent(mA)\tVoltage(V)', '1\t0\t1\t0\t-5\t3.2', '2\t10\t1\t0\t-5\t3.1'].join('\r\n'));
    const result = await readCyclerFile(file, FORMATS, REFUSALS);
    expect(result.format.id).toBe('arbin');
    expect([...result.series.currentA]).toEqual([-0.005, -0.005].map(asStored));
    expect(result.notes).toContain('"Current(mA)" is in mA: converted');
  });
});
