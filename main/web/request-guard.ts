// Browser mode's gate: before any routing, a request must name this host (Host), come from this
// origin (Origin, when sent) and carry the per-launch token. A web page on another origin, or a
// DNS-rebinding page, is refused before it reaches a handler or a file.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface GuardSettings {
  port: number;
  token: string;
}

export type GuardVerdict =
  | { allowed: true; tokenFromQuery: boolean }
  | { allowed: false; status: 401 | 403; reason: string };

export const TOKEN_HEADER = 'x-cellbook-token';

export function tokenCookieName(port: number): string {
  // Cookies are shared between ports of one host, so the name carries the port.
  return `cellbook_token_${port}`;
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * API calls must carry the token in a header (a cross-site form cannot set one); page and asset
 * loads may carry it in the URL (the first load) or in the cookie set by that first load.
 */
export function checkRequest(method: string, url: URL, headers: IncomingHttpHeaders, settings: GuardSettings): GuardVerdict {
  const hosts = allowedHosts(settings.port);
  if (!headers.host || !hosts.includes(headers.host)) {
    return { allowed: false, status: 403, reason: `requests must be addressed to ${hosts[0]}` };
  }
  const origin = headers.origin;
  if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) {
    return { allowed: false, status: 403, reason: 'requests from other origins are refused' };
  }
  const isApi = url.pathname.startsWith('/api/');
  const headerToken = headers[TOKEN_HEADER];
  if (sameToken(typeof headerToken === 'string' ? headerToken : undefined, settings.token)) {
    return { allowed: true, tokenFromQuery: false };
  }
  if (!isApi && method === 'GET') {
    if (sameToken(url.searchParams.get('token') ?? undefined, settings.token)) return { allowed: true, tokenFromQuery: true };
    if (sameToken(cookieValue(headers.cookie, tokenCookieName(settings.port)), settings.token)) return { allowed: true, tokenFromQuery: false };
  }
  return { allowed: false, status: 401, reason: 'missing or wrong token: open the URL Cellbook printed when it started' };
}
