import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from './open-notebook';
import { makeReadOnlyFolder } from '../testing/read-only-folder';
import { fileSha256 } from '../testing/dump';

describe('a notebook in a read-only folder', () => {
  it('cannot be created: one sentence, no file', async (context) => {
    const folder = await makeReadOnlyFolder(async () => undefined);
    if ('skipReason' in folder) {
      console.log(`skipped: ${folder.skipReason}`);
      return context.skip();
    }
    try {
      const fresh = path.join(folder.dir, 'new.cellbook');
      await expect(openNotebook(fresh)).rejects.toThrow(`cannot create notebook ${fresh}: the folder ${folder.dir} is not writable (`);
      expect(existsSync(fresh)).toBe(false);
    } finally {
      folder.release();
    }
  });

  it('cannot be opened when it exists there: one sentence, file unchanged', async (context) => {
    let notebookPath = '';
    const folder = await makeReadOnlyFolder(async (dir) => {
      notebookPath = path.join(dir, 'existing.cellbook');
      (await openNotebook(notebookPath)).close();
    });
    if ('skipReason' in folder) {
      console.log(`skipped: ${folder.skipReason}`);
      return context.skip();
    }
    try {
      const sha = fileSha256(notebookPath);
      await expect(openNotebook(notebookPath)).rejects.toThrow(`cannot open notebook ${notebookPath}: the folder ${folder.dir} is not writable (`);
      expect(fileSha256(notebookPath)).toBe(sha);
      expect(readdirSync(folder.dir)).toEqual(['existing.cellbook']);
    } finally {
      folder.release();
    }
  });
});
