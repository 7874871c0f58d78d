// Cellbook's own temporaries carry their owner in their names — its process id and a tag of its
// machine — so that the ones a killed run left behind can be told from the ones a running
// Cellbook is using:
//   <tmp>/cellbook-<kind>-<pid>-h<host>-XXXXXX/      working folders (an import's spool, uploads, …)
//   .<file>.<pid>-h<host>-<hex>.partial[-journal]     write-file-atomically and backup temporaries
//   .<notebook>.writing-<pid>-h<host>-<hex>.json      writer notes (writer-note.ts)
// <host> is the first 8 hex digits of the SHA-256 of the machine's hostname. Once per process and
// folder (the first open of a notebook there), those of this machine whose process is no longer
// running are removed. A pid says nothing about another machine's processes, so the temporaries
// of another machine (a notebook on a shared drive) are never removed here: that machine's next
// Cellbook start removes them. A live owner's are never touched, however old.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive } from './process-alive';

/** This machine's tag in the names of its temporaries: stable, and free of a hostname's odd characters. */
export const THIS_HOST = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8);

/** This process's part of a temporary's name. */
export const OWNER_PART = `${process.pid}-h${THIS_HOST}`;

const OWNER = String.raw`(\d+)(?:-h([0-9a-f]{8}))?`;
const OWNED = [
  new RegExp(String.raw`^cellbook-[a-z]+(?:-[a-z]+)*-${OWNER}-[A-Za-z0-9]{6}$`),
  new RegExp(String.raw`^\..+\.${OWNER}-[0-9a-f]{8}\.partial(?:-journal|-wal|-shm)?$`),
  new RegExp(String.raw`^\..+\.writing-${OWNER}-[0-9a-f]{8}\.json$`),
];

/**
 * Names with a pid and no machine tag were made before the tag was added: their machine cannot be
 * told, so they are removed only when their pid is not running here and they have not been
 * touched for this long, far longer than any write of Cellbook's takes.
 */
export const UNTAGGED_STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

export interface TemporaryOwner {
  pid: number;
  /** The machine's tag, or null for a name made before names carried one. */
  host: string | null;
}

/** A working folder in the system's temp dir, named with this process and machine. */
export function makeOwnedTempDir(kind: string, parent: string = os.tmpdir()): string {
  return mkdtempSync(path.join(parent, `cellbook-${kind}-${OWNER_PART}-`));
}

/** The owner a Cellbook temporary's name records, or null for anything else. */
export function ownerOfTemporary(name: string): TemporaryOwner | null {
  for (const pattern of OWNED) {
    const match = pattern.exec(name);
    if (match) return { pid: Number(match[1]), host: match[2] ?? null };
  }
  return null;
}

/** Whether the owner may still be using it: another machine's owner always may, as far as this machine can tell. */
export function ownerMayBeRunning(owner: TemporaryOwner): boolean {
  if (owner.host !== null && owner.host !== THIS_HOST) return true;
  return isProcessAlive(owner.pid);
}

function listOrEmpty(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function untouchedFor(target: string, now: number): number {
  try {
    return now - statSync(target).mtimeMs;
  } catch {
    return 0;
  }
}

/** Removes, in each folder, the Cellbook temporaries of this machine whose owner is gone; returns what it removed. */
export function sweepStaleTemporaries(folders: readonly string[], now: number = Date.now()): string[] {
  const removed: string[] = [];
  for (const dir of new Set(folders)) {
    for (const name of listOrEmpty(dir)) {
      const owner = ownerOfTemporary(name);
      if (owner === null || ownerMayBeRunning(owner)) continue;
      const target = path.join(dir, name);
      if (owner.host === null && untouchedFor(target, now) < UNTAGGED_STALE_AFTER_MS) continue;
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

const sweptFolders = new Set<string>();

/**
 * The sweep as a start does it: each folder once per process (the app, browser mode and every CLI
 * command are one process each), so opening notebooks again does not list the folders again.
 */
export function sweepStaleTemporariesOnce(folders: readonly string[]): string[] {
  const fresh = [...new Set(folders.map((dir) => path.resolve(dir)))].filter((dir) => !sweptFolders.has(dir));
  for (const dir of fresh) sweptFolders.add(dir);
  return fresh.length > 0 ? sweepStaleTemporaries(fresh) : [];
}
