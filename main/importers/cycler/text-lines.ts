// Lines of a text export, streamed in chunks: never the whole file in memory. Each line is handed
// over as bytes (a range of the chunk it lies in) to a callback that runs synchronously in the
// chunk loop, so a million-line file costs no per-line promise or string: the reader parses plain
// ASCII lines straight from the bytes and decodes only the rare line that needs it (lineDecoder).
import { isAscii } from 'node:buffer';
import { open } from 'node:fs/promises';
import { CellbookError } from '../../../shared/api-error';
import type { FileHead } from './format';

export interface LineProgress {
  bytesRead: number;
  lines: number;
}

/** A line as text (workbook rows come this way). */
export interface TextLine {
  line: string;
  lineNumber: number;
  /** The file's last line with no line break after it: the file may have been cut inside it. */
  unterminated?: boolean;
}

/**
 * One line without its "\n" (nor the "\r" before it): bytes [start, end) of `bytes`, valid only
 * during the call (the chunk buffer is reused). `unterminated`: the file's last line, with no line
 * break after it. `plain`: the line is ASCII without a double quote (known for whole chunks at once,
 * with the native checks, so the reader need not look at every byte for them).
 */
export type LineSink = (bytes: Buffer, start: number, end: number, lineNumber: number, unterminated: boolean, plain: boolean) => void;

/** ASCII and no double quote in bytes [start, end). */
function isPlain(bytes: Buffer, start: number, end: number): boolean {
  if (!isAscii(bytes.subarray(start, end))) return false;
  const quote = bytes.indexOf(34, start);
  return quote === -1 || quote >= end;
}

/** No export writes a line this long; a file that does is not line-based text (or is damaged). */
export const MAX_LINE_CHARS = 1 << 20;

/** Read size: large enough that the per-read cost vanishes, small enough to stay in cache. */
const CHUNK_BYTES = 1 << 20;

/**
 * A refusal that names a line. Its message is a template with "{line}" for the number, so that a
 * part of a file read apart (parallel-read.ts), which numbers its lines from 1, can be renumbered.
 */
export class LineError extends CellbookError {
  constructor(
    code: CellbookError['code'],
    readonly lineNumber: number,
    readonly template: string,
  ) {
    super(code, template.replace('{line}', String(lineNumber)));
  }
}

function tooLong(fileName: string, lineNumber: number): LineError {
  return new LineError('validation', lineNumber, `${fileName}: line {line} runs past ${MAX_LINE_CHARS.toLocaleString('en')} characters without ending; this is not a text export Cellbook can read`);
}

/**
 * Decodes bytes of a line as the file's encoding: UTF-8 (a damaged sequence becomes U+FFFD) or
 * Latin-1 (as Windows-1252, which is what TextDecoder means by it).
 */
export function lineDecoder(encoding: FileHead['encoding']): (bytes: Uint8Array, start: number, end: number) => string {
  const decoder = new TextDecoder(encoding === 'latin1' ? 'latin1' : 'utf-8', { ignoreBOM: true });
  return (bytes, start, end) => decoder.decode(bytes.subarray(start, end));
}

/** The end of bytes [start, end) without one "\r" at the end. */
function withoutCr(bytes: Uint8Array, start: number, end: number): number {
  return end > start && bytes[end - 1] === 13 ? end - 1 : end;
}

function grow(buffer: Buffer, used: number, needed: number): Buffer {
  const bigger = Buffer.allocUnsafe(Math.max(needed, buffer.length * 2));
  buffer.copy(bigger, 0, 0, used);
  return bigger;
}

/**
 * Bytes [startByte, endByte) of a file, for reading one part of it (parallel-read.ts): `startByte`
 * is 0 or just after a "\n", `endByte` is just after a "\n" or the file's size. Lines are numbered
 * from 1 within the part.
 */
export interface ByteRange {
  startByte: number;
  endByte: number;
}

/**
 * Calls `onLine` for every line of the file (or of `range`), numbered from 1, in order, and
 * `onChunk` after each chunk's lines. A UTF-8 byte order mark at the start is not part of the first
 * line. An exception thrown by `onLine` (a refusal, a cancel) stops the reading and is passed on.
 */
export async function scanTextLines(filePath: string, encoding: FileHead['encoding'], fileName: string, onLine: LineSink, onChunk?: (progress: LineProgress) => void, range?: ByteRange): Promise<void> {
  const handle = await open(filePath, 'r');
  let reading: Promise<{ bytesRead: number }> | null = null;
  try {
    // Two buffers: the next chunk is read (on the thread pool) while this one is scanned.
    const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
    // The unfinished line at a chunk's end, waiting for its rest.
    let carry: Buffer = Buffer.allocUnsafe(1 << 16);
    let carryLength = 0;
    let lineNumber = 0;
    let bytesRead = 0;
    // Only the file's own start can hold a byte order mark.
    let first = (range?.startByte ?? 0) === 0;
    let which = 0;
    // A part is read at its own positions (it ends where the next part begins); a whole file from
    // its current position, which works for any readable file.
    const endByte = range?.endByte ?? Number.POSITIVE_INFINITY;
    let position = range?.startByte ?? 0;
    const readNext = (buffer: Buffer) => {
      const wanted = Math.min(CHUNK_BYTES, endByte - position);
      const read = wanted > 0 ? handle.read(buffer, 0, wanted, range ? position : null) : Promise.resolve({ bytesRead: 0 });
      return read.then((result) => {
        position += result.bytesRead;
        return result;
      });
    };
    reading = readNext(buffers[0]!);
    for (;;) {
      const { bytesRead: length } = await reading;
      reading = null;
      if (length === 0) break;
      const chunk = buffers[which]!;
      which ^= 1;
      reading = readNext(buffers[which]!);
      bytesRead += length;
      let start = 0;
      if (first) {
        first = false;
        // One mark, as TextDecoder takes it, and a second that some BOM writers repeat.
        if (encoding !== 'latin1') {
          for (let marks = 0; marks < 2 && start + 3 <= length && chunk[start] === 0xef && chunk[start + 1] === 0xbb && chunk[start + 2] === 0xbf; marks += 1) start += 3;
        }
      }
      const plain = isPlain(chunk, 0, length);
      let end = chunk.indexOf(10, start);
      if (end >= length) end = -1;
      if (carryLength > 0 && end !== -1) {
        // The line that began in an earlier chunk ends in this one.
        const needed = carryLength + end;
        if (needed > MAX_LINE_CHARS) throw tooLong(fileName, lineNumber + 1);
        if (needed > carry.length) carry = grow(carry, carryLength, needed);
        chunk.copy(carry, carryLength, 0, end);
        lineNumber += 1;
        onLine(carry, 0, withoutCr(carry, 0, needed), lineNumber, false, isPlain(carry, 0, needed));
        carryLength = 0;
        start = end + 1;
        end = chunk.indexOf(10, start);
        if (end >= length) end = -1;
      }
      while (end !== -1) {
        lineNumber += 1;
        if (end - start > MAX_LINE_CHARS) throw tooLong(fileName, lineNumber);
        onLine(chunk, start, withoutCr(chunk, start, end), lineNumber, false, plain);
        start = end + 1;
        end = start < length ? chunk.indexOf(10, start) : -1;
        if (end >= length) end = -1;
      }
      if (start < length) {
        const needed = carryLength + length - start;
        if (needed > MAX_LINE_CHARS) throw tooLong(fileName, lineNumber + 1);
        if (needed > carry.length) carry = grow(carry, carryLength, needed);
        chunk.copy(carry, carryLength, start, length);
        carryLength = needed;
      }
      onChunk?.({ bytesRead, lines: lineNumber });
    }
    if (carryLength > 0) {
      lineNumber += 1;
      onLine(carry, 0, withoutCr(carry, 0, carryLength), lineNumber, true, isPlain(carry, 0, carryLength));
    }
  } finally {
    // A read still under way (after an exception from a line) ends before the file is closed.
    await reading?.catch(() => undefined);
    await handle.close();
  }
}
