// Runs a TypeScript entry (a benchmark) from source: bundles it with esbuild the same way the
// app is bundled, then runs the bundle. Usage: node scripts/run-ts.mjs main/bench/x.bench.ts [args]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]');
  process.exit(2);
}
const outfile = path.resolve('.tmp', 'run', `${path.basename(entry, '.ts')}.cjs`);
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', external: ['better-sqlite3', 'exceljs'], logLevel: 'warning' });
const result = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
