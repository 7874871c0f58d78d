// The tester's file is kept in the notebook as it was: Brotli chunks of 4 MiB that give back the exact
// bytes, checked against the SHA-256 taken at import.
import { createHash } from 'node:crypto';
import { appendFileSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../../shared/cycling/synthetic';
import type { CyclerSeries } from '../../../shared/cycling/types';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { writeArbinCsv } from './arbin-csv-writer';
import { getCyclingTest } from './cycling-tests';
import { importCyclingTest } from './import-cycling-test';
import { discardEarlySpools, readOriginalChunk, spoolOriginal, startEarlySpool, storeOriginal, writeOriginal } from './original-file';

const MiB = 1024 * 1024;
let temp: TempNotebook;
afterEach(() => temp?.dispose());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Temporaries of a write left in a folder (named .<file>.<pid>-<hex>.partial, owned-temporaries.ts). */
const partials = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.partial'));

/** Constant-current charge and discharge, `pointsPerHalf` points of 10 s each: many rows, cheaply. */
function sawtooth(cycles: number, pointsPerHalf: number): CyclerSeries {
  const n = cycles * 2 * pointsPerHalf;
  const series: CyclerSeries = {
    timeS: new Float64Array(n),
    currentA: new Float64Array(n),
    voltageV: new Float64Array(n),
    stepIndex: new Float64Array(n),
    vendorCycle: new Float64Array(n),
    stateCode: null,
    chargeCapacityAh: null,
    dischargeCapacityAh: null,
    temperatureC: null,
  };
  for (let i = 0; i < n; i += 1) {
    const half = Math.floor(i / pointsPerHalf);
    const within = (i % pointsPerHalf) / pointsPerHalf;
    const charging = half % 2 === 0;
    series.timeS[i] = i * 10;
    series.currentA[i] = charging ? 0.001 : -0.001;
    series.voltageV[i] = charging ? 3 + 1.2 * within : 4.2 - 1.2 * within;
    series.stepIndex![i] = charging ? 1 : 2;
    series.vendorCycle![i] = Math.floor(half / 2) + 1;
  }
  return series;
}

function chunksOf(fileId: number): Buffer[] {
  const rows = temp.ctx.notebook.db.prepare('SELECT seq, compressed, codec FROM cycling_file_chunks WHERE file_id = ? ORDER BY seq').all(fileId) as Array<{ seq: number; compressed: Buffer; codec: string }>;
  expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index));
  expect(new Set(rows.map((row) => row.codec))).toEqual(new Set(['brotli']));
  return rows.map((row) => row.compressed);
}

describe('the original file kept in the notebook', () => {
  it('gives back the exact bytes of a small export (one chunk)', async () => {
    temp = await openTempNotebook();
    const source = path.join(temp.dir, 'small.csv');
    writeArbinCsv(source, syntheticTest({ seed: 31, cycles: 2, capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300 }), 1_767_258_000);
    const outcome = await importCyclingTest(temp.ctx, [{ filePath: source, fileName: 'small.csv' }]);
    const [file] = getCyclingTest(temp.ctx, outcome.testId).files;
    const bytes = readFileSync(source);
    expect(file).toMatchObject({ position: 0, fileName: 'small.csv', sizeBytes: bytes.byteLength, sha256: sha256(bytes), formatId: 'arbin' });

    const chunks = chunksOf(file!.id);
    expect(chunks).toHaveLength(1);
    expect(brotliDecompressSync(chunks[0]!).equals(readFileSync(source))).toBe(true);
    // Compressed: a CSV of numbers takes well under half its size.
    expect(chunks[0]!.byteLength).toBeLessThan(bytes.byteLength / 2);

    const destination = path.join(temp.dir, 'restored.csv');
    expect(writeOriginal(temp.ctx.notebook.db, file!.id, destination)).toEqual({ sizeBytes: bytes.byteLength, sha256: sha256(bytes) });
    const restored = readFileSync(destination);
    expect(restored.equals(bytes)).toBe(true);
    expect(sha256(restored)).toBe(file!.sha256);
  });

  it('splits a file over 4 MiB into 4 MiB chunks and reassembles it exactly', async () => {
    temp = await openTempNotebook();
    const source = path.join(temp.dir, 'large.csv');
    writeArbinCsv(source, sawtooth(40, 800), 1_767_258_000);
    const bytes = readFileSync(source);
    expect(bytes.byteLength).toBeGreaterThan(2 * 4 * MiB);
    const cacheBefore = temp.ctx.notebook.db.pragma('cache_size', { simple: true });
    const outcome = await importCyclingTest(temp.ctx, [{ filePath: source, fileName: 'large.csv' }]);
    expect(outcome.rows).toBe(40 * 2 * 800);
    // The smaller page cache of the import's transaction is given back after it.
    expect(temp.ctx.notebook.db.pragma('cache_size', { simple: true })).toBe(cacheBefore);
    expect(cacheBefore).not.toBe(-4096);
    const [file] = getCyclingTest(temp.ctx, outcome.testId).files;

    const chunks = chunksOf(file!.id);
    expect(chunks).toHaveLength(Math.ceil(bytes.byteLength / (4 * MiB)));
    const unpacked = chunks.map((chunk) => brotliDecompressSync(chunk));
    unpacked.slice(0, -1).forEach((part) => expect(part.byteLength).toBe(4 * MiB));
    expect(Buffer.concat(unpacked).equals(bytes)).toBe(true);

    // Piece by piece, as the app's download reads it.
    const first = readOriginalChunk(temp.ctx.notebook.db, file!.id, 0);
    expect(first).toMatchObject({ fileName: 'large.csv', sizeBytes: bytes.byteLength, sha256: sha256(bytes), chunkCount: chunks.length });
    const pieces = Array.from({ length: first.chunkCount }, (_, seq) => readOriginalChunk(temp.ctx.notebook.db, file!.id, seq).bytes);
    expect(Buffer.concat(pieces).equals(bytes)).toBe(true);
    expect(() => readOriginalChunk(temp.ctx.notebook.db, file!.id, first.chunkCount)).toThrow(`seq: large.csv has ${first.chunkCount} piece(s), numbered from 0; there is no piece ${first.chunkCount}`);

    const destination = path.join(temp.dir, 'large restored.csv');
    writeOriginal(temp.ctx.notebook.db, file!.id, destination);
    const restored = readFileSync(destination);
    expect(restored.equals(bytes)).toBe(true);
    expect(sha256(restored)).toBe(sha256(bytes));
  });

  it('refuses to write back a stored copy that no longer matches its SHA-256, leaving no file', async () => {
    temp = await openTempNotebook();
    const source = path.join(temp.dir, 'tampered.csv');
    writeArbinCsv(source, syntheticTest({ seed: 32, cycles: 1, capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300 }), 1_767_258_000);
    const outcome = await importCyclingTest(temp.ctx, [{ filePath: source, fileName: 'tampered.csv' }]);
    const fileId = getCyclingTest(temp.ctx, outcome.testId).files[0]!.id;
    // Replace the stored chunk by another (valid Brotli) content.
    const other = path.join(temp.dir, 'other.txt');
    writeFileSync(other, 'not the export\n');
    const spooled = await spoolOriginal(other, path.join(temp.dir, 'other.gz'));
    temp.ctx.notebook.db.prepare('UPDATE cycling_file_chunks SET compressed = ? WHERE file_id = ?').run(readFileSync(spooled.spoolPath), fileId);

    const destination = path.join(temp.dir, 'out.csv');
    expect(() => writeOriginal(temp.ctx.notebook.db, fileId, destination)).toThrow(/tampered\.csv: the stored copy does not match its SHA-256/);
    expect(() => statSync(destination)).toThrow();
    expect(partials(temp.dir)).toEqual([]);
    expect(() => writeOriginal(temp.ctx.notebook.db, 424242, destination)).toThrow('cycling file 424242 does not exist');
    // A folder that is not there, and a chunk that no longer decompresses: sentences, no file left.
    expect(() => writeOriginal(temp.ctx.notebook.db, fileId, path.join(temp.dir, 'no such folder', 'out.csv'))).toThrow(/^cannot write .*no such folder\/out\.csv: ENOENT/);
    temp.ctx.notebook.db.prepare('UPDATE cycling_file_chunks SET compressed = ? WHERE file_id = ?').run(Buffer.from('not compressed at all'), fileId);
    expect(() => writeOriginal(temp.ctx.notebook.db, fileId, destination)).toThrow(/^tampered\.csv: could not be written back to .*out\.csv \(.*\); no file was left there$/);
    expect(partials(temp.dir)).toEqual([]);
  });

  it('spools any bytes, including an empty file, with the SHA-256 of the whole', async () => {
    temp = await openTempNotebook();
    const binary = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256));
    const source = path.join(temp.dir, 'bytes.bin');
    writeFileSync(source, binary);
    const spooled = await spoolOriginal(source, path.join(temp.dir, 'bytes.gz'));
    expect(spooled).toMatchObject({ sha256: sha256(binary), sizeBytes: binary.byteLength });
    expect(brotliDecompressSync(readFileSync(spooled.spoolPath)).equals(binary)).toBe(true);

    const empty = path.join(temp.dir, 'empty.bin');
    writeFileSync(empty, '');
    expect(await spoolOriginal(empty, path.join(temp.dir, 'empty.gz'))).toMatchObject({ sha256: sha256(Buffer.alloc(0)), sizeBytes: 0, chunkLengths: [] });
  });

  it('takes over a spool begun early (the CLI starts it first) for the same file, and spools anew a file changed since', async () => {
    temp = await openTempNotebook();
    const source = path.join(temp.dir, 'early.csv');
    writeFileSync(source, 'a,b\n1,2\n'.repeat(50_000));
    startEarlySpool(source);
    const taken = await spoolOriginal(source, path.join(temp.dir, 'early.br'));
    expect(taken).toMatchObject({ sha256: sha256(readFileSync(source)), sizeBytes: statSync(source).size });
    expect(brotliDecompressSync(readFileSync(taken.spoolPath)).equals(readFileSync(source))).toBe(true);

    // Changed after its early spool began: the bytes the import keeps are the file's bytes now.
    startEarlySpool(source);
    appendFileSync(source, '3,4\n');
    const again = await spoolOriginal(source, path.join(temp.dir, 'again.br'));
    expect(again.sha256).toBe(sha256(readFileSync(source)));
    expect(brotliDecompressSync(readFileSync(again.spoolPath)).equals(readFileSync(source))).toBe(true);

    // One never taken over is removed with its folder when the command ends.
    const spoolFolders = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith(`cellbook-spool-${process.pid}-`));
    startEarlySpool(source);
    expect(spoolFolders()).toHaveLength(1);
    await discardEarlySpools();
    expect(spoolFolders()).toEqual([]);
  });

  it('reads back chunks stored as gzip by notebooks from before schema 6', async () => {
    temp = await openTempNotebook();
    const source = path.join(temp.dir, 'older.csv');
    writeArbinCsv(source, syntheticTest({ seed: 33, cycles: 1, capacityMAh: 3, currentMA: 0.6, sampleIntervalS: 300 }), 1_767_258_000);
    const outcome = await importCyclingTest(temp.ctx, [{ filePath: source, fileName: 'older.csv' }]);
    const fileId = getCyclingTest(temp.ctx, outcome.testId).files[0]!.id;
    const bytes = readFileSync(source);
    temp.ctx.notebook.db.prepare("UPDATE cycling_file_chunks SET compressed = ?, codec = 'gzip' WHERE file_id = ?").run(gzipSync(bytes), fileId);
    const destination = path.join(temp.dir, 'older restored.csv');
    expect(writeOriginal(temp.ctx.notebook.db, fileId, destination)).toEqual({ sizeBytes: bytes.byteLength, sha256: sha256(bytes) });
    expect(readFileSync(destination).equals(bytes)).toBe(true);
  });

  it('refuses a spool cut short with a sentence, storing none of its chunks', async () => {
    temp = await openTempNotebook();
    const source = path.join(temp.dir, 'cut.bin');
    writeFileSync(source, Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256)));
    const spooled = await spoolOriginal(source, path.join(temp.dir, 'cut.br'));
    truncateSync(spooled.spoolPath, spooled.chunkLengths[0]! - 10);
    const db = temp.ctx.notebook.db;
    expect(() => db.transaction(() => storeOriginal(db, 1, spooled))()).toThrow('the kept copy of the original file ends early (chunk 1 of 1); nothing was saved');
    expect(db.prepare('SELECT COUNT(*) AS n FROM cycling_file_chunks').get()).toEqual({ n: 0 });
  });
});
