// A call that arrives while a restore is replacing the notebook waits and is answered from the
// restored notebook, instead of meeting the closed one.
import { afterEach, expect, it } from 'vitest';
import { makeMaterial } from '../testing/inventory-factories';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { listBackups, startBackup, startRestore } from './backups';
import { dispatch } from './dispatch';
import { holdingCalls } from './notebook-hold';

let temp: TempNotebook;
afterEach(() => temp?.dispose());
const silent = () => undefined;

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

it('answers a list asked for during a restore from the restored notebook', async () => {
  temp = await openTempNotebook();
  makeMaterial(temp.ctx, { name: 'LiTFSI' });
  const backup = await temp.ctx.jobs.settled(startBackup(temp.ctx).jobId);
  expect(backup.state, backup.message ?? '').toBe('done');
  makeMaterial(temp.ctx, { name: 'TEOS', kind: 'oxide_precursor', formula: 'Si(OC2H5)4' });

  const restore = startRestore(temp.ctx, listBackups(temp.ctx)[0]!.fileName);
  const duringRestore = await dispatch(temp.ctx, 'listMaterials', { status: 'active' }, silent);
  expect(duringRestore.ok ? (duringRestore.value as Array<{ name: string }>).map((material) => material.name) : duringRestore.error.message).toEqual(['LiTFSI']);
  expect((await temp.ctx.jobs.settled(restore.jobId)).state).toBe('done');
});
