// One mapping from a failure's error code to what it means and what to do, for every sentence that
// names one: explainFailure (any failure that reaches a host), writeFailure (a file Cellbook
// writes) and openNotebook (a notebook that cannot be opened). Each caller puts the words in its own
// sentence ("Could not write FILE: …", "cannot open notebook FILE: …; the file was not changed").
import { statfsSync } from 'node:fs';
import { formatBytes } from '../../shared/format/bytes';

export type FailureKind = 'disk_full' | 'permission' | 'read_only' | 'damaged' | 'missing_folder' | 'is_folder' | 'cannot_open';

/**
 * An I/O error on a disk with less than this free is taken for a full disk: SQLite reports a -shm
 * or -wal file it could not grow as SQLITE_IOERR_* ("disk I/O error"), not as SQLITE_FULL, and a
 * notebook opened in WAL mode needs its -shm (32 KiB) and room for its write-ahead log.
 */
const LOW_SPACE_BYTES = 1024 * 1024;

const CODE_IN_MESSAGE = /\b(ENOSPC|EACCES|EPERM|EROFS|SQLITE_FULL|SQLITE_NOTADB|SQLITE_CORRUPT|SQLITE_READONLY)\b/;

/** The error's code; some libraries put a number in `code`, so only a string names a kind. */
function failureCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code === 'string') return code;
  const message = (error as Error | null | undefined)?.message ?? '';
  if (/database or disk is full/.test(message)) return 'SQLITE_FULL';
  if (/file is not a database/.test(message)) return 'SQLITE_NOTADB';
  return CODE_IN_MESSAGE.exec(message)?.[1];
}

/** Bytes free to this user on the disk holding `folder`, or null when it cannot be told. */
export function freeBytes(folder: string): number | null {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/** What kind of failure `error` is; `folder` is where it happened (to tell a full disk behind an I/O error). */
export function failureKind(error: unknown, folder?: string): FailureKind | null {
  const code = failureCode(error);
  if (code === undefined) return null;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'disk_full';
  if (code.startsWith('SQLITE_IOERR') && folder !== undefined) {
    const free = freeBytes(folder);
    if (free !== null && free < LOW_SPACE_BYTES) return 'disk_full';
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM') return 'permission';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) return 'read_only';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return 'damaged';
  if (code === 'ENOENT') return 'missing_folder';
  if (code === 'EISDIR') return 'is_folder';
  if (code === 'SQLITE_CANTOPEN') return 'cannot_open';
  return null;
}

export interface FailurePlace {
  /** What the sentence names: a path, or "it" when the sentence has named it already. */
  subject: string;
  /** The folder the failure happened in (where space is missing, or the one that does not exist). */
  folder: string;
  /** About how much space the operation needed, and what it was ("the import"). */
  neededBytes?: number;
  operation?: string;
}

/** What went wrong and what to do, as clauses without a full stop; `advice` is null when the reason says it all. */
export function failureWords(kind: FailureKind, error: unknown, place: FailurePlace): { reason: string; advice: string | null } {
  const { subject, folder } = place;
  switch (kind) {
    case 'disk_full': {
      const free = freeBytes(folder);
      const needs = place.neededBytes
        ? `${place.operation ?? 'this'} needs about ${formatBytes(place.neededBytes)} in ${folder}${free === null ? '' : `, where ${formatBytes(free)} is free`}`
        : `the disk holding ${folder} is full${free === null ? '' : ` (${formatBytes(free)} free)`}`;
      return { reason: `not enough disk space: ${needs}`, advice: 'free some space and try again' };
    }
    case 'permission':
      return { reason: `Cellbook may not write ${subject} (permission denied)`, advice: "change that path's permissions, or choose another place" };
    case 'read_only':
      return { reason: `${subject} is read-only (the file, its folder or its disk)`, advice: 'Cellbook cannot write there — choose a writable place, or change its permissions' };
    case 'damaged':
      return {
        reason: `${subject} is damaged or is not a notebook (${(error as Error).message})`,
        advice: 'restore a backup with cellbook restore (cellbook backups lists them) and keep the damaged file for inspection',
      };
    case 'missing_folder':
      return { reason: `the folder ${folder} does not exist`, advice: null };
    case 'is_folder':
      return { reason: `${subject} is a folder`, advice: null };
    case 'cannot_open':
      return { reason: `${subject} or its folder cannot be opened (missing, or no permission)`, advice: null };
  }
}

/** "reason; advice" as one clause. */
export function failureClause(words: { reason: string; advice: string | null }): string {
  return words.advice ? `${words.reason}; ${words.advice}` : words.reason;
}

