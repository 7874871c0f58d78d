import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitedOwnerPid, startLiveOwner } from '../testing/child-process-owner';
import { useTempDirs } from '../testing/cli-process';
import { claimNotebook, instanceLockPathFor } from './instance-lock';
import { openNotebook } from './open-notebook';

const tempDir = useTempDirs();
const owners: Array<{ kill: () => boolean }> = [];
afterEach(() => {
  owners.splice(0).forEach((owner) => owner.kill());
});

const lockOf = (pid: number, app = 'cellbook web') => JSON.stringify({ pid, hostname: os.hostname(), app, since: new Date(2026, 10, 27, 9, 15).toISOString() });

describe('one app per notebook', () => {
  it('refuses a second app while the first runs, naming it; short commands still open the notebook', async () => {
    const notebookPath = path.join(tempDir(), 'lab.cellbook');
    const web = startLiveOwner();
    owners.push(web);
    writeFileSync(instanceLockPathFor(notebookPath), lockOf(web.pid));
    await expect(openNotebook(notebookPath, { app: 'the Cellbook app' })).rejects.toThrow(
      `lab.cellbook is already open in cellbook web (process ${web.pid}, since 09:15 on 2026-11-27); use that window, or close it first. Commands such as cellbook import and cellbook backup still work while it is open.`,
    );
    // A refused app creates nothing, and a CLI command opens the notebook all the same.
    expect(existsSync(notebookPath)).toBe(false);
    const cli = await openNotebook(notebookPath);
    cli.close();
    expect(JSON.parse(readFileSync(instanceLockPathFor(notebookPath), 'utf8')).pid).toBe(web.pid);
  });

  it('takes over a lock whose process has exited, and gives it up on close', async () => {
    const notebookPath = path.join(tempDir(), 'lab.cellbook');
    writeFileSync(instanceLockPathFor(notebookPath), lockOf(exitedOwnerPid()));
    const notebook = await openNotebook(notebookPath, { app: 'cellbook web' });
    expect(JSON.parse(readFileSync(instanceLockPathFor(notebookPath), 'utf8'))).toMatchObject({ pid: process.pid, app: 'cellbook web' });
    await expect(openNotebook(notebookPath, { app: 'cellbook web' })).rejects.toThrow('lab.cellbook is already open in this Cellbook');
    notebook.close();
    expect(existsSync(instanceLockPathFor(notebookPath))).toBe(false);
  });

  it('refuses a second claim from the same process until the first is released', () => {
    const notebookPath = path.join(tempDir(), 'lab.cellbook');
    const release = claimNotebook(notebookPath, 'cellbook web');
    expect(() => claimNotebook(notebookPath, 'the Cellbook app')).toThrow(/already open in this Cellbook/);
    release();
    claimNotebook(notebookPath, 'the Cellbook app')();
    expect(existsSync(instanceLockPathFor(notebookPath))).toBe(false);
  });
});
