// The first part of a cycler file, read without loading the file: its first bytes, its encoding
// and its first lines.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../../shared/api-error';
import type { FileHead } from './format';
import { readXlsxHead } from './xlsx-rows';

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

/** `displayName`: the name the user knows the file by, for messages (an upload is stored under an id). */
export async function readFileHead(filePath: string, displayName?: string): Promise<FileHead & { sizeBytes: number }> {
  let size: number;
  try {
    size = statSync(filePath).size;
  } catch {
    throw new CellbookError('not_found', `cannot read ${displayName ?? filePath}: no such file`);
  }
  const fileName = displayName ?? path.basename(filePath);
  if (size === 0) throw new CellbookError('validation', `${fileName} is empty (0 bytes)`);
  const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
  const fd = openSync(filePath, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  const firstBytes = new Uint8Array(buffer);
  if (buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04) {
    const head = await readXlsxHead(filePath, HEAD_LINES).catch(() => null);
    // A ZIP that is not a workbook (e.g. a Neware .ndax) is left to the refusals.
    return { fileName, firstBytes, container: head ? 'xlsx' : 'text', encoding: 'utf-8', lines: head?.lines ?? [], complete: head?.complete ?? false, sizeBytes: size };
  }
  const encoding = sniffEncoding(firstBytes);
  const text = decodeBytes(firstBytes, encoding);
  const complete = size <= HEAD_BYTES;
  const lines = text.split(/\r?\n/);
  // The last line of a partial head may be cut in the middle.
  if (!complete) lines.pop();
  return { fileName, firstBytes, container: 'text', encoding, lines: lines.slice(0, HEAD_LINES), complete: complete && lines.length <= HEAD_LINES, sizeBytes: size };
}
