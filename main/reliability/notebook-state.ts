// What "nothing was written" means for the reliability harnesses: the history entry count and one
// checksum over every table's rows, taken before and after a call and compared.
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';

export interface NotebookState {
  historyEntries: number;
  /** SHA-256 over every table's name and rows, in rowid order. */
  checksum: string;
}

export function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
}

export function tableChecksum(db: Database.Database): string {
  const hash = createHash('sha256');
  for (const name of tableNames(db)) {
    hash.update(`\u0000${name}\u0000`);
    let rows: Iterable<unknown[]>;
    try {
      rows = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().iterate() as Iterable<unknown[]>;
    } catch {
      // WITHOUT ROWID tables (FTS5's config) come back in primary-key order.
      rows = db.prepare(`SELECT * FROM "${name}"`).raw().iterate() as Iterable<unknown[]>;
    }
    for (const row of rows) {
      for (const cell of row) {
        if (Buffer.isBuffer(cell)) hash.update(cell);
        else hash.update(String(cell));
        hash.update('\u0001');
      }
    }
  }
  return hash.digest('hex');
}

export function historyEntries(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
}

export function notebookState(db: Database.Database): NotebookState {
  return { historyEntries: historyEntries(db), checksum: tableChecksum(db) };
}

/** Rows per table, in one line: cheap enough to take around every case of a long run. */
export function rowCounts(db: Database.Database): string {
  return tableNames(db)
    .map((name) => `${name}=${(db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n}`)
    .join(' ');
}
