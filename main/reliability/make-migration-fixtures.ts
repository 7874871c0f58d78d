// Entry of scripts/make-migration-fixtures.mjs: one fixture notebook per schema version that the
// migrations folder holds (schema-1 .. schema-N), written into main/reliability/migration-fixtures.
// Run it again after adding a migration, and commit the new fixture with the migration.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadMigrationsFrom } from '../db/migrations';
import { fixturePath, makeMigrationFixture } from './migration-fixtures';

const root = process.argv[2] ?? process.cwd();
const migrations = loadMigrationsFrom(path.join(root, 'migrations'));
const dir = path.join(root, 'main', 'reliability', 'migration-fixtures');
mkdirSync(dir, { recursive: true });
for (let version = 1; version <= migrations.length; version++) {
  const file = fixturePath(version, dir);
  makeMigrationFixture(file, migrations.slice(0, version));
  process.stdout.write(`${path.relative(root, file)}: schema ${version}, ${Math.round(statSync(file).size / 1024)} KB\n`);
}
