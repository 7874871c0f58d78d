import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from './web-host';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { tokenCookieName } from './request-guard';

let temp: TempNotebook;
let host: WebHost;
const TOKEN = 'test-token-0123456789abcdef';

beforeEach(async () => {
  temp = await openTempNotebook();
  const rendererDir = path.join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Cellbook</title>');
  writeFileSync(path.join(rendererDir, 'app.js'), 'console.log(1)');
  host = await startWebHost({ rendererDir, token: TOKEN });
  host.attach(temp.ctx);
});

afterEach(async () => {
  await host.close();
  temp.dispose();
});

function base(): string {
  return `http://127.0.0.1:${host.port}`;
}

/** Raw HTTP, so that Host and Origin can be set as an attacker would (fetch forbids Host). */
async function rawRequest(pathName: string, headers: Record<string, string>, method = 'POST', body = '{}'): Promise<{ status: number; body: string }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port: host.port, path: pathName, method, headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    if (method === 'POST') request.write(body);
    request.end();
  });
}

function historyCount(): number {
  return (temp.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
}

const changeOperator = JSON.stringify({ operator: 'Mallory' });

describe('browser-mode host', () => {
  it('answers a valid call carrying the token', async () => {
    const response = await fetch(`${base()}/api/updateSettings`, { method: 'POST', headers: { 'x-cellbook-token': TOKEN }, body: changeOperator });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { operator: 'Mallory', effectiveOperator: 'Mallory' } });
    expect(historyCount()).toBe(1);
  });

  it.each([
    ['no token', {}, 401],
    ['a wrong token', { 'x-cellbook-token': 'test-token-0123456789abcdeX' }, 401],
    ['a token of another length', { 'x-cellbook-token': 'short' }, 401],
    ['a foreign Host (DNS rebinding)', { 'x-cellbook-token': TOKEN, host: 'evil.example:80' }, 403],
    ['a foreign Origin', { 'x-cellbook-token': TOKEN, origin: 'http://evil.example' }, 403],
    ['an Origin on another port', { 'x-cellbook-token': TOKEN, origin: 'http://127.0.0.1:1' }, 403],
  ])('refuses a call with %s and changes nothing', async (_what, headers, status) => {
    const response = await rawRequest('/api/updateSettings', headers as Record<string, string>, 'POST', changeOperator);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(historyCount()).toBe(0);
  });

  it('refuses unknown paths without the token before routing', async () => {
    expect((await rawRequest('/no/such/path', {}, 'GET')).status).toBe(401);
    expect((await rawRequest('/api/no-such-operation', {})).status).toBe(401);
    expect((await rawRequest('/app.js', { host: 'evil.example' }, 'GET')).status).toBe(403);
  });

  it('refuses the token in a cookie or query for API calls (a cross-site form could send those)', async () => {
    const cookie = `${tokenCookieName(host.port)}=${TOKEN}`;
    expect((await rawRequest('/api/updateSettings', { cookie }, 'POST', changeOperator)).status).toBe(401);
    expect((await rawRequest(`/api/updateSettings?token=${TOKEN}`, {}, 'POST', changeOperator)).status).toBe(401);
    expect(historyCount()).toBe(0);
  });

  it('serves the page with the token in the URL, sets the cookie, then serves assets with the cookie', async () => {
    const page = await fetch(`${base()}/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const setCookie = page.headers.get('set-cookie') ?? '';
    expect(setCookie).toContain(`${tokenCookieName(host.port)}=${TOKEN}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const asset = await fetch(`${base()}/app.js`, { headers: { cookie: setCookie.split(';')[0] as string } });
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log(1)');
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await rawRequest(`/..%2f..%2ftest.cellbook?token=${TOKEN}`, {}, 'GET');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>Cellbook</title>');
  });

  it('answers malformed input with a validation error naming the field', async () => {
    const response = await fetch(`${base()}/api/updateSettings`, { method: 'POST', headers: { 'x-cellbook-token': TOKEN }, body: JSON.stringify({ operator: 42 }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'validation', message: expect.stringContaining('Operator: ') } });
    const notJson = await fetch(`${base()}/api/updateSettings`, { method: 'POST', headers: { 'x-cellbook-token': TOKEN }, body: '{operator:' });
    expect(await notJson.json()).toEqual({ ok: false, error: { code: 'validation', message: 'request body for updateSettings is not valid JSON' } });
  });

  it('streams events to a client holding the token', async () => {
    const controller = new AbortController();
    const response = await fetch(`${base()}/api/events`, { headers: { 'x-cellbook-token': TOKEN }, signal: controller.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read(); // ": connected"
    host.broadcast({ type: 'changed', tables: ['settings'] });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('data: {"type":"changed","tables":["settings"]}\n\n');
    controller.abort();
  });

  it('reports a port in use in one sentence', async () => {
    await expect(startWebHost({ rendererDir: temp.dir, port: host.port })).rejects.toThrow(
      `port ${host.port} is already in use; choose another with --port, or leave --port out to get a free one`,
    );
  });
});
