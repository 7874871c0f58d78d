// Signed checkpoints: the history chain's head (entry count and hash) signed with the user's key,
// kept outside the notebook: in the checkpoint log beside the user's settings (one JSON line per
// checkpoint, only ever appended), in every backup's verification, .eln export and report. A
// notebook whose history was cut short or rewritten no longer reaches the heads it was signed at.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { userDataDir } from '../db/paths';
import type { Db } from '../db/query';
import { keyFingerprint, signStatement, userKey, verifyStatement } from './user-key';

export interface Checkpoint {
  kind: 'cellbook-checkpoint';
  /** The hash of the notebook's first history entry: the same in every copy and backup of it. */
  notebookId: string;
  /** Where the notebook was when signed (not signed itself: a copy may live elsewhere). */
  notebookPath: string | null;
  entries: number;
  head: string;
  at: string;
  keyFingerprint: string;
  publicKey: string;
  signature: string;
}

export const checkpointLogFile = (folder: string = userDataDir()) => path.join(folder, 'checkpoints.jsonl');

export function checkpointStatement(checkpoint: Pick<Checkpoint, 'notebookId' | 'entries' | 'head' | 'at' | 'keyFingerprint'>): string {
  return JSON.stringify(['cellbook-checkpoint-1', checkpoint.notebookId, checkpoint.entries, checkpoint.head, checkpoint.at, checkpoint.keyFingerprint]);
}

/** Whether the checkpoint was signed by the key it names, as it reads. */
export function checkpointSignatureHolds(checkpoint: Checkpoint): boolean {
  return keyFingerprint(checkpoint.publicKey) === checkpoint.keyFingerprint && verifyStatement(checkpointStatement(checkpoint), checkpoint.signature, checkpoint.publicKey);
}

export interface ChainHead {
  notebookId: string;
  entries: number;
  head: string;
}

/** The chain as it stands; null for a notebook without history. */
export function chainHead(db: Db): ChainHead | null {
  const first = db.prepare('SELECT hash FROM history ORDER BY id LIMIT 1').get() as { hash: string } | undefined;
  if (!first) return null;
  const last = db.prepare('SELECT hash FROM history ORDER BY id DESC LIMIT 1').get() as { hash: string };
  const { n } = db.prepare('SELECT count(*) AS n FROM history').get() as { n: number };
  return { notebookId: first.hash, entries: n, head: last.hash };
}

/** A checkpoint of the notebook as it stands, signed with the user's key (made on first need). */
export function makeCheckpoint(db: Db, notebookPath: string | null, at: Date, folder: string = userDataDir()): Checkpoint | null {
  const head = chainHead(db);
  if (!head) return null;
  const key = userKey(folder);
  const unsigned = { ...head, at: at.toISOString(), keyFingerprint: key.fingerprint };
  return { kind: 'cellbook-checkpoint', ...unsigned, notebookPath: notebookPath === null ? null : path.resolve(notebookPath), publicKey: key.publicKey, signature: signStatement(key, checkpointStatement(unsigned)) };
}

/** Appends one line; a line this short is written whole by one append, even with two writers. */
export function appendCheckpoint(checkpoint: Checkpoint, folder: string = userDataDir()): void {
  const file = checkpointLogFile(folder);
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
}

function isCheckpoint(value: unknown): value is Checkpoint {
  const candidate = value as Partial<Checkpoint> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.kind === 'cellbook-checkpoint' && typeof candidate.notebookId === 'string' && typeof candidate.entries === 'number' && typeof candidate.head === 'string' && typeof candidate.at === 'string' && typeof candidate.signature === 'string' && typeof candidate.publicKey === 'string' && typeof candidate.keyFingerprint === 'string';
}

export function parseCheckpoint(value: unknown): Checkpoint | null {
  return isCheckpoint(value) ? value : null;
}

/** Every checkpoint of the log; a line cut short by a crash is skipped and counted. */
export function readCheckpointLog(folder: string = userDataDir()): { checkpoints: Checkpoint[]; unreadableLines: number } {
  const file = checkpointLogFile(folder);
  if (!existsSync(file)) return { checkpoints: [], unreadableLines: 0 };
  const checkpoints: Checkpoint[] = [];
  let unreadableLines = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = parseCheckpoint(JSON.parse(line));
      if (parsed) checkpoints.push(parsed);
      else unreadableLines += 1;
    } catch {
      unreadableLines += 1;
    }
  }
  return { checkpoints, unreadableLines };
}
