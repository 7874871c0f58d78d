// Cellbook's own temporaries carry their owner's process id in their names, so that the ones a
// killed run left behind can be told from the ones a running Cellbook is using:
//   <tmp>/cellbook-<kind>-<pid>-XXXXXX/      working folders (an import's spool, uploads, …)
//   .<file>.<pid>-<hex>.partial[-journal]     write-file-atomically and backup temporaries
//   .<notebook>.writing-<pid>-<hex>.json      writer notes (writer-note.ts)
// At start, those whose owner is no longer running are removed; a live owner's are never touched,
// however old. Names without a pid (made by an older Cellbook) are left alone: their owner
// cannot be known.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from './process-alive';

const OWNED_TEMP_DIR = /^cellbook-[a-z]+(?:-[a-z]+)*-(\d+)-[A-Za-z0-9]{6}$/;
const OWNED_FILE = [/^\..+\.(\d+)-[0-9a-f]{8}\.partial(?:-journal|-wal|-shm)?$/, /^\..+\.writing-(\d+)-[0-9a-f]{8}\.json$/];

/** A working folder in the system's temp dir, named with this process's id. */
export function makeOwnedTempDir(kind: string, parent: string = os.tmpdir()): string {
  return mkdtempSync(path.join(parent, `cellbook-${kind}-${process.pid}-`));
}

/** The pid a Cellbook temporary's name records, or null for anything else. */
export function ownerOfTemporary(name: string): number | null {
  for (const pattern of [OWNED_TEMP_DIR, ...OWNED_FILE]) {
    const match = pattern.exec(name);
    if (match) return Number(match[1]);
  }
  return null;
}

function listOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Removes, in each folder, the Cellbook temporaries whose owner is gone; returns what it removed. */
export function sweepStaleTemporaries(folders: readonly string[]): string[] {
  const removed: string[] = [];
  for (const dir of new Set(folders)) {
    for (const name of listOrEmpty(dir)) {
      const owner = ownerOfTemporary(name);
      if (owner === null || isProcessAlive(owner)) continue;
      const target = path.join(dir, name);
      try {
        rmSync(target, { recursive: true, force: true });
        removed.push(target);
      } catch {
        // Another start sweeping at the same moment, or a file Cellbook may not remove: left.
      }
    }
  }
  return removed;
}
