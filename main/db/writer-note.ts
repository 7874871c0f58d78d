// Who is writing a notebook, for the sentence a blocked writer gets. A long write (an import, a
// backup, a restore) leaves a small note beside the notebook for as long as it runs:
// .<notebook>.writing-<pid>-<random>.json with the owner's pid, the operation and its start.
// The notes only name the holder; which writer goes first is decided by SQLite's lock alone.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../files/write-file-atomically';
import { isProcessAlive } from '../files/process-alive';

export type LongWrite = 'import' | 'backup' | 'restore' | 'migration';

export interface WriterNote {
  pid: number;
  operation: LongWrite;
  startedAt: string;
}

const notePrefix = (notebookPath: string) => `.${path.basename(notebookPath)}.writing-`;
const NOTE_NAME = /\.writing-(\d+)-[0-9a-f]{8}\.json$/;

/** Writes the note (atomically) and returns the function that removes it at the write's end. */
export function noteLongWrite(notebookPath: string, operation: LongWrite, now: Date = new Date()): () => void {
  const file = path.join(path.dirname(notebookPath), `${notePrefix(notebookPath)}${process.pid}-${randomBytes(4).toString('hex')}.json`);
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

/** Every note beside the notebook, with whether its owner is still running. */
export function writerNotes(notebookPath: string): Array<{ file: string; note: WriterNote | null; ownerAlive: boolean }> {
  const dir = path.dirname(notebookPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const prefix = notePrefix(notebookPath);
  return names
    .filter((name) => name.startsWith(prefix) && NOTE_NAME.test(name))
    .map((name) => {
      const file = path.join(dir, name);
      const pid = Number(NOTE_NAME.exec(name)![1]);
      let note: WriterNote | null;
      try {
        note = JSON.parse(readFileSync(file, 'utf8')) as WriterNote;
      } catch {
        note = null;
      }
      return { file, note, ownerAlive: isProcessAlive(pid) };
    });
}

/** The long writes of other processes that are running now, oldest first. */
export function otherLiveWriters(notebookPath: string): WriterNote[] {
  return writerNotes(notebookPath)
    .filter((entry) => entry.ownerAlive && entry.note !== null && entry.note.pid !== process.pid)
    .map((entry) => entry.note!)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}
