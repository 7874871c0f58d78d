// A restore puts an older history in place of the notebook's own: checkpoints signed for the
// replaced history no longer hold, and that is only acceptable when the restore itself is signed
// by the user (an unsigned "restore" entry could be appended by anyone who cut the history short).
import type { Db } from '../db/query';
import { signStatement, userKey, verifyStatement, keyFingerprint } from './user-key';

export interface RestoreFacts {
  restoredFrom: string;
  backupHistoryEntries: number;
  backupHistoryHead: string | null;
  replacedHistoryEntries: number;
  replacedHistoryHead: string | null;
  [fact: string]: unknown;
}

// A type, not an interface: the signed facts go into a history entry's Record<string, unknown>.
export type SignedRestore = {
  keyFingerprint: string;
  publicKey: string;
  signature: string;
};

function restoreStatement(facts: RestoreFacts, at: string): string {
  return JSON.stringify(['cellbook-restore-1', facts.restoredFrom, facts.backupHistoryEntries, facts.backupHistoryHead, facts.replacedHistoryEntries, facts.replacedHistoryHead, at]);
}

/** The facts of a restore with the user's signature over them, for the restore's history entry. */
export function signRestore<T extends RestoreFacts>(facts: T, at: string): T & SignedRestore {
  const key = userKey();
  return { ...facts, keyFingerprint: key.fingerprint, publicKey: key.publicKey, signature: signStatement(key, restoreStatement(facts, at)) };
}

export interface RecordedRestore {
  position: number;
  at: string;
  backupHistoryEntries: number;
  replacedHistoryEntries: number;
  replacedHistoryHead: string | null;
  restoredFrom: string;
  keyFingerprint: string | null;
  signed: boolean;
}

/** Every restore in the history, with whether its signature holds. `position`: 1-based entry number. */
export function recordedRestores(db: Db): RecordedRestore[] {
  const rows = db.prepare("SELECT position, at, after_json FROM (SELECT row_number() OVER (ORDER BY id) AS position, table_name, record_id, action, at, after_json FROM history) WHERE table_name = 'notebook' AND record_id = 'restore' AND action = 'restore'").all() as Array<{ position: number; at: string; after_json: string | null }>;
  return rows.map((row) => {
    const facts = JSON.parse(row.after_json ?? '{}') as Partial<RestoreFacts & SignedRestore>;
    const signed = typeof facts.signature === 'string' && typeof facts.publicKey === 'string' && keyFingerprint(facts.publicKey) === facts.keyFingerprint && verifyStatement(restoreStatement(facts as RestoreFacts, row.at), facts.signature, facts.publicKey);
    return { position: row.position, at: row.at, backupHistoryEntries: Number(facts.backupHistoryEntries ?? 0), replacedHistoryEntries: Number(facts.replacedHistoryEntries ?? 0), replacedHistoryHead: facts.replacedHistoryHead ?? null, restoredFrom: String(facts.restoredFrom ?? '?'), keyFingerprint: facts.keyFingerprint ?? null, signed };
  });
}
