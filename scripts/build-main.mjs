// Bundles the Node-side entry points with esbuild into out/. better-sqlite3 (native) and
// electron (provided by the runtime) stay external; so do exceljs and playwright-core, which are
// large and loaded only when a spreadsheet is read or written or a PDF is made. Everything else
// is bundled so that the CLI starts as one file without resolving hundreds of modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  external: ['better-sqlite3', 'electron', '@electron/rebuild', 'exceljs', 'playwright-core'],
  logLevel: 'warning',
};

// The cycler import's part worker runs from source text (main/importers/cycler/part-worker-source.ts):
// bundled first, then given to the hosts that import cycler files as a constant.
const partWorker = await build({ ...common, entryPoints: ['main/importers/cycler/part-worker.ts'], write: false, sourcemap: false, external: ['exceljs'] });
const withPartWorker = { ...common, define: { __CELLBOOK_PART_WORKER__: JSON.stringify(partWorker.outputFiles[0].text) } };

await Promise.all([
  build({ ...withPartWorker, entryPoints: ['main/cli/cli.ts'], outfile: 'out/cli.cjs' }),
  build({ ...common, entryPoints: ['main/launcher/start.ts'], outfile: 'out/start.cjs' }),
  build({ ...withPartWorker, entryPoints: ['main/electron/main.ts'], outfile: 'out/electron/main.cjs' }),
  // The preload runs sandboxed: one self-contained file, only `electron` may be required.
  build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'out/electron/preload.cjs', target: 'chrome140' }),
]);
