// The Landt fixture (SINTEF's CSV export) through detection, checked against its own lines,
// MANIFEST.md, and the BDF conversion of the same test in bdf/ as an independent oracle.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileHead } from '../file-head';
import { readCyclerFile } from '../read-cycler-file';
import { basytecFormat } from './basytec';
import { genericFormat } from './generic';
import { landtFormat, landtState } from './landt';
import { maccorFormat } from './maccor';
import { REFUSALS } from './refusals';
import { asStored } from '../stored-precision';

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures/cyclers');
const FORMATS = [maccorFormat, basytecFormat, landtFormat, genericFormat];
const present = existsSync(path.join(FIXTURES, 'landt'));
if (!present) console.log(`Landt fixture tests skipped: ${path.join(FIXTURES, 'landt')} does not exist`);

const FILE = path.join(FIXTURES, 'landt', 'bdf__SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv');
const TWIN = path.join(FIXTURES, 'bdf', 'bdf__SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv');

describe.skipIf(!present)('Landt fixture', () => {
  it('reads the SINTEF Landt CSV: "key:,,," preamble, signed current, step_name as state', async () => {
    const lines = readFileSync(FILE, 'utf8').split('\n');
    const result = await readCyclerFile(FILE, FORMATS, REFUSALS);
    expect(result.format.id).toBe('landt');
    expect(result.rows).toBe(25162); // MANIFEST: 25162 data rows after 7 header lines
    expect(result.warnings).toEqual([]);
    const { series } = result;

    expect(lines[7]).toBe('1,1,1,04/30/2024 14:33:19,0.020,0.020,0.0000,2.9215,0,0,0,0,0,0,0,0,rest,'); // line 8
    expect([series.timeS[0], series.currentA[0], series.voltageV[0], series.stateCode![0]]).toEqual([0.02, 0, asStored(2.9215), 0]);
    expect(result.startEpochS).toBe(Date.UTC(2024, 3, 30, 14, 33, 19) / 1000); // "date_time_iso_string" is MM/DD/YYYY

    // Line 16053 (channel_index 16046): the first charge point, +0.2 mA.
    expect(lines[16052]).toMatch(/^16046,1,3,05\/02\/2024 14:16:27,171788\.315,0\.020,0\.0002,0\.0388,.*,charge CC,$/);
    expect([series.timeS[16045], series.currentA[16045], series.voltageV[16045], series.stateCode![16045]]).toEqual([171788.315, asStored(0.0002), asStored(0.0388), 1]);

    // Line 25169, the last: discharge, -0.2 mA, per-step discharge capacity 1.3 mAh.
    expect(lines[25168]).toBe('25162,2,2,05/03/2024 15:30:57,262657.764,26728.934,-0.0002,0.1086,0.0013,0,0.0002,0,0,0,0,0,discharge CC,');
    expect([series.timeS.at(-1), series.currentA.at(-1), series.voltageV.at(-1), series.stateCode!.at(-1)]).toEqual([262657.764, asStored(-0.0002), asStored(0.1086), -1]);
    expect(series.dischargeCapacityAh!.at(-1)).toBe(0.0013);
    expect(series.vendorCycle!.at(-1)).toBe(2);
    expect(series.stepIndex!.at(-1)).toBe(2);

    // Every point's direction agrees with the sign the export wrote.
    for (let i = 0; i < series.currentA.length; i += 1) {
      const code = series.stateCode![i]!;
      if (code !== 0) expect(Math.sign(series.currentA[i]!) === code || series.currentA[i] === 0).toBe(true);
    }
    // Temperatures are written as 0 (no sensor): left out rather than imported as 0 °C.
    expect(series.temperatureC).toBeNull();
    expect(result.notes).toContain('"temperature_1_C" reads 0 in every line of the head (no sensor): not imported');
  });

  it.skipIf(!existsSync(TWIN))('gives the numbers of its BDF conversion (bdf/…Landt.bdf.csv)', async () => {
    const result = await readCyclerFile(FILE, FORMATS, REFUSALS);
    const twin = readFileSync(TWIN, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
    expect(twin.length).toBe(result.rows);
    // BDF columns: test_time_second, voltage_volt, current_ampere, step_index, discharging_capacity_ah, charging_capacity_ah.
    expect([...result.series.timeS]).toEqual(twin.map((row) => row[0]));
    expect([...result.series.voltageV]).toEqual(twin.map((row) => asStored(row[1]!)));
    expect([...result.series.currentA]).toEqual(twin.map((row) => asStored(row[2]!)));
    expect([...result.series.stepIndex!]).toEqual(twin.map((row) => row[3]));
    expect([...result.series.dischargeCapacityAh!]).toEqual(twin.map((row) => row[4]));
    expect([...result.series.chargeCapacityAh!]).toEqual(twin.map((row) => row[5]));
  });

  it('claims its own file over the generic reader, and not the BDF twin', async () => {
    const head = await readFileHead(FILE);
    expect(landtFormat.detect(head)).toBeGreaterThan(genericFormat.detect(head));
    if (existsSync(TWIN)) expect(landtFormat.detect(await readFileHead(TWIN))).toBe(0);
  });

  it('does not claim other vendors’ files', async () => {
    for (const other of [
      'arbin/pyprobe__sample_data_arbin.csv',
      'arbin/batdata__arbin_example.csv',
      'neware/cellpy__neware_uio.csv',
      'neware/fastnda__interp-test.csv',
      'biologic/yadg__gcpl.issue_149.mpt',
      'biologic/pyprobe__Sample_data_biologic_01_MB_CA1.txt',
      'maccor/pyprobe__sample_data_maccor.csv',
      'basytec/pyprobe__sample_data_basytec.txt',
      'battery-archive/batdata__CALCE_CX2-33_prism_LCO_25C_0-100_0.5-0.5C_d_timeseries.csv',
    ]) {
      expect(landtFormat.detect(await readFileHead(path.join(FIXTURES, other))), other).toBeLessThan(0.3);
    }
  });
});

describe('Landt step names', () => {
  it('maps SINTEF words and LANDdt codes', () => {
    expect(['rest', 'charge CC', 'discharge CC', 'R', 'C_CC', 'C_CV', 'D_CC', 'D_Rate', 'pause?'].map(landtState)).toEqual([0, 1, -1, 0, 1, 1, -1, -1, null]);
  });
});
