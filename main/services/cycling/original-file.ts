// The tester's file as it was, kept in the notebook: SHA-256 of the bytes (to recognise a file
// imported before) and compressed 4 MiB chunks, so that neither the import nor reading it back
// holds the whole file in memory. Brotli at quality 0 (about 300 MB/s here, 30 % of the size of an
// export; gzip level 1 manages 83 MB/s for 28 %) runs in a worker thread while the main thread
// parses the same file, so keeping the original costs the import almost no time.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CellbookError } from '../../../shared/api-error';
import type { Db } from '../../db/query';
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
  const result = await spoolInWorker(filePath, spoolPath, CHUNK_BYTES, signal, () => new CellbookError('cancelled', 'import cancelled; nothing was saved'), knownSha256);
  return { ...result, spoolPath };
}

/** Moves the spooled chunks into the notebook; runs inside the import's transaction. */
export function storeOriginal(db: Db, fileId: number, spooled: SpooledOriginal): void {
  const insert = db.prepare("INSERT INTO cycling_file_chunks (file_id, seq, compressed, codec) VALUES (?, ?, ?, 'brotli')");
  const fd = openSync(spooled.spoolPath, 'r');
  try {
    let position = 0;
    spooled.chunkLengths.forEach((length, seq) => {
      const buffer = Buffer.allocUnsafe(length);
      readSync(fd, buffer, 0, length, position);
      position += length;
      insert.run(fileId, seq, buffer);
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
  const temporary = `${destination}.partial`;
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
