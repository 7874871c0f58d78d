// A notebook on a full disk: opening it says the disk is full and how much is free (SQLite reports
// the -shm file it could not grow as "disk I/O error"), and a file written there says the same in
// the same words (failure-words.ts). A small tmpfs is the full disk, mounted where that is allowed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatBytes } from '../../shared/format/bytes';
import { writeFileAtomically } from '../files/write-file-atomically';
import { explainFailure } from '../logging/explain-failure';
import { fileSha256 } from '../testing/dump';
import { makeTempDir } from '../testing/temp-notebook';
import { openNotebook } from './open-notebook';

let root: { dir: string; remove: () => void } | undefined;
let disk = '';
let skipReason: string | null = null;

beforeAll(() => {
  root = makeTempDir('cellbook-full-');
  disk = path.join(root.dir, 'disk');
  mkdirSync(disk);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', disk], { stdio: 'ignore' });
  } catch {
    skipReason = 'a small file system cannot be mounted here (mount -t tmpfs refused), so no disk can be filled';
  }
});

afterAll(() => {
  if (!skipReason) execFileSync('umount', [disk], { stdio: 'ignore' });
  root?.remove();
});

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const freeText = () => {
  const stats = statfsSync(disk);
  return formatBytes(stats.bavail * stats.bsize);
};

describe('a full disk', () => {
  it('is named when a notebook on it is opened, with the space free, and the file is left unchanged', async (context) => {
    if (skipReason) {
      console.log(`skipped: ${skipReason}`);
      return context.skip();
    }
    const notebookPath = path.join(disk, 'lab.cellbook');
    (await openNotebook(notebookPath)).close();
    const sha = fileSha256(notebookPath);
    const stats = statfsSync(disk);
    writeFileSync(path.join(disk, 'filler'), Buffer.alloc(stats.bavail * stats.bsize));

    const refusal = await openNotebook(notebookPath).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(refusal).toBe(`cannot open notebook ${notebookPath}: not enough disk space: the disk holding ${disk} is full (${freeText()} free); the file was not changed. Free some space and try again.`);
    expect(fileSha256(notebookPath)).toBe(sha);

    // A file written on the same disk, and the same failure reaching a host: the same words.
    const report = path.join(disk, 'report.html');
    let written: Error | null = null;
    try {
      writeFileAtomically(report, (append) => append('x'.repeat(64 * 1024)));
    } catch (error) {
      written = error as Error;
    }
    expect(written?.message).toBe(`Could not write ${report}: not enough disk space: the disk holding ${disk} is full (${freeText()} free); free some space and try again.`);
    expect(readdirSync(disk).filter((name) => name.includes('report'))).toEqual([]);
    let raw: unknown = null;
    try {
      writeFileSync(path.join(disk, 'plain.txt'), Buffer.alloc(64 * 1024));
    } catch (error) {
      raw = error;
    }
    expect((raw as { code?: string }).code).toBe('ENOSPC');
    expect(explainFailure(raw, { notebookPath }).message).toMatch(new RegExp(`^Not enough disk space: the disk holding ${escaped(disk)} is full \\(${escaped(freeText())} free\\); free some space and try again\\. Nothing was saved\\.`));
  });
});
