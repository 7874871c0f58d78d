// npm run bench:import: the whole `cellbook import` (parse, analysis, storage, the original kept)
// of seeded Arbin exports of 1,000,270 and 5,126,809 rows (import-file.ts), against pandas
// read_csv parsing the same file. Both run as whole processes, in pairs whose order alternates (on
// a shared machine the load changes from minute to minute; a pair sees about the same load), and
// the median of the pairs' ratios is what the target is stated in: import at most 0.6 × pandas,
// and the import's peak RSS under 300 MB whatever the file's size. Then, in process, the queries
// the test page makes on the imported 1,000-cycle test. BENCH_PAIRS=n sets the pairs per size
// (default 5 and 3), BENCH_SIZES=1M (or 5M) runs one size only.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openNotebook } from '../db/open-notebook';
import { createServiceContext } from '../services/context';
import { getCyclingTest, listCyclingTests } from '../services/cycling/cycling-tests';
import { BENCH_FILE_5M_PARAMS, BENCH_FILE_PARAMS, benchFile, type BenchFile, type BenchFileParams } from './import-file';
import { median } from './stats';

const SEED = 20261127;
// The command as installed (package.json "bin"): run through its first line, with the Node options it starts with.
const CLI = path.resolve('main', 'cli', 'bin.cjs');
const TIME = '/usr/bin/time';
const TARGET_RATIO = 0.6;
const TARGET_RSS_MB = 300;
const QUERY_ROUNDS = 20;
const QUERY_TARGET_MS = 20;
// The baseline as the target names it: parse the file into a DataFrame (and print its rows, to check them).
const PANDAS = 'import sys, pandas as pd\ndf = pd.read_csv(sys.argv[1])\nprint(len(df))';

interface Run {
  wallS: number;
  cpuS: number;
  rssMB: number;
  stdout: string;
}

/** One child under /usr/bin/time -v: wall time, user + system CPU, peak RSS. A failure stops the bench. */
function runChild(label: string, command: string, args: string[]): Run {
  const started = performance.now();
  const result = spawnSync(TIME, ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallS = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr.trim().split('\n').slice(-8).join('\n')}`);
  const figure = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? Number.NaN);
  return { wallS, cpuS: figure('User time \\(seconds\\)') + figure('System time \\(seconds\\)'), rssMB: (figure('Maximum resident set size \\(kbytes\\)') * 1024) / 1e6, stdout: result.stdout };
}

/** The first python3 that has pandas: the one on PATH, else the system one (apt's python3-pandas). */
function pythonWithPandas(): { python: string; version: string } | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, version: probe.stdout.trim() };
  }
  return null;
}

/** Reads the file once (in 4 MiB pieces, never whole) so that every run starts from the page cache. */
function warm(filePath: string): void {
  const fd = openSync(filePath, 'r');
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
  try {
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
  } finally {
    closeSync(fd);
  }
}

function removeNotebook(notebookPath: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${notebookPath}${suffix}`, { force: true });
}

interface SizeResult {
  file: BenchFile;
  pairs: Array<{ importRun: Run; pandasRun: Run }>;
  keptNotebook: string;
  testId: number;
}

function benchSize(params: BenchFileParams, pairs: number, python: string, dir: string, failures: string[]): SizeResult {
  const file = benchFile(SEED, params);
  warm(file.path);
  const result: SizeResult = { file, pairs: [], keptNotebook: '', testId: 0 };
  const runImport = (i: number) => {
    if (result.keptNotebook) removeNotebook(result.keptNotebook);
    result.keptNotebook = path.join(dir, `c${params.cycles}-run${i}.cellbook`);
    const run = runChild('cellbook import', CLI, ['import', file.path, '--db', result.keptNotebook, '--json', '--allow-duplicate']);
    const out = JSON.parse(run.stdout) as { test_id: number; rows: number; cycles: number };
    if (out.rows !== file.rows) failures.push(`cellbook import: ${out.rows} rows, the file has ${file.rows}`);
    if (out.cycles !== params.cycles) failures.push(`cellbook import: ${out.cycles} cycles, expected ${params.cycles}`);
    result.testId = out.test_id;
    return run;
  };
  const runPandas = () => {
    const run = runChild('pandas read_csv', python, ['-c', PANDAS, file.path]);
    if (Number(run.stdout.trim()) !== file.rows) failures.push(`pandas read_csv: ${run.stdout.trim()} rows, the file has ${file.rows}`);
    return run;
  };
  for (let i = 0; i < pairs; i += 1) {
    // Alternate which goes first, so that neither always meets the other's leftovers (page cache, load).
    if (i % 2 === 0) {
      const importRun = runImport(i);
      result.pairs.push({ importRun, pandasRun: runPandas() });
    } else {
      const pandasRun = runPandas();
      result.pairs.push({ importRun: runImport(i), pandasRun });
    }
  }
  return result;
}

function report(size: SizeResult): void {
  const { file, pairs } = size;
  const wallRatios = pairs.map((pair) => pair.importRun.wallS / pair.pandasRun.wallS);
  const cpuRatios = pairs.map((pair) => pair.importRun.cpuS / pair.pandasRun.cpuS);
  const peakRss = Math.max(...pairs.map((pair) => pair.importRun.rssMB));
  const ratio = median(wallRatios);
  console.log(`\n${file.rows.toLocaleString('en-US')} rows, ${file.cycles.toLocaleString('en-US')} cycles, ${(file.sizeBytes / 1e6).toFixed(1)} MB (${file.generatedSeconds === null ? 'cached' : `generated in ${file.generatedSeconds.toFixed(0)} s`}), ${pairs.length} pairs in alternating order`);
  console.log(`pair   import s  (CPU s, RSS MB)     pandas s  (CPU s, RSS MB)    ratio wall  ratio CPU`);
  pairs.forEach(({ importRun: a, pandasRun: b }, i) => {
    const side = (run: Run) => `${run.wallS.toFixed(2).padStart(8)}  (${run.cpuS.toFixed(2)}, ${run.rssMB.toFixed(0)})`.padEnd(26);
    console.log(`${String(i + 1).padEnd(5)}${side(a)}${side(b)}${wallRatios[i]!.toFixed(2).padStart(9)}${cpuRatios[i]!.toFixed(2).padStart(11)}`);
  });
  console.log(`median ratio import / pandas: wall ${ratio.toFixed(2)} (target at most ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT MET'}), CPU ${median(cpuRatios).toFixed(2)}`);
  console.log(`import peak RSS: ${peakRss.toFixed(0)} MB at most over the runs (target under ${TARGET_RSS_MB} MB: ${peakRss < TARGET_RSS_MB ? 'met' : 'NOT MET'}); pandas ${median(pairs.map((pair) => pair.pandasRun.rssMB)).toFixed(0)} MB`);
}

async function queries(size: SizeResult, failures: string[]): Promise<void> {
  const notebook = await openNotebook(size.keptNotebook);
  const ctx = createServiceContext(notebook, { mode: 'cli' });
  const time = (query: () => unknown) => {
    const times: number[] = [];
    for (let round = 0; round < QUERY_ROUNDS; round += 1) {
      const started = performance.now();
      query();
      times.push(performance.now() - started);
    }
    return { first: times[0]!, median: median(times) };
  };
  const detail = time(() => getCyclingTest(ctx, size.testId));
  const list = time(() => listCyclingTests(ctx, { includeArchived: false, unassignedOnly: false }));
  const cycles = getCyclingTest(ctx, size.testId).cycles.filter((row) => row.cycle > 0).length;
  if (cycles !== size.file.cycles) failures.push(`getCyclingTest: ${cycles} cycles, expected ${size.file.cycles}`);
  notebook.close();
  console.log(`\ngetCyclingTest, ${cycles} cycles, x${QUERY_ROUNDS}: median ${detail.median.toFixed(2)} ms (first ${detail.first.toFixed(2)} ms) -> target under ${QUERY_TARGET_MS} ms ${detail.median < QUERY_TARGET_MS ? 'met' : 'NOT MET'}`);
  console.log(`listCyclingTests x${QUERY_ROUNDS}: median ${list.median.toFixed(2)} ms (first ${list.first.toFixed(2)} ms)`);
}

async function main(): Promise<void> {
  const bundle = path.resolve('out', 'cli.cjs');
  if (!existsSync(bundle)) throw new Error(`bench:import times the built command, and ${bundle} is missing: run "npm run build" first`);
  if (!existsSync(TIME)) throw new Error(`bench:import measures each process with ${TIME} -v, which is missing: apt-get install -y time`);
  const pandas = pythonWithPandas();
  if (!pandas) throw new Error('pandas is absent (python3 -c "import pandas" fails): install it with apt-get install -y python3-pandas');
  const only = process.env.BENCH_SIZES;
  const sizes = [
    { name: '1M', params: BENCH_FILE_PARAMS, pairs: 5 },
    { name: '5M', params: BENCH_FILE_5M_PARAMS, pairs: 3 },
  ].filter((size) => !only || only.split(',').includes(size.name));
  const failures: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-bench-import-run-'));
  try {
    console.log(`cellbook import (${CLI}) against pandas ${pandas.version} read_csv (${pandas.python}); ${os.cpus().length} cores, node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start`);
    const results: SizeResult[] = [];
    for (const size of sizes) {
      const result = benchSize(size.params, Number(process.env.BENCH_PAIRS ?? size.pairs), pandas.python, dir, failures);
      report(result);
      results.push(result);
    }
    const small = results.find((result) => result.file.cycles === BENCH_FILE_PARAMS.cycles);
    if (small) await queries(small, failures);
    console.log(`\nload average ${os.loadavg()[0]!.toFixed(1)} at the end`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  for (const failure of failures) console.error(`FAILED: ${failure}`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
