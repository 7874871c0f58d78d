// Turns the bytes of a CSV file into text. Spreadsheet programs save CSV in whatever the
// platform's legacy code page is unless told "CSV UTF-8"; guessing that code page would silently
// turn "µm" into "Âµm", so anything that is not UTF-8 (or BOM-marked UTF-16) is refused with the
// line a researcher can look at.
import { CellbookError } from '../../shared/api-error';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

const SAVE_AS_UTF8 = 'save the file as "CSV UTF-8" and import again';

export function decodeCsvBytes(fileName: string, bytes: Uint8Array): DecodedText {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      throw new CellbookError('validation', `${fileName} is marked as ${utf16.toUpperCase()} but is not valid ${utf16.toUpperCase()}; ${SAVE_AS_UTF8}`);
    }
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // The decoder drops a leading BOM itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8Offset(bytes));
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    throw new CellbookError('validation', `${fileName} line ${lineAt(bytes, offset)} is not valid UTF-8 (byte 0x${byte}); ${SAVE_AS_UTF8}`);
  }
}

/** 1-based line of a byte offset, counting LF, CRLF and a lone CR each as one line break. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  }
  return line;
}

/**
 * Offset of the first byte that starts no valid UTF-8 sequence (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF). TextDecoder only says *that* the input is invalid.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // Allowed range of the second byte and number of continuation bytes, per lead byte.
    let low = 0x80;
    let high = 0xbf;
    let length: number;
    if (lead >= 0xc2 && lead <= 0xdf) length = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= length; k += 1) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length + 1;
  }
  return -1;
}
