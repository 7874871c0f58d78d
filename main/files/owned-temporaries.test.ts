import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exitedOwnerPid, startLiveOwner } from '../testing/child-process-owner';
import { useTempDirs } from '../testing/cli-process';
import { ownerOfTemporary, sweepStaleTemporaries } from './owned-temporaries';
import { temporaryPathFor } from './write-file-atomically';

const tempDir = useTempDirs();
const live = startLiveOwner();
afterAll(() => {
  live.kill();
});

describe('stale temporaries, swept by owner', () => {
  it('reads the owner from every kind of name Cellbook gives its temporaries, and nothing else', () => {
    expect(ownerOfTemporary('cellbook-import-4242-Ab12Cd')).toBe(4242);
    expect(ownerOfTemporary('.lab.cellbook-2026-11-27T04-32-10Z.cellbook.4242-0a1b2c3d.partial')).toBe(4242);
    expect(ownerOfTemporary('.lab.cellbook-2026-11-27T04-32-10Z.cellbook.4242-0a1b2c3d.partial-journal')).toBe(4242);
    expect(ownerOfTemporary('.lab.cellbook.writing-4242-0a1b2c3d.json')).toBe(4242);
    expect(path.basename(temporaryPathFor('/x/report.pdf'))).toMatch(new RegExp(`\\.${process.pid}-[0-9a-f]{8}\\.partial$`));
    // Made by an older Cellbook (no pid) or by someone else: never Cellbook's to remove.
    expect(ownerOfTemporary('cellbook-import-Ab12Cd')).toBeNull();
    expect(ownerOfTemporary('cellbook-test-Ab12Cd')).toBeNull();
    expect(ownerOfTemporary('lab.cellbook')).toBeNull();
    expect(ownerOfTemporary('notes.partial')).toBeNull();
  });

  it("removes what an exited process left and never touches a running one's, however old", () => {
    const dir = tempDir();
    const dead = exitedOwnerPid();
    const made = (name: string, folder = false) => {
      const file = path.join(dir, name);
      if (folder) {
        mkdirSync(file);
        writeFileSync(path.join(file, 'original-0.br'), 'spool');
      } else writeFileSync(file, 'x');
      return file;
    };
    const deadSpool = made(`cellbook-import-${dead}-Ab12Cd`, true);
    const deadPartial = made(`.lab.cellbook-2026.cellbook.${dead}-0a1b2c3d.partial`);
    const deadJournal = made(`.lab.cellbook-2026.cellbook.${dead}-0a1b2c3d.partial-journal`);
    const deadNote = made(`.lab.cellbook.writing-${dead}-0a1b2c3d.json`);
    const liveSpool = made(`cellbook-import-${live.pid}-Zz98Yy`, true);
    const livePartial = made(`.lab.cellbook-2026.cellbook.${live.pid}-0a1b2c3d.partial`);
    const foreign = made('cellbook-import-Qq11Ww', true);
    const notebook = made('lab.cellbook');

    const removed = sweepStaleTemporaries([dir]);

    expect(removed.sort()).toEqual([deadSpool, deadPartial, deadJournal, deadNote].sort());
    for (const kept of [liveSpool, livePartial, foreign, notebook]) expect(existsSync(kept)).toBe(true);
    for (const gone of removed) expect(existsSync(gone)).toBe(false);
  });
});
