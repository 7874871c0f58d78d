// Serves the built renderer. Paths are resolved inside the renderer folder only; anything that
// is not a file there gets the app's index.html (client-side routes).
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { RENDERER_SECURITY_HEADERS } from '../security/content-security-policy';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

export function resolveRendererFile(rendererDir: string, urlPath: string): string {
  const root = path.resolve(rendererDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return path.join(root, 'index.html');
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const inside = candidate === root || candidate.startsWith(`${root}${path.sep}`);
  if (inside && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return path.join(root, 'index.html');
}

export function serveRendererFile(rendererDir: string, urlPath: string, response: ServerResponse, extraHeaders: Record<string, string> = {}): void {
  const file = resolveRendererFile(rendererDir, urlPath);
  if (!existsSync(file)) {
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`The renderer is not built (${file} is missing); run npm install or npm run build.`);
    return;
  }
  const isIndex = path.basename(file) === 'index.html';
  response.writeHead(200, {
    ...RENDERER_SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
    // Hashed asset names never change content; index.html must always be fresh.
    'Cache-Control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  createReadStream(file).pipe(response);
}
