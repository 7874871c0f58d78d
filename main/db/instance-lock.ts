// One app per notebook: the Electron window and `cellbook web` each hold an instance lock beside
// the notebook (.<notebook>.open-by.json: pid, host, what kind of app, since when) for as long as
// they have it open. A second app on the same notebook is refused with a sentence naming the
// first. A lock whose process is gone is stale and taken over. The CLI's short commands are not
// apps and take no instance lock: they share the notebook through SQLite's write lock.
import { linkSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { isProcessAlive } from '../files/process-alive';
import { temporaryPathFor, writeFileAtomically } from '../files/write-file-atomically';

export type AppKind = 'the Cellbook app' | 'cellbook web';

interface InstanceLock {
  pid: number;
  hostname: string;
  app: AppKind;
  since: string;
}

export const instanceLockPathFor = (notebookPath: string) => path.join(path.dirname(notebookPath), `.${path.basename(notebookPath)}.open-by.json`);

function readLock(file: string): { lock: InstanceLock | null; text: string } | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return { lock: JSON.parse(text) as InstanceLock, text };
  } catch {
    return { lock: null, text };
  }
}

/** A lock of another machine (a notebook on a shared drive) cannot be checked, so it counts as held. */
const isHeld = (lock: InstanceLock | null) =>
  lock !== null && (lock.hostname !== os.hostname() || isProcessAlive(lock.pid));

function refusal(notebookPath: string, lock: InstanceLock): CellbookError {
  const since = new Date(lock.since);
  const where = lock.hostname === os.hostname() ? `process ${lock.pid}` : `process ${lock.pid} on ${lock.hostname}`;
  return new CellbookError(
    'busy',
    `${path.basename(notebookPath)} is already open in ${lock.app} (${where}, since ${since.toTimeString().slice(0, 5)} on ${since.toISOString().slice(0, 10)}); use that window, or close it first. Commands such as cellbook import and cellbook backup still work while it is open.`,
  );
}

/** The app of another process that has the notebook open now, or null. */
export function otherAppHolding(notebookPath: string): { app: AppKind; pid: number } | null {
  const found = readLock(instanceLockPathFor(notebookPath));
  if (!found?.lock || !isHeld(found.lock)) return null;
  if (found.lock.pid === process.pid && found.lock.hostname === os.hostname()) return null;
  return { app: found.lock.app, pid: found.lock.pid };
}

/** Claims the notebook for this app; returns the release. Refuses when another live app holds it. */
export function claimNotebook(notebookPath: string, app: AppKind, now: Date = new Date()): () => void {
  const file = instanceLockPathFor(notebookPath);
  const mine: InstanceLock = { pid: process.pid, hostname: os.hostname(), app, since: now.toISOString() };
  // The lock is written whole under a private name, then linked into place: linking fails when
  // the name exists, so of two apps starting at once exactly one gets it.
  const staged = temporaryPathFor(file);
  writeFileAtomically(staged, (append) => append(`${JSON.stringify(mine)}\n`));
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        linkSync(staged, file);
        const release = () => {
          const current = readLock(file);
          if (current?.lock?.pid === process.pid && current.lock.since === mine.since) rmSync(file, { force: true });
        };
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const found = readLock(file);
      if (found === null) continue;
      if (found.lock && isHeld(found.lock)) {
        if (found.lock.pid === process.pid && found.lock.hostname === os.hostname()) {
          throw new CellbookError('busy', `${path.basename(notebookPath)} is already open in this Cellbook`);
        }
        throw refusal(notebookPath, found.lock);
      }
      // Stale (its process is gone) or unreadable: taken over, unless it changed meanwhile.
      const again = readLock(file);
      if (again?.text === found.text) rmSync(file, { force: true });
    }
    throw new CellbookError('busy', `${path.basename(notebookPath)} is being opened by another Cellbook at this moment; try again`);
  } finally {
    rmSync(staged, { force: true });
  }
}
