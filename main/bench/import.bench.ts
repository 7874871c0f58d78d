// npm run bench:import: one big cycler export (the seeded 1,000-cycle Arbin CSV of import-file.ts)
// imported with the built `cellbook` command, against two plain parsers of the same file: pandas
// read_csv and papaparse streaming. Every tool runs as its own child process, RUNS times, so wall
// time includes start-up as a researcher sees it and the peak RSS is that tool's alone; medians
// are reported. Then, in process, the query the test page makes for that 1,000-cycle test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openNotebook } from '../db/open-notebook';
import { createServiceContext } from '../services/context';
import { getCyclingTest, listCyclingTests } from '../services/cycling/cycling-tests';
import { BENCH_FILE_PARAMS, benchFile } from './import-file';
import { median } from './stats';

const SEED = 20261127;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const QUERY_ROUNDS = 20;
const QUERY_TARGET_MS = 20;
const CLI = path.resolve('out', 'cli.cjs');
// Peak RSS from /usr/bin/time -v where it exists; otherwise each child reports its own VmHWM
// (node children through vmhwm.mjs, python through a line appended to its script).
// BENCH_NO_TIME=1 forces the second way, to test it.
const TIME = '/usr/bin/time';
const USE_TIME = existsSync(TIME) && !process.env.BENCH_NO_TIME;
const NODE_HWM = USE_TIME ? [] : ['--import', path.resolve('main', 'bench', 'vmhwm.mjs')];
const PY_HWM = USE_TIME ? '' : "\nimport re; print('VmHWM-kB', re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1), file=sys.stderr)";

// The baselines only parse the file into typed values and count the data rows: the least any
// importer must do. papaparse is the CSV parser Cellbook already ships (for inventory sheets).
const PANDAS = 'import sys, pandas as pd\ndf = pd.read_csv(sys.argv[1])\nprint(len(df))';
const PAPAPARSE = `const Papa = require('papaparse'); let rows = 0;
Papa.parse(require('node:fs').createReadStream(process.argv[1]), { dynamicTyping: true, skipEmptyLines: true,
  step: () => { rows += 1; }, complete: () => console.log(rows - 1), error: (e) => { console.error(e); process.exit(1); } });`;

interface Run {
  ms: number;
  rssMiB: number;
  stdout: string;
}

/** One timed child; a non-zero exit is a real failure and stops the bench. */
function runChild(label: string, command: string, args: string[]): Run {
  const [exe, ...argv] = USE_TIME ? [TIME, '-v', command, ...args] : [command, ...args];
  const started = performance.now();
  const result = spawnSync(exe as string, argv, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status}):\n${result.stderr.trim().split('\n').slice(-8).join('\n')}`);
  const rss = (USE_TIME ? /Maximum resident set size \(kbytes\): (\d+)/ : /VmHWM-kB (\d+)/).exec(result.stderr);
  if (!rss) throw new Error(`${label}: no peak RSS in its stderr`);
  return { ms, rssMiB: Number(rss[1]) / 1024, stdout: result.stdout };
}


/** The first python3 that has pandas: the one on PATH, else the system one (apt's python3-pandas). */
function pythonWithPandas(): { python: string; version: string } | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import pandas; print(pandas.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python, version: probe.stdout.trim() };
  }
  return null;
}

interface Row {
  label: string;
  runs: Run[];
  /** false for a tool that does not read the file, so MB/s and rows/s mean nothing for it */
  readsFile: boolean;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) {
    console.error(`bench:import times the built command, and ${CLI} is missing: run "npm run build" first`);
    process.exitCode = 1;
    return;
  }
  const file = benchFile(SEED);
  const failures: string[] = [];
  const checkRows = (label: string, rows: number) => {
    if (rows !== file.rows) failures.push(`${label}: ${rows} rows, the generated file has ${file.rows}`);
  };
  // Read once so that every tool, the first run included, starts from the page cache.
  readFileSync(file.path);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cellbook-bench-import-run-'));
  const table: Row[] = [];
  const repeat = (label: string, one: (i: number) => Run, readsFile = true) => {
    const runs = Array.from({ length: RUNS }, (_, i) => one(i));
    table.push({ label, runs, readsFile });
    return runs;
  };

  try {
    // (a) A new notebook per run (the folder exists, the file does not); the last one is kept
    // for the queries. --allow-duplicate: the same file is imported run after run.
    let notebookPath = '';
    let testId = 0;
    repeat('(a) cellbook import (new notebook)', (i) => {
      if (notebookPath) rmSync(notebookPath, { force: true });
      notebookPath = path.join(dir, `run${i}.cellbook`);
      const run = runChild('cellbook import', process.execPath, [...NODE_HWM, CLI, 'import', file.path, '--db', notebookPath, '--json', '--allow-duplicate']);
      const out = JSON.parse(run.stdout) as { test_id: number; rows: number; cycles: number };
      checkRows('cellbook import', out.rows);
      if (out.cycles !== BENCH_FILE_PARAMS.cycles) failures.push(`cellbook import: ${out.cycles} cycles, expected ${BENCH_FILE_PARAMS.cycles}`);
      testId = out.test_id;
      return run;
    });

    // (b) `summarize` reads and analyses a file without a notebook (it has no --db; see its
    // --help), so it is timed on the same file. (b2) is the notebook's summary of the imported
    // test as the command prints it: `cycling-tests` (lifespan, grade, short circuits).
    repeat('(b) cellbook summarize FILE', () => {
      const run = runChild('cellbook summarize', process.execPath, [...NODE_HWM, CLI, 'summarize', file.path, '--json']);
      const out = JSON.parse(run.stdout) as { rows: number; cycles: unknown[] };
      checkRows('cellbook summarize', out.rows);
      if (out.cycles.length !== BENCH_FILE_PARAMS.cycles) failures.push(`cellbook summarize: ${out.cycles.length} cycles, expected ${BENCH_FILE_PARAMS.cycles}`);
      return run;
    });
    repeat('(b2) cellbook cycling-tests --db', () => runChild('cellbook cycling-tests', process.execPath, [...NODE_HWM, CLI, 'cycling-tests', '--db', notebookPath, '--json']), false);

    // (c) pandas, if some python3 here has it.
    const pandas = pythonWithPandas();
    let pandasRow: Row | null = null;
    if (pandas) {
      repeat(`(c) pandas ${pandas.version} read_csv`, () => {
        const run = runChild('pandas read_csv', pandas.python, ['-c', PANDAS + PY_HWM, file.path]);
        checkRows('pandas read_csv', Number(run.stdout.trim()));
        return run;
      });
      pandasRow = table.at(-1) as Row;
    }

    // (d) papaparse, streaming with typed values, as a plain node script.
    repeat('(d) papaparse stream, dynamicTyping', () => {
      const run = runChild('papaparse', process.execPath, [...NODE_HWM, '-e', PAPAPARSE, file.path]);
      checkRows('papaparse', Number(run.stdout.trim()));
      return run;
    });

    // (e) The test page's queries on the imported test, in process with the services. The
    // first call (cold statement cache) is shown apart from the median of the rounds.
    const notebook = await openNotebook(notebookPath);
    const ctx = createServiceContext(notebook, { mode: 'cli' });
    const timeQuery = (query: () => unknown) => {
      const times: number[] = [];
      for (let round = 0; round < QUERY_ROUNDS; round += 1) {
        const started = performance.now();
        query();
        times.push(performance.now() - started);
      }
      return { first: times[0] as number, median: median(times) };
    };
    const detail = timeQuery(() => getCyclingTest(ctx, testId));
    const list = timeQuery(() => listCyclingTests(ctx, { includeArchived: false, unassignedOnly: false }));
    const storedCycles = getCyclingTest(ctx, testId).cycles.length;
    if (storedCycles !== BENCH_FILE_PARAMS.cycles) failures.push(`getCyclingTest: ${storedCycles} cycles, expected ${BENCH_FILE_PARAMS.cycles}`);
    notebook.close();

    // The figures, in a form to paste into a note.
    const mb = file.sizeBytes / 1e6;
    const stats = (row: Row) => ({ s: median(row.runs.map((run) => run.ms)) / 1000, rss: median(row.runs.map((run) => run.rssMiB)) });
    console.log(`file: ${path.basename(file.path)}`);
    console.log(`      ${mb.toFixed(1)} MB, ${file.rows.toLocaleString('en-US')} rows, ${file.cycles.toLocaleString('en-US')} cycles, 15 columns (${file.generatedSeconds === null ? 'cached' : `generated in ${file.generatedSeconds.toFixed(1)} s`})`);
    console.log(`runs: ${RUNS} per tool, each its own process; median wall time, median peak RSS (${USE_TIME ? '/usr/bin/time -v' : 'VmHWM at exit'}); MB = 10^6 bytes; ${os.cpus().length} cores, node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end`);
    if (!pandas) console.log('pandas is absent (python3 -c "import pandas" fails): baseline (c) skipped; install it with: apt-get install -y python3-pandas');
    console.log(`${'tool'.padEnd(38)}${'wall s'.padStart(8)}${'MB/s'.padStart(8)}${'rows/s'.padStart(12)}${'peak RSS MiB'.padStart(14)}   runs s`);
    for (const row of table) {
      const { s, rss } = stats(row);
      const perFile = !row.readsFile ? ['—', '—'] : [(mb / s).toFixed(1), Math.round(file.rows / s).toLocaleString('en-US')];
      console.log(`${row.label.padEnd(38)}${s.toFixed(2).padStart(8)}${perFile[0]!.padStart(8)}${perFile[1]!.padStart(12)}${rss.toFixed(0).padStart(14)}   ${row.runs.map((run) => (run.ms / 1000).toFixed(2)).join(' / ')}`);
    }
    const [importRow, summarizeRow] = table as [Row, Row];
    const papaRow = table.at(-1) as Row;
    const ratio = (label: string, a: Row, b: Row | null) =>
      console.log(`ratio ${label}: ${b ? `wall ${(stats(a).s / stats(b).s).toFixed(2)}x, peak RSS ${(stats(a).rss / stats(b).rss).toFixed(2)}x` : 'n/a (no pandas)'}`);
    ratio('a/c (import / pandas)      ', importRow, pandasRow);
    ratio('b/c (summarize / pandas)   ', summarizeRow, pandasRow);
    ratio('a/d (import / papaparse)   ', importRow, papaRow);
    console.log(`(e) getCyclingTest, ${storedCycles} cycles, x${QUERY_ROUNDS}: median ${detail.median.toFixed(2)} ms (first ${detail.first.toFixed(2)} ms) -> target under ${QUERY_TARGET_MS} ms ${detail.median < QUERY_TARGET_MS ? 'met' : 'NOT MET'}`);
    console.log(`    listCyclingTests x${QUERY_ROUNDS}: median ${list.median.toFixed(2)} ms (first ${list.first.toFixed(2)} ms)`);
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
