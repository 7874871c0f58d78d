import { existsSync, readdirSync, statSync } from 'node:fs';
import { formatBytes } from '../../shared/format/bytes';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBackup } from './backups';
import { updateSettings } from './settings';
import { backupsDirFor } from '../db/paths';
import { dumpNotebook } from '../testing/dump';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

/** Enough history rows to make a notebook of many pages, so the backup takes several steps. */
function fillNotebook(t: TempNotebook, changes: number): void {
  t.notebook.db.transaction(() => {
    for (let i = 0; i < changes; i += 1) updateSettings(t.ctx, { operator: `Operator ${i} ${'x'.repeat(60)}` });
  })();
}

describe('backups', () => {
  it('copies the notebook into its backups folder as a job, reporting progress', async () => {
    temp = await openTempNotebook();
    fillNotebook(temp, 3000);
    const { jobId } = startBackup(temp.ctx);
    const final = await temp.ctx.jobs.settled(jobId);

    expect(final.state).toBe('done');
    const files = readdirSync(backupsDirFor(temp.notebook.path)).filter((name) => name.endsWith('.cellbook'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^test-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.cellbook$/);
    const bytes = statSync(path.join(backupsDirFor(temp.notebook.path), files[0] as string)).size;
    expect(final.message).toBe(`Backup written: ${files[0]} (${formatBytes(bytes)}) in test-backups/, verified (integrity and 3000 history entries)`);
    const copy = dumpNotebook(path.join(backupsDirFor(temp.notebook.path), files[0] as string));
    expect(copy.tables.history).toHaveLength(3000);
    expect(copy.tables.history).toEqual(dumpNotebook(temp.notebook.path).tables.history);

    const jobEvents = temp.events.flatMap((event) => (event.type === 'job' ? [event.job] : []));
    expect(jobEvents[0]).toMatchObject({ id: jobId, state: 'running', kind: 'backup', unit: 'pages' });
    expect(jobEvents.at(-1)).toMatchObject({ id: jobId, state: 'done' });
    expect(final.total).toBeGreaterThan(0);
    expect(final.done).toBe(final.total);
  });

  it('cancelled, leaves no backup file behind', async () => {
    temp = await openTempNotebook();
    fillNotebook(temp, 3000);
    const { jobId } = startBackup(temp.ctx);
    temp.ctx.jobs.cancel(jobId);
    const final = await temp.ctx.jobs.settled(jobId);
    expect(final).toMatchObject({ state: 'cancelled', message: 'backup cancelled; no backup file was written' });
    const dir = backupsDirFor(temp.notebook.path);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  it('lists jobs and refuses to cancel an unknown one', async () => {
    temp = await openTempNotebook();
    const { jobId } = startBackup(temp.ctx);
    await temp.ctx.jobs.settled(jobId);
    expect(temp.ctx.jobs.list().map((job) => job.id)).toEqual([jobId]);
    expect(() => temp.ctx.jobs.cancel('job-0000000000000000')).toThrow('no job job-0000000000000000 in this session');
  });
});
