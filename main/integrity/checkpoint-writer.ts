// When checkpoints are written to the log: after a CLI command that changed history (once, when it
// closes the notebook), after an operation of the app or the web host that changed it (at most
// one every CHECKPOINT_INTERVAL_MS, so a burst of edits signs once; the head left unsigned by the
// throttle is signed by the next operation after the interval or when the app quits), and after a
// restore. Reading the head is one indexed query; signing and appending take well under a millisecond.
import type { Db } from '../db/query';
import { appendCheckpoint, makeCheckpoint, type Checkpoint } from './checkpoints';

export const CHECKPOINT_INTERVAL_MS = 10_000;

interface Signed {
  head: string | null;
  atMs: number;
}

const signedHeads = new WeakMap<Db, Signed>();

export function headHash(db: Db): string | null {
  return (db.prepare('SELECT hash FROM history ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined)?.hash ?? null;
}

/** Remembers the head an open notebook starts from, so that reading alone never writes a checkpoint. */
export function noteStartingHead(db: Db): void {
  if (!signedHeads.has(db)) signedHeads.set(db, { head: headHash(db), atMs: 0 });
}

export interface CheckpointMoment {
  db: Db;
  notebookPath: string;
  now: Date;
  /** Skip when the last checkpoint of this notebook was written less than this long ago. */
  throttleMs?: number;
}

/** Signs and logs the head when it moved since the last checkpoint this process wrote (or since it opened the notebook). */
export function checkpointIfMoved(moment: CheckpointMoment): Checkpoint | null {
  const { db } = moment;
  if (!db.open) return null;
  const known = signedHeads.get(db);
  const head = headHash(db);
  if (head === null || known?.head === head) return null;
  if (known && moment.throttleMs !== undefined && moment.now.getTime() - known.atMs < moment.throttleMs) return null;
  const checkpoint = makeCheckpoint(db, moment.notebookPath, moment.now);
  if (!checkpoint) return null;
  appendCheckpoint(checkpoint);
  signedHeads.set(db, { head, atMs: moment.now.getTime() });
  return checkpoint;
}

/** The last signing as a host closes its notebook (when an operation ran on it); failing is not allowed to keep it from closing. */
export function checkpointOnClose(db: Db, notebookPath: string): void {
  if (!signedHeads.has(db)) return;
  try {
    checkpointIfMoved({ db, notebookPath, now: new Date() });
  } catch {
    // The next session's first change signs the history again.
  }
}
