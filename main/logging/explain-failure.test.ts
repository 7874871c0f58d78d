// Real failures (a full device, a permission refused by the kernel, a file that is not a
// database, a bug) turned into the sentence a user sees, with the stack in the log file.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBytes } from '../../shared/format/bytes';
import { useTempDirs } from '../testing/cli-process';
import { openTempNotebook } from '../testing/temp-notebook';
import { logFilePath } from './error-log';
import { explainFailure } from './explain-failure';

const tempDir = useTempDirs();
let userData = '';
const savedConfigHome = process.env.XDG_CONFIG_HOME;
beforeEach(() => {
  userData = tempDir();
  process.env.XDG_CONFIG_HOME = userData;
});
afterEach(() => {
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
});

const caught = (action: () => unknown): unknown => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};
const logFile = () => logFilePath(path.join(userData, 'Cellbook'));

describe('a failure in one sentence, its stack in the log', () => {
  it.runIf(existsSync('/dev/full'))('names a full disk with the space the operation needed and the space free', () => {
    const full = caught(() => writeFileSync('/dev/full', 'x'));
    const explained = explainFailure(full, { operation: 'the import', notebookPath: '/dev/lab.cellbook', neededBytes: 52_000_000 });
    const stats = statfsSync('/dev');
    expect(explained.message).toBe(
      `Not enough disk space: the import needs about ${formatBytes(52_000_000)} in /dev, where ${formatBytes(stats.bavail * stats.bsize)} is free; free some space and try again. Nothing was saved. (details: ${logFile()})`,
    );
    expect(readFileSync(logFile(), 'utf8')).toContain('[ENOSPC]');
  });

  it("names the notebook's folder when a write transaction finds the notebook full", async () => {
    const temp = await openTempNotebook();
    try {
      const db = temp.notebook.db;
      // SQLite's own page limit gives the same SQLITE_FULL a full disk does.
      db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
      const full = caught(() => db.transaction(() => db.prepare("INSERT INTO settings (id, value_json, created_at, updated_at) VALUES ('big', ?, 'now', 'now')").run('x'.repeat(1_000_000)))());
      expect((full as { code?: string }).code).toBe('SQLITE_FULL');
      const message = explainFailure(full).message;
      const stats = statfsSync(temp.dir);
      const match = new RegExp(`^Not enough disk space: the disk holding ${temp.dir.replace(/[/.]/g, '\\$&')} is full \\(([\\d.]+) (B|KiB|MiB|GiB) free\\); free some space and try again\\. Nothing was saved\\. \\(details: .+cellbook\\.log\\)$`).exec(message);
      expect(match, message).not.toBeNull();
      // Other programs write to the same disk meanwhile: the figure agrees with statfs to 1 %.
      const shownBytes = Number(match![1]) * 1024 ** ['B', 'KiB', 'MiB', 'GiB'].indexOf(match![2]!);
      expect(Math.abs(shownBytes - stats.bavail * stats.bsize)).toBeLessThan(0.01 * stats.bavail * stats.bsize + 1024);
    } finally {
      temp.dispose();
    }
  });

  it.runIf(process.platform === 'linux')('names the path a permission was refused for', () => {
    const refused = caught(() => writeFileSync('/proc/1/environ', 'x'));
    expect(explainFailure(refused).message).toMatch(/^Cellbook may not write \/proc\/1\/environ \(permission denied\); change that path's permissions, or choose another place\. Nothing was saved\./);
  });

  it('names a file that is not a database, and what to do', () => {
    const file = path.join(userData, 'lab.cellbook');
    writeFileSync(file, 'not a database, but long enough to have a header of sixteen bytes and more');
    const db = new Database(file);
    const error = caught(() => db.pragma('user_version'));
    db.close();
    expect(explainFailure(error, { notebookPath: file }).message).toMatch(
      new RegExp(`^${file.replace(/[/.]/g, '\\$&')} is damaged or is not a notebook \\(file is not a database\\); restore a backup with cellbook restore \\(cellbook backups lists them\\) and keep the damaged file for inspection\\. Nothing was saved\\.`),
    );
  });

  it('says an unforeseen failure happened, names the log, and keeps the stack only there', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'cycles')");
    const explained = explainFailure(bug, { operation: 'the import' });
    expect(explained.code).toBe('internal');
    expect(explained.message).toBe(`Cellbook could not finish the import because of an unexpected problem (Cannot read properties of undefined (reading 'cycles')); the details are in ${logFile()}.`);
    expect(explained.message).not.toMatch(/\n\s+at /);
    const log = readFileSync(logFile(), 'utf8');
    expect(log).toContain('the import');
    expect(log).toMatch(/TypeError: Cannot read properties of undefined \(reading 'cycles'\)\n\s+at /);
  });
});
