// The tester's file as it was, kept in the notebook: SHA-256 of the bytes (to recognise a file
// imported before) and gzip-compressed 4 MiB chunks, so that neither the import nor reading it back
// holds the whole file in memory. Level 1 compression runs on libuv's thread pool while the main
// thread parses the same file, so keeping the original costs the import little time.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { constants, gunzipSync, gzip } from 'node:zlib';
import { CellbookError } from '../../../shared/api-error';
import type { Db } from '../../db/query';

const CHUNK_BYTES = 4 * 1024 * 1024;
const gzipAsync = promisify(gzip);

export interface SpooledOriginal {
  sha256: string;
  sizeBytes: number;
  /** A temporary file holding the compressed chunks back to back. */
  spoolPath: string;
  chunkLengths: number[];
}

/** Hashes and compresses `filePath` into `spoolPath`. */
export async function spoolOriginal(filePath: string, spoolPath: string, signal?: AbortSignal): Promise<SpooledOriginal> {
  const hash = createHash('sha256');
  const spool = await open(spoolPath, 'w');
  const chunkLengths: number[] = [];
  let sizeBytes = 0;
  let pending: Promise<Buffer> | null = null;
  const flush = async () => {
    if (!pending) return;
    const compressed = await pending;
    pending = null;
    await spool.write(compressed);
    chunkLengths.push(compressed.byteLength);
  };
  try {
    for await (const chunk of createReadStream(filePath, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
      if (signal?.aborted) throw new CellbookError('cancelled', 'import cancelled; nothing was saved');
      hash.update(chunk);
      sizeBytes += chunk.byteLength;
      // One chunk compressing while the next is read: memory stays at a few chunks.
      await flush();
      pending = gzipAsync(chunk, { level: constants.Z_BEST_SPEED });
    }
    await flush();
  } finally {
    await spool.close();
  }
  return { sha256: hash.digest('hex'), sizeBytes, spoolPath, chunkLengths };
}

/** Moves the spooled chunks into the notebook; runs inside the import's transaction. */
export function storeOriginal(db: Db, fileId: number, spooled: SpooledOriginal): void {
  const insert = db.prepare('INSERT INTO cycling_file_chunks (file_id, seq, gzip) VALUES (?, ?, ?)');
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

/** Writes the original file back to `destination` (through a temporary file), checking its SHA-256. */
export function writeOriginal(db: Db, fileId: number, destination: string): { sizeBytes: number; sha256: string } {
  const file = db.prepare('SELECT file_name, sha256 FROM cycling_files WHERE id = ?').get(fileId) as { file_name: string; sha256: string } | undefined;
  if (!file) throw new CellbookError('not_found', `cycling file ${fileId} does not exist`);
  const temporary = `${destination}.partial`;
  const fd = openSync(temporary, 'w');
  const hash = createHash('sha256');
  let sizeBytes = 0;
  try {
    for (const row of db.prepare('SELECT gzip FROM cycling_file_chunks WHERE file_id = ? ORDER BY seq').iterate(fileId) as Iterable<{ gzip: Buffer }>) {
      const bytes = gunzipSync(row.gzip);
      hash.update(bytes);
      sizeBytes += bytes.byteLength;
      writeSync(fd, bytes);
    }
  } finally {
    closeSync(fd);
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== file.sha256) {
    rmSync(temporary, { force: true });
    throw new CellbookError('internal', `${file.file_name}: the stored copy does not match its SHA-256 (${sha256} instead of ${file.sha256})`);
  }
  renameSync(temporary, destination);
  return { sizeBytes, sha256 };
}
