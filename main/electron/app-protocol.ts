// The renderer is served from app://cellbook/ rather than file://, so it has a real origin, a
// CSP header and no access to the rest of the disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RENDERER_SECURITY_HEADERS } from '../security/content-security-policy';
import { resolveRendererFile } from '../web/static-files';
import { isAppUrl } from './security';
import { APP_SCHEME } from './window-options';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** Passed to protocol.registerSchemesAsPrivileged before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
};

export function makeAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (!isAppUrl(request.url)) return new Response('not found', { status: 404 });
    const file = resolveRendererFile(rendererDir, new URL(request.url).pathname);
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { ...RENDERER_SECURITY_HEADERS, 'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}
