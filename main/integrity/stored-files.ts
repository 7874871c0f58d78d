// Every file the notebook keeps, read back and hashed: attachments (table blobs, keyed by their
// SHA-256) and the cycler's original exports (compressed chunks, SHA-256 in cycling_files). A
// stored original zeroed or replaced inside the file shows here, named by file and test.
import { createHash } from 'node:crypto';
import type { Db } from '../db/query';
import { readOriginalChunk } from '../services/cycling/original-file';

/** Check reads every stored file by default while they total at most this (about a second or two of hashing here). */
export const DEFAULT_DEEP_LIMIT_BYTES = 128 * 1024 * 1024;

export interface StoredFileProblem {
  kind: 'attachment' | 'original';
  name: string;
  sentence: string;
}

export interface StoredFilesVerdict {
  /** False when the files were not read (too many bytes for a default check, and --deep not given). */
  read: boolean;
  files: number;
  bytes: number;
  problems: StoredFileProblem[];
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** How many stored files and bytes (as stored before compression) a deep check would read. */
export function storedFileTotals(db: Db): { files: number; bytes: number } {
  const blobs = hasTable(db, 'blobs') ? (db.prepare('SELECT count(*) AS n, coalesce(sum(byte_length), 0) AS bytes FROM blobs').get() as { n: number; bytes: number }) : { n: 0, bytes: 0 };
  const originals = hasTable(db, 'cycling_files') ? (db.prepare('SELECT count(*) AS n, coalesce(sum(size_bytes), 0) AS bytes FROM cycling_files').get() as { n: number; bytes: number }) : { n: 0, bytes: 0 };
  return { files: blobs.n + originals.n, bytes: blobs.bytes + originals.bytes };
}

function verifyBlobs(db: Db, problems: StoredFileProblem[]): void {
  const names = db.prepare("SELECT file_name FROM attachments WHERE blob_sha256 = ? ORDER BY id LIMIT 1");
  for (const blob of db.prepare('SELECT sha256, byte_length, content FROM blobs').iterate() as IterableIterator<{ sha256: string; byte_length: number; content: Buffer }>) {
    const actual = createHash('sha256').update(blob.content).digest('hex');
    if (actual === blob.sha256 && blob.content.byteLength === blob.byte_length) continue;
    const attachment = (names.get(blob.sha256) as { file_name: string } | undefined)?.file_name;
    const name = attachment ?? `stored file ${blob.sha256.slice(0, 12)}`;
    const sizes = blob.content.byteLength === blob.byte_length ? '' : ` (${blob.content.byteLength} bytes now, ${blob.byte_length} when stored)`;
    problems.push({ kind: 'attachment', name, sentence: `the attachment ${name} no longer matches its SHA-256${sizes}; its stored copy was changed outside Cellbook` });
  }
}

function verifyOriginals(db: Db, problems: StoredFileProblem[]): void {
  const files = db.prepare('SELECT f.id, f.file_name, f.size_bytes, f.sha256, t.name AS test_name FROM cycling_files f JOIN cycling_tests t ON t.id = f.test_id ORDER BY f.id').all() as Array<{ id: number; file_name: string; size_bytes: number; sha256: string; test_name: string }>;
  for (const file of files) {
    const where = `the original ${file.file_name} of cycling test "${file.test_name}"`;
    const hash = createHash('sha256');
    let bytes = 0;
    try {
      let chunks = 1;
      for (let seq = 0; seq < chunks; seq += 1) {
        const chunk = readOriginalChunk(db, file.id, seq);
        chunks = chunk.chunkCount;
        hash.update(chunk.bytes);
        bytes += chunk.bytes.byteLength;
      }
    } catch (error) {
      problems.push({ kind: 'original', name: file.file_name, sentence: `${where} cannot be read back (${(error as Error).message}); its stored copy was damaged or changed outside Cellbook` });
      continue;
    }
    if (hash.digest('hex') !== file.sha256 || bytes !== file.size_bytes) {
      const sizes = bytes === file.size_bytes ? '' : ` (${bytes} bytes read back, ${file.size_bytes} when imported)`;
      problems.push({ kind: 'original', name: file.file_name, sentence: `${where} no longer matches its SHA-256${sizes}; its stored copy was changed outside Cellbook` });
    }
  }
}

/** Reads and hashes every stored file when `deep`, or when they total at most the default limit. */
export function verifyStoredFiles(db: Db, deep: boolean | undefined): StoredFilesVerdict {
  const totals = storedFileTotals(db);
  const read = deep ?? totals.bytes <= DEFAULT_DEEP_LIMIT_BYTES;
  const problems: StoredFileProblem[] = [];
  if (read) {
    if (hasTable(db, 'blobs')) verifyBlobs(db, problems);
    if (hasTable(db, 'cycling_files')) verifyOriginals(db, problems);
  }
  return { read, ...totals, problems };
}
