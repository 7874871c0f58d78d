import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CellbookError } from '../../shared/api-error';
import { startLiveOwner } from '../testing/child-process-owner';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { openNotebook, type Notebook } from './open-notebook';
import { NotebookBusyError, WRITE_LOCK_WAIT_MS } from './write-lock';
import { otherLiveWriters } from './writer-note';

let temp: TempNotebook | undefined;
let second: Notebook | undefined;
const owners: Array<{ kill: () => boolean }> = [];

afterEach(() => {
  second?.close();
  temp?.dispose();
  owners.splice(0).forEach((owner) => owner.kill());
  second = undefined;
  temp = undefined;
});

const settingsRows = (notebook: Notebook) => (notebook.db.prepare('SELECT count(*) AS n FROM settings').get() as { n: number }).n;

describe('one writer at a time', () => {
  it('takes the write lock when a transaction begins, and names the holder when it is not had in time', async () => {
    temp = await openTempNotebook();
    second = await openNotebook(temp.notebook.path);
    expect(second.db.pragma('busy_timeout', { simple: true })).toBe(WRITE_LOCK_WAIT_MS);
    // The wait is shortened for the test; what is tested is what happens when it runs out.
    second.db.pragma('busy_timeout = 100');
    const importer = startLiveOwner();
    owners.push(importer);
    const startedAt = new Date(2026, 10, 27, 14, 2);
    writeFileSync(
      path.join(temp.dir, `.test.cellbook.writing-${importer.pid}-0123abcd.json`),
      JSON.stringify({ pid: importer.pid, operation: 'import', startedAt: startedAt.toISOString() }),
    );
    expect(otherLiveWriters(temp.notebook.path).map((note) => note.pid)).toEqual([importer.pid]);

    temp.notebook.db.prepare('BEGIN IMMEDIATE').run();
    let bodyRan = false;
    const write = second.db.transaction(() => {
      bodyRan = true;
      second!.db.prepare("INSERT INTO settings (id, value_json, created_at, updated_at) VALUES ('operator', '\"B\"', 'now', 'now')").run();
    });
    let caught: unknown;
    try {
      write();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NotebookBusyError);
    expect((caught as CellbookError).code).toBe('busy');
    expect((caught as Error).message).toBe(
      `The notebook test.cellbook is being written by another Cellbook — an import started at 14:02 (process ${importer.pid}); nothing was saved — try again when it finishes.`,
    );
    // The lock is asked for before the body runs (BEGIN IMMEDIATE), not at its first write.
    expect(bodyRan).toBe(false);
    temp.notebook.db.prepare('COMMIT').run();

    write();
    expect(settingsRows(second)).toBe(1);
  });

  it('says so in one sentence when no Cellbook has noted a long write', async () => {
    temp = await openTempNotebook();
    second = await openNotebook(temp.notebook.path);
    second.db.pragma('busy_timeout = 50');
    temp.notebook.db.prepare('BEGIN IMMEDIATE').run();
    expect(() => second!.db.transaction(() => undefined)()).toThrow(/^The notebook test\.cellbook is being written by another program .* nothing was saved/);
    temp.notebook.db.prepare('ROLLBACK').run();
  });

  it('keeps nested transactions as savepoints of the outer one', async () => {
    temp = await openTempNotebook();
    const db = temp.notebook.db;
    const outer = db.transaction(() => {
      db.transaction(() => db.prepare("INSERT INTO settings (id, value_json, created_at, updated_at) VALUES ('a', '1', 'now', 'now')").run())();
      expect(db.inTransaction).toBe(true);
      throw new Error('rolled back');
    });
    expect(() => outer()).toThrow('rolled back');
    expect(settingsRows(temp.notebook)).toBe(0);
  });
});
