// Files that are not plain exports, each with its own outcome: UTF-16 and CR-only text read as
// text, impossible values taken as missing with their line named, and a sentence naming the file
// for a FIFO, a device, a folder, an unreadable file, a cut or damaged workbook and an Arbin
// metadata companion. Every file is written here.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import { writeArbinCsv } from '../../services/cycling/arbin-csv-writer';
import { useTempDirs } from '../../testing/cli-process';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from './formats/index';
import { readCyclerExport } from './read-export';

const tempDir = useTempDirs();
const read = (filePath: string) => readCyclerExport(filePath, CYCLER_FORMATS, CYCLER_REFUSALS);

/** A two-cycle Arbin CSV (CRLF lines, as Arbin writes them) and its lines. */
function arbinExport(dir: string): { filePath: string; text: string } {
  const filePath = path.join(dir, 'cell.csv');
  writeArbinCsv(filePath, syntheticTest({ seed: 5, cycles: 2, capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300 }), 1_767_258_000);
  return { filePath, text: readFileSync(filePath, 'utf8') };
}

async function workbook(filePath: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Channel_1');
  sheet.addRow(['Data_Point', 'Test_Time(s)', 'Step_Index', 'Cycle_Index', 'Current(A)', 'Voltage(V)']);
  for (let i = 0; i < 400; i += 1) sheet.addRow([i + 1, i * 60, 1, 1, 0.001, 3.5 + i / 1000]);
  await book.xlsx.writeFile(filePath);
}

describe('text exports in other forms', () => {
  it('reads UTF-16 (with its byte order mark) and CR-only line ends to the same points as the UTF-8 original', async () => {
    const dir = tempDir();
    const { filePath, text } = arbinExport(dir);
    const original = await read(filePath);
    const utf16 = path.join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const cr = path.join(dir, 'mac.csv');
    writeFileSync(cr, text.replace(/\r\n/g, '\r'));
    for (const [other, note] of [
      [utf16, 'utf16.csv is UTF-16 text (little-endian, with a byte order mark): read as such'],
      [cr, 'mac.csv ends its lines with CR alone (as classic Mac OS does): read line by line all the same'],
    ] as const) {
      const result = await read(other);
      expect(result.rows).toBe(original.rows);
      expect(Array.from(result.series.currentA)).toEqual(Array.from(original.series.currentA));
      expect(Array.from(result.series.timeS)).toEqual(Array.from(original.series.timeS));
      expect(result.notes[0]).toBe(note);
    }
  });

  it('takes a current of -1.79e308 as missing and names its line, instead of a standard capacity of 1e305 mAh', async () => {
    const dir = tempDir();
    const { text } = arbinExport(dir);
    const lines = text.split('\r\n');
    // Line 11 of the file (its 10th data row): the current cell is the fifth.
    const cells = lines[10]!.split(',');
    const currentIndex = lines[0]!.split(',').findIndex((name) => name.startsWith('Current'));
    cells[currentIndex] = '-1.79e308';
    lines[10] = cells.join(',');
    const filePath = path.join(dir, 'spike.csv');
    writeFileSync(filePath, lines.join('\r\n'));
    const result = await read(filePath);
    expect(result.warnings).toContain('line 11: a current of -1.79e+308 A is beyond what any cell tester produces: taken as missing');
    expect(Number.isNaN(result.series.currentA[9]!)).toBe(true);
    expect(result.series.currentA.filter((value) => Math.abs(value) > 1).length).toBe(0);
  });

  /** The test file of `arbinExport` with cell `column` of data row `row` (line row + 1) set to `value`. */
  function withCell(row: number, column: string, value: string): string {
    const dir = tempDir();
    const lines = arbinExport(dir).text.split('\r\n');
    const cells = lines[row]!.split(',');
    cells[lines[0]!.split(',').findIndex((name) => name.startsWith(column))] = value;
    lines[row] = cells.join(',');
    const filePath = path.join(dir, 'spike.csv');
    writeFileSync(filePath, lines.join('\r\n'));
    return filePath;
  }

  it('takes a voltage beyond the range of the stored readings (Float32) as missing, and reads the rest in volts, not millivolts', async () => {
    const result = await read(withCell(20, 'Voltage', '5e39'));
    expect(result.warnings).toContain('line 21: a voltage of 5.00e+39 V is beyond what any cell tester produces: taken as missing');
    expect(Number.isNaN(result.series.voltageV[19]!)).toBe(true);
    expect(result.notes.some((note) => note.includes('millivolts'))).toBe(false);
    expect(result.series.voltageV[20]).toBeGreaterThan(2);
    expect(result.series.voltageV[20]).toBeLessThan(5);
  });

  it('names the line of an impossible current that the stored readings hold rounded (Float32)', async () => {
    const result = await read(withCell(30, 'Current', '123456.789'));
    expect(result.warnings).toContain('line 31: a current of 1.23e+5 A is beyond what any cell tester produces: taken as missing');
  });
});

describe('files that are not exports, each said as what it is', () => {
  it('names a folder, a FIFO and a device', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'run 4');
    mkdirSync(folder);
    await expect(read(folder)).rejects.toThrow('run 4 is a folder, not an export file: choose the export inside it');
    const fifo = path.join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    await expect(read(fifo)).rejects.toThrow('pipe.csv is a named pipe (FIFO), not a file: save the export as a file and import that');
    await expect(read('/dev/null')).rejects.toThrow('null is a device, not an export file');
  });

  it.skipIf(process.getuid?.() === 0)('names a file it may not read', async () => {
    const dir = tempDir();
    const { filePath } = arbinExport(dir);
    chmodSync(filePath, 0o000);
    await expect(read(filePath)).rejects.toThrow("cannot read cell.csv: permission denied (the file's permissions do not let Cellbook read it)");
  });
  if (process.getuid?.() === 0) console.log('the unreadable-file case is skipped: this test runs as root, who may read any file');

  it('names a workbook cut short and a damaged one, instead of ending without a word', async () => {
    const dir = tempDir();
    const whole = path.join(dir, 'whole.xlsx');
    await workbook(whole);
    expect((await read(whole)).rows).toBe(400);
    const bytes = readFileSync(whole);
    const cut = path.join(dir, 'cut.xlsx');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(read(cut)).rejects.toThrow('cut.xlsx is a ZIP file (an XLSX workbook or a Neware .ndax) cut short: its end is missing');
    // The sheet's compressed bytes scrambled, the ZIP's directory intact.
    const scrambled = Buffer.from(bytes);
    const sheetAt = scrambled.indexOf('xl/worksheets/sheet1.xml') + 200;
    for (let i = sheetAt; i < sheetAt + 400; i += 1) scrambled[i] = scrambled[i]! ^ 0x5a;
    const damagedFile = path.join(dir, 'damaged.xlsx');
    writeFileSync(damagedFile, scrambled);
    await expect(read(damagedFile)).rejects.toThrow(/^damaged\.xlsx is a damaged workbook \(XLSX\): .+; open it in Excel and save it again, or export it again$/);
  });

  it('names the metadata companion of an Arbin export', async () => {
    const dir = tempDir();
    const filePath = path.join(dir, 'cell_Metadata.csv');
    writeFileSync(filePath, ',Test_ID,Device_ID,IV_Ch_ID,First_Start_DateTime,Schedule_File_Name,Item_ID\n0,144,60369369,32,1494377253,6C_1C.sdu,EL1508\n');
    await expect(read(filePath)).rejects.toThrow('cell_Metadata.csv: the metadata of an Arbin export (test, channel and schedule, no measured points); import its data file');
  });
});
