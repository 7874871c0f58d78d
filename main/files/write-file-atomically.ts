// Every file Cellbook writes for a user (exports, reports, BDF data) is written beside its
// destination under a name no other run shares, flushed, then renamed into place: a reader never
// sees half a file, a failed or killed write leaves no partial file under the real name, and two
// writers never share a temporary name.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statfsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { formatBytes } from '../../shared/format/bytes';

/** The temporary name for one write: the destination, this process and a random part. */
export function temporaryPathFor(destination: string): string {
  return path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
}

function freeSpaceIn(folder: string): string {
  try {
    const stats = statfsSync(folder);
    return ` (${formatBytes(stats.bavail * stats.bsize)} free)`;
  } catch {
    return '';
  }
}

/** One sentence for a failed write, naming the file and what to do; `neededBytes` is about what it takes. */
export function writeFailure(destination: string, error: unknown, neededBytes?: number): CellbookError {
  // Some libraries put a number in `code`: only a string names an error kind.
  const given = (error as { code?: unknown } | undefined)?.code;
  const code = typeof given === 'string' ? given : undefined;
  const folder = path.dirname(destination);
  const needs = neededBytes === undefined ? '' : `; it needs about ${formatBytes(neededBytes)}`;
  const reason =
    code === 'ENOSPC' || code === 'SQLITE_FULL' ? `the disk holding ${folder} is full${freeSpaceIn(folder)}${needs}; free some space and try again`
    : code === 'EACCES' || code === 'EPERM' ? `Cellbook may not write in ${folder}; choose another folder`
    : code === 'ENOENT' ? `the folder ${folder} does not exist`
    : code === 'EROFS' || code?.startsWith('SQLITE_READONLY') ? `${folder} is on a read-only disk`
    : code === 'EISDIR' ? `${destination} is a folder`
    : (error as Error | undefined)?.message ?? String(error);
  return new CellbookError('refused', `Could not write ${destination}: ${reason}.`);
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
