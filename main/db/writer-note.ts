// Who is writing a notebook, for the sentence a blocked writer gets. A long write (an import, a
// backup, a restore) leaves a small note beside the notebook for as long as it runs:
// .<notebook>.writing-<pid>-h<host>-<random>.json (owned-temporaries.ts) with the owner's pid, the
// operation and its start.
// The notes only name the holder; which writer goes first is decided by SQLite's lock alone.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../files/write-file-atomically';
import { OWNER_PART, ownerMayBeRunning, ownerOfTemporary, THIS_HOST } from '../files/owned-temporaries';

export type LongWrite = 'import' | 'backup' | 'restore' | 'migration';

export interface WriterNote {
  pid: number;
  operation: LongWrite;
  startedAt: string;
}

const notePrefix = (notebookPath: string) => `.${path.basename(notebookPath)}.writing-`;

/** Writes the note (atomically) and returns the function that removes it at the write's end. */
export function noteLongWrite(notebookPath: string, operation: LongWrite, now: Date = new Date()): () => void {
  const file = path.join(path.dirname(notebookPath), `${notePrefix(notebookPath)}${OWNER_PART}-${randomBytes(4).toString('hex')}.json`);
  const note: WriterNote = { pid: process.pid, operation, startedAt: now.toISOString() };
  try {
    writeFileAtomically(file, (append) => append(`${JSON.stringify(note)}\n`));
  } catch {
    // The note only improves a message; a folder Cellbook cannot write in must not stop the work
    // (the write itself will say what is wrong).
    return () => undefined;
  }
  return () => rmSync(file, { force: true });
}

/** Every note beside the notebook, with whether its owner is still running (another machine's counts as running). */
export function writerNotes(notebookPath: string): Array<{ file: string; note: WriterNote | null; ownerAlive: boolean; mine: boolean }> {
  const dir = path.dirname(notebookPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const prefix = notePrefix(notebookPath);
  return names.flatMap((name) => {
    const owner = name.startsWith(prefix) && name.endsWith('.json') ? ownerOfTemporary(name) : null;
    if (owner === null) return [];
    const file = path.join(dir, name);
    let note: WriterNote | null;
    try {
      note = JSON.parse(readFileSync(file, 'utf8')) as WriterNote;
    } catch {
      note = null;
    }
    const mine = owner.pid === process.pid && (owner.host === null || owner.host === THIS_HOST);
    return [{ file, note, ownerAlive: ownerMayBeRunning(owner), mine }];
  });
}

/** The long writes of other processes that are running now, oldest first. */
export function otherLiveWriters(notebookPath: string): WriterNote[] {
  return writerNotes(notebookPath)
    .filter((entry) => entry.ownerAlive && entry.note !== null && !entry.mine)
    .map((entry) => entry.note!)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
