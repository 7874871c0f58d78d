// The tester's file as it was, kept in the notebook: SHA-256 of the bytes (to recognise a file
// imported before) and compressed 4 MiB chunks, so that neither the import nor reading it back
// holds the whole file in memory. Brotli (quality 1, 64 KiB window: about 200 MB/s here, 24 % of
// the size of an export; gzip level 1 manages 116 MB/s for 28 %) runs in a worker thread
// (spool-worker.ts) while the file is parsed, so keeping the original costs the import little time.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, openSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CellbookError } from '../../../shared/api-error';
import type { Db } from '../../db/query';
import { makeOwnedTempDir } from '../../files/owned-temporaries';
import { temporaryPathFor } from '../../files/write-file-atomically';
import { spoolInWorker } from './spool-worker';

const CHUNK_BYTES = 4 * 1024 * 1024;

export interface SpooledOriginal {
  sha256: string;
  sizeBytes: number;
  /** A temporary file holding the compressed chunks back to back. */
  spoolPath: string;
  chunkLengths: number[];
}

/**
 * Hashes and compresses `filePath` into `spoolPath` (in a worker thread: spool-worker.ts); a file
 * whose SHA-256 is known (an upload, hashed as it arrived) is not hashed again.
 */
export async function spoolOriginal(filePath: string, spoolPath: string, signal?: AbortSignal, knownSha256: string | null = null): Promise<SpooledOriginal> {
  const cancelled = () => new CellbookError('cancelled', 'import cancelled; nothing was saved');
  const early = knownSha256 === null ? takeEarlySpool(filePath) : null;
  if (early) {
    const abort = () => early.stop.abort();
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      const result = await early.spooling;
      moveFile(early.spoolPath, spoolPath);
      return { ...result, spoolPath };
    } catch (error) {
      throw signal?.aborted ? cancelled() : error;
    } finally {
      signal?.removeEventListener('abort', abort);
      rmSync(early.dir, { recursive: true, force: true });
    }
  }
  const result = await spoolInWorker(filePath, spoolPath, CHUNK_BYTES, signal, cancelled, knownSha256);
  return { ...result, spoolPath };
}

interface EarlySpool {
  /** Path, size and modification time: the file the spool read is the file the import is given. */
  key: string;
  dir: string;
  spoolPath: string;
  stop: AbortController;
  spooling: Promise<Omit<SpooledOriginal, 'spoolPath'>>;
}

/** Spools begun before the import asked for them (the CLI's `import`), by resolved path. */
const earlySpools = new Map<string, EarlySpool>();

function fileKey(filePath: string): string | null {
  try {
    const stats = statSync(filePath);
    return stats.isFile() ? `${stats.ino}:${stats.size}:${stats.mtimeMs}` : null;
  } catch {
    return null;
  }
}

/**
 * Begins the spool of a file that is about to be imported, before the import itself is loaded:
 * `cellbook import` starts it first thing, so that the hash and compression use the second core
 * while the first is still starting Cellbook and opening the notebook (on two cores that core
 * would otherwise idle for a third of a second, and the spool then competes with the parse).
 * spoolOriginal takes it over when it is given the same, unchanged file; anything else (a file
 * that cannot be read, here or later) is left to the import to report as it does.
 */
export function startEarlySpool(filePath: string): void {
  const resolved = path.resolve(filePath);
  const key = fileKey(resolved);
  if (key === null || earlySpools.has(resolved)) return;
  // The folder carries this process's id: one left by a killed run is swept at the next start.
  const dir = makeOwnedTempDir('spool');
  const spoolPath = path.join(dir, 'original.br');
  const stop = new AbortController();
  const spooling = spoolInWorker(resolved, spoolPath, CHUNK_BYTES, stop.signal, () => new CellbookError('cancelled', 'import cancelled; nothing was saved'));
  // Handled now: a spool that is never taken over (the import refused first) is only discarded.
  spooling.catch(() => undefined);
  earlySpools.set(resolved, { key, dir, spoolPath, stop, spooling });
}

function takeEarlySpool(filePath: string): EarlySpool | null {
  const resolved = path.resolve(filePath);
  const early = earlySpools.get(resolved);
  if (!early) return null;
  earlySpools.delete(resolved);
  if (fileKey(resolved) === early.key) return early;
  // Changed since: spooled again by the import, as a file not spooled early.
  early.stop.abort();
  void early.spooling.catch(() => undefined).finally(() => rmSync(early.dir, { recursive: true, force: true }));
  return null;
}

/** Stops and removes the early spools no import took over (the command ends). */
export async function discardEarlySpools(): Promise<void> {
  const left = [...earlySpools.values()];
  earlySpools.clear();
  for (const early of left) early.stop.abort();
  for (const early of left) {
    await early.spooling.catch(() => undefined);
    rmSync(early.dir, { recursive: true, force: true });
  }
}

/** A rename, or a copy where the two paths are on different disks. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
    rmSync(from, { force: true });
  }
}

/** Moves the spooled chunks into the notebook; runs inside the import's transaction. */
export function storeOriginal(db: Db, fileId: number, spooled: SpooledOriginal): void {
  const insert = db.prepare("INSERT INTO cycling_file_chunks (file_id, seq, compressed, codec) VALUES (?, ?, ?, 'brotli')");
  const fd = openSync(spooled.spoolPath, 'r');
  try {
    // One buffer for every chunk (SQLite has its copy once the row is inserted): a new one each
    // time would be megabytes of memory outside the heap per chunk, which makes V8 collect early.
    const buffer = Buffer.allocUnsafe(Math.max(0, ...spooled.chunkLengths));
    let position = 0;
    spooled.chunkLengths.forEach((length, seq) => {
      // A spool cut short (its disk failing under it) must not store the last chunk's bytes again
      // under this chunk's number: the import fails whole instead.
      let filled = 0;
      while (filled < length) {
        const read = readSync(fd, buffer, filled, length - filled, position + filled);
        if (read === 0) throw new CellbookError('internal', `the kept copy of the original file ends early (chunk ${seq + 1} of ${spooled.chunkLengths.length}); nothing was saved: import the file again`);
        filled += read;
      }
      position += length;
      insert.run(fileId, seq, buffer.subarray(0, length));
    });
  } finally {
    closeSync(fd);
  }
}

function decompress(row: { compressed: Buffer; codec: 'gzip' | 'brotli' }): Buffer {
  return row.codec === 'brotli' ? brotliDecompressSync(row.compressed) : gunzipSync(row.compressed);
}

/** Piece `seq` of a kept original, decompressed (for a download assembled piece by piece). */
export function readOriginalChunk(db: Db, fileId: number, seq: number): { fileName: string; sizeBytes: number; sha256: string; chunkCount: number; bytes: Buffer } {
  const file = db.prepare('SELECT file_name, size_bytes, sha256 FROM cycling_files WHERE id = ?').get(fileId) as { file_name: string; size_bytes: number; sha256: string } | undefined;
  if (!file) throw new CellbookError('not_found', `cycling file ${fileId} does not exist`);
  const { n } = db.prepare('SELECT count(*) AS n FROM cycling_file_chunks WHERE file_id = ?').get(fileId) as { n: number };
  const row = db.prepare('SELECT compressed, codec FROM cycling_file_chunks WHERE file_id = ? AND seq = ?').get(fileId, seq) as { compressed: Buffer; codec: 'gzip' | 'brotli' } | undefined;
  if (!row && !(n === 0 && seq === 0)) throw new CellbookError('not_found', `seq: ${file.file_name} has ${n} piece(s), numbered from 0; there is no piece ${seq}`);
  return { fileName: file.file_name, sizeBytes: file.size_bytes, sha256: file.sha256, chunkCount: n, bytes: row ? decompress(row) : Buffer.alloc(0) };
}

/** Writes the original file back to `destination` (through a temporary file), checking its SHA-256. */
export function writeOriginal(db: Db, fileId: number, destination: string): { sizeBytes: number; sha256: string } {
  const file = db.prepare('SELECT file_name, sha256 FROM cycling_files WHERE id = ?').get(fileId) as { file_name: string; sha256: string } | undefined;
  if (!file) throw new CellbookError('not_found', `cycling file ${fileId} does not exist`);
  // Named with this process's id (owned-temporaries.ts): two writers never share it, and one a killed run left is swept.
  const temporary = temporaryPathFor(destination);
  let fd: number;
  try {
    fd = openSync(temporary, 'w');
  } catch (error) {
    throw new CellbookError('refused', `cannot write ${destination}: ${(error as Error).message}`);
  }
  const hash = createHash('sha256');
  let sizeBytes = 0;
  try {
    for (const row of db.prepare('SELECT compressed, codec FROM cycling_file_chunks WHERE file_id = ? ORDER BY seq').iterate(fileId) as Iterable<{ compressed: Buffer; codec: 'gzip' | 'brotli' }>) {
      const bytes = decompress(row);
      hash.update(bytes);
      sizeBytes += bytes.byteLength;
      writeSync(fd, bytes);
    }
  } catch (error) {
    // Nothing half-written stays behind (a full disk, a damaged chunk), and the message says which file.
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw new CellbookError('internal', `${file.file_name}: could not be written back to ${destination} (${(error as Error).message}); no file was left there`);
  }
  closeSync(fd);
  const sha256 = hash.digest('hex');
  if (sha256 !== file.sha256) {
    rmSync(temporary, { force: true });
    throw new CellbookError('internal', `${file.file_name}: the stored copy does not match its SHA-256 (${sha256} instead of ${file.sha256})`);
  }
  renameSync(temporary, destination);
  return { sizeBytes, sha256 };
}
