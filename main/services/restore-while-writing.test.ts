// A restore replaces the notebook file: while another Cellbook is importing into it, the restore
// is refused in a sentence naming that import, and the notebook stays as it was.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLiveOwner } from '../testing/child-process-owner';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { instanceLockPathFor } from '../db/instance-lock';
import { listBackups, restoreBackup, startBackup } from './backups';

let temp: TempNotebook | undefined;
const importer = startLiveOwner();
afterAll(() => {
  importer.kill();
  temp?.dispose();
});

describe('restore while another Cellbook writes', () => {
  it('is refused, naming the import, and changes nothing', async () => {
    temp = await openTempNotebook({ fileName: 'lab.cellbook' });
    const backup = await temp.ctx.jobs.settled(startBackup(temp.ctx).jobId);
    expect(backup.state).toBe('done');
    const backupName = /Backup written: (\S+)/.exec(backup.message ?? '')![1]!;
    const startedAt = new Date(2026, 10, 27, 14, 2);
    writeFileSync(path.join(temp.dir, `.lab.cellbook.writing-${importer.pid}-0123abcd.json`), JSON.stringify({ pid: importer.pid, operation: 'import', startedAt: startedAt.toISOString() }));
    const historyBefore = (temp.ctx.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    await expect(restoreBackup(temp.ctx, backupName)).rejects.toMatchObject({
      code: 'busy',
      message: `The notebook lab.cellbook is being written by another Cellbook — an import started at 14:02 (process ${importer.pid}); nothing was saved — try again when it finishes.`,
    });
    expect((temp.ctx.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n).toBe(historyBefore);
  });

  it('is refused from the CLI while an app has the notebook open (it would replace the file under the app)', async () => {
    const notebookPath = temp!.ctx.notebook.path;
    for (const note of readdirSync(temp!.dir).filter((name) => name.includes('.writing-'))) rmSync(path.join(temp!.dir, note));
    writeFileSync(instanceLockPathFor(notebookPath), JSON.stringify({ pid: importer.pid, hostname: os.hostname(), app: 'cellbook web', since: new Date().toISOString() }));
    const backupName = listBackups(temp!.ctx)[0]!.fileName;
    await expect(restoreBackup(temp!.ctx, backupName)).rejects.toMatchObject({
      code: 'busy',
      message: `lab.cellbook is open in cellbook web (process ${importer.pid}); restore it from there, or close it first — the notebook was not changed`,
    });
  });
});
