// What a cancelled, failed or refused import leaves behind: nothing, in the notebook or in the
// temporary folder; and the sentences bad files get. Real files on disk, a real notebook.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBuildSchema } from '../../../shared/schemas/builds';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import type { CyclerSeries } from '../../../shared/cycling/types';
import { dumpNotebook } from '../../testing/dump';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { createBuild } from '../builds/builds';
import { writeArbinCsv } from './arbin-csv-writer';
import { getCyclingTest } from './cycling-tests';
import { importCyclingTest, testHoldingFile, type ImportFile } from './import-cycling-test';

const TABLES = ['cycling_tests', 'cycling_files', 'cycling_file_chunks', 'cycle_points', 'cycle_summaries', 'short_circuit_flags', 'column_profiles', 'history', 'cells'];
const START_EPOCH_S = 1_767_258_000;

// A private temporary folder for this file (os.tmpdir() reads TMPDIR on each call), so that the
// imports' spool folders can be looked for without seeing other test files' imports.
const originalTmpdir = process.env.TMPDIR;
let privateTmp = '';
let temp: TempNotebook;
let buildId = 0;
let arbinLines: string[] = [];
beforeAll(async () => {
  privateTmp = mkdtempSync(path.join(os.tmpdir(), 'cellbook-failures-'));
  process.env.TMPDIR = privateTmp;
  temp = await openTempNotebook();
  buildId = createBuild(temp.ctx, createBuildSchema.parse({ name: 'Failure build', configuration: 'single_sided' }));
  const base = path.join(temp.dir, 'base.csv');
  writeArbinCsv(base, syntheticTest({ seed: 41, cycles: 2, capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300 }), START_EPOCH_S);
  arbinLines = readFileSync(base, 'utf8').split('\r\n').filter((line) => line !== '');
  // Something in the notebook already, so that "as before" is not "empty".
  await importCyclingTest(temp.ctx, [{ filePath: base, fileName: 'base.csv' }], { newCellOfBuildId: buildId });
});
afterAll(() => {
  temp?.dispose();
  process.env.TMPDIR = originalTmpdir;
  if (originalTmpdir === undefined) delete process.env.TMPDIR;
  rmSync(privateTmp, { recursive: true, force: true });
});

const spoolFolders = () => readdirSync(privateTmp).filter((name) => name.startsWith('cellbook-import-'));
const counts = () => Object.fromEntries(TABLES.map((table) => [table, (temp.ctx.notebook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
const snapshot = () => ({ counts: counts(), dump: dumpNotebook(temp.notebook.path) });

function file(name: string, content: string | Buffer): ImportFile {
  const filePath = path.join(temp.dir, name);
  writeFileSync(filePath, content);
  return { filePath, fileName: name };
}

/** The base export with data row `row` (1-based; file line row + 1) changed cell by cell. */
function withRow(row: number, change: (cells: string[]) => string[]): string[] {
  return arbinLines.map((line, index) => (index === row ? change(line.split(',')).join(',') : line));
}

/** Many rows cheaply: constant-current charge and discharge, 10 s apart. */
function sawtooth(rows: number): CyclerSeries {
  const timeS = Float64Array.from({ length: rows }, (_, i) => i * 10);
  const half = (i: number) => Math.floor(i / 1000);
  return {
    timeS,
    currentA: timeS.map((_, i) => (half(i) % 2 === 0 ? 0.001 : -0.001)),
    voltageV: timeS.map((_, i) => (half(i) % 2 === 0 ? 3 + (i % 1000) / 1000 : 4 - (i % 1000) / 1000)),
    stepIndex: timeS.map((_, i) => (half(i) % 2) + 1),
    vendorCycle: timeS.map((_, i) => Math.floor(half(i) / 2) + 1),
    stateCode: null,
    chargeCapacityAh: null,
    dischargeCapacityAh: null,
    temperatureC: null,
  };
}

describe('cancelling an import', () => {
  it('stops reading early, throws "cancelled" and leaves the notebook and the temporary folder as before', async () => {
    const big = path.join(temp.dir, 'big.csv');
    writeArbinCsv(big, sawtooth(200_000), START_EPOCH_S);
    const before = snapshot();
    const controller = new AbortController();
    const progress: Array<{ bytesRead: number; totalBytes: number; rows: number }> = [];
    let spoolSeen = false;
    const error = await importCyclingTest(temp.ctx, [{ filePath: big, fileName: 'big.csv' }], {
      newCellOfBuildId: buildId,
      signal: controller.signal,
      onProgress: (report) => {
        progress.push(report);
        spoolSeen ||= spoolFolders().length > 0;
        controller.abort();
      },
    }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'cancelled', message: expect.stringMatching(/cancelled; nothing was saved$/) });
    expect(spoolSeen).toBe(true); // the spool folder was where this test looks for leftovers
    expect(progress.length).toBeGreaterThan(0);
    const last = progress[progress.length - 1]!;
    expect(last.totalBytes).toBe(readFileSync(big).byteLength);
    expect(last.bytesRead).toBeLessThan(last.totalBytes / 2);
    expect(last.rows).toBeLessThan(200_000 / 2);

    expect(counts()).toEqual(before.counts);
    expect(dumpNotebook(temp.notebook.path)).toEqual(before.dump);
    expect(spoolFolders()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(spoolFolders()).toEqual([]);
    // Nothing remembers the file: it is not "already imported".
    expect(testHoldingFile(temp.ctx, createHash('sha256').update(readFileSync(big)).digest('hex'))).toBeNull();
  });
});

describe('an import that fails on its second file', () => {
  // Contents are made when the test runs: the Arbin header is only known after beforeAll.
  const cases: Array<[string, () => string | Buffer, RegExp]> = [
    ['empty.csv', () => '', /^empty\.csv is empty \(0 bytes\)$/],
    ['header-only.csv', () => `${arbinLines[0]}\r\n`, /^header-only\.csv: a header but no data rows$/],
    ['binary.dat', () => Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(5000, 0), Buffer.from([1, 2, 3, 255])]), /^binary\.dat: a binary file, not a text export/],
  ];
  for (const [name, content, message] of cases) {
    it(`names ${name} and writes nothing`, async () => {
      const second = file(name, content());
      const first = file(`first-of-${name}.csv`, `${arbinLines.slice(0, 40).join('\r\n')}\r\n`);
      const before = snapshot();
      const error = await importCyclingTest(temp.ctx, [first, second], { newCellOfBuildId: buildId }).catch((caught: unknown) => caught);
      expect((error as Error).message).toMatch(message);
      expect(counts()).toEqual(before.counts);
      expect(dumpNotebook(temp.notebook.path)).toEqual(before.dump);
      expect(spoolFolders()).toEqual([]);
    });
  }
});

describe('bad input', () => {
  const importOne = (name: string, lines: string[], ending = '\r\n') => importCyclingTest(temp.ctx, [file(name, lines.join('\r\n') + ending)], { allowDuplicate: true });
  const warningsOf = (testId: number) => getCyclingTest(temp.ctx, testId).report.warnings;
  const dataRows = () => arbinLines.length - 1;

  it('skips a truncated last line (no voltage) with a warning naming its line', async () => {
    const lines = [...arbinLines.slice(0, -1), arbinLines[arbinLines.length - 1]!.split(',').slice(0, 6).join(',') + ',0.0006'];
    const outcome = await importOne('truncated.csv', lines, '');
    expect(outcome.rows).toBe(dataRows() - 1);
    expect(warningsOf(outcome.testId)).toContain(`truncated.csv: the file ends inside line ${arbinLines.length} (fewer cells than the columns read, no line break): that line was skipped`);
  });

  it('keeps a whole last line without a line break', async () => {
    const outcome = await importOne('no-final-break.csv', arbinLines, '');
    expect(outcome.rows).toBe(dataRows());
    expect(warningsOf(outcome.testId).join('\n')).not.toContain('ends inside');
  });

  // "3." of "3.4217" would read as 3 V, and the false drop be flagged as a short.
  it('does not take a last line cut inside the voltage as a point', async () => {
    const last = arbinLines[arbinLines.length - 1]!.split(',');
    const cut = [...last.slice(0, 7), last[7]!.slice(0, 2)].join(',');
    const outcome = await importOne('cut-voltage.csv', [...arbinLines.slice(0, -1), cut], '');
    expect(outcome.rows).toBe(dataRows() - 1);
    expect(warningsOf(outcome.testId).join('\n')).toContain(`line ${arbinLines.length}`);
  });

  it('skips rows with NaN or empty time, current or voltage (first line named), but keeps a row with an empty optional cell', async () => {
    let lines = withRow(5, (cells) => cells.map((cell, i) => (i === 7 ? '' : cell)));
    lines = lines.map((line, index) => (index === 7 ? line.split(',').map((cell, i) => (i === 6 ? 'NaN' : cell)).join(',') : line));
    lines = lines.map((line, index) => (index === 9 ? line.split(',').map((cell, i) => (i === 1 ? 'nan' : cell)).join(',') : line));
    lines = lines.map((line, index) => (index === 11 ? line.split(',').map((cell, i) => (i === 14 ? '' : cell)).join(',') : line));
    const outcome = await importOne('gaps.csv', lines);
    expect(outcome.rows).toBe(dataRows() - 3);
    expect(warningsOf(outcome.testId)).toContain('gaps.csv: 3 row(s) without a number in the time, current or voltage column were skipped (first at line 6)');
  });

  it('warns where time goes backwards and carries it on', async () => {
    const resetRow = 20;
    const resetAt = Number(arbinLines[resetRow]!.split(',')[1]);
    const lines = arbinLines.map((line, index) => (index >= resetRow ? line.split(',').map((cell, i) => (i === 1 ? (Number(cell) - resetAt).toFixed(3) : cell)).join(',') : line));
    const outcome = await importOne('reset.csv', lines);
    expect(outcome.rows).toBe(dataRows());
    expect(warningsOf(outcome.testId)).toContain('reset.csv: time went backwards 1 time(s), first at line 21 (a reset per step or part): it was carried on so that the test time keeps increasing');
    const times = temp.ctx.notebook.db.prepare('SELECT time_s FROM cycle_points WHERE test_id = ? ORDER BY cycle').all(outcome.testId) as Array<{ time_s: Buffer }>;
    const all = times.flatMap((row) => [...new Float64Array(new Uint8Array(row.time_s).buffer)]);
    expect(all).toHaveLength(dataRows());
    expect(all.every((t, i) => i === 0 || t >= all[i - 1]!)).toBe(true);
  });

  it('refuses a line that runs past 1 MiB, naming it, and a file that is one such line', async () => {
    const lines = [...arbinLines.slice(0, 10), 'x'.repeat(3 * 1024 * 1024), ...arbinLines.slice(10, 20)];
    const before = counts();
    await expect(importOne('long-line.csv', lines)).rejects.toThrow('long-line.csv: line 11 runs past 1,048,576 characters without ending');
    // One line only: nothing in the first 256 KiB ends a line, so it is refused before reading.
    await expect(importOne('one-line.csv', ['y'.repeat(1.5 * 1024 * 1024)], '')).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('one-line.csv is not a cycler export Cellbook recognises') });
    expect(counts()).toEqual(before);
  });

  // Also one that ends inside the next 1 MiB read (the limit is not only checked at read ends).
  it('refuses a line of 1.5 MiB', async () => {
    const lines = [...arbinLines.slice(0, 10), 'x'.repeat(1.5 * 1024 * 1024), ...arbinLines.slice(10, 20)];
    await expect(importOne('line-and-a-half.csv', lines)).rejects.toThrow('line-and-a-half.csv: line 11 runs past 1,048,576 characters');
  });
});

describe('a 2 GB file of zero bytes', () => {
  const sparse = (name: string) => {
    const target = file(name, '');
    truncateSync(target.filePath, 2 * 1024 ** 3);
    return target;
  };
  // The spool of the original may go on reading after the refusal (see below): an empty file ends it.
  afterEach(() => ['zeros.csv', 'zeros-again.csv'].forEach((name) => existsSync(path.join(temp.dir, name)) && truncateSync(path.join(temp.dir, name), 0)));

  it('is refused quickly as a binary file without reading it into memory', async () => {
    const zeros = sparse('zeros.csv');
    const before = counts();
    const rssBefore = process.memoryUsage().rss;
    let rssMax = rssBefore;
    const sampler = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage().rss)), 5);
    const startedMs = Date.now();
    const error = await importCyclingTest(temp.ctx, [zeros]).catch((caught: unknown) => caught);
    const tookMs = Date.now() - startedMs;
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(sampler);
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
    expect(error).toMatchObject({ code: 'refused', message: expect.stringContaining('zeros.csv: a binary file') });
    // Reading 2 GB would take far longer; this only shows that it was not read.
    expect(tookMs).toBeLessThan(10_000);
    expect(rssMax - rssBefore).toBeLessThan(100 * 1024 * 1024);
    expect(counts()).toEqual(before);
    expect(spoolFolders()).toEqual([]);
  });

  // The original is spooled alongside the reading: a refusal must stop that too, not leave the
  // 2 GB to be read and compressed in the background.
  (existsSync('/proc/self/io') ? it : it.skip)('stops reading a refused file', async () => {
    const readBytes = () => Number(/rchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))![1]);
    await importCyclingTest(temp.ctx, [sparse('zeros-again.csv')]).catch(() => undefined);
    const readBefore = readBytes();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(readBytes() - readBefore).toBeLessThan(20 * 1024 * 1024);
  });
});
