import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noteLongWrite, writerNotes } from '../db/writer-note';
import { openNotebook } from '../db/open-notebook';
import { exitedOwnerPid, startLiveOwner } from '../testing/child-process-owner';
import { useTempDirs } from '../testing/cli-process';
import { makeOwnedTempDir, ownerOfTemporary, sweepStaleTemporaries, THIS_HOST, UNTAGGED_STALE_AFTER_MS } from './owned-temporaries';
import { temporaryPathFor } from './write-file-atomically';

const tempDir = useTempDirs();
const live = startLiveOwner();
afterAll(() => {
  live.kill();
});

/** Another machine's tag: a hostname this one does not have. */
const OTHER_HOST = THIS_HOST === '00000000' ? '11111111' : '00000000';

function maker(dir: string) {
  return (name: string, folder = false) => {
    const file = path.join(dir, name);
    if (folder) {
      mkdirSync(file);
      writeFileSync(path.join(file, 'original-0.br'), 'spool');
    } else writeFileSync(file, 'x');
    return file;
  };
}

describe('stale temporaries, swept by owner', () => {
  it('reads the owner and its machine from every kind of name Cellbook gives its temporaries, and nothing else', () => {
    expect(ownerOfTemporary('cellbook-import-4242-h0a1b2c3d-Ab12Cd')).toEqual({ pid: 4242, host: '0a1b2c3d' });
    expect(ownerOfTemporary('.lab.cellbook-2026-11-27T04-32-10Z.cellbook.4242-h0a1b2c3d-0a1b2c3d.partial')).toEqual({ pid: 4242, host: '0a1b2c3d' });
    expect(ownerOfTemporary('.lab.cellbook-2026-11-27T04-32-10Z.cellbook.4242-h0a1b2c3d-0a1b2c3d.partial-journal')).toEqual({ pid: 4242, host: '0a1b2c3d' });
    expect(ownerOfTemporary('.lab.cellbook.writing-4242-h0a1b2c3d-0a1b2c3d.json')).toEqual({ pid: 4242, host: '0a1b2c3d' });
    // Names from before the machine was recorded: a pid, no machine.
    expect(ownerOfTemporary('cellbook-import-4242-Ab12Cd')).toEqual({ pid: 4242, host: null });
    expect(ownerOfTemporary('.lab.cellbook.4242-0a1b2c3d.partial')).toEqual({ pid: 4242, host: null });
    expect(ownerOfTemporary('.lab.cellbook.writing-4242-0a1b2c3d.json')).toEqual({ pid: 4242, host: null });
    // What this process makes carries its pid and this machine.
    const mine = { pid: process.pid, host: THIS_HOST };
    expect(ownerOfTemporary(path.basename(temporaryPathFor('/x/report.pdf')))).toEqual(mine);
    const spool = makeOwnedTempDir('import', tempDir());
    expect(ownerOfTemporary(path.basename(spool))).toEqual(mine);
    const notebook = path.join(tempDir(), 'lab.cellbook');
    const endNote = noteLongWrite(notebook, 'import');
    expect(writerNotes(notebook).map((entry) => [ownerOfTemporary(path.basename(entry.file)), entry.mine])).toEqual([[mine, true]]);
    endNote();
    // Made by someone else: never Cellbook's to remove.
    expect(ownerOfTemporary('cellbook-import-Ab12Cd')).toBeNull();
    expect(ownerOfTemporary('cellbook-test-Ab12Cd')).toBeNull();
    expect(ownerOfTemporary('lab.cellbook')).toBeNull();
    expect(ownerOfTemporary('notes.partial')).toBeNull();
  });

  it("removes what an exited process of this machine left, never a running one's, and never another machine's", () => {
    const dir = tempDir();
    const dead = exitedOwnerPid();
    const made = maker(dir);
    const deadSpool = made(`cellbook-import-${dead}-h${THIS_HOST}-Ab12Cd`, true);
    const deadPartial = made(`.lab.cellbook-2026.cellbook.${dead}-h${THIS_HOST}-0a1b2c3d.partial`);
    const deadJournal = made(`.lab.cellbook-2026.cellbook.${dead}-h${THIS_HOST}-0a1b2c3d.partial-journal`);
    const deadNote = made(`.lab.cellbook.writing-${dead}-h${THIS_HOST}-0a1b2c3d.json`);
    const liveSpool = made(`cellbook-import-${live.pid}-h${THIS_HOST}-Zz98Yy`, true);
    const livePartial = made(`.lab.cellbook-2026.cellbook.${live.pid}-h${THIS_HOST}-0a1b2c3d.partial`);
    // On a shared drive: the same pid means nothing on the machine that wrote these.
    const otherMachinePartial = made(`.lab.cellbook-2026.cellbook.${dead}-h${OTHER_HOST}-0a1b2c3d.partial`);
    const otherMachineNote = made(`.lab.cellbook.writing-${dead}-h${OTHER_HOST}-0a1b2c3d.json`);
    const foreign = made('cellbook-import-Qq11Ww', true);
    const notebook = made('lab.cellbook');

    const removed = sweepStaleTemporaries([dir]);

    expect(removed.sort()).toEqual([deadSpool, deadPartial, deadJournal, deadNote].sort());
    for (const kept of [liveSpool, livePartial, otherMachinePartial, otherMachineNote, foreign, notebook]) expect(existsSync(kept)).toBe(true);
    for (const gone of removed) expect(existsSync(gone)).toBe(false);
  });

  it("counts another machine's writer note as running, since its pid cannot be checked here", () => {
    const dir = tempDir();
    const dead = exitedOwnerPid();
    const notebook = path.join(dir, 'lab.cellbook');
    const note = (host: string) => writeFileSync(path.join(dir, `.lab.cellbook.writing-${dead}-h${host}-0a1b2c3d.json`), JSON.stringify({ pid: dead, operation: 'import', startedAt: '2026-12-02T05:00:00.000Z' }));
    note(OTHER_HOST);
    note(THIS_HOST);
    expect(writerNotes(notebook).map((entry) => [path.basename(entry.file).includes(OTHER_HOST), entry.ownerAlive]).sort()).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('removes a name without a machine only when its pid is not running here and it was untouched for 7 days', () => {
    const dir = tempDir();
    const dead = exitedOwnerPid();
    const made = maker(dir);
    const now = Date.now();
    const aged = (file: string, ageMs: number) => {
      const at = new Date(now - ageMs);
      utimesSync(file, at, at);
      return file;
    };
    expect(UNTAGGED_STALE_AFTER_MS).toBe(7 * 24 * 3600 * 1000);
    const oldDead = aged(made(`.lab.cellbook.${dead}-0a1b2c3d.partial`), UNTAGGED_STALE_AFTER_MS + 60_000);
    const recentDead = aged(made(`.lab.cellbook.${dead}-1a1b2c3d.partial`), UNTAGGED_STALE_AFTER_MS - 60_000);
    const oldLive = aged(made(`.lab.cellbook.${live.pid}-2a1b2c3d.partial`), UNTAGGED_STALE_AFTER_MS + 60_000);

    expect(sweepStaleTemporaries([dir], now)).toEqual([oldDead]);
    expect([recentDead, oldLive].every((file) => existsSync(file))).toBe(true);
  });
});

describe('the sweep at start', () => {
  it('lists a folder once per process: a notebook opened again there sweeps nothing more', async () => {
    const dir = tempDir();
    const notebookPath = path.join(dir, 'lab.cellbook');
    const made = maker(dir);
    const first = made(`.lab.cellbook.${exitedOwnerPid()}-h${THIS_HOST}-0a1b2c3d.partial`);
    (await openNotebook(notebookPath)).close();
    expect(existsSync(first)).toBe(false);
    // Left after this process's first open there (by a run killed meanwhile): not looked for again until the next start.
    const second = made(`.lab.cellbook.${exitedOwnerPid()}-h${THIS_HOST}-1a1b2c3d.partial`);
    (await openNotebook(notebookPath)).close();
    expect(existsSync(second)).toBe(true);
    expect(sweepStaleTemporaries([dir])).toEqual([second]);
  });
});
