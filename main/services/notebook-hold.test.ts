// A restore swaps the notebook file under a running host. Only the swap holds calls: a cancel asked
// for while the backup is being verified is answered at once and stops the restore; a call already
// being answered is finished before the file is closed; the app's claim on the file is kept
// across the swap; a change saved while the restore was being prepared stops it, not lost.
import { readFileSync, statSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/schemas/jobs';
import { instanceLockPathFor } from '../db/instance-lock';
import { makeMaterial } from '../testing/inventory-factories';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { listBackups, startBackup } from './backups';
import { dispatch } from './dispatch';
import { answerCall, holdingCalls } from './notebook-hold';

let temp: TempNotebook;
afterEach(() => temp?.dispose());
const silent = () => undefined;

const materialNames = () => (temp.ctx.notebook.db.prepare('SELECT name FROM materials ORDER BY name').all() as Array<{ name: string }>).map((row) => row.name);

/** A notebook with LiTFSI in its backup and TEOS added after it; returns the backup's name. */
async function backedUpThenChanged(options: Parameters<typeof openTempNotebook>[0] = {}): Promise<string> {
  temp = await openTempNotebook(options);
  makeMaterial(temp.ctx, { name: 'LiTFSI' });
  const backup = await temp.ctx.jobs.settled(startBackup(temp.ctx).jobId);
  expect(backup.state, backup.message ?? '').toBe('done');
  makeMaterial(temp.ctx, { name: 'TEOS', kind: 'oxide_precursor', formula: 'Si(OC2H5)4' });
  return listBackups(temp.ctx)[0]!.fileName;
}

async function startRestoreCall(fileName: string): Promise<string> {
  const started = await dispatch(temp.ctx, 'startRestore', { fileName }, silent);
  if (!started.ok) throw new Error(started.error.message);
  return (started.value as { jobId: string }).jobId;
}

it('holds a call until the replacement has finished, then answers it', async () => {
  temp = await openTempNotebook();
  let finish = () => undefined as void;
  const replacing = holdingCalls(temp.ctx, () => new Promise<void>((resolve) => (finish = resolve)));
  let answered = false;
  const call = dispatch(temp.ctx, 'getSettings', {}, silent).then((envelope) => {
    answered = true;
    return envelope;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(answered).toBe(false);
  finish();
  await replacing;
  expect((await call).ok).toBe(true);
});

it('begins the replacement only once the calls already being answered have finished', async () => {
  temp = await openTempNotebook();
  let finishCall = () => undefined as void;
  const order: string[] = [];
  const call = answerCall(temp.ctx, () => new Promise<void>((resolve) => (finishCall = resolve))).then(() => order.push('call answered'));
  const replacing = holdingCalls(temp.ctx, async () => {
    order.push('replaced');
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(order).toEqual([]);
  finishCall();
  await Promise.all([call, replacing]);
  expect(order).toEqual(['call answered', 'replaced']);
});

it('answers a cancel at once while the restore is being prepared, and the notebook stays as it was', async () => {
  const fileName = await backedUpThenChanged();
  const jobId = await startRestoreCall(fileName);
  const cancel = await dispatch(temp.ctx, 'cancelJob', { jobId }, silent);
  expect(cancel.ok && (cancel.value as JobStatus).state).toBe('running');
  const job = await temp.ctx.jobs.settled(jobId);
  expect([job.state, job.message]).toEqual(['cancelled', 'restore cancelled; the notebook was not changed']);
  expect(materialNames()).toEqual(['LiTFSI', 'TEOS']);
  const listed = await dispatch(temp.ctx, 'listMaterials', { status: 'active' }, silent);
  expect(listed.ok && (listed.value as Array<{ name: string }>).map((material) => material.name)).toEqual(['LiTFSI', 'TEOS']);
});

it("keeps the app's claim on the notebook across the swap, and answers from the restored notebook after it", async () => {
  const fileName = await backedUpThenChanged({ app: 'cellbook web' });
  const lock = instanceLockPathFor(temp.ctx.notebook.path);
  const claimed = { text: readFileSync(lock, 'utf8'), inode: statSync(lock).ino };
  const job = await temp.ctx.jobs.settled(await startRestoreCall(fileName));
  expect(job.state, job.message ?? '').toBe('done');
  // The same lock file, never given up and taken again (a release would remove it; a claim makes a new one).
  expect({ text: readFileSync(lock, 'utf8'), inode: statSync(lock).ino }).toEqual(claimed);
  expect(temp.ctx.notebook.app).toBe('cellbook web');
  const listed = await dispatch(temp.ctx, 'listMaterials', { status: 'active' }, silent);
  expect(listed.ok && (listed.value as Array<{ name: string }>).map((material) => material.name)).toEqual(['LiTFSI']);
  // Closing the restored notebook gives the claim up.
  temp.ctx.notebook.close();
  expect(() => statSync(lock)).toThrow();
});

it('stops, changing nothing, when a change is saved while the restore is being prepared', async () => {
  const fileName = await backedUpThenChanged();
  const jobId = await startRestoreCall(fileName);
  const saved = await dispatch(temp.ctx, 'createMaterial', { name: 'LLZO', kind: 'oxide_precursor', formula: null }, silent);
  expect(saved.ok, saved.ok ? '' : saved.error.message).toBe(true);
  const job = await temp.ctx.jobs.settled(jobId);
  expect(job.state).toBe('failed');
  expect(job.message).toBe('test.cellbook was changed while the restore was being prepared, after the notebook was backed up; the restore was not done and the notebook was not changed — restore again to replace it');
  expect(materialNames()).toEqual(['LLZO', 'LiTFSI', 'TEOS']);
});
