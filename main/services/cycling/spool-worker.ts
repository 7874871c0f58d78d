// Hashing and compressing the original file runs in a worker thread: on the main thread it would
// only get the gaps between the parser's chunks, and finish long after the parsing did. The worker
// is given as source text (not a file) so that it runs the same from the bundled CLI, the web host
// and Electron, with nothing to locate on disk. It reads the file in 4 MiB chunks, hashes each
// (unless the hash is known: an upload is hashed as it arrives), compresses it with Brotli and
// appends it to the spool file, then posts the result. Brotli's quality 1 with a 64 KiB window
// costs no more CPU per MB than quality 0 with its default 4 MiB window (a cycler export's
// repeats are within a few lines: the larger window's longer searches find almost nothing more)
// and leaves a fifth less to store: 24 % of an export's size instead of 30 %, measured on the
// import benchmark's file. Storing is done in the import's one transaction, after the parse, so
// each MB not written there is time taken off the import.
import { Worker } from 'node:worker_threads';

const SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, writeSync, closeSync } = require('node:fs');
const { brotliCompressSync, constants } = require('node:zlib');
const { filePath, spoolPath, chunkBytes, knownSha256 } = workerData;
const options = { params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_LGWIN]: 16, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: chunkBytes } };
const hash = knownSha256 ? null : createHash('sha256');
const input = openSync(filePath, 'r');
const output = openSync(spoolPath, 'w');
const chunk = Buffer.allocUnsafe(chunkBytes);
const chunkLengths = [];
// Each chunk's compressed bytes are a new buffer, dead once written; this thread's heap is so small
// that V8 waits for tens of MB of them before it collects, and glibc then keeps the freed memory in
// this thread's arena: 20 MB of a 5 M-row import's peak. A young-generation collection after each
// chunk frees them at once (well under a millisecond here).
// The collector is reached as free-columns.ts reaches it on the main thread (this source text cannot
// import it); a runtime that refuses the flag keeps V8's own timing: the same spool, a higher peak.
let collect = () => {};
try {
  require('node:v8').setFlagsFromString('--expose-gc');
  const gc = require('node:vm').runInNewContext('gc');
  if (typeof gc === 'function') collect = () => gc({ type: 'minor' });
} catch {}
let sizeBytes = 0;
try {
  for (;;) {
    let length = 0;
    // A chunk is filled to its end (a read may return less) so that every chunk but the last is whole.
    while (length < chunkBytes) {
      const read = readSync(input, chunk, length, chunkBytes - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length === 0) break;
    const bytes = chunk.subarray(0, length);
    if (hash) hash.update(bytes);
    sizeBytes += length;
    const compressed = brotliCompressSync(bytes, options);
    writeSync(output, compressed);
    chunkLengths.push(compressed.byteLength);
    collect();
    if (length < chunkBytes) break;
  }
} finally {
  closeSync(input);
  closeSync(output);
}
parentPort.postMessage({ sha256: hash ? hash.digest('hex') : knownSha256, sizeBytes, chunkLengths });
`;

export interface SpoolResult {
  sha256: string;
  sizeBytes: number;
  chunkLengths: number[];
}

/** Runs the spool in a worker; an abort stops the worker (and so the reading) at once. */
export function spoolInWorker(filePath: string, spoolPath: string, chunkBytes: number, signal: AbortSignal | undefined, onAbort: () => Error, knownSha256: string | null = null): Promise<SpoolResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(onAbort());
      return;
    }
    const worker = new Worker(SOURCE, { eval: true, workerData: { filePath, spoolPath, chunkBytes, knownSha256 } });
    let settled = false;
    const abort = () => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(onAbort());
    };
    signal?.addEventListener('abort', abort, { once: true });
    worker.once('message', (result: SpoolResult) => {
      settled = true;
      signal?.removeEventListener('abort', abort);
      resolve(result);
    });
    worker.once('error', (error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      reject(error);
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', abort);
      reject(new Error(`the spool of ${filePath} stopped (worker exit ${code})`));
    });
  });
}
