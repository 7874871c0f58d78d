// A body over browser mode's limit, sent over a real HTTP connection as a browser would: the
// answer is 413 with the limit stated, never a reset connection, and nothing is written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { API_BODY_LIMIT_BYTES, startWebHost, type WebHost } from './web-host';

let temp: TempNotebook;
let host: WebHost;
const TOKEN = 'test-token-0123456789abcdef';

beforeAll(async () => {
  temp = await openTempNotebook();
  const rendererDir = path.join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Cellbook</title>');
  host = await startWebHost({ rendererDir, token: TOKEN });
  host.attach(temp.ctx);
});

afterAll(async () => {
  await host.close();
  temp.dispose();
});

/** POSTs `totalBytes` of a JSON string in 1 MiB pieces; with `declare`, the length is sent up front. */
function postLarge(totalBytes: number, declare: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-cellbook-token': TOKEN, host: `127.0.0.1:${host.port}` };
    if (declare) headers['content-length'] = String(totalBytes);
    const request = httpRequest({ host: '127.0.0.1', port: host.port, path: '/api/updateSettings', method: 'POST', headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    const piece = Buffer.alloc(1024 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < totalBytes) {
        const part = piece.subarray(0, Math.min(piece.length, totalBytes - sent));
        sent += part.length;
        if (!request.write(part)) {
          request.once('drain', pump);
          return;
        }
      }
      request.end();
    };
    pump();
  });
}

const historyCount = () => (temp.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;

describe('browser mode: request body limit', () => {
  it.each([
    ['its length declared', true],
    ['no length declared (chunked)', false],
  ])('answers a body over the limit with 413 and the limit, %s', async (_what, declare) => {
    const response = await postLarge(API_BODY_LIMIT_BYTES + 1024 * 1024, declare);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { code: 'validation', message: 'This request is larger than the 48.00 MiB Cellbook accepts in one call (an attachment can be at most 32.00 MiB); nothing was saved — send a smaller file.' },
    });
    expect(historyCount()).toBe(0);
  });

  it('still answers the next call', async () => {
    const response = await fetch(`http://127.0.0.1:${host.port}/api/getSettings`, { method: 'POST', headers: { 'x-cellbook-token': TOKEN }, body: '{}' });
    expect(response.status).toBe(200);
  });
});
