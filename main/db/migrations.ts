// Reads the numbered SQL files of migrations/. They are forward-only and append-only: a file is
// never edited once released (the checksum recorded when it was applied lets `check` notice).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function loadMigrationsFrom(dir: string): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.sql')) continue;
    const match = MIGRATION_FILE.exec(file);
    if (!match) throw new Error(`migration file ${file} is not named NNNN_lower_case_name.sql`);
    const sqlText = readFileSync(path.join(dir, file), 'utf8');
    migrations.push({
      version: Number(match[1]),
      name: match[2] ?? '',
      sql: sqlText,
      checksum: createHash('sha256').update(sqlText).digest('hex'),
    });
  }
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migrations in ${dir} must be numbered 0001, 0002, ... without gaps; found ${String(migration.version).padStart(4, '0')} at position ${index + 1}`);
    }
  });
  return migrations;
}

/**
 * The migrations folder travels beside the bundles (source tree, out/, or app.asar), so it is
 * found by walking up from this module rather than by a path fixed at build time.
 */
export function findMigrationsDir(startDir: string = __dirname): string {
  const override = process.env.CELLBOOK_MIGRATIONS_DIR;
  if (override) return override;
  let dir = startDir;
  for (let level = 0; level < 5; level += 1) {
    const candidate = path.join(dir, 'migrations');
    if (existsSync(path.join(candidate, '0001_init.sql'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`Cellbook's migrations folder was not found above ${startDir}; the installation is incomplete`);
}

let bundled: Migration[] | undefined;

/** The migrations this Cellbook carries, read once. */
export function bundledMigrations(): Migration[] {
  bundled ??= loadMigrationsFrom(findMigrationsDir());
  return bundled;
}
