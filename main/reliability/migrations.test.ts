// Migration harness: a notebook made by each schema version (migration-fixtures/schema-N.cellbook,
// written by scripts/make-migration-fixtures.mjs) upgraded to the current schema, whatever it is
// now: the file opens, integrity and foreign keys hold, `check` passes (history chain, every record
// against its history, schema objects as the migrations make them), and every record the fixture
// was made with is there with its values.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook } from '../db/open-notebook';
import { bundledMigrations } from '../db/migrations';
import { latestVersion } from '../db/migrator';
import { createServiceContext } from '../services/context';
import { checkNotebook } from '../services/notebook';
import { makeTempDir } from '../testing/temp-notebook';
import { FIXTURE_OPERATOR, FIXTURES_DIR, recordsAt } from './migration-fixtures';
import { reportFigures } from './stress-count';

const fixtureVersions = existsSync(FIXTURES_DIR)
  ? readdirSync(FIXTURES_DIR)
      .map((file) => /^schema-(\d+)\.cellbook$/.exec(file)?.[1])
      .filter((version): version is string => version !== undefined)
      .map(Number)
      .sort((a, b) => a - b)
  : [];
const current = latestVersion(bundledMigrations());
let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((remove) => remove());
  cleanup = [];
});
const upgraded: number[] = [];

describe('notebooks made by every schema version', () => {
  it('has a fixture for each schema version from 1 up (the newest ones may still be to make)', () => {
    expect(fixtureVersions.length).toBeGreaterThan(0);
    expect(fixtureVersions).toEqual(fixtureVersions.map((_, index) => index + 1));
    if (fixtureVersions.at(-1)! < current) {
      process.stdout.write(`[reliability] migrations: schema ${fixtureVersions.at(-1)! + 1}..${current} have no fixture yet: run node scripts/make-migration-fixtures.mjs\n`);
    }
  });

  it.each(fixtureVersions)('upgrades schema %i to the current schema with its records intact', async (version) => {
    const temp = makeTempDir('cellbook-migration-');
    cleanup.push(temp.remove);
    const file = path.join(temp.dir, `schema-${version}.cellbook`);
    copyFileSync(path.join(FIXTURES_DIR, `schema-${version}.cellbook`), file);
    const notebook = await openNotebook(file);
    cleanup.unshift(() => notebook.close());
    expect(notebook.schemaVersion).toBe(current);
    if (version < current) expect(notebook.migration?.fromVersion).toBe(version);
    const db = notebook.db;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    for (const record of recordsAt(version)) {
      const row = db.prepare(`SELECT * FROM "${record.table}" WHERE id = ?`).get(record.values.id) as Record<string, unknown> | undefined;
      expect(row, `${record.table} ${String(record.values.id)} after upgrading schema ${version}`).toBeDefined();
      for (const [column, value] of Object.entries(record.values)) expect(row![column], `${record.table}.${column}`).toEqual(value);
    }
    const check = await checkNotebook(createServiceContext(notebook, { mode: 'cli' }));
    expect(check.integrity).toEqual(['ok']);
    expect(check.historyChainBreak).toBeNull();
    expect(check.historyEntries).toBeGreaterThanOrEqual(recordsAt(version).length);
    expect(check.records.problems).toEqual([]);
    expect(check.schemaObjects.problems).toEqual([]);
    expect(check.changedMigrations).toEqual([]);
    const operator = db.prepare("SELECT value_json FROM settings WHERE id = 'operator'").get() as { value_json: string };
    expect(JSON.parse(operator.value_json)).toBe(FIXTURE_OPERATOR);
    upgraded.push(version);
  });

  it('reports its figures', () => {
    reportFigures('migrations', { fixtures: fixtureVersions.length, upgraded: upgraded.length, currentSchema: current });
  });
});
