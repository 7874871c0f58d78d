// The reading engine on files written in the test (vendor formats have their own fixture tests).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/cli-process';
import { parseDateTimeCell, parseDurationCell, parseNumberCell } from './cell-values';
import { genericFormat } from './formats/generic';
import { REFUSALS } from './formats/refusals';
import { splitHeader, unitScale } from './header-units';
import { readCyclerFile } from './read-cycler-file';
import { asStored } from './stored-precision';

const tempDir = useTempDirs();
const FORMATS = [genericFormat];

function file(name: string, content: string | Uint8Array): string {
  const filePath = path.join(tempDir(), name);
  writeFileSync(filePath, content);
  return filePath;
}

describe('cell values', () => {
  it('reads numbers, durations and date-times as testers write them', () => {
    expect(parseNumberCell('3,4512', true)).toBe(3.4512);
    expect(parseNumberCell('1E-05', false)).toBe(0.00001);
    expect(parseDurationCell('144:02:18', false)).toBe(144 * 3600 + 2 * 60 + 18);
    expect(parseDurationCell('  3d 02:11:05.25', false)).toBe(3 * 86400 + 2 * 3600 + 11 * 60 + 5.25);
    expect(parseDurationCell('12.5', false)).toBe(12.5);
    expect(parseDateTimeCell('2022-05-18 16:27:52')).toBe(Date.UTC(2022, 4, 18, 16, 27, 52) / 1000);
    expect(parseDateTimeCell('12/11/2020 12:22:12 PM')).toBe(Date.UTC(2020, 11, 11, 12, 22, 12) / 1000);
    expect(parseDateTimeCell('19.06.2023 17:56:53')).toBe(Date.UTC(2023, 5, 19, 17, 56, 53) / 1000);
    expect(parseDateTimeCell('1499006353')).toBe(1499006353);
  });

  it('splits headers into name and unit and scales units', () => {
    expect(splitHeader('Test Time (s)')).toEqual({ name: 'test time', unit: 's' });
    expect(splitHeader('Current(uA)')).toEqual({ name: 'current', unit: 'uA' });
    expect(splitHeader('Ecell/V')).toEqual({ name: 'ecell', unit: 'V' });
    expect(splitHeader('Test Time / s')).toEqual({ name: 'test time', unit: 's' });
    expect(unitScale('current', 'mA', 1)).toBe(0.001);
    expect(unitScale('capacity', 'mAs', 1)).toBeCloseTo(1e-3 / 3600, 15);
    expect(unitScale('time', 'h', 1)).toBe(3600);
    expect(unitScale('current', 'furlongs', 1)).toBeNull();
  });
});

describe('reading a delimited file', () => {
  it('maps named columns with units, carries time on across resets, and reads millivolts labelled V', async () => {
    const csv = ['Test Time / s,Voltage / V,Current / mA', '0,3700,1.0', '1,3710,1.0', '0.5,3720,1.0', '1.5,3730,1.0'].join('\n');
    const result = await readCyclerFile(file('lab.csv', csv), FORMATS, REFUSALS);
    expect(result.format).toEqual({ id: 'generic', label: genericFormat.label, detectedBy: 'content' });
    expect(result.rows).toBe(4);
    expect([...result.series.currentA]).toEqual([0.001, 0.001, 0.001, 0.001].map(asStored));
    // The reset point is joined to the last time before it (the gap is unknown), then time runs on.
    expect([...result.series.timeS]).toEqual([0, 1, 1, 2]);
    expect(result.series.voltageV[0]).toBe(asStored(3.7));
    expect(result.warnings).toContain('time went backwards 1 time(s), first at line 4 (a reset per step or part): it was carried on so that the test time keeps increasing');
    expect(result.notes.some((note) => note.includes('read as millivolts'))).toBe(true);
  });

  it('reads decimal commas in a semicolon file and reports skipped rows by line', async () => {
    const csv = ['time/s;voltage/V;current/A', '0;3,70;0,001', '1;n/a;0,001', '2;3,72;0,001'].join('\n');
    const result = await readCyclerFile(file('de.csv', csv), FORMATS, REFUSALS);
    expect([...result.series.voltageV]).toEqual([3.7, 3.72].map(asStored));
    expect(result.warnings).toEqual(['1 row(s) without a number in the time, current or voltage column were skipped (first at line 3)']);
  });

  it('refuses empty files, header-only files, binaries and non-cycling files with a sentence', async () => {
    await expect(readCyclerFile(file('empty.csv', ''), FORMATS, REFUSALS)).rejects.toThrow('empty.csv is empty (0 bytes)');
    await expect(readCyclerFile(file('header.csv', 'time/s,voltage/V,current/A\n'), FORMATS, REFUSALS)).rejects.toThrow('header.csv: a header but no data rows');
    await expect(readCyclerFile(file('x.mpr', 'BIO-LOGIC MODULAR FILE\u001a   rest'), FORMATS, REFUSALS)).rejects.toThrow('x.mpr: a BioLogic EC-Lab binary file (.mpr); export it as text');
    await expect(readCyclerFile(file('x.dta', 'EXPLAIN\nTAG\tCHRONOA\nTITLE\tLABEL\tx\n'), FORMATS, REFUSALS)).rejects.toThrow('x.dta: a Gamry Framework file (.DTA) holding a chronoamperometry experiment, not a charge/discharge cycling test');
    await expect(readCyclerFile(file('notes.txt', 'hello\nworld\n'), FORMATS, REFUSALS)).rejects.toThrow('notes.txt is not a cycler export Cellbook recognises');
  });

  it('stops on cancel, saving nothing', async () => {
    const lines = ['time/s,voltage/V,current/A', ...Array.from({ length: 50_000 }, (_, i) => `${i},3.7,0.001`)];
    const controller = new AbortController();
    controller.abort();
    await expect(readCyclerFile(file('big.csv', lines.join('\n')), FORMATS, REFUSALS, { signal: controller.signal })).rejects.toThrow('import of big.csv cancelled; nothing was saved');
  });
});
