// Browser mode: the contract over HTTP. The per-launch token arrives once in the URL Cellbook
// printed; it is kept for this tab only and removed from the address bar so it is not
// bookmarked, shared or shown.
import type { ApiName } from '../../../shared/api-names';
import { isReadOperation } from '../../../shared/api/read-operations';
import { isApiErrorBody, type ApiEnvelope } from '../../../shared/api-error';
import { appEventSchema, type AppEvent } from '../../../shared/events';
import type { Bridge } from './bridge';

const TOKEN_HEADER = 'x-cellbook-token';
const RECONNECT_DELAY_MS = 2000;

function tokenStorageKey(): string {
  return `cellbook-token-${window.location.port}`;
}

export function takeTokenFromUrl(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenStorageKey(), fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return sessionStorage.getItem(tokenStorageKey());
}

async function call(token: string, name: ApiName, input: unknown): Promise<ApiEnvelope<unknown>> {
  let response: Response;
  const send = () =>
    fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(input ?? {}),
    });
  try {
    // A read whose connection failed before any answer (a kept-alive socket closed under it) is
    // asked once more; a write is not, since the host may have done it before the socket closed.
    response = await send().catch((error: unknown) => (isReadOperation(name) ? send() : Promise.reject(error)));
  } catch {
    return { ok: false, error: { code: 'unavailable', message: 'Cellbook is not running any more (the browser-mode server stopped); start it again and reopen the address it prints' } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === 'object' && 'ok' in body) {
    const envelope = body as ApiEnvelope<unknown>;
    if (envelope.ok || isApiErrorBody(envelope.error)) return envelope;
  }
  return { ok: false, error: { code: 'internal', message: `${name}: unexpected answer from Cellbook (HTTP ${response.status})` } };
}

/** Reads server-sent events from a fetch stream (EventSource cannot send the token header). */
function subscribe(token: string, listener: (event: AppEvent) => void): () => void {
  const controller = new AbortController();
  const connect = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch('/api/events', { headers: { [TOKEN_HEADER]: token }, signal: controller.signal });
        const reader = response.body?.getReader();
        if (!reader) throw new Error('no event stream');
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          let boundary = buffer.indexOf('\n\n');
          while (boundary >= 0) {
            const frame = buffer.slice(0, boundary);
            buffer = buffer.slice(boundary + 2);
            const data = frame.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
            if (data) {
              const parsed = appEventSchema.safeParse(JSON.parse(data));
              if (parsed.success) listener(parsed.data);
            }
            boundary = buffer.indexOf('\n\n');
          }
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAY_MS));
    }
  };
  void connect();
  return () => controller.abort();
}

export function browserBridge(token: string): Bridge {
  return {
    kind: 'browser',
    call: (name, input) => call(token, name, input),
    subscribe: (listener) => subscribe(token, listener),
  };
}
