// Notebooks as each schema version made them, for the migration test: a notebook with migrations
// 0001..N applied and, in each table that version has, a representative record written the way
// Cellbook writes records (with its history entry, so the chain holds). The records are listed
// here once: the script that makes the fixtures writes them, the test finds them after upgrading.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { insertRecord, type RecordWriter } from '../db/records';
import type { Migration } from '../db/migrations';
import { applyMigrations } from '../db/migrator';
import type { SqlValue } from '../db/sql';

export const FIXTURES_DIR = path.join(__dirname, 'migration-fixtures');
export const FIXTURE_OPERATOR = 'Migration fixture';
/** Every fixture is written at this moment, so that the same script makes the same records. */
export const FIXTURE_TIME = new Date('2026-01-15T09:00:00.000Z');

export function fixturePath(version: number, dir = FIXTURES_DIR): string {
  return path.join(dir, `schema-${version}.cellbook`);
}

export interface FixtureRecord {
  /** The schema version that introduced the table. */
  since: number;
  table: string;
  values: Record<string, SqlValue>;
}

/** One record per table the lab fills first, oldest schema first; ids fixed so references hold. */
export const FIXTURE_RECORDS: readonly FixtureRecord[] = [
  { since: 1, table: 'settings', values: { id: 'operator', value_json: JSON.stringify(FIXTURE_OPERATOR) } },
  { since: 2, table: 'locations', values: { id: 1, parent_id: null, name: 'Glovebox A' } },
  {
    since: 2,
    table: 'materials',
    values: { id: 1, name: 'LiTFSI', kind: 'lithium_salt', formula: 'LiC2F6NO4S2', molar_mass_g_mol: 287.07, density_g_cm3: 1.33, storage: 'glovebox', hygroscopic_warn_days: 30, notes: 'DOMAIN.md section 2 constants', tags_json: '["salt"]' },
  },
  { since: 2, table: 'lots', values: { id: 1, material_id: 1, lot_number: 'FX-0001', supplier: 'Fixture supplier', received_on: '2026-01-10', quantity: 25, unit: 'g', location_id: 1 } },
  { since: 3, table: 'recipes', values: { id: 1, name: 'Gel process (fixture)', product_kind: 'oxide_composite_se', product_material_name: 'SiO2/LiTFSI/n-MAc composite' } },
  {
    since: 4,
    table: 'builds',
    values: { id: 1, name: 'Fixture build', built_on: '2026-01-14', operator: FIXTURE_OPERATOR, glovebox_h2o_ppm: 0.5, glovebox_o2_ppm: 0.3, configuration: 'single_sided', protocol_json: '{}', notes: 'made by scripts/make-migration-fixtures.ts' },
  },
  {
    since: 7,
    table: 'equipment',
    values: { id: 1, kind: 'uniaxial_press', name: 'Fixture press', spec_json: JSON.stringify({ kind: 'uniaxial_press', capacityKN: 100 }) },
  },
];

export function recordsAt(version: number): FixtureRecord[] {
  return FIXTURE_RECORDS.filter((record) => record.since <= version);
}

/** Writes the fixture of `migrations.length`'s schema: a small notebook (tens of KB). */
export function makeMigrationFixture(filePath: string, migrations: readonly Migration[]): void {
  rmSync(filePath, { force: true });
  const db = new Database(filePath);
  try {
    // A fixture is one file (no WAL beside it, no free pages) and small enough to commit: every
    // table and index takes at least a page, so pages are SQLite's smallest (512 B, not 4 KiB).
    db.pragma('page_size = 512');
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    applyMigrations(db, migrations, FIXTURE_TIME);
    const writer: RecordWriter = { db, operator: () => FIXTURE_OPERATOR, now: () => FIXTURE_TIME };
    for (const record of recordsAt(migrations.length)) insertRecord(writer, record.table, record.values);
    db.exec('VACUUM');
  } finally {
    db.close();
  }
}
