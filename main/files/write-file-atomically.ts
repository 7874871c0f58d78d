// Every file Cellbook writes for a user (exports, reports, BDF data) is written beside its
// destination under a name no other run shares, flushed, then renamed into place: a reader never
// sees half a file, a failed or killed write leaves no partial file under the real name, and two
// writers never share a temporary name.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { failureClause, failureKind, failureWords } from '../logging/failure-words';
import { OWNER_PART } from './owned-temporaries';

/** The temporary name for one write: the destination, this process and machine (owned-temporaries.ts) and a random part. */
export function temporaryPathFor(destination: string): string {
  return path.join(path.dirname(destination), `.${path.basename(destination)}.${OWNER_PART}-${randomBytes(4).toString('hex')}.partial`);
}

/** One sentence for a failed write, naming the file and what to do; `neededBytes` is about what it takes. */
export function writeFailure(destination: string, error: unknown, neededBytes?: number): CellbookError {
  const folder = path.dirname(destination);
  const kind = failureKind(error, folder);
  const clause = kind
    ? failureClause(failureWords(kind, error, { subject: kind === 'permission' ? `in ${folder}` : destination, folder, neededBytes, operation: 'writing it' }))
    : ((error as Error | undefined)?.message ?? String(error));
  return new CellbookError('refused', `Could not write ${destination}: ${clause}.`);
}

/** Writes chunks produced by `write` to `destination` through a unique temporary file. */
export function writeFileAtomically(destination: string, write: (append: (bytes: Uint8Array | string) => void) => void): void {
  const temporary = temporaryPathFor(destination);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx');
    const handle = fd;
    write((bytes) => {
      const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
      let offset = 0;
      while (offset < buffer.byteLength) offset += writeSync(handle, buffer, offset, buffer.byteLength - offset);
    });
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, destination);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    if (error instanceof CellbookError) throw error;
    throw writeFailure(destination, error);
  }
}
