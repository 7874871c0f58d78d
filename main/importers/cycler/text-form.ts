// Text exports the line reader cannot take as they are: UTF-16 (Windows tools that "save as
// Unicode" write it, with a byte order mark) and lines ended by CR alone (classic Mac OS). Such a
// file is read through a copy in UTF-8 with LF line ends, written in chunks beside the system's
// temporary files and removed after the read; the original is kept as it is.
import { rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { makeOwnedTempDir } from '../../files/owned-temporaries';
import type { FileHead } from './format';

export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export interface PlainTextCopy {
  filePath: string;
  /** For the import report: what the file was and how it was read. */
  note: string;
  remove: () => void;
}

const CHUNK_BYTES = 1 << 20;

/** A UTF-8, LF copy of a file whose head says it needs one; null when it reads as it is. */
export async function plainTextCopy(filePath: string, head: FileHead): Promise<PlainTextCopy | null> {
  const form = head.textForm;
  if (!form) return null;
  const dir = makeOwnedTempDir('text');
  const copyPath = path.join(dir, 'utf8.txt');
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const input = await open(filePath, 'r');
    const output = await open(copyPath, 'w');
    try {
      const decoder = form === 'cr' ? null : new TextDecoder(form);
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      // A CR at a chunk's end waits for the next chunk: it may be the first half of CR LF.
      let carry = '';
      const write = (text: string) => output.write(decoder ? Buffer.from(text, 'utf8') : Buffer.from(text, 'latin1'));
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, CHUNK_BYTES, null);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        let text = carry + (decoder ? decoder.decode(chunk, { stream: true }) : chunk.toString('latin1'));
        carry = text.endsWith('\r') ? '\r' : '';
        if (carry) text = text.slice(0, -1);
        // CR LF stays one line end; a CR alone becomes LF.
        await write(text.replace(/\r(?!\n)/g, '\n'));
      }
      await write((carry + (decoder ? decoder.decode() : '')).replace(/\r(?!\n)/g, '\n'));
    } finally {
      await input.close();
      await output.close();
    }
  } catch (error) {
    remove();
    throw error;
  }
  const what = form === 'cr' ? 'ends its lines with CR alone (as classic Mac OS does): read line by line all the same' : `is UTF-16 text (${form === 'utf-16le' ? 'little' : 'big'}-endian, with a byte order mark): read as such`;
  return { filePath: copyPath, note: `${head.fileName} ${what}`, remove };
}
