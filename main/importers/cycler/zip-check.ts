// Whether a workbook's parts are whole, checked before the workbook reader sees them: on a part
// whose compressed bytes are damaged, exceljs's streaming reader waits forever instead of failing
// (the inflate error never reaches it), so an import would never end. Each part under "xl/" is
// inflated once and its CRC-32 compared with the one its ZIP directory records.
import { createReadStream, closeSync, openSync, readSync } from 'node:fs';
import { crc32, createInflateRaw } from 'node:zlib';

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** The ZIP directory's entries; null when it cannot be read (left to the workbook reader to say). */
function entriesOf(fd: number, sizeBytes: number): Entry[] | null {
  const tailLength = Math.min(sizeBytes, 22 + 0xffff);
  const tail = readAt(fd, sizeBytes - tailLength, tailLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0; i -= 1) if (tail.readUInt32LE(i) === EOCD) { end = i; break; }
  if (end < 0) return null;
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  // ZIP64 (a workbook over 4 GiB) keeps its numbers elsewhere: not checked here.
  if (directoryOffset === 0xffffffff || directoryOffset + directorySize > sizeBytes) return null;
  const directory = readAt(fd, directoryOffset, directorySize);
  const entries: Entry[] = [];
  let at = 0;
  for (let n = 0; n < count && at + 46 <= directory.length; n += 1) {
    if (directory.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    entries.push({
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      localOffset: directory.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The first damaged part under "xl/", in words; null when all are whole (or the directory cannot tell). */
export async function damagedWorkbookPart(filePath: string, sizeBytes: number): Promise<string | null> {
  const fd = openSync(filePath, 'r');
  let entries: Entry[] | null;
  const starts = new Map<Entry, number>();
  try {
    entries = entriesOf(fd, sizeBytes);
    if (!entries) return null;
    for (const entry of entries) {
      if (!entry.name.startsWith('xl/') || entry.compressedSize === 0) continue;
      const local = readAt(fd, entry.localOffset, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) return `its part ${entry.name} does not start where the ZIP directory says`;
      starts.set(entry, entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28));
    }
  } finally {
    closeSync(fd);
  }
  for (const [entry, start] of starts) {
    if (entry.method !== 0 && entry.method !== 8) continue;
    const problem = await partProblem(filePath, entry, start);
    if (problem) return `its part ${entry.name} ${problem}`;
  }
  return null;
}

function partProblem(filePath: string, entry: Entry, start: number): Promise<string | null> {
  return new Promise((resolve) => {
    const input = createReadStream(filePath, { start, end: start + entry.compressedSize - 1 });
    let crc = 0;
    const finish = (problem: string | null) => {
      input.destroy();
      resolve(problem);
    };
    if (entry.method === 0) {
      input.on('data', (chunk) => (crc = crc32(chunk as Buffer, crc)));
      input.on('end', () => finish(crc >>> 0 === entry.crc ? null : 'fails its checksum'));
      input.on('error', (error) => finish(`cannot be read (${error.message})`));
      return;
    }
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => (crc = crc32(chunk, crc)));
    inflate.on('end', () => finish(crc >>> 0 === entry.crc ? null : 'fails its checksum'));
    inflate.on('error', (error) => finish(`cannot be unpacked (${error.message})`));
    input.on('error', (error) => finish(`cannot be read (${error.message})`));
    input.pipe(inflate);
  });
}
