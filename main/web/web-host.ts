// Browser mode: the built renderer and the API contract over HTTP, on 127.0.0.1 only, behind
// the request guard. The same dispatch door as Electron's IPC serves every call.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CellbookError, type ApiEnvelope, type ApiErrorCode } from '../../shared/api-error';
import type { AppEvent } from '../../shared/events';
import type { ServiceContext } from '../services/context';
import { explainFailure } from '../logging/explain-failure';
import { dispatch } from '../services/dispatch';
import { checkRequest, tokenCookieName } from './request-guard';
import { BodyTooLargeError, readBody, refuseOversizedBody } from './request-body';
import { serveRendererFile } from './static-files';

// Room for an attachment of ATTACHMENT_MAX_BYTES, base64-encoded, plus the rest of the call.
export const API_BODY_LIMIT_BYTES = 48 * 1024 * 1024;
const EVENT_KEEPALIVE_MS = 15_000;
// An idle kept-alive connection is closed by the browser (Chromium after 5 min), never by the host
// first: Node's default of 5 s closes sockets the page is about to reuse, and after a long
// synchronous call (the demo, a restore) every idle socket's timer fires at once, so the next
// requests meet ECONNRESET. headersTimeout must stay above keepAliveTimeout.
const IDLE_CONNECTION_MS = 310_000;

export interface WebHostOptions {
  rendererDir: string;
  /** A fixed port; omitted means a free one chosen by the system. */
  port?: number;
  /** A fixed token for tests; omitted means a random one per launch. */
  token?: string;
}

export interface WebHost {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  /** Requests are answered with 503 until the notebook is open and attached. */
  attach(ctx: ServiceContext): void;
  broadcast(event: AppEvent): void;
  close(): Promise<void>;
}

const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  refused: 409,
  cancelled: 409,
  unavailable: 503,
  busy: 423,
  internal: 500,
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  const envelope: ApiEnvelope<never> = { ok: false, error: { code, message } };
  sendJson(response, status, envelope);
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new CellbookError('unavailable', `port ${port} is already in use; choose another with --port, or leave --port out to get a free one`));
      } else if (error.code === 'EACCES') {
        reject(new CellbookError('unavailable', `port ${port} needs administrator rights; choose one above 1023 with --port`));
      } else {
        reject(new CellbookError('unavailable', `cannot listen on 127.0.0.1:${port}: ${error.message}`));
      }
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let ctx: ServiceContext | undefined;
  const eventStreams = new Set<ServerResponse>();
  let port = options.port ?? 0;

  const handleApi = async (request: IncomingMessage, response: ServerResponse, name: string) => {
    if (name === 'events' && request.method === 'GET') {
      response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      const keepalive = setInterval(() => response.write(': keepalive\n\n'), EVENT_KEEPALIVE_MS);
      request.on('close', () => {
        clearInterval(keepalive);
        eventStreams.delete(response);
      });
      return;
    }
    if (request.method !== 'POST') {
      sendError(response, 405, 'validation', `use POST for /api/${name}`);
      return;
    }
    if (!ctx) {
      sendError(response, 503, 'unavailable', 'the notebook is still opening; try again in a moment');
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(request, API_BODY_LIMIT_BYTES);
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        refuseOversizedBody(request, response, error);
        return;
      }
      const message = error instanceof CellbookError ? error.message : `request body for ${name} is not valid JSON`;
      sendError(response, 400, 'validation', message);
      return;
    }
    const envelope = await dispatch(ctx, name, input);
    sendJson(response, envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code], envelope);
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const verdict = checkRequest(request.method ?? 'GET', url, request.headers, { port, token });
    if (!verdict.allowed) {
      sendError(response, verdict.status, 'refused', verdict.reason);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      handleApi(request, response, url.pathname.slice('/api/'.length)).catch((error: unknown) => {
        const explained = explainFailure(error, ctx ? { notebookPath: ctx.notebook.path } : {});
        if (!response.headersSent) sendError(response, STATUS_BY_CODE[explained.code], explained.code, explained.message);
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendError(response, 405, 'validation', 'only GET is served outside /api/');
      return;
    }
    const cookie = verdict.tokenFromQuery
      ? { 'Set-Cookie': `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/` }
      : undefined;
    serveRendererFile(options.rendererDir, url.pathname, response, cookie);
  });

  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  server.headersTimeout = IDLE_CONNECTION_MS + 5_000;
  port = await listen(server, port);

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    attach: (context) => {
      ctx = context;
    },
    broadcast: (event) => {
      const frame = `data: ${JSON.stringify(event)}\n\n`;
      for (const stream of eventStreams) stream.write(frame);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
