// Writes a small notebook made by each schema version (main/reliability/migration-fixtures/
// schema-N.cellbook, representative records in every table that version has) for the migration
// test. Usage: node scripts/make-migration-fixtures.mjs (from the repository root).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'run-ts.mjs'), 'main/reliability/make-migration-fixtures.ts', root], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
