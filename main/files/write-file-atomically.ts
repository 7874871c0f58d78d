// Every file Cellbook writes for a user (exports, reports, BDF data) is written beside its
// destination under a name no other run shares, flushed, then renamed into place: a reader never
// sees half a file, a failed or killed write leaves no partial file under the real name, and two
// writers never share a temporary name.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';

/** The temporary name for one write: the destination, this process and a random part. */
export function temporaryPathFor(destination: string): string {
  return path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
}

/** One sentence for a failed write, naming the file and what to do. */
export function writeFailure(destination: string, error: unknown): CellbookError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = path.dirname(destination);
  const reason =
    code === 'ENOSPC' ? `the disk holding ${folder} is full; free some space and try again`
    : code === 'EACCES' || code === 'EPERM' ? `Cellbook may not write in ${folder}; choose another folder`
    : code === 'ENOENT' ? `the folder ${folder} does not exist`
    : code === 'EROFS' ? `${folder} is on a read-only disk`
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
