// When checkpoints are written (reading never writes one; a change does, once; the app's operations
// at most once per interval) and that a signed restore is accepted by check while the checkpoints
// of the history it replaced stay in the log.
import Database from 'better-sqlite3';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backupNotebook } from '../db/backup';
import { entryHash, type HistoryRow } from '../db/history';
import { openNotebook } from '../db/open-notebook';
import { createServiceContext } from '../services/context';
import { backupPathFor, restoreBackup } from '../services/backups';
import { dispatch } from '../services/dispatch';
import { checkNotebook } from '../services/notebook';
import { makeMaterial } from '../testing/inventory-factories';
import { makeTempDir, openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { checkpointIfMoved, noteStartingHead } from './checkpoint-writer';
import { checkpointLogFile, checkpointSignatureHolds, readCheckpointLog } from './checkpoints';

const userData = makeTempDir('cellbook-checkpoints-user-');
const savedConfigHome = process.env.XDG_CONFIG_HOME;
const folder = path.join(userData.dir, 'Cellbook');
let temp: TempNotebook;

beforeAll(() => {
  process.env.XDG_CONFIG_HOME = userData.dir;
});
afterEach(() => temp?.dispose());
afterAll(() => {
  userData.remove();
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
});

const logged = () => readCheckpointLog(folder).checkpoints.filter((checkpoint) => checkpoint.notebookPath === temp.ctx.notebook.path);
const head = () => temp.ctx.notebook.db.prepare('SELECT hash, (SELECT count(*) FROM history) AS n FROM history ORDER BY id DESC LIMIT 1').get() as { hash: string; n: number };

describe('checkpoints in the log beside the user\'s settings', () => {
  it('are written when history moved, once, signed; reading writes none; the interval holds back a burst', async () => {
    temp = await openTempNotebook();
    const { db, path: notebookPath } = temp.ctx.notebook;
    makeMaterial(temp.ctx, { name: 'LiTFSI' });
    noteStartingHead(db);
    const t0 = new Date('2026-12-02T09:00:00.000Z');
    expect(checkpointIfMoved({ db, notebookPath, now: t0 })).toBeNull();
    makeMaterial(temp.ctx, { name: 'LiFSI' });
    const written = checkpointIfMoved({ db, notebookPath, now: t0 })!;
    expect(written).toMatchObject({ entries: head().n, head: head().hash, at: t0.toISOString() });
    expect(checkpointIfMoved({ db, notebookPath, now: t0 })).toBeNull();
    makeMaterial(temp.ctx, { name: 'DME', kind: 'medium', formula: 'C4H10O2' });
    expect(checkpointIfMoved({ db, notebookPath, now: new Date(t0.getTime() + 5_000), throttleMs: 10_000 })).toBeNull();
    expect(checkpointIfMoved({ db, notebookPath, now: new Date(t0.getTime() + 11_000), throttleMs: 10_000 })).not.toBeNull();
    expect(logged().map((checkpoint) => checkpoint.entries)).toEqual([2, 3]);
    expect(logged().every(checkpointSignatureHolds)).toBe(true);
    // One JSON line each, only ever appended.
    expect(readFileSync(checkpointLogFile(folder), 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(2);
  });

  it('are written by the app\'s operations that change history, not by those that read', async () => {
    temp = await openTempNotebook();
    expect((await dispatch(temp.ctx, 'getNotebookInfo', {})).ok).toBe(true);
    expect(logged()).toEqual([]);
    expect((await dispatch(temp.ctx, 'updateSettings', { operator: 'M. Kim' })).ok).toBe(true);
    expect(logged().map((checkpoint) => checkpoint.head)).toEqual([head().hash]);
  });
});

describe('a restore from a backup', () => {
  it('is its own signed entry: check accepts the restored notebook against the replaced history\'s checkpoints', async () => {
    temp = await openTempNotebook();
    const { db, path: notebookPath } = temp.ctx.notebook;
    makeMaterial(temp.ctx, { name: 'LiTFSI' });
    checkpointIfMoved({ db, notebookPath, now: new Date() });
    const backup = await backupNotebook(db, backupPathFor(notebookPath, new Date()));
    makeMaterial(temp.ctx, { name: 'Made after the backup', kind: 'other', formula: null });
    checkpointIfMoved({ db, notebookPath, now: new Date() });
    await restoreBackup(temp.ctx, backup.path);
    const check = checkNotebook(temp.ctx);
    expect(check.checkpoints.problems).toEqual([]);
    expect(check.checkpoints.replacedByRestore).toBeGreaterThanOrEqual(1);
    expect(check.ok).toBe(true);
    const restore = JSON.parse((temp.ctx.notebook.db.prepare("SELECT after_json FROM history WHERE table_name = 'notebook' ORDER BY id DESC LIMIT 1").get() as { after_json: string }).after_json) as { signature?: string; keyFingerprint?: string };
    expect(restore.signature).toMatch(/^[A-Za-z0-9+/=]{80,}$/);
    expect(restore.keyFingerprint).toMatch(/^SHA256:/);
  });
});

describe('the first entry that differs', () => {
  it('is found exactly from a backup\'s signed chain when the checkpoints alone only bound it', async () => {
    temp = await openTempNotebook();
    for (const name of ['LiTFSI', 'LiFSI', 'LiPF6', 'LiBF4', 'LiClO4']) makeMaterial(temp.ctx, { name });
    const { db, path: notebookPath } = temp.ctx.notebook;
    await backupNotebook(db, backupPathFor(notebookPath, new Date()));
    checkpointIfMoved({ db, notebookPath, now: new Date() });
    temp.ctx.notebook.close();
    const raw = new Database(notebookPath);
    raw.exec('DROP TRIGGER history_append_only_update');
    const rows = raw.prepare('SELECT * FROM history ORDER BY id').all() as HistoryRow[];
    let prev = rows[0]!.hash;
    for (const row of rows.slice(1)) {
      const edited = row.id === 3 ? { ...row, operator: 'someone else' } : row;
      const hash = entryHash({ ...edited, prev_hash: prev });
      raw.prepare('UPDATE history SET operator = ?, prev_hash = ?, hash = ? WHERE id = ?').run(edited.operator, prev, hash, row.id);
      prev = hash;
    }
    raw.close();
    const reopened = await openNotebook(notebookPath);
    try {
      const check = checkNotebook(createServiceContext(reopened, { mode: 'cli' }));
      expect(check.checkpoints.firstDifferingEntry).toEqual({ from: 3, to: 3 });
      expect(check.checkpoints.problems.join('\n')).toContain('entry 3 is the first that differs');
    } finally {
      reopened.close();
    }
  });
});

describe('a new notebook where another one was', () => {
  it('is told apart by its own first checkpoint; until then the other notebook\'s checkpoints are a problem', async () => {
    temp = await openTempNotebook();
    const notebookPath = temp.ctx.notebook.path;
    makeMaterial(temp.ctx, { name: 'LiTFSI' });
    checkpointIfMoved({ db: temp.ctx.notebook.db, notebookPath, now: new Date(Date.now() - 60_000) });
    temp.ctx.notebook.close();
    rmSync(notebookPath);
    const fresh = await openNotebook(notebookPath);
    try {
      const ctx = createServiceContext(fresh, { mode: 'cli' });
      makeMaterial(ctx, { name: 'Li6PS5Cl', kind: 'sulfide_se', formula: 'Li6PS5Cl' });
      expect(checkNotebook(ctx).checkpoints.problems[0]).toMatch(/names a notebook whose first history entry differs/);
      checkpointIfMoved({ db: fresh.db, notebookPath, now: new Date() });
      const check = checkNotebook(ctx);
      expect(check.checkpoints.problems).toEqual([]);
      expect(check.checkpoints.notes).toContain('1 checkpoint(s) were of a notebook that was at this path before this one');
    } finally {
      fresh.close();
    }
  });
});
