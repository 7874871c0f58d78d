// Cellbook's log: where the details of an unforeseen failure go (its stack), so that the user is
// shown a sentence and support can still see what happened. One file in the user-data folder
// (<userData>/logs/cellbook.log, $XDG_CONFIG_HOME/Cellbook/logs on Linux where set), kept short by
// moving it to cellbook.log.1 when it passes LOG_ROTATE_BYTES.
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { userDataDir } from '../db/paths';

const LOG_ROTATE_BYTES = 5 * 1024 * 1024;

export function logFilePath(folder: string = userDataDir()): string {
  return path.join(folder, 'logs', 'cellbook.log');
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const cause = error.cause === undefined ? '' : `\ncaused by: ${describe(error.cause)}`;
    return `${code ? `[${code}] ` : ''}${error.stack ?? error.message}${cause}`;
  }
  return String(error);
}

/** Appends what failed and its stack; returns the log's path, or null when it cannot be written (a full disk). */
export function logFailure(what: string, error: unknown, file: string = logFilePath()): string | null {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      if (statSync(file).size > LOG_ROTATE_BYTES) renameSync(file, `${file}.1`);
    } catch {
      // No log yet.
    }
    appendFileSync(file, `${new Date().toISOString()} pid ${process.pid} ${what}\n${describe(error)}\n\n`);
    return file;
  } catch {
    return null;
  }
}
