// Backups as a researcher relies on them: unique and verified even when two are taken in the same
// second, listed with what they hold (counted here independently), a damaged one refused, and a
// backup → change → restore round trip that leaves a notebook `check` accepts.
import Database from 'better-sqlite3';
import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyHistoryChain } from '../db/history';
import { backupsDirFor } from '../db/paths';
import { makeMaterial } from '../testing/inventory-factories';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { listBackups, previewRestore, restoreBackup, startBackup } from './backups';
import { checkNotebook } from './notebook';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

async function backupNow(t: TempNotebook): Promise<string> {
  const job = await t.ctx.jobs.settled(startBackup(t.ctx).jobId);
  expect(job.state, job.message ?? '').toBe('done');
  return listBackups(t.ctx)[0]!.fileName;
}

const materialNames = (t: TempNotebook) => (t.ctx.notebook.db.prepare('SELECT name FROM materials ORDER BY name').all() as Array<{ name: string }>).map((row) => row.name);

describe('backups, listed and restored', () => {
  it('takes two backups in the same second under two names, both verified', async () => {
    temp = await openTempNotebook();
    makeMaterial(temp.ctx, { name: 'LiTFSI' });
    const sameSecond = new Date('2026-12-01T10:00:00.000Z');
    temp.ctx.writer.now = () => sameSecond;
    const [a, b] = await Promise.all([temp.ctx.jobs.settled(startBackup(temp.ctx).jobId), temp.ctx.jobs.settled(startBackup(temp.ctx).jobId)]);
    expect([a.state, b.state]).toEqual(['done', 'done']);
    const files = readdirSync(backupsDirFor(temp.ctx.notebook.path));
    expect(files.filter((name) => name.endsWith('.cellbook')).sort()).toEqual(['test-2026-12-01T10-00-00Z-2.cellbook', 'test-2026-12-01T10-00-00Z.cellbook']);
    expect(files.filter((name) => name.includes('partial') || name.endsWith('-wal') || name.endsWith('-shm') || name.endsWith('-journal'))).toEqual([]);
    for (const entry of listBackups(temp.ctx)) expect(entry).toMatchObject({ verified: true, problem: null });
  });

  it('lists what each backup holds, counted independently', async () => {
    temp = await openTempNotebook();
    makeMaterial(temp.ctx, { name: 'LiTFSI' });
    makeMaterial(temp.ctx, { name: 'TEOS', kind: 'oxide_precursor', formula: 'Si(OC2H5)4' });
    const name = await backupNow(temp);
    const [entry] = listBackups(temp.ctx);
    const copy = new Database(path.join(backupsDirFor(temp.ctx.notebook.path), name), { readonly: true });
    const historyEntries = (copy.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    const materials = (copy.prepare('SELECT count(*) AS n FROM materials').get() as { n: number }).n;
    copy.close();
    expect(entry).toMatchObject({ fileName: name, verified: true, historyEntries, schemaVersion: temp.ctx.notebook.schemaVersion });
    expect(materials).toBe(2);
    expect(entry!.records).toBeGreaterThanOrEqual(materials);
    expect(entry!.sizeBytes).toBe(statSync(entry!.path).size);
  });

  it('restores a backup: later changes are gone, the notebook before is kept, and check accepts the result', async () => {
    temp = await openTempNotebook();
    makeMaterial(temp.ctx, { name: 'LiTFSI' });
    const name = await backupNow(temp);
    makeMaterial(temp.ctx, { name: 'Made after the backup', kind: 'other', formula: null });
    expect(materialNames(temp)).toEqual(['LiTFSI', 'Made after the backup']);

    const preview = previewRestore(temp.ctx, name);
    expect(preview.tables.find((row) => row.table === 'materials')).toEqual({ table: 'materials', backup: 1, current: 2 });
    expect(preview.verified).toBe(true);

    const result = await restoreBackup(temp.ctx, name);
    expect(materialNames(temp)).toEqual(['LiTFSI']);
    const check = checkNotebook(temp.ctx);
    expect(check.ok).toBe(true);
    const last = temp.ctx.notebook.db.prepare('SELECT table_name, action, after_json FROM history ORDER BY id DESC LIMIT 1').get() as { table_name: string; action: string; after_json: string };
    expect(last).toMatchObject({ table_name: 'notebook', action: 'restore' });
    expect(JSON.parse(last.after_json)).toMatchObject({ restoredFrom: name, backupHistoryEntries: preview.backup.historyEntries, replacedHistoryEntries: preview.current.historyEntries });

    const before = new Database(result.safetyBackup, { readonly: true });
    expect((before.prepare('SELECT name FROM materials ORDER BY name').all() as Array<{ name: string }>).map((row) => row.name)).toEqual(['LiTFSI', 'Made after the backup']);
    expect(verifyHistoryChain(before).firstBreak).toBeNull();
    before.close();

    // The restored notebook goes on working: a new record lands in it and history stays a chain.
    makeMaterial(temp.ctx, { name: 'After the restore', kind: 'other', formula: null });
    expect(checkNotebook(temp.ctx).ok).toBe(true);
  });

  it('refuses a damaged backup in one sentence and leaves the notebook as it was', async () => {
    temp = await openTempNotebook();
    makeMaterial(temp.ctx, { name: 'LiTFSI' });
    const name = await backupNow(temp);
    makeMaterial(temp.ctx, { name: 'Kept', kind: 'other', formula: null });
    const file = path.join(backupsDirFor(temp.ctx.notebook.path), name);
    // The start of its second page overwritten, wherever the page size puts it.
    const backupDb = new Database(file, { readonly: true, fileMustExist: true });
    const secondPage = backupDb.pragma('page_size', { simple: true }) as number;
    backupDb.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, secondPage);
    closeSync(fd);
    // The kept verification was made before the damage; a preview and a restore look again.
    expect(previewRestore(temp.ctx, name).verified).toBe(false);
    await expect(restoreBackup(temp.ctx, name)).rejects.toThrow(new RegExp(`^${name.replace(/\./g, '\\.')} failed verification \\(.+\\); the notebook was not changed$`));
    expect(materialNames(temp)).toEqual(['Kept', 'LiTFSI']);
    await expect(restoreBackup(temp.ctx, 'nothing.cellbook')).rejects.toThrow('no backup nothing.cellbook in test-backups/');
  });
});
