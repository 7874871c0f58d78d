// A text export read in parts on worker threads gives exactly what one reading on one thread gives:
// the same columns bit for bit, the same rows, notes and warnings (with the same line numbers),
// wherever the cuts fall (inside quoted cells, between "\r" and "\n", on a time reset, on a
// skipped row). Checked on files written here and on every real export in ../shared/fixtures.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CyclerSeries } from '../../../shared/cycling/types';
import { useTempDirs } from '../../testing/cli-process';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from './formats/index';
import { readCyclerFile, type CyclerFileResult } from './read-cycler-file';
import { evenCuts } from './text-parts';
import { failureError } from './parallel-read';
import { explainFailure } from '../../logging/explain-failure';

const tempDir = useTempDirs();
const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures/cyclers');

const read = (filePath: string, cuts: readonly number[]) => readCyclerFile(filePath, CYCLER_FORMATS, CYCLER_REFUSALS, { cuts });

/** Every column as its bytes, so that NaN and -0 compare as the one reading stored them. */
function columnBytes(series: CyclerSeries): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(series)) {
    out[name] = ArrayBuffer.isView(value) ? Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') : JSON.stringify(value ?? null);
  }
  return out;
}

function expectSameReading(parts: CyclerFileResult, whole: CyclerFileResult, partCount?: number): void {
  if (partCount !== undefined) expect(parts.parts).toBe(partCount);
  expect(parts.rows).toBe(whole.rows);
  expect(parts.warnings).toEqual(whole.warnings);
  expect(parts.notes).toEqual(whole.notes);
  expect(parts.startEpochS).toBe(whole.startEpochS);
  expect(columnBytes(parts.series)).toEqual(columnBytes(whole.series));
}

/**
 * A lab CSV that tries the cuts: CRLF line ends, a quoted comment column (with the delimiter and
 * non-ASCII characters inside quotes), blank lines, rows with no voltage, a clock reset.
 */
function awkwardCsv(rows: number): { text: string; marks: Record<string, number> } {
  const lines = ['Test Time (s),Date Time,Current (mA),Voltage (V),Cycle Index,Temperature (C),Comment'];
  const marks: Record<string, number> = {};
  let timeS = 0;
  for (let i = 0; i < rows; i += 1) {
    timeS = i === Math.floor(rows * 0.55) ? 3 : timeS + 1.25;
    if (i === Math.floor(rows * 0.55)) marks.reset = lines.length;
    const currentMA = Math.floor(i / 200) % 2 === 0 ? 0.5 : -0.5;
    const voltage = i % 97 === 13 ? '' : (3.4 + ((i % 200) / 200) * 0.8 * Math.sign(currentMA)).toFixed(5);
    const comment = i % 41 === 7 ? '"step, ramp ±5 °C"' : i % 53 === 3 ? '"plain ""quoted"" note"' : '';
    if (i % 301 === 150) lines.push('');
    lines.push(`${timeS.toFixed(3)},2026-01-02 ${String(Math.floor(i / 3600) % 24).padStart(2, '0')}:00:00,${currentMA},${voltage},${1 + Math.floor(i / 400)},${(25 + (i % 7) * 0.01).toFixed(2)},${comment}`);
  }
  return { text: lines.join('\r\n') + '\r\n', marks };
}

describe('reading a text export in parts on worker threads', () => {
  it('gives the one-thread columns wherever the cuts fall, even inside quoted cells and CRLF', { timeout: 120_000 }, async () => {
    const { text } = awkwardCsv(6000);
    const filePath = path.join(tempDir(), 'awkward.csv');
    writeFileSync(filePath, text);
    const whole = await read(filePath, []);
    expect(whole.rows).toBeGreaterThan(5900);
    expect(whole.warnings.join(' ')).toContain('time went backwards 1 time(s)');
    expect(whole.warnings.join(' ')).toContain('skipped (first at line');
    const bytes = Buffer.from(text);
    // Cuts at each byte of a quoted line with a delimiter inside, and around a "\r\n".
    const quoted = bytes.indexOf('"step, ramp');
    const crlf = bytes.indexOf('\r\n', Math.floor(bytes.length / 3));
    const cutSets: number[][] = [
      ...Array.from({ length: 12 }, (_, k) => [quoted - 4 + k * 3]),
      [crlf - 1],
      [crlf + 1],
      [crlf + 2],
      [crlf, Math.floor(bytes.length * 0.7)],
      [crlf + 1, Math.floor(bytes.length * 0.5), Math.floor(bytes.length * 0.9)],
      evenCuts(bytes.length, 4),
    ];
    expect(whole.parts).toBe(1);
    for (const cuts of cutSets) expectSameReading(await read(filePath, cuts), whole, cuts.length + 1);
  });

  it('counts a clock reset that falls exactly on a cut at the line one reading names', async () => {
    const { text, marks } = awkwardCsv(3000);
    const filePath = path.join(tempDir(), 'reset.csv');
    writeFileSync(filePath, text);
    const whole = await read(filePath, []);
    // The cut just before the reset line: the reset is the first row of the second part.
    const lines = text.split('\r\n');
    const resetByte = Buffer.byteLength(lines.slice(0, marks.reset!).join('\r\n') + '\r\n');
    expect(whole.warnings.join(' ')).toContain(`first at line ${marks.reset! + 1}`);
    expectSameReading(await read(filePath, [resetByte - 1]), whole, 2);
    expectSameReading(await read(filePath, [resetByte - 3, resetByte + 40]), whole, 3);
  });

  it('writes the parts into shared memory, and a part with far more rows than its bytes promised still reads as the whole', { timeout: 120_000 }, async () => {
    const { text } = awkwardCsv(6000);
    const ordinary = path.join(tempDir(), 'ordinary.csv');
    writeFileSync(ordinary, text);
    const shared = await read(ordinary, evenCuts(Buffer.byteLength(text), 2));
    expect(shared.series.timeS.buffer).toBeInstanceOf(SharedArrayBuffer);
    expectSameReading(shared, await read(ordinary, []), 2);
    // The head's lines carry 400-character comments, the rest none: the head promises about 6,000
    // rows of 40,000, so every part outgrows its region (and its 4,096 spare rows) and is joined by copying.
    const lines = awkwardCsv(40_000).text.split('\r\n');
    const padded = lines.map((line, i) => (i > 0 && i <= 250 ? `${line}"${'x'.repeat(400)}"` : line)).join('\r\n');
    const uneven = path.join(tempDir(), 'uneven.csv');
    writeFileSync(uneven, padded);
    const copied = await read(uneven, evenCuts(Buffer.byteLength(padded), 2));
    expect(copied.series.timeS.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expectSameReading(copied, await read(uneven, []), 2);
  });

  it('reads every real export in parts as it reads it whole', { timeout: 180_000 }, async (context) => {
    if (!existsSync(FIXTURES)) {
      console.log(`parallel-read fixture check skipped: ${FIXTURES} does not exist`);
      context.skip();
    }
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
      .map((name) => path.join(FIXTURES, name))
      .filter((filePath) => statSync(filePath).isFile() && !/\.(md|xlsx|gz|h5|mpr|res|ndax)$/i.test(filePath));
    let readInParts = 0;
    for (const filePath of files) {
      const whole = await read(filePath, []).catch((error: Error) => error);
      if (whole instanceof Error) {
        await expect(read(filePath, evenCuts(statSync(filePath).size, 2))).rejects.toThrow(whole.message);
        continue;
      }
      const parts = await read(filePath, evenCuts(statSync(filePath).size, 2));
      expectSameReading(parts, whole);
      if (parts.parts > 1) readInParts += 1;
    }
    expect(readInParts).toBeGreaterThan(20);
  });
});

describe('a system error in a part', () => {
  it('comes back as that error, so that a full disk while a column is kept on disk is said as one', () => {
    const spillPath = path.join(tempDir(), 'part-1-8-charge_capacity_Ah.f64');
    const error = failureError({ type: 'failed', code: null, message: `ENOSPC: no space left on device, write`, template: null, lineNumber: 120, system: { code: 'ENOSPC', path: spillPath } }, 'big.csv', 1000, { startByte: 0, endByte: 10 });
    expect(error).toMatchObject({ code: 'ENOSPC', path: spillPath });
    const sentence = explainFailure(error, { operation: 'the import', neededBytes: 150e6 });
    expect(sentence.code).toBe('refused');
    // 150e6 bytes / 2^20 = 143.05 MiB, in the folder of the file that could not grow.
    expect(sentence.message).toMatch(new RegExp(`^Not enough disk space: the import needs about 143\\.05 MiB in ${path.dirname(spillPath)}(, where [0-9.]+ [KMGT]i?B is free)?; free some space and try again\\. Nothing was saved\\.`));
    // Any other failure of a part names the file and the line, as before.
    const other = failureError({ type: 'failed', code: null, message: 'boom', template: null, lineNumber: 120 }, 'big.csv', 1000, { startByte: 0, endByte: 10 });
    expect(other.message).toBe('big.csv: reading stopped at line 1120: boom; nothing was saved');
  });
});
