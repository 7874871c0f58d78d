// The part worker's code as one source text, so that a worker thread runs it the same from the
// bundled CLI, browser mode and Electron, with no file to find on disk. The build
// (scripts/build-main.mjs) bundles part-worker.ts and puts it here as a constant; run from source
// (tests), it is bundled once on first use, the same way.
import { createRequire } from 'node:module';
import path from 'node:path';

declare const __CELLBOOK_PART_WORKER__: string | undefined;

let bundled: string | null = null;

export function partWorkerSource(): string {
  if (typeof __CELLBOOK_PART_WORKER__ === 'string') return __CELLBOOK_PART_WORKER__;
  if (bundled === null) {
    const root = process.cwd();
    const esbuild = createRequire(path.join(root, 'package.json'))('esbuild') as typeof import('esbuild');
    const output = esbuild.buildSync({
      entryPoints: [path.join(root, 'main', 'importers', 'cycler', 'part-worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      external: ['exceljs'],
      logLevel: 'warning',
    });
    bundled = output.outputFiles![0]!.text;
  }
  return bundled;
}
