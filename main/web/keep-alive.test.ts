// The host keeps idle connections for as long as the browser does, so a page never reuses a socket
// the host has just closed (ECONNRESET, read by the window as "Cellbook is not running any more").
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { startWebHost, type WebHost } from './web-host';

let temp: TempNotebook | undefined;
let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  temp?.dispose();
});

it('tells the client it keeps an idle connection for over five minutes, longer than Chromium keeps one', async () => {
  temp = await openTempNotebook();
  const rendererDir = path.join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Cellbook</title>');
  host = await startWebHost({ rendererDir, token: 'keep-alive-token-0123456789' });
  host.attach(temp.ctx);
  const response = await fetch(`http://127.0.0.1:${host.port}/api/getSettings`, { method: 'POST', headers: { 'x-cellbook-token': 'keep-alive-token-0123456789' }, body: '{}' });
  expect(response.status).toBe(200);
  const seconds = Number(/timeout=(\d+)/.exec(response.headers.get('keep-alive') ?? '')?.[1]);
  expect(seconds).toBeGreaterThan(300);
});
