import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledMigrations, loadMigrationsFrom, type Migration } from './migrations';
import { CELLBOOK_APPLICATION_ID } from './migrator';
import { openNotebook } from './open-notebook';
import { backupsDirFor } from './paths';
import { createServiceContext } from '../services/context';
import { updateSettings } from '../services/settings';
import { dumpNotebook, fileSha256 } from '../testing/dump';
import { makeTempDir } from '../testing/temp-notebook';

function migration(version: number, name: string, sqlText: string): Migration {
  return { version, name, sql: sqlText, checksum: `test-${version}` };
}

const real = bundledMigrations();
const addColumn = migration(real.length + 1, 'test_add_unit', 'CREATE TABLE test_units (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL) STRICT; INSERT INTO test_units (symbol) VALUES (\'mAh\');');
const broken = migration(real.length + 2, 'test_broken', 'CREATE TABLE test_half (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);');

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((fn) => fn());
  cleanup = [];
});

function tempPath(name = 'lab.cellbook'): string {
  const temp = makeTempDir();
  cleanup.push(temp.remove);
  return path.join(temp.dir, name);
}

async function notebookWithOperator(filePath: string, migrations: readonly Migration[], operator: string): Promise<void> {
  const notebook = await openNotebook(filePath, { migrations });
  updateSettings(createServiceContext(notebook, { mode: 'cli' }), { operator });
  notebook.close();
}

describe('migrator', () => {
  it('creates a fresh notebook at the latest schema, in WAL mode, marked as Cellbook', async () => {
    const filePath = tempPath();
    const notebook = await openNotebook(filePath);
    try {
      expect(notebook.schemaVersion).toBe(real.length);
      expect(notebook.migration).toEqual({ fromVersion: 0, backupPath: null });
      expect(notebook.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(notebook.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(notebook.db.pragma('application_id', { simple: true })).toBe(CELLBOOK_APPLICATION_ID);
      const recorded = notebook.db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all();
      expect(recorded).toEqual(real.map((m) => ({ version: m.version, name: m.name, checksum: m.checksum })));
    } finally {
      notebook.close();
    }
  });

  it('upgrades from the previous schema keeping the data, after writing a backup', async () => {
    const filePath = tempPath();
    await notebookWithOperator(filePath, real, 'A. Researcher');
    const before = dumpNotebook(filePath);

    const notebook = await openNotebook(filePath, { migrations: [...real, addColumn] });
    const backupPath = notebook.migration?.backupPath;
    notebook.close();

    const after = dumpNotebook(filePath);
    expect(after.userVersion).toBe(addColumn.version);
    expect(after.tables.settings).toEqual(before.tables.settings);
    expect(after.tables.history).toEqual(before.tables.history);
    expect(after.tables.test_units).toEqual([{ id: 1, symbol: 'mAh' }]);

    expect(backupPath).toBeTruthy();
    expect(path.dirname(backupPath as string)).toBe(backupsDirFor(filePath));
    expect(dumpNotebook(backupPath as string)).toEqual(before);
  });

  it('rolls back every pending migration when one fails, leaving the notebook as it was', async () => {
    const filePath = tempPath();
    await notebookWithOperator(filePath, real, 'A. Researcher');
    const before = dumpNotebook(filePath);

    await expect(openNotebook(filePath, { migrations: [...real, addColumn, broken] })).rejects.toThrow(
      new RegExp(`migration ${String(broken.version).padStart(4, '0')}_test_broken\\.sql failed: no such table: no_such_table; the notebook was left as it was\\. A copy taken before migrating is at `),
    );
    expect(dumpNotebook(filePath)).toEqual(before);
    // The backup taken before the attempt is kept for the user.
    expect(readdirSync(backupsDirFor(filePath)).filter((name) => name.endsWith('.cellbook'))).toHaveLength(1);
  });

  it('refuses a notebook from a newer Cellbook without changing a byte', async () => {
    const filePath = tempPath();
    const newer = await openNotebook(filePath, { migrations: [...real, addColumn] });
    newer.close();
    const sha = fileSha256(filePath);

    await expect(openNotebook(filePath, { migrations: real })).rejects.toThrow(
      `was written by a newer Cellbook (schema ${addColumn.version}; this Cellbook knows up to ${real.length}); update Cellbook to open it. The file was not changed.`,
    );
    expect(fileSha256(filePath)).toBe(sha);
    expect(existsSync(backupsDirFor(filePath))).toBe(false);
  });

  it('does not run again on a current notebook', async () => {
    const filePath = tempPath();
    (await openNotebook(filePath)).close();
    const reopened = await openNotebook(filePath);
    expect(reopened.migration).toBeNull();
    reopened.close();
  });

  it('refuses migration files that control transactions themselves', async () => {
    const filePath = tempPath();
    const selfCommitting = migration(real.length + 1, 'test_commit', 'BEGIN;\nCREATE TABLE t (id INTEGER);\nCOMMIT;');
    await expect(openNotebook(filePath, { migrations: [...real, selfCommitting] })).rejects.toThrow(/controls transactions itself/);
  });

  it('accepts CREATE TRIGGER ... BEGIN ... END in a migration', () => {
    // 0001_init.sql has triggers; the transaction-control check must not mistake them.
    expect(real[0]?.sql).toMatch(/CREATE TRIGGER/);
  });
});

describe('loadMigrationsFrom', () => {
  it('reads numbered files in order with their checksums', () => {
    const temp = makeTempDir();
    cleanup.push(temp.remove);
    writeFileSync(path.join(temp.dir, '0002_second.sql'), 'SELECT 2;');
    writeFileSync(path.join(temp.dir, '0001_first.sql'), 'SELECT 1;');
    const loaded = loadMigrationsFrom(temp.dir);
    expect(loaded.map((m) => [m.version, m.name])).toEqual([[1, 'first'], [2, 'second']]);
    expect(loaded[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses gaps and badly named files', () => {
    const temp = makeTempDir();
    cleanup.push(temp.remove);
    writeFileSync(path.join(temp.dir, '0001_first.sql'), 'SELECT 1;');
    writeFileSync(path.join(temp.dir, '0003_third.sql'), 'SELECT 3;');
    expect(() => loadMigrationsFrom(temp.dir)).toThrow(/without gaps; found 0003 at position 2/);
    writeFileSync(path.join(temp.dir, '2_Bad Name.sql'), '');
    expect(() => loadMigrationsFrom(temp.dir)).toThrow(/2_Bad Name\.sql is not named NNNN_lower_case_name\.sql/);
  });
});

describe('each real migration', () => {
  // Migrate to N-1, put data in, migrate to N: nothing that was there is lost.
  it.each(real.map((m) => [m.version]))('keeps the data of schema %i - 1', async (version) => {
    const filePath = tempPath();
    const previous = real.filter((m) => m.version < version);
    if (previous.length > 0) await notebookWithOperator(filePath, previous, 'Before Upgrade');
    const before = previous.length > 0 ? dumpNotebook(filePath) : null;
    (await openNotebook(filePath, { migrations: real.filter((m) => m.version <= version) })).close();
    const after = dumpNotebook(filePath);
    expect(after.userVersion).toBe(version);
    for (const [table, rows] of Object.entries(before?.tables ?? {})) {
      if (table === 'schema_migrations') continue;
      expect(after.tables[table], table).toEqual(rows);
    }
  });
});

describe('opening files that are not notebooks', () => {
  it('refuses a text file, unchanged', async () => {
    const filePath = tempPath('notes.txt');
    writeFileSync(filePath, 'cathode loading 12 mg/cm2\n'.repeat(20));
    const sha = fileSha256(filePath);
    await expect(openNotebook(filePath)).rejects.toThrow(`${filePath} is not a Cellbook notebook: it is not an SQLite database; the file was not changed`);
    expect(fileSha256(filePath)).toBe(sha);
  });

  it("refuses another program's SQLite database, unchanged", async () => {
    const filePath = tempPath('other.db');
    const other = new Database(filePath);
    other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES (\'x\');');
    other.close();
    const sha = fileSha256(filePath);
    await expect(openNotebook(filePath)).rejects.toThrow('is an SQLite database but not a Cellbook notebook; the file was not changed');
    expect(fileSha256(filePath)).toBe(sha);
  });

  it('refuses a damaged SQLite file, unchanged', async () => {
    const filePath = tempPath('damaged.cellbook');
    const header = Buffer.from('SQLite format 3\u0000', 'latin1');
    writeFileSync(filePath, Buffer.concat([header, Buffer.alloc(4096, 0xab)]));
    const sha = fileSha256(filePath);
    await expect(openNotebook(filePath)).rejects.toThrow(/cannot open .*damaged\.cellbook: .*; the file was not changed/);
    expect(fileSha256(filePath)).toBe(sha);
  });

  it('refuses a folder and a path through a missing folder', async () => {
    const folder = path.dirname(tempPath());
    await expect(openNotebook(folder)).rejects.toThrow(`${folder} is a folder; give the path of a notebook file`);
    await expect(openNotebook(path.join(folder, 'missing', 'x.cellbook'))).rejects.toThrow(/cannot create notebook .*: the folder .*missing cannot be used \(it does not exist\)/);
  });

  it('treats an empty file as a new notebook', async () => {
    const filePath = tempPath('empty.cellbook');
    writeFileSync(filePath, '');
    const notebook = await openNotebook(filePath);
    expect(notebook.schemaVersion).toBe(real.length);
    notebook.close();
  });
});
