import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupNameFacts } from '../../shared/backups/backup-kind';
import { dumpNotebook } from '../testing/dump';
import { dispatch } from './dispatch';
import { readVerification } from '../db/backup-verification';
import { backupsDirFor } from '../db/paths';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { startBackup } from './backups';
import { backUpBeforeRiskyOperation, runScheduledBackupIfDue } from './backups-automatic';
import { checkScheduledBackup } from './backups-automatic-schedule';
import { updateAutomaticBackupSettings } from './backups-automatic-settings';
import { updateSettings } from './settings';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

const backupFiles = (t: TempNotebook) => {
  const dir = backupsDirFor(t.notebook.path);
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.cellbook')).sort() : [];
};

describe('automatic backups', () => {
  it('backs up before a risky operation, verified, named as automatic; nothing when the notebook is empty', async () => {
    temp = await openTempNotebook();
    const empty = temp.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number };
    if (empty.n === 0) expect(await backUpBeforeRiskyOperation(temp.ctx, 'eln-import')).toBeNull();
    updateSettings(temp.ctx, { operator: 'M. Kim' });
    const result = await backUpBeforeRiskyOperation(temp.ctx, 'eln-import');
    expect(result?.verification.verified).toBe(true);
    const name = path.basename(result?.path ?? '');
    expect(name).toMatch(/^test-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ-auto-before-eln-import\.cellbook$/);
    expect(backupNameFacts(name)).toMatchObject({ kind: 'automatic', reason: 'before .eln import' });
    expect(readVerification(result?.path ?? '')?.verified).toBe(true);
  });

  it('takes a scheduled backup only when due and prunes old automatic ones, keeping manual ones', async () => {
    temp = await openTempNotebook();
    let clock = new Date('2026-01-01T08:00:00Z');
    temp.ctx.writer.now = () => clock;
    updateAutomaticBackupSettings(temp.ctx, { scheduleEnabled: true, everyHours: 4, keepDays: 14 });
    const first = await runScheduledBackupIfDue(temp.ctx);
    expect(first).not.toBeNull();
    // Nothing changed: no second copy, however late.
    clock = new Date('2026-01-02T08:00:00Z');
    expect(await runScheduledBackupIfDue(temp.ctx)).toBeNull();
    // A manual backup on day 2.
    await temp.ctx.jobs.settled(startBackup(temp.ctx).jobId);
    // Changed, but only 1 h after the newest backup: not yet.
    updateSettings(temp.ctx, { operator: 'A. Researcher' });
    clock = new Date('2026-01-02T09:00:00Z');
    expect(await runScheduledBackupIfDue(temp.ctx)).toBeNull();
    // Twenty days later the first automatic one goes; the manual one and the new one stay.
    clock = new Date('2026-01-21T09:00:00Z');
    const late = await runScheduledBackupIfDue(temp.ctx);
    expect(late?.pruned).toEqual([path.basename(first?.path ?? '')]);
    const names = backupFiles(temp);
    expect(names).toEqual(['test-2026-01-02T08-00-00Z.cellbook', 'test-2026-01-21T09-00-00Z-auto-scheduled.cellbook']);
    expect(existsSync(`${first?.path}.verification.json`)).toBe(false);
  });

  it('takes no scheduled backup when the schedule is off', async () => {
    temp = await openTempNotebook();
    updateAutomaticBackupSettings(temp.ctx, { scheduleEnabled: false, everyHours: 4, keepDays: 14 });
    expect(await runScheduledBackupIfDue(temp.ctx)).toBeNull();
    expect(backupFiles(temp)).toEqual([]);
  });
});

describe('the backup schedule', () => {
  it('takes a due backup as a job the window sees, and shows nothing when none is due', async () => {
    temp = await openTempNotebook();
    updateSettings(temp.ctx, { operator: 'M. Kim' });
    await checkScheduledBackup(temp.ctx);
    const jobs = temp.ctx.jobs.list();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.message).toMatch(/^Automatic backup written: test-.*-auto-scheduled\.cellbook \(.+\), verified$/);
    await checkScheduledBackup(temp.ctx);
    expect(temp.ctx.jobs.list()).toHaveLength(1);
    expect(backupFiles(temp)).toHaveLength(1);
  });
});

describe('backups before a bulk import', () => {
  it('a committed inventory import is preceded by a verified automatic backup holding the notebook as it was', async () => {
    temp = await openTempNotebook();
    updateSettings(temp.ctx, { operator: 'M. Kim' });
    const sheet = Buffer.from('Lot No.,Material,Kind,Formula,Qty,Unit\nSA-4411,LiTFSI,lithium salt,LiN(SO2CF3)2,25,g\n').toString('base64');
    await dispatch(temp.ctx, 'commitInventoryImport', { fileName: 'sheet.csv', contentBase64: sheet, acceptLines: [2] });
    const names = backupFiles(temp);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/-auto-before-bulk-import\.cellbook$/);
    const copy = path.join(backupsDirFor(temp.notebook.path), names[0] as string);
    expect(readVerification(copy)?.verified).toBe(true);
    expect(dumpNotebook(copy).tables.lots ?? []).toHaveLength(0);
    expect(dumpNotebook(temp.notebook.path).tables.lots).toHaveLength(1);
  });

  it('a bulk import refused for its file leaves no backup behind', async () => {
    temp = await openTempNotebook();
    const sheet = Buffer.from('Lot No.,Material,Kind,Formula,Qty,Unit\nSA-4411,LiTFSI,lithium salt,LiN(SO2CF3)2,-5,g\n').toString('base64');
    const envelope = await dispatch(temp.ctx, 'commitInventoryImport', { fileName: 'sheet.csv', contentBase64: sheet, acceptLines: [2] });
    expect(envelope.ok).toBe(false);
    expect(backupFiles(temp)).toEqual([]);
    expect(dumpNotebook(temp.notebook.path).tables.lots ?? []).toHaveLength(0);
  });
});
