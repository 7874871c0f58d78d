// Reads the numbered SQL files of migrations/. They are forward-only and append-only: a file is
// never edited once released (the checksum recorded when it was applied lets `check` notice).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { migrationsDir } from '../app-root';
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

let bundled: Migration[] | undefined;

/** The migrations this Cellbook carries, read once. */
export function bundledMigrations(): Migration[] {
  bundled ??= loadMigrationsFrom(migrationsDir());
  return bundled;
}
