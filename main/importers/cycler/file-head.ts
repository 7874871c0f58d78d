// The first part of a cycler file, read without loading the file: its first bytes, its encoding
// and its first lines.
import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../../shared/api-error';
import type { FileHead } from './format';
import { utf16Of } from './text-form';
import { damaged, readXlsxHead, zipNamesWorkbook, zipProblem } from './xlsx-rows';
import { damagedWorkbookPart } from './zip-check';

export const HEAD_BYTES = 256 * 1024;
const HEAD_LINES = 500;

/** UTF-8 when the head decodes cleanly, else Latin-1 (EC-Lab and older Windows exports). */
export function sniffEncoding(bytes: Uint8Array): FileHead['encoding'] {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  // A multi-byte character may be cut at the end of the head: ignore the last 3 bytes.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.max(0, bytes.length - 3)));
    return 'utf-8';
  } catch {
    return 'latin1';
  }
}

export function decodeBytes(bytes: Uint8Array, encoding: FileHead['encoding']): string {
  if (encoding === 'latin1') return new TextDecoder('latin1').decode(bytes);
  const text = new TextDecoder('utf-8').decode(bytes);
  return encoding === 'utf-8-bom' ? text.replace(/^\uFEFF/, '') : text;
}

/** What a path is when it is not a regular file, as a sentence naming it; null for a file. */
function notAFile(stats: Stats, name: string): string | null {
  if (stats.isDirectory()) return `${name} is a folder, not an export file: choose the export inside it`;
  if (stats.isFIFO()) return `${name} is a named pipe (FIFO), not a file: save the export as a file and import that`;
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return `${name} is a device, not an export file: save the export as a file and import that`;
  if (stats.isSocket()) return `${name} is a socket, not an export file`;
  return stats.isFile() ? null : `${name} is not a regular file`;
}

function cannotRead(name: string, error: unknown): CellbookError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CellbookError('not_found', `cannot read ${name}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new CellbookError('validation', `cannot read ${name}: permission denied (the file's permissions do not let Cellbook read it)`);
  return new CellbookError('validation', `cannot read ${name}: ${code ?? (error as Error).message}`);
}

/** `displayName`: the name the user knows the file by, for messages (an upload is stored under an id). */
export async function readFileHead(filePath: string, displayName?: string): Promise<FileHead & { sizeBytes: number }> {
  let stats: Stats;
  try {
    stats = statSync(filePath);
  } catch (error) {
    throw cannotRead(displayName ?? filePath, error);
  }
  const fileName = displayName ?? path.basename(filePath);
  const notFile = notAFile(stats, fileName);
  if (notFile) throw new CellbookError('validation', notFile);
  const size = stats.size;
  if (size === 0) throw new CellbookError('validation', `${fileName} is empty (0 bytes)`);
  const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
  let fd: number;
  try {
    fd = openSync(filePath, 'r');
  } catch (error) {
    throw cannotRead(fileName, error);
  }
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } catch (error) {
    throw cannotRead(fileName, error);
  } finally {
    closeSync(fd);
  }
  const firstBytes = new Uint8Array(buffer);
  if (buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04) {
    // A ZIP cut short or damaged is said as such, before the workbook reader meets it.
    const problem = zipProblem(filePath, size, fileName);
    if (problem) throw new CellbookError('validation', problem);
    if (zipNamesWorkbook(filePath, size)) {
      const part = await damagedWorkbookPart(filePath, size);
      if (part) throw new CellbookError('validation', `${fileName} is a damaged workbook (XLSX): ${part}; open it in Excel and save it again, or export it again`);
    }
    const head = await readXlsxHead(filePath, HEAD_LINES).catch((error: unknown) => {
      // A workbook the reader cannot open is damaged; a ZIP that is not one (e.g. a Neware .ndax) is left to the refusals.
      if (zipNamesWorkbook(filePath, size)) throw damaged(fileName, error);
      return null;
    });
    return { fileName, firstBytes, container: head ? 'xlsx' : 'text', encoding: 'utf-8', lines: head?.lines ?? [], complete: head?.complete ?? false, sizeBytes: size };
  }
  const complete = size <= HEAD_BYTES;
  const utf16 = utf16Of(firstBytes);
  const encoding = utf16 ? 'utf-8' : sniffEncoding(firstBytes);
  const text = utf16 ? new TextDecoder(utf16).decode(firstBytes) : decodeBytes(firstBytes, encoding);
  // Lines ended by CR alone (classic Mac OS): one "line" otherwise.
  const crOnly = text.includes('\r') && !text.includes('\n');
  const lines = text.split(crOnly ? /\r/ : /\r?\n/);
  // The last line of a partial head may be cut in the middle.
  if (!complete) lines.pop();
  const textForm = utf16 ?? (crOnly ? 'cr' : undefined);
  return { fileName, firstBytes, container: 'text', encoding, lines: lines.slice(0, HEAD_LINES), complete: complete && lines.length <= HEAD_LINES, sizeBytes: size, ...(textForm ? { textForm } : {}) };
}
