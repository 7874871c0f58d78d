// Switching the window's notebook: a new one starts empty, the first comes back with its records,
// both are in the recent list, and a missing path, an existing file for "new", a file that is not
// a notebook and a running job are each refused in a sentence with the notebook left as it was.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeMaterial } from '../testing/inventory-factories';
import { openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { listRecentNotebooks, switchToNotebook } from './notebook-switch';
import { startBackup } from './backups';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

const materialCount = (t: TempNotebook) => (t.ctx.notebook.db.prepare('SELECT count(*) AS n FROM materials').get() as { n: number }).n;

describe('switching notebooks from the window', () => {
  it('creates a new notebook, switches to it, and opens the first again with its records', async () => {
    temp = await openTempNotebook();
    const recentFolder = path.join(temp.dir, 'user-data');
    mkdirSync(recentFolder);
    makeMaterial(temp.ctx, { name: 'LiTFSI' });
    const first = temp.ctx.notebook.path;

    expect(await switchToNotebook(temp.ctx, path.join(temp.dir, 'second'), { create: true, recentFolder })).toEqual({ fileName: 'second.cellbook' });
    expect(temp.ctx.notebook.path).toBe(path.join(temp.dir, 'second.cellbook'));
    expect(materialCount(temp)).toBe(0);
    makeMaterial(temp.ctx, { name: 'TEOS', kind: 'oxide_precursor', formula: 'Si(OC2H5)4' });

    await switchToNotebook(temp.ctx, first, { create: false, recentFolder });
    expect(materialCount(temp)).toBe(1);
    expect(listRecentNotebooks(temp.ctx, recentFolder).map((entry) => entry.fileName)).toEqual(['second.cellbook']);
    expect(temp.events.at(-1)).toEqual({ type: 'changed', tables: ['*'] });
  });

  it('refuses, in a sentence, what it cannot open, and stays on the notebook it had', async () => {
    temp = await openTempNotebook();
    const recentFolder = path.join(temp.dir, 'user-data');
    const current = temp.ctx.notebook.path;
    await expect(switchToNotebook(temp.ctx, path.join(temp.dir, 'nowhere.cellbook'), { create: false, recentFolder })).rejects.toThrow(/^there is no notebook at .*nowhere\.cellbook; to start one there, choose New notebook$/);
    await expect(switchToNotebook(temp.ctx, path.join(temp.dir, 'no-folder', 'x.cellbook'), { create: true, recentFolder })).rejects.toThrow(/^the folder .*no-folder does not exist$/);
    await expect(switchToNotebook(temp.ctx, current, { create: false, recentFolder })).rejects.toThrow('test.cellbook is the notebook already open');
    const text = path.join(temp.dir, 'cycler.csv');
    writeFileSync(text, 'Cycle,Voltage\n1,3.9\n');
    await expect(switchToNotebook(temp.ctx, text, { create: true, recentFolder })).rejects.toThrow(/exists already; open it instead/);
    await expect(switchToNotebook(temp.ctx, text, { create: false, recentFolder })).rejects.toThrow(/is not a Cellbook notebook/);
    startBackup(temp.ctx);
    await expect(switchToNotebook(temp.ctx, path.join(temp.dir, 'other'), { create: true, recentFolder })).rejects.toThrow(/^Backing up test\.cellbook is still running; open another notebook when it has finished$/);
    expect(temp.ctx.notebook.path).toBe(current);
    expect(temp.ctx.notebook.db.open).toBe(true);
  });
});
