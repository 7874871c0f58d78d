// Every Maccor fixture read through detection (all vendor formats offered), checked against the
// file's own lines and MANIFEST.md's row counts; plus the layouts no fixture covers, written here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../testing/cli-process';
import { readFileHead } from '../file-head';
import { readCyclerFile, type CyclerFileResult } from '../read-cycler-file';
import { basytecFormat } from './basytec';
import { genericFormat } from './generic';
import { landtFormat } from './landt';
import { maccorFormat, maccorState } from './maccor';
import { REFUSALS } from './refusals';
import { asStored } from '../stored-precision';

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures/cyclers');
const FORMATS = [maccorFormat, basytecFormat, landtFormat, genericFormat];
const present = existsSync(path.join(FIXTURES, 'maccor'));
if (!present) console.log(`Maccor fixture tests skipped: ${path.join(FIXTURES, 'maccor')} does not exist`);

const fixture = (name: string) => path.join(FIXTURES, 'maccor', name);
/** Line `n` (1-based, as editors and MANIFEST count) of a fixture. */
const lineOf = (name: string, n: number) => readFileSync(fixture(name), 'latin1').split(/\r?\n/)[n - 1]!;
const read = (name: string) => readCyclerFile(fixture(name), FORMATS, REFUSALS);

interface Point {
  /** 1-based line of the file the values are from, and a piece of it proving they are. */
  line: number;
  text: string;
  timeS: number;
  currentA: number;
  voltageV: number;
}

function expectPoint(result: CyclerFileResult, index: number, name: string, point: Point): void {
  expect(lineOf(name, point.line)).toContain(point.text);
  const { series } = result;
  const at = index < 0 ? series.timeS.length + index : index;
  expect(series.timeS[at]).toBeCloseTo(point.timeS, 6);
  expect(series.currentA[at]).toBe(asStored(point.currentA));
  expect(series.voltageV[at]).toBe(asStored(point.voltageV));
}

describe.skipIf(!present)('Maccor fixtures', () => {
  const tempDir = useTempDirs();

  it('batdata .001: one preamble line, "Test (Min)" minutes, MM/DD dates', async () => {
    const name = 'batdata__maccor_example.001';
    const result = await read(name);
    expect(result.format.id).toBe('maccor');
    expect(result.rows).toBe(8); // MANIFEST: 8 data rows
    expectPoint(result, 0, name, { line: 3, text: '1\t0\t1\t0.0000\t0.0000\t', timeS: 0, currentA: 0, voltageV: 3.30678264 });
    // 0.1667 min on line 4 is 10.002 s: minutes scaled by 60.
    expectPoint(result, 1, name, { line: 4, text: '\t0.1667\t0.1667\t', timeS: 10.002, currentA: 0, voltageV: 3.3057145 });
    expectPoint(result, -1, name, { line: 10, text: '8\t0\t1\t1.1667\t', timeS: 70.002, currentA: 0, voltageV: 3.30617227 });
    expect(result.startEpochS).toBe(Date.UTC(2016, 2, 31, 16, 5, 31) / 1000); // line 3: 03/31/2016 16:05:31
    expect(result.notes).toContain('"Test (Min)" is in Min: converted to seconds');
    expect([...result.series.stateCode!]).toEqual(new Array(8).fill(0)); // all R
    expect(result.warnings).toEqual([]);
  });

  it('batdata .002: a continuation file whose DPt Time has no date; test time restarts at 0', async () => {
    const name = 'batdata__maccor_example.002';
    const result = await read(name);
    expect(result.format.id).toBe('maccor');
    expect(result.rows).toBe(8);
    expectPoint(result, 0, name, { line: 3, text: '\t3.30678264\tR\t0\t16:05:31', timeS: 0, currentA: 0, voltageV: 3.30678264 });
    expectPoint(result, -1, name, { line: 10, text: '\t1.1667\t1.1667\t', timeS: 70.002, currentA: 0, voltageV: 3.30617227 });
    expect(result.startEpochS).toBeNull();
    expect(result.notes.some((note) => note.includes('holds only the time of day'))).toBe(true);
  });

  it('beep .041: "  0d 00:00:00.0000" times, FRA/P/O states, N/A cells in unread columns', async () => {
    const name = 'beep__maccor_test_file_4267-66-6519.041';
    const result = await read(name);
    expect(result.format.id).toBe('maccor');
    expect(result.rows).toBe(74); // MANIFEST: 74; the N/A cells sit in WF columns, which are not read
    expectPoint(result, 0, name, { line: 3, text: '  0d 00:00:00.0000\t', timeS: 0, currentA: 0, voltageV: 3.90806439 });
    expectPoint(result, 1, name, { line: 4, text: '  0d 00:00:01.0000\t', timeS: 1, currentA: 0, voltageV: 3.91096361 });
    expectPoint(result, -1, name, { line: 76, text: '14\t0\t3\t  0d 00:00:10.0000\t', timeS: 10, currentA: 0, voltageV: 3.91172656 });
    expect(result.series.stateCode!.every((code) => code === 0)).toBe(true); // R, FRA, P, O: no direction
    expect(result.series.stepIndex!.at(-1)).toBe(3);
    expect(result.startEpochS).toBe(Date.UTC(2016, 10, 2, 15, 57, 53) / 1000); // line 3: 11/02/2016 15:57:53
  });

  it('cellpy one: unsigned current signed from the State column, day-count times, cycle stuck at 0', async () => {
    const name = 'cellpy__maccor_one.txt';
    const result = await read(name);
    expect(result.format.id).toBe('maccor');
    expect(result.rows).toBe(4459); // MANIFEST: 4459
    expectPoint(result, 0, name, { line: 5, text: '1\t0\t1\t  0d 00:00:0\t', timeS: 0, currentA: 0, voltageV: 3.4625 });
    // Line 7: state D with Amps 0.50401 written unsigned -> -0.50401 A.
    expectPoint(result, 2, name, { line: 7, text: '\t0.50401\t3.41627\tD\t', timeS: 5.05000019073486, currentA: -0.50401, voltageV: 3.41627 });
    // Line 4463: "  1d 10:10:12.75…" = 86400 + 10·3600 + 10·60 + 12.75 s, state C: positive.
    expectPoint(result, -1, name, { line: 4463, text: '\t  1d 10:10:12.7500000000000\t', timeS: 123012.75, currentA: 1.49989, voltageV: 4.19997 });
    const { currentA, stateCode, vendorCycle } = result.series;
    for (let i = 0; i < currentA.length; i += 1) {
      if (stateCode![i] === 1) expect(currentA[i]).toBeGreaterThanOrEqual(0);
      if (stateCode![i] === -1) expect(currentA[i]).toBeLessThanOrEqual(0);
    }
    expect(stateCode!.filter((code) => code === -1).length).toBe(1715); // `cut -f10 | sort | uniq -c`: 1715 D
    expect(stateCode!.filter((code) => code === 1).length).toBe(1537); // 1537 C
    expect(vendorCycle!.every((cycle) => cycle === 0)).toBe(true);
    expect(result.series.temperatureC).toBeNull(); // the -2500 °C Aux channels are not read
    expect(result.startEpochS).toBe(Date.UTC(2020, 11, 11, 12, 22, 12) / 1000); // 12/11/2020 = 11 December (preamble)
  });

  it('cellpy three: mA and mAh from the header, a "Volts" column holding mV, signed current', async () => {
    const name = 'cellpy__maccor_three.txt';
    const result = await read(name);
    expect(result.format.id).toBe('maccor');
    expect(result.rows).toBe(4009); // MANIFEST: 4009
    expectPoint(result, 0, name, { line: 6, text: '\t0.0\t1853.8186\tR\t', timeS: 0, currentA: 0, voltageV: 1.8538186 });
    expectPoint(result, 361, name, { line: 367, text: '\t181.5824\t1886.0151\tC\t', timeS: 6 * 3600 + 0.04, currentA: 0.1815824, voltageV: 1.8860151 });
    expectPoint(result, 521, name, { line: 527, text: '\t-896.5438\t3740.5966\tD\t', timeS: 11 * 3600 + 5 * 60 + 11.73, currentA: -0.8965438, voltageV: 3.7405966 });
    // "  3d 18:47:23.42" on line 4014.
    expectPoint(result, -1, name, { line: 4014, text: '4009\t14\t6\t  3d 18:47:23.42\t', timeS: 3 * 86400 + 18 * 3600 + 47 * 60 + 23.42, currentA: -0.8960098, voltageV: 1.3000687 });
    // The plan scales the column itself (the engine's >20 V fallback is not needed).
    expect(result.notes).toContain('"mAmps" is in mA: converted');
    expect(result.notes.some((note) => note.startsWith('"Volts" holds millivolts'))).toBe(true);
    expect(result.notes.some((note) => note.includes('which no cell does in volts'))).toBe(false);
    expect(Math.max(...result.series.voltageV)).toBeLessThan(4);
    expect(result.series.vendorCycle!.at(-1)).toBe(14);
  });

  it('cellpy two: decimal commas, DD/MM dates, a unitless TestTime in minutes, a cut last line', async () => {
    const name = 'cellpy__maccor_two.txt';
    const result = await read(name);
    expect(result.format.id).toBe('maccor');
    // MANIFEST counts 214 data rows; line 229 (Rec 214) is cut after the current cell, so it has
    // no voltage: the engine skips it and says so.
    expect(lineOf(name, 229)).toBe('214\t0\t1\t1\t213,000000\t213,000000\t0,00000000\t0,00000000\t0,00000');
    expect(result.rows).toBe(213);
    expect(result.warnings).toEqual(['1 row(s) without a number in the time, current or voltage column were skipped (first at line 229)']);
    expectPoint(result, 0, name, { line: 16, text: '1\t0\t1\t1\t0,000000\t0,000000\t', timeS: 0, currentA: 0, voltageV: 0.1377 });
    // TestTime 1,000000 on line 17 is one minute: DPT Time goes 11:23:46 -> 11:24:46.
    expectPoint(result, 1, name, { line: 17, text: '\t1,000000\t1,000000\t', timeS: 60, currentA: 0, voltageV: 0.1385 });
    expectPoint(result, -1, name, { line: 228, text: '\t212,000000\t212,000000\t', timeS: 212 * 60, currentA: 0, voltageV: 0.149 });
    expect(result.notes.some((note) => note.includes('shows it is in minutes'))).toBe(true);
    // 06/05/2021 is 6 May here; the engine's reader would take it as 5 June, so it is not used.
    expect(result.startEpochS).toBeNull();
    expect(result.notes.some((note) => note.includes('day/month/year'))).toBe(true);
  });

  it('cellpy two gives the same numbers as a point-decimal copy of itself', async () => {
    const name = 'cellpy__maccor_two.txt';
    const pointCopy = path.join(tempDir(), 'maccor_two_points.txt');
    writeFileSync(pointCopy, readFileSync(fixture(name), 'latin1').replace(/(\d),(\d)/g, '$1.$2'), 'latin1');
    const commas = await read(name);
    const points = await readCyclerFile(pointCopy, FORMATS, REFUSALS);
    expect(points.format.id).toBe('maccor');
    expect(points.rows).toBe(commas.rows);
    expect([...commas.series.timeS]).toEqual([...points.series.timeS]);
    expect([...commas.series.voltageV]).toEqual([...points.series.voltageV]);
    expect([...commas.series.currentA]).toEqual([...points.series.currentA]);
    expect(commas.series.voltageV[100]).toBe(asStored(Number(lineOf(name, 116).split('\t')[9]!.replace(',', '.'))));
  });

  it('pyprobe CSV: comma delimited, "Test Time (sec)", unitless Current/Voltage in A and V, Temp 1', async () => {
    const name = 'pyprobe__sample_data_maccor.csv';
    const result = await read(name);
    expect(result.format.id).toBe('maccor');
    expect(result.rows).toBe(15); // MANIFEST: 15
    expectPoint(result, 0, name, { line: 4, text: '1,1,1,0.0000,0.0000,0,0,0,3.668,', timeS: 0, currentA: 0, voltageV: 3.668 });
    // No State column; the charge current is written positive and kept as written.
    expectPoint(result, -1, name, { line: 18, text: '15,1,2,13.0600,3.0600,0.024,0.091,28.798,3.716,', timeS: 13.06, currentA: 28.798, voltageV: 3.716 });
    expect(result.series.temperatureC![0]).toBe(22.2591);
    expect(result.startEpochS).toBe(Date.UTC(2023, 10, 23, 15, 56, 11) / 1000); // 23-Nov-23 3:56:11 PM
    expect(result.notes).toContain('no State column: the current is taken with the sign the export wrote');
  });

  it('does not claim other vendors’ files', async () => {
    for (const other of [
      'arbin/pyprobe__sample_data_arbin.csv',
      'arbin/batdata__arbin_example.csv',
      'neware/cellpy__neware_uio.csv',
      'neware/fastnda__interp-test.csv',
      'biologic/yadg__gcpl.issue_149.mpt',
      'biologic/pyprobe__Sample_data_biologic_01_MB_CA1.txt',
      'basytec/pyprobe__sample_data_basytec.txt',
      'landt/bdf__SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv',
      'pec/cellpy__pec.csv',
    ]) {
      expect(maccorFormat.detect(await readFileHead(path.join(FIXTURES, other))), other).toBeLessThan(0.3);
    }
  });
});

describe('Maccor layouts written in the test', () => {
  const tempDir = useTempDirs();
  const write = (content: string) => {
    const filePath = path.join(tempDir(), 'channel.012');
    writeFileSync(filePath, content);
    return filePath;
  };
  const HEADER_C = 'Rec\tCycle P\tCycle C\tStep\tTestTime\tStepTime\tCap. [Ah]\tEner. [Wh]\tCurrent [A]\tVoltage [V]\tMd\tES';

  it('maps state codes', () => {
    expect(['C', 'D', 'R', 'O', 'P', 'S', 'FRA', '?'].map(maccorState)).toEqual([1, -1, 0, 0, 0, 0, 0, null]);
  });

  it('takes a unitless TestTime unit from capacity = |I|·t when DPT Time is missing', async () => {
    // 1 A for one unit adds 1/60 Ah: the unit is a minute.
    const rows = [0, 1, 2, 3].map((t) => `${t + 1}\t0\t0\t1\t${t}\t${t}\t${(t / 60).toFixed(6)}\t0\t1.0\t3.${t}\tC\t1`);
    const result = await readCyclerFile(write(['Name:\tx', '', HEADER_C, ...rows].join('\n')), FORMATS, REFUSALS);
    expect(result.format.id).toBe('maccor');
    expect([...result.series.timeS]).toEqual([0, 60, 120, 180]);
  });

  it('keeps a signed export signed when its first lines show a negative discharge', async () => {
    const rows = ['1\t0\t0\t1\t0\t0\t0\t0\t0.5\t3.5\tC\t1', '2\t0\t0\t2\t1\t0\t0\t0\t-0.5\t3.4\tD\t1'];
    const result = await readCyclerFile(write([HEADER_C, ...rows].join('\n')), FORMATS, REFUSALS);
    expect([...result.series.currentA]).toEqual([0.5, -0.5].map(asStored));
    expect(result.notes.some((note) => note.includes('without a sign'))).toBe(false);
  });
});
