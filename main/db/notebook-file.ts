// Looks at a notebook path before SQLite touches it, so that a wrong path (a folder, a text file,
// a read-only place) is refused with one sentence and the file is left exactly as it was.
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';

export type NotebookFileState = 'missing' | 'empty' | 'sqlite';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'it is on a read-only file system';
    case 'ENOENT':
      return 'it does not exist';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    default:
      return code ?? (error as Error).message;
  }
}

function assertFolderWritable(folder: string, notebookPath: string, verb: string): void {
  let stat;
  try {
    stat = statSync(folder);
  } catch (error) {
    throw new CellbookError('refused', `cannot ${verb} notebook ${notebookPath}: the folder ${folder} cannot be used (${systemReason(error)})`);
  }
  if (!stat.isDirectory()) {
    throw new CellbookError('refused', `cannot ${verb} notebook ${notebookPath}: ${folder} is not a folder`);
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new CellbookError('refused', `cannot ${verb} notebook ${notebookPath}: the folder ${folder} is not writable (${systemReason(error)})`);
  }
}

export function inspectNotebookFile(notebookPath: string): NotebookFileState {
  const folder = path.dirname(notebookPath);
  let stat;
  try {
    stat = statSync(notebookPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new CellbookError('refused', `cannot open notebook ${notebookPath}: ${systemReason(error)}`);
    }
    assertFolderWritable(folder, notebookPath, 'create');
    return 'missing';
  }
  if (stat.isDirectory()) {
    throw new CellbookError('refused', `${notebookPath} is a folder; give the path of a notebook file (e.g. ${path.join(notebookPath, 'notebook.cellbook')})`);
  }
  // SQLite keeps its journal (-wal, -shm) beside the file, so the folder must be writable too.
  assertFolderWritable(folder, notebookPath, 'open');
  try {
    accessSync(notebookPath, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw new CellbookError('refused', `cannot open notebook ${notebookPath}: the file is not writable (${systemReason(error)})`);
  }
  if (stat.size === 0) return 'empty';

  const header = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(notebookPath, 'r');
  let bytesRead: number;
  try {
    bytesRead = readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (bytesRead < header.length || header.toString('latin1') !== SQLITE_MAGIC) {
    throw new CellbookError('refused', `${notebookPath} is not a Cellbook notebook: it is not an SQLite database; the file was not changed`);
  }
  return 'sqlite';
}
