// Lines of a text export, streamed in chunks: never the whole file in memory. Bytes are decoded
// with the encoding the head showed; characters damaged upstream are counted, not fatal.
import { createReadStream } from 'node:fs';
import { CellbookError } from '../../../shared/api-error';
import type { FileHead } from './format';

export interface LineProgress {
  bytesRead: number;
  lines: number;
}

/** No export writes a line this long; a file that does is not line-based text (or is damaged). */
export const MAX_LINE_CHARS = 1 << 20;

export interface TextLine {
  line: string;
  lineNumber: number;
  /** The file's last line with no line break after it: the file may have been cut inside it. */
  unterminated?: boolean;
}

function tooLong(fileName: string, lineNumber: number): CellbookError {
  return new CellbookError('validation', `${fileName}: line ${lineNumber} runs past ${MAX_LINE_CHARS.toLocaleString('en')} characters without ending; this is not a text export Cellbook can read`);
}

export async function* textLines(filePath: string, encoding: FileHead['encoding'], fileName: string, onChunk?: (progress: LineProgress) => void): AsyncGenerator<TextLine> {
  const decoder = new TextDecoder(encoding === 'latin1' ? 'latin1' : 'utf-8');
  let carry = '';
  let lineNumber = 0;
  let bytesRead = 0;
  let first = true;
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    let text = carry + decoder.decode(chunk, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      lineNumber += 1;
      if (end - start > MAX_LINE_CHARS) throw tooLong(fileName, lineNumber);
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      yield { line, lineNumber };
      start = end + 1;
    }
    carry = text.slice(start);
    if (carry.length > MAX_LINE_CHARS) throw tooLong(fileName, lineNumber + 1);
    onChunk?.({ bytesRead, lines: lineNumber });
  }
  carry += decoder.decode();
  if (carry.length > 0) {
    lineNumber += 1;
    yield { line: carry.replace(/\r$/, ''), lineNumber, unterminated: true };
  }
}
