// A notebook Cellbook creates has 16 KiB pages; one made with other pages (every notebook before
// this Cellbook: 4 KiB) opens, migrates and is backed up with its own pages, its contents unchanged.
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-notebook';
import { backupNotebook } from './backup';
import { NEW_NOTEBOOK_PAGE_BYTES, openNotebook } from './open-notebook';

const root = makeTempDir('cellbook-page-size-');
afterAll(() => root.remove());

const pageBytes = (db: { pragma: (source: string, options: { simple: true }) => unknown }) => db.pragma('page_size', { simple: true }) as number;

describe('notebook page size', () => {
  it('gives a new notebook 16 KiB pages, and its backup the same', async () => {
    const notebook = await openNotebook(path.join(root.dir, 'new.cellbook'));
    try {
      expect(NEW_NOTEBOOK_PAGE_BYTES).toBe(16 * 1024);
      expect(pageBytes(notebook.db)).toBe(16 * 1024);
      const backup = await backupNotebook(notebook.db, path.join(root.dir, 'new-backup.cellbook'));
      const copy = new Database(backup.path, { readonly: true });
      try {
        expect(pageBytes(copy)).toBe(16 * 1024);
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        copy.close();
      }
    } finally {
      notebook.close();
    }
  });

  it('opens a notebook made with 4 KiB pages with its pages and rows as they were', async () => {
    const notebookPath = path.join(root.dir, 'old.cellbook');
    const first = await openNotebook(notebookPath);
    first.db.prepare("INSERT INTO settings (id, value_json, created_at, updated_at) VALUES ('page-size-probe', '\"kept\"', 'then', 'then')").run();
    // Back to 4 KiB, as a notebook from before 16 KiB pages was made.
    first.db.pragma('journal_mode = DELETE');
    first.db.pragma('page_size = 4096');
    first.db.exec('VACUUM');
    first.close();
    const reopened = await openNotebook(notebookPath);
    try {
      expect(pageBytes(reopened.db)).toBe(4096);
      expect(reopened.db.prepare("SELECT value_json FROM settings WHERE id = 'page-size-probe'").get()).toEqual({ value_json: '"kept"' });
      const backup = await backupNotebook(reopened.db, path.join(root.dir, 'old-backup.cellbook'));
      const copy = new Database(backup.path, { readonly: true });
      try {
        expect(pageBytes(copy)).toBe(4096);
      } finally {
        copy.close();
      }
    } finally {
      reopened.close();
    }
  });
});
