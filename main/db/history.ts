// The append-only, hash-chained history of every record change. Rows are only ever added here,
// inside the same transaction as the change they describe (records.ts); triggers in the schema
// refuse UPDATE and DELETE on the table.
import { createHash } from 'node:crypto';
import type { HistoryAction } from '../../shared/schemas/history';
import { prepareCached, type Db } from './query';

export const GENESIS_HASH = '0'.repeat(64);

export interface HistoryWrite {
  table: string;
  recordId: string;
  action: HistoryAction;
  operator: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface HistoryRow {
  id: number;
  table_name: string;
  record_id: string;
  action: HistoryAction;
  operator: string;
  at: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** The hash of one entry: every stored field except its own id, chained to the previous hash. */
export function entryHash(row: Omit<HistoryRow, 'id' | 'hash'>): string {
  const canonical = JSON.stringify([
    row.prev_hash,
    row.table_name,
    row.record_id,
    row.action,
    row.operator,
    row.at,
    row.before_json,
    row.after_json,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Blobs are recorded by content hash and size, not copied into history. */
export function snapshotJson(snapshot: Record<string, unknown> | null): string | null {
  if (snapshot === null) return null;
  return JSON.stringify(snapshot, (_key, value: unknown) => {
    if (value instanceof Uint8Array) {
      return { blobSha256: createHash('sha256').update(value).digest('hex'), bytes: value.byteLength };
    }
    return typeof value === 'bigint' ? value.toString() : value;
  });
}

export function appendHistory(db: Db, write: HistoryWrite): void {
  const last = prepareCached(db, 'SELECT hash FROM history ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
  const row = {
    table_name: write.table,
    record_id: write.recordId,
    action: write.action,
    operator: write.operator,
    at: write.at,
    before_json: snapshotJson(write.before),
    after_json: snapshotJson(write.after),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  prepareCached(
    db,
    `INSERT INTO history (table_name, record_id, action, operator, at, before_json, after_json, prev_hash, hash)
     VALUES (@table_name, @record_id, @action, @operator, @at, @before_json, @after_json, @prev_hash, @hash)`,
  ).run({ ...row, hash: entryHash(row) });
}

export interface ChainVerdict {
  entries: number;
  /** The first entry that does not follow from the one before it, or null when the chain holds. */
  firstBreak: { entryId: number; reason: string } | null;
}

/** Walks the whole chain in id order; streaming keeps memory flat for long histories. */
export function verifyHistoryChain(db: Db): ChainVerdict {
  let expectedPrev = GENESIS_HASH;
  let entries = 0;
  for (const row of db.prepare('SELECT * FROM history ORDER BY id').iterate() as IterableIterator<HistoryRow>) {
    entries += 1;
    if (row.prev_hash !== expectedPrev) {
      return { entries, firstBreak: { entryId: row.id, reason: 'it does not link to the entry before it (an entry was removed or reordered)' } };
    }
    if (entryHash(row) !== row.hash) {
      return { entries, firstBreak: { entryId: row.id, reason: 'its content does not match its hash (the entry was edited)' } };
    }
    expectedPrev = row.hash;
  }
  return { entries, firstBreak: null };
}
