// Lines of a text export, streamed in chunks: never the whole file in memory. Bytes are decoded
// with the encoding the head showed; characters damaged upstream are counted, not fatal.
import { createReadStream } from 'node:fs';
import type { FileHead } from './format';

export interface LineProgress {
  bytesRead: number;
  lines: number;
}

export async function* textLines(filePath: string, encoding: FileHead['encoding'], onChunk?: (progress: LineProgress) => void): AsyncGenerator<{ line: string; lineNumber: number }> {
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
      const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
      yield { line, lineNumber };
      start = end + 1;
    }
    carry = text.slice(start);
    onChunk?.({ bytesRead, lines: lineNumber });
  }
  carry += decoder.decode();
  if (carry.length > 0) {
    lineNumber += 1;
    yield { line: carry.replace(/\r$/, ''), lineNumber };
  }
}
