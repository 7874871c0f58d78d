// Applies the migrations a notebook has not seen yet. All pending migrations run in one
// transaction: a failure in any of them leaves the notebook exactly as it was (and a backup copy
// was taken before, by openNotebook).
import type { Db } from './query';
import type { Migration } from './migrations';

/** Written to the SQLite header (PRAGMA application_id) so a Cellbook notebook is recognisable. */
export const CELLBOOK_APPLICATION_ID = 0x43424b31; // "CBK1"

const TRANSACTION_CONTROL = /^\s*(BEGIN(\s+(DEFERRED|IMMEDIATE|EXCLUSIVE))?(\s+TRANSACTION)?\s*;|COMMIT\b|END\s+TRANSACTION\b|ROLLBACK\b)/im;

export function appliedSchemaVersion(db: Db): number {
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  const hasLedger = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!hasLedger) return userVersion;
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as { version: number | null };
  return Math.max(userVersion, row.version ?? 0);
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

export function migrationFileName(migration: Migration): string {
  return `${String(migration.version).padStart(4, '0')}_${migration.name}.sql`;
}

/** Returns the versions applied, oldest first (empty when the notebook was current). */
export function applyMigrations(db: Db, migrations: readonly Migration[], now: Date = new Date()): number[] {
  const current = appliedSchemaVersion(db);
  const pending = migrations.filter((migration) => migration.version > current);
  if (pending.length === 0) return [];
  for (const migration of pending) {
    if (TRANSACTION_CONTROL.test(migration.sql)) {
      throw new Error(`${migrationFileName(migration)} controls transactions itself; the migrator runs each migration inside its own`);
    }
  }

  // Foreign keys are off while tables are rebuilt (SQLite's documented procedure for schema
  // changes) and checked as a whole before commit.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        checksum TEXT NOT NULL,
        applied_at TEXT NOT NULL
      )`);
      db.pragma(`application_id = ${CELLBOOK_APPLICATION_ID}`);
      const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
      for (const migration of pending) {
        try {
          db.exec(migration.sql);
        } catch (error) {
          throw new Error(`migration ${migrationFileName(migration)} failed: ${(error as Error).message}`, { cause: error });
        }
        record.run(migration.version, migration.name, migration.checksum, now.toISOString());
        db.pragma(`user_version = ${migration.version}`);
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`migrations left ${violations.length} foreign-key violation(s); nothing was changed`);
      }
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return pending.map((migration) => migration.version);
}

/** Applied migrations whose SQL differs from what this Cellbook carries (someone edited a released file). */
export function changedMigrations(db: Db, migrations: readonly Migration[]): string[] {
  const applied = db.prepare('SELECT version, checksum FROM schema_migrations').all() as Array<{ version: number; checksum: string }>;
  const byVersion = new Map(migrations.map((migration) => [migration.version, migration]));
  return applied
    .filter((row) => {
      const known = byVersion.get(row.version);
      return known !== undefined && known.checksum !== row.checksum;
    })
    .map((row) => migrationFileName(byVersion.get(row.version) as Migration));
}
