// The BaSyTec fixture through detection (all vendor formats offered), checked against its own
// lines and MANIFEST.md; plus the units and directions the fixture lacks, written here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../testing/cli-process';
import { readFileHead } from '../file-head';
import { readCyclerFile } from '../read-cycler-file';
import { basytecFormat, basytecState } from './basytec';
import { genericFormat } from './generic';
import { landtFormat } from './landt';
import { maccorFormat } from './maccor';
import { REFUSALS } from './refusals';
import { asStored } from '../stored-precision';

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures/cyclers');
const FORMATS = [maccorFormat, basytecFormat, landtFormat, genericFormat];
const present = existsSync(path.join(FIXTURES, 'basytec'));
if (!present) console.log(`BaSyTec fixture tests skipped: ${path.join(FIXTURES, 'basytec')} does not exist`);

const NAME = 'pyprobe__sample_data_basytec.txt';
const FILE = path.join(FIXTURES, 'basytec', NAME);
/** Line `n` (1-based) of the fixture, split at tabs. */
const cellsOf = (n: number) => readFileSync(FILE, 'utf8').split(/\r?\n/)[n - 1]!.split('\t');

describe.skipIf(!present)('BaSyTec fixture', () => {
  it('reads the "~" preamble file: signed A and V, seconds, Command as state, per-cycle Ah', async () => {
    const result = await readCyclerFile(FILE, FORMATS, REFUSALS);
    expect(result.format.id).toBe('basytec');
    expect(result.rows).toBe(74); // MANIFEST: 74 data rows after 13 header lines
    expect(result.warnings).toEqual([]);
    const { series } = result;

    // Line 14, the first data line: ~Time[s] 0, Pause, U 3.52575489148741 V, I 0 A, T1 25.47953.
    const first = cellsOf(14);
    expect(first.slice(0, 9)).toEqual(['0', '1', '0', '0', '0', '3', 'Pause', '3.52575489148741', '0']);
    expect([series.timeS[0], series.currentA[0], series.voltageV[0], series.stateCode![0]]).toEqual([0, 0, asStored(3.52575489148741), 0]);
    expect(series.temperatureC![0]).toBe(25.47953);

    // Line 87, the last: a Charge step, current positive as the file writes it.
    const last = cellsOf(87);
    expect(last[6]).toBe('Charge');
    expect(series.timeS.at(-1)).toBe(Number(last[0])); // 70.2358036666668 s
    expect(series.currentA.at(-1)).toBe(asStored(Number(last[8]))); // 0.449601734416934 A
    expect(series.voltageV.at(-1)).toBe(asStored(Number(last[7]))); // 3.53285012323902 V
    expect(series.stateCode!.at(-1)).toBe(1);
    expect(series.chargeCapacityAh!.at(-1)).toBe(Number(last[11])); // Ah-Cyc-Charge
    expect(series.dischargeCapacityAh!.at(-1)).toBe(0);
    expect(series.vendorCycle!.at(-1)).toBe(1); // Cyc-Count
    expect(series.stepIndex!.at(-1)).toBe(4); // Line
    expect(series.stateCode!.filter((code) => code === 1).length).toBe(12); // 12 Charge lines
  });

  it('reads the damaged degree sign of "T1[�C]" as °C', async () => {
    const header = cellsOf(13);
    expect(header[22]).toBe('T1[\uFFFDC]');
    const result = await readCyclerFile(FILE, FORMATS, REFUSALS);
    const fromFile = Array.from({ length: 74 }, (_, i) => Number(cellsOf(14 + i)[22]));
    expect([...result.series.temperatureC!]).toEqual(fromFile); // 25.47647 to 25.48258 °C
  });

  it('does not claim other vendors’ files', async () => {
    for (const other of [
      'arbin/pyprobe__sample_data_arbin.csv',
      'neware/cellpy__neware_uio.csv',
      'neware/fastnda__interp-test.csv',
      'biologic/yadg__gcpl.issue_149.mpt',
      'biologic/pyprobe__Sample_data_biologic_01_MB_CA1.txt',
      'maccor/cellpy__maccor_one.txt',
      'landt/bdf__SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv',
    ]) {
      expect(basytecFormat.detect(await readFileHead(path.join(FIXTURES, other))), other).toBeLessThan(0.3);
    }
  });
});

describe('BaSyTec files written in the test', () => {
  const tempDir = useTempDirs();

  it('maps Command words', () => {
    expect(['Pause', 'Charge', 'Discharge', 'Entladen', 'Laden', 'Stop'].map(basytecState)).toEqual([0, 1, -1, -1, 1, null]);
  });

  it('scales Time[h] and I[mA], keeps discharge negative, and reads "°C" from a Latin-1 file', async () => {
    const lines = [
      '~Resultfile from Basytec Battery Test System',
      '~Start of Test: 01.02.2024 08:00:00',
      '~Time[h]\tLine\tCommand\tU[V]\tI[mA]\tAh[Ah]\tAh-Cyc-Charge\tAh-Cyc-Discharge\tT1[°C]\tCyc-Count',
      '0\t1\tPause\t3.6\t0\t0\t0\t0\t24.5\t0',
      '0.5\t2\tDischarge\t3.4\t-250\t-0.125\t0\t-0.125\t25\t0',
    ];
    const filePath = path.join(tempDir(), 'cell.txt');
    writeFileSync(filePath, Buffer.from(lines.join('\r\n'), 'latin1'));
    const result = await readCyclerFile(filePath, FORMATS, REFUSALS);
    expect(result.format.id).toBe('basytec');
    expect([...result.series.timeS]).toEqual([0, 1800]);
    expect([...result.series.currentA]).toEqual([0, -0.25].map(asStored));
    expect([...result.series.stateCode!]).toEqual([0, -1]);
    expect([...result.series.temperatureC!]).toEqual([24.5, 25]);
    expect(result.notes).toContain('"Time[h]" is in h: converted');
  });
});
