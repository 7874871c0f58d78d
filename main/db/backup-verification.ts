// What a backup holds and whether it is sound: SQLite's integrity check, the history chain, the
// schema version and the records per table. Computed on the written copy before it is published
// (so a backup is reported only once verified), kept beside it as <backup>.verification.json, and
// read again by the backups list and by a restore's preview.
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../files/write-file-atomically';
import { makeCheckpoint, type Checkpoint } from '../integrity/checkpoints';
import { verifyHistoryChain } from './history';
import { appliedSchemaVersion } from './migrator';
import type { Db } from './query';

export interface BackupVerification {
  verified: boolean;
  /** Why it is not verified: the integrity check's first line or the chain's first break. */
  problem: string | null;
  verifiedAt: string;
  schemaVersion: number;
  historyEntries: number;
  /** The hash of the last history entry: the chain head the backup ends at. */
  historyHead: string | null;
  /** The newest change the backup holds (its last history entry's time). */
  newestChangeAt: string | null;
  /** Records per table (archived ones included), for the restore preview. */
  recordsByTable: Record<string, number>;
  records: number;
  /** The chain head signed with the user's key when Cellbook wrote the backup (check compares notebooks with it). */
  checkpoint?: Checkpoint | null;
}

/** Record tables follow migrations/0001's conventions: an id, created_at and archived_at. */
function recordTables(db: Db): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>;
  return tables
    .map((table) => table.name)
    .filter((name) => {
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as Array<{ name: string }>).map((column) => column.name);
      return columns.includes('id') && columns.includes('created_at') && columns.includes('archived_at');
    });
}

/** The facts of an open notebook database (the live one, or a backup opened read-only). */
export function describeNotebookDb(db: Db, at: Date): BackupVerification {
  const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
  const chain = verifyHistoryChain(db);
  const last = db.prepare('SELECT hash, at FROM history ORDER BY id DESC LIMIT 1').get() as { hash: string; at: string } | undefined;
  const recordsByTable: Record<string, number> = {};
  for (const table of recordTables(db)) recordsByTable[table] = (db.prepare(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`).get() as { n: number }).n;
  const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
  const problem = !integrityOk ? `integrity check: ${integrity[0] ?? 'no answer'}` : chain.firstBreak ? `history entry ${chain.firstBreak.entryId}: ${chain.firstBreak.reason}` : null;
  return {
    verified: problem === null,
    problem,
    verifiedAt: at.toISOString(),
    schemaVersion: appliedSchemaVersion(db),
    historyEntries: chain.entries,
    historyHead: last?.hash ?? null,
    newestChangeAt: last?.at ?? null,
    recordsByTable,
    records: Object.values(recordsByTable).reduce((sum, n) => sum + n, 0),
  };
}

/** A checkpoint of a copy Cellbook just made; a backup is still written when the key cannot be made. */
function signedCheckpoint(db: Db, at: Date): Checkpoint | null {
  try {
    return makeCheckpoint(db, null, at);
  } catch {
    return null;
  }
}

/**
 * Opens a notebook file read-only (never changing it) and describes it; a file that is not a
 * database is "not verified". `sign`: only for a copy Cellbook made itself, never a file handed to it.
 */
export function verifyNotebookFile(filePath: string, at: Date, options: { sign?: boolean } = {}): BackupVerification {
  let db: Db | null = null;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true });
    const described = describeNotebookDb(db, at);
    return options.sign && described.verified ? { ...described, checkpoint: signedCheckpoint(db, at) } : described;
  } catch (error) {
    return { verified: false, problem: `not a readable notebook: ${(error as Error).message}`, verifiedAt: at.toISOString(), schemaVersion: 0, historyEntries: 0, historyHead: null, newestChangeAt: null, recordsByTable: {}, records: 0 };
  } finally {
    db?.close();
  }
}

export const verificationPathFor = (backupPath: string) => `${backupPath}.verification.json`;

export function writeVerification(backupPath: string, verification: BackupVerification): void {
  writeFileAtomically(verificationPathFor(backupPath), (append) => append(`${JSON.stringify(verification, null, 2)}\n`));
}

export function readVerification(backupPath: string): BackupVerification | null {
  const file = verificationPathFor(backupPath);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BackupVerification;
  } catch {
    return null;
  }
}
