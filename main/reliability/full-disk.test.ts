// Full-disk harness: a small tmpfs (mounted here when running as root; otherwise skipped with the
// reason) holds the notebook, its backups folder, the export target and the temp folder, filled
// until only a little space is left; then real `cellbook` processes import a large cycler export,
// back up and export an .eln file. Each must end with a sentence naming the file, no stack trace,
// and leave the notebook exactly as it was.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../db/open-notebook';
import { makeTempDir } from '../testing/temp-notebook';
import { notebookState } from './notebook-state';
import { reportFigures, stressRun } from './stress-count';

const CLI = path.resolve(__dirname, '../../out/cli.cjs');
const SMALL_EXPORT = path.resolve(__dirname, '../../../shared/fixtures/cyclers/arbin/batdata__arbin_example.csv');
const LARGE_EXPORT = path.resolve(__dirname, '../../../shared/fixtures/cyclers/pec/cellpy__pec.csv');
const DISK_BYTES = 8 * 1024 * 1024;

let root: { dir: string; remove: () => void } | undefined;
let disk = '';
let mounted = false;
let skipReason: string | null = !existsSync(CLI) ? `${CLI} is not built (run node scripts/build-main.mjs)` : !existsSync(LARGE_EXPORT) ? `the cycler fixture ${LARGE_EXPORT} is absent` : null;

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 120_000 });
}

beforeAll(() => {
  if (skipReason) return;
  root = makeTempDir('cellbook-full-disk-');
  disk = path.join(root.dir, 'disk');
  mkdirSync(disk);
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_BYTES}`, 'tmpfs', disk], { encoding: 'utf8' });
  if (mount.status !== 0) {
    skipReason = `a small file system cannot be mounted here (mount -t tmpfs: ${(mount.stderr || mount.error?.message || 'refused').trim()})`;
    return;
  }
  mounted = true;
  const base = path.join(root.dir, 'base.cellbook');
  for (const args of [['init', '--starter', '--db', base], ['import', '--db', base, SMALL_EXPORT]]) {
    const result = run(args);
    if (result.status !== 0) throw new Error(`cellbook ${args[0]} failed: ${result.stderr}`);
  }
}, 60_000);

afterAll(() => {
  if (mounted) spawnSync('umount', [disk]);
  root?.remove();
  if (skipReason) process.stdout.write(`[reliability] full disk: skipped, ${skipReason}\n`);
});

interface DiskCase {
  operation: 'import' | 'backup' | 'eln export';
  freeBytes: number;
}

const ALL_CASES: DiskCase[] = [
  ...[0, 64 * 1024, 512 * 1024, 1024 * 1024].map((freeBytes) => ({ operation: 'import' as const, freeBytes })),
  ...[0, 64 * 1024, 300 * 1024].map((freeBytes) => ({ operation: 'backup' as const, freeBytes })),
  ...[0, 64 * 1024, 200 * 1024].map((freeBytes) => ({ operation: 'eln export' as const, freeBytes })),
];
/** npm test: one case of each operation with a little space left; the stress run: every level. */
const CASES = stressRun ? ALL_CASES : ALL_CASES.filter((diskCase) => diskCase.freeBytes === 64 * 1024);

/** Fills the disk until `freeBytes` are left (within a page of the file system). */
function fillDisk(freeBytes: number): void {
  const stats = statfsSync(disk);
  const free = stats.bavail * stats.bsize;
  if (free > freeBytes) writeFileSync(path.join(disk, 'filler'), Buffer.alloc(free - freeBytes));
}

describe.skipIf(skipReason !== null && !mounted)('a disk that fills up', () => {
  const figures = { cases: 0, refusedWithSentence: 0, saysDiskFull: 0, saysSpaceNeeded: 0, succeeded: 0, notebookUnchanged: 0 };

  it.each(CASES)('$operation with $freeBytes bytes free: a sentence naming the file, the notebook unchanged', async ({ operation, freeBytes }) => {
    if (skipReason) return;
    for (const entry of readdirSync(disk)) rmSync(path.join(disk, entry), { recursive: true, force: true });
    const notebook = path.join(disk, 'notebook.cellbook');
    copyFileSync(path.join(root!.dir, 'base.cellbook'), notebook);
    const tmp = path.join(disk, 'tmp');
    mkdirSync(tmp);
    const target = path.join(disk, 'export.eln');
    const args =
      operation === 'import' ? ['import', '--db', notebook, LARGE_EXPORT] : operation === 'backup' ? ['backup', '--db', notebook] : ['export', '--db', notebook, '--eln', target];
    const opened = await openNotebook(notebook);
    const before = notebookState(opened.db);
    opened.close();
    fillDisk(freeBytes);
    // The import's spool and every temporary go to the full disk too.
    const result = run(args, { ...process.env, TMPDIR: tmp, XDG_CONFIG_HOME: path.join(root!.dir, 'config') });
    rmSync(path.join(disk, 'filler'), { force: true });
    figures.cases++;
    if (result.status === 0) {
      figures.succeeded++;
    } else {
      const said = `${result.stderr}${result.stdout}`;
      expect(said, 'no stack trace').not.toMatch(/\n\s+at /);
      expect(said).not.toMatch(/unexpected error/i);
      // The file, or the folder on the full disk where the space is missing ("... in /path, where 0 B is free").
      const named = [path.basename(notebook), path.basename(LARGE_EXPORT), path.basename(target), disk].some((name) => said.includes(name));
      expect(named, `names the file or its folder: ${said}`).toBe(true);
      if (/disk space|disk is full|no space/i.test(said)) figures.saysDiskFull++;
      if (/needs about [\d.]+ [KMG]?i?B/.test(said)) figures.saysSpaceNeeded++;
      // An import that finds too little space says how much it needs and where (one refused at the
      // notebook's open, on a disk already full, says how much is free).
      if (operation === 'import' && /not enough disk space/i.test(said) && !said.includes('cannot open notebook')) expect(said).toMatch(/needs about [\d.]+ [KMG]?i?B.* in \//);
      figures.refusedWithSentence++;
      const reopened = await openNotebook(notebook);
      try {
        expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(notebookState(reopened.db)).toEqual(before);
        figures.notebookUnchanged++;
      } finally {
        reopened.close();
      }
      if (operation === 'eln export') expect(existsSync(target), 'no half-written .eln file').toBe(false);
    }
  });

  it('reports its figures', () => {
    reportFigures('full disk', { ...figures, diskBytes: DISK_BYTES });
  });
});
