// Where Cellbook's own files are (migrations/, out/renderer/): the folder of its package.json,
// found by walking up from the running module. That works the same from the source tree (tests),
// from the out/ bundles, and from inside a packaged app.asar.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

export function appRoot(startDir: string = __dirname): string {
  if (cached && startDir === __dirname) return cached;
  let dir = startDir;
  for (let level = 0; level < 6; level += 1) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'cellbook') {
      if (startDir === __dirname) cached = dir;
      return dir;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`Cellbook's package.json was not found above ${startDir}; the installation is incomplete`);
}

export function rendererDir(): string {
  return path.join(appRoot(), 'out', 'renderer');
}

export function migrationsDir(): string {
  return process.env.CELLBOOK_MIGRATIONS_DIR ?? path.join(appRoot(), 'migrations');
}
