// Reading an API call's body with a size limit. A body over the limit is answered with HTTP 413
// and a sentence stating the limit; the rest of it is read and dropped first (up to
// DRAIN_LIMIT_BYTES), because a client still sending would otherwise meet a reset connection
// instead of the answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CellbookError, type ApiEnvelope } from '../../shared/api-error';
import { formatBytes } from '../../shared/format/bytes';
import { ATTACHMENT_MAX_BYTES } from '../../shared/schemas/attachments';

const DRAIN_LIMIT_BYTES = 1024 * 1024 * 1024;

export class BodyTooLargeError extends CellbookError {
  constructor(readonly limitBytes: number) {
    super('validation', `This request is larger than the ${formatBytes(limitBytes)} Cellbook accepts in one call (an attachment can be at most ${formatBytes(ATTACHMENT_MAX_BYTES)}); nothing was saved — send a smaller file.`);
    this.name = 'BodyTooLargeError';
  }
}

/** The body as text; rejects with BodyTooLargeError as soon as it is known to be over the limit. */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(new BodyTooLargeError(limitBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        over = true;
        chunks.length = 0;
        request.off('data', onData);
        reject(new BodyTooLargeError(limitBytes));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

/** Answers 413 once the client has finished sending (or has sent far too much), then closes the connection. */
export function refuseOversizedBody(request: IncomingMessage, response: ServerResponse, error: BodyTooLargeError): void {
  const envelope: ApiEnvelope<never> = { ok: false, error: error.toBody() };
  let answered = false;
  const answer = () => {
    if (answered) return;
    answered = true;
    response.writeHead(413, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close', 'X-Cellbook-Body-Limit': String(error.limitBytes) });
    response.end(JSON.stringify(envelope));
  };
  if (request.readableEnded || request.complete) {
    answer();
    return;
  }
  let drained = 0;
  request.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) {
      answer();
      response.once('finish', () => request.socket.destroy());
    }
  });
  request.on('end', answer);
  request.on('error', () => undefined);
  request.resume();
}
