// Reads an .eln file (a zip) without trusting it. The central directory is read first and every
// entry is judged from it before anything is inflated: a name that leaves the crate's folder (`..`,
// an absolute path, a backslash), a symlink, an encrypted entry, an unknown compression, an entry
// over the size limit, an absurd compression ratio or too many entries refuses the whole file with
// one sentence naming the entry. Inflating then feeds the compressed bytes in small slices and
// counts what comes out, so an entry whose header lies about its size is stopped at the limit
// instead of filling memory. Nothing in the file is ever run; its bytes are only read.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Inflate } from 'fflate';
import { CellbookError } from '../../../shared/api-error';
import { formatBytes } from '../../../shared/format/bytes';
import { ELN_ENTRY_MAX_BYTES, ELN_FILE_MAX_BYTES, ELN_INFLATE_SLICE_BYTES, ELN_MAX_COMPRESSION_RATIO, ELN_MAX_ENTRIES, ELN_RATIO_FLOOR_BYTES, ELN_TOTAL_MAX_BYTES } from './eln-import-limits';

interface CentralEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedBytes: number;
  sizeBytes: number;
  symlink: boolean;
  localOffset: number;
}

export interface ElnArchive {
  /** The .eln file's own name, for every sentence about it. */
  fileName: string;
  /** The crate's folder inside the zip ('' when ro-crate-metadata.json sits at the top). */
  root: string;
  /** Each file below the root folder by its path there (empty path segments collapsed), inflated. */
  files: Map<string, Uint8Array>;
  /** Entries outside the crate's folder, which are not read. */
  outside: string[];
}

const refuse = (fileName: string, sentence: string) => new CellbookError('refused', `${fileName}: ${sentence}; nothing was imported.`);

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}

function readCentralDirectory(bytes: Buffer, fileName: string): CentralEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) throw new CellbookError('validation', `${fileName} is not an .eln file: it is not a zip archive (no zip directory at its end); nothing was imported.`);
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw refuse(fileName, 'it is a ZIP64 archive (over 65535 entries or 4 GB), larger than an .eln import may be');
  if (count > ELN_MAX_ENTRIES) throw refuse(fileName, `it holds ${count} entries, more than the ${ELN_MAX_ENTRIES} an .eln import may hold`);
  const entries: CentralEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new CellbookError('validation', `${fileName} is damaged: its zip directory ends after ${index} of ${count} entries; nothing was imported.`);
    const madeBy = bytes.readUInt16LE(at + 4);
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const external = bytes.readUInt32LE(at + 38);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const unixMode = madeBy >> 8 === 3 ? external >>> 16 : 0;
    entries.push({
      name,
      method: bytes.readUInt16LE(at + 10),
      encrypted: (flags & 1) === 1,
      compressedBytes: bytes.readUInt32LE(at + 20),
      sizeBytes: bytes.readUInt32LE(at + 24),
      symlink: (unixMode & 0o170000) === 0o120000,
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Why an entry makes the whole file unsafe to import, or null. */
export function entryRefusal(entry: CentralEntry): string | null {
  const { name } = entry;
  if (name.includes('\0')) return `the entry "${name.replace(/\0/g, '\\0')}" has a NUL character in its name`;
  if (name.includes('\\')) return `the entry "${name}" uses a backslash in its path, which could leave the crate's folder on Windows`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `the entry "${name}" has an absolute path`;
  if (name.split('/').some((segment) => segment === '..')) return `the entry "${name}" tries to leave its folder (..)`;
  if (entry.symlink) return `the entry "${name}" is a symbolic link`;
  if (entry.encrypted) return `the entry "${name}" is encrypted`;
  if (entry.method !== 0 && entry.method !== 8) return `the entry "${name}" uses compression method ${entry.method}; only stored and deflated entries can be read`;
  if (entry.sizeBytes > ELN_ENTRY_MAX_BYTES) return `the entry "${name}" is ${formatBytes(entry.sizeBytes)} once unpacked, more than the ${formatBytes(ELN_ENTRY_MAX_BYTES)} one entry may be`;
  if (entry.sizeBytes > ELN_RATIO_FLOOR_BYTES && entry.sizeBytes > entry.compressedBytes * ELN_MAX_COMPRESSION_RATIO) {
    return `the entry "${name}" would unpack ${Math.round(entry.sizeBytes / Math.max(1, entry.compressedBytes))} times its packed size (${formatBytes(entry.compressedBytes)} to ${formatBytes(entry.sizeBytes)}), which only a zip bomb does`;
  }
  return null;
}

/** An entry's path with empty segments collapsed ("a//b" → "a/b"), as a crate's @ids name it. */
const tidy = (name: string) => name.split('/').filter((segment) => segment.length > 0).join('/');

function inflateEntry(bytes: Buffer, entry: CentralEntry, fileName: string): Uint8Array {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw new CellbookError('validation', `${fileName} is damaged: the entry "${entry.name}" is not where its directory says; nothing was imported.`);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const packed = bytes.subarray(start, start + entry.compressedBytes);
  if (packed.length !== entry.compressedBytes) throw new CellbookError('validation', `${fileName} is damaged: the entry "${entry.name}" is cut short; nothing was imported.`);
  if (entry.method === 0) {
    if (entry.compressedBytes !== entry.sizeBytes) throw refuse(fileName, `the stored entry "${entry.name}" states two different sizes`);
    return new Uint8Array(packed);
  }
  const pieces: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.byteLength;
    // The header's size is what was checked against the limits; more than that is a lie.
    if (produced > entry.sizeBytes) throw refuse(fileName, `the entry "${entry.name}" unpacks to more than the ${formatBytes(entry.sizeBytes)} its header states`);
    pieces.push(chunk);
  });
  try {
    for (let offset = 0; offset < packed.length; offset += ELN_INFLATE_SLICE_BYTES) {
      inflater.push(packed.subarray(offset, offset + ELN_INFLATE_SLICE_BYTES), offset + ELN_INFLATE_SLICE_BYTES >= packed.length);
    }
    if (packed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof CellbookError) throw error;
    throw new CellbookError('validation', `${fileName} is damaged: the entry "${entry.name}" cannot be unpacked (${(error as Error).message}); nothing was imported.`);
  }
  if (produced !== entry.sizeBytes) throw refuse(fileName, `the entry "${entry.name}" unpacks to ${produced} bytes, not the ${entry.sizeBytes} its header states`);
  return Buffer.concat(pieces);
}

/** Reads and checks `filePath`; `fileName` is how the user knows it (an upload has another name on disk). */
export function readElnArchive(filePath: string, fileName = path.basename(filePath)): ElnArchive {
  let size: number;
  try {
    size = statSync(filePath).size;
  } catch {
    throw new CellbookError('not_found', `${fileName} does not exist or cannot be read; nothing was imported.`);
  }
  if (size > ELN_FILE_MAX_BYTES) throw refuse(fileName, `it is ${formatBytes(size)}, more than the ${formatBytes(ELN_FILE_MAX_BYTES)} an .eln import may be`);
  const bytes = readFileSync(filePath);
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) throw new CellbookError('validation', `${fileName} is not an .eln file: it is not a zip archive; nothing was imported.`);
  const entries = readCentralDirectory(bytes, fileName);
  let total = 0;
  for (const entry of entries) {
    const refusal = entryRefusal(entry);
    if (refusal) throw refuse(fileName, refusal);
    total += entry.sizeBytes;
  }
  if (total > ELN_TOTAL_MAX_BYTES) throw refuse(fileName, `its entries unpack to ${formatBytes(total)}, more than the ${formatBytes(ELN_TOTAL_MAX_BYTES)} an .eln import may hold`);
  const names = entries.map((entry) => tidy(entry.name));
  const metadataAt = names.filter((name) => /^([^/]+\/)?ro-crate-metadata\.json$/.test(name)).sort((a, b) => b.length - a.length)[0];
  if (!metadataAt) throw new CellbookError('validation', `${fileName} is not an .eln file: it holds no ro-crate-metadata.json in its folder; nothing was imported.`);
  const root = metadataAt.includes('/') ? metadataAt.slice(0, metadataAt.indexOf('/')) : '';
  const prefix = root === '' ? '' : `${root}/`;
  const files = new Map<string, Uint8Array>();
  const outside: string[] = [];
  entries.forEach((entry, index) => {
    const name = names[index]!;
    if (entry.name.endsWith('/')) return;
    if (!name.startsWith(prefix)) {
      outside.push(entry.name);
      return;
    }
    const relative = name.slice(prefix.length);
    if (files.has(relative)) throw refuse(fileName, `the entry "${entry.name}" appears twice`);
    files.set(relative, inflateEntry(bytes, entry, fileName));
  });
  return { fileName, root, files, outside };
}
