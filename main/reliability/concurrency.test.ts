// Concurrency harness: real `cellbook` processes (out/cli.cjs) on one notebook at once — two
// imports of the same file, two of different files, an import beside a backup, two backups, and
// browser mode open while the CLI imports. Afterwards the notebook passes SQLite's integrity check,
// no file is stored twice, every run either did its work or was refused with a sentence (never a
// stack trace), and nothing of the runs' temporaries is left. A small count in npm test, a large
// one with CELLBOOK_STRESS=1.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticTest } from '../../shared/cycling/synthetic';
import { instanceLockPathFor } from '../db/instance-lock';
import { writeArbinCsv } from '../services/cycling/arbin-csv-writer';
import { makeTempDir } from '../testing/temp-notebook';
import { startWebHost } from '../testing/web-host-process';
import { notebookFacts, runCellbookAsync, stackLines, type CliRun } from './concurrency-processes';
import { reportFigures, stressCount } from './stress-count';

const rounds = stressCount(1, 15);
let temp: { dir: string; remove: () => void };
let notebookPath = '';
let userData = '';
const runs: CliRun[] = [];
const tally = { imported: 0, refusedDuplicate: 0, refusedBusy: 0, backups: 0, webWrites: 0, secondAppRefused: 0 };

/** A tester's export of its own (each seed different bytes): 12 cycles, about 250 kB. */
function exportFile(seed: number): string {
  const file = path.join(temp.dir, `cell-${seed}.csv`);
  writeArbinCsv(file, syntheticTest({ seed, cycles: 12, capacityMAh: 1, currentMA: 0.5, sampleIntervalS: 60 }), 1_767_258_000 + seed * 86_400);
  return file;
}

async function together(...commands: string[][]): Promise<CliRun[]> {
  const finished = await Promise.all(commands.map((args) => runCellbookAsync([...args, '--db', notebookPath], userData)));
  runs.push(...finished);
  return finished;
}

/** Every run either did its work or was refused in one sentence; returns how each ended. */
function outcomeOf(run: CliRun): 'done' | 'duplicate' | 'busy' {
  expect(stackLines(run.stderr), run.stderr).toEqual([]);
  if (run.code === 0) return 'done';
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  if (/is already imported, as test/.test(run.stderr)) return 'duplicate';
  expect(run.stderr).toMatch(/^cellbook: The notebook \S+ is being written by another (Cellbook — an? .+ started at \d\d:\d\d \(process \d+\)|program)/);
  return 'busy';
}

function count(outcomes: Array<'done' | 'duplicate' | 'busy'>, kind: 'import' | 'backup'): void {
  for (const outcome of outcomes) {
    if (outcome === 'done') tally[kind === 'import' ? 'imported' : 'backups'] += 1;
    if (outcome === 'duplicate') tally.refusedDuplicate += 1;
    if (outcome === 'busy') tally.refusedBusy += 1;
  }
}

function expectSound(): void {
  const facts = notebookFacts(notebookPath);
  expect(facts.integrity).toBe('ok');
  expect(facts.storedTwice).toBe(0);
  expect(facts.tests).toBe(tally.imported);
}

beforeAll(async () => {
  temp = makeTempDir('cellbook-concurrency-');
  notebookPath = path.join(temp.dir, 'lab.cellbook');
  userData = path.join(temp.dir, 'user-data');
  mkdirSync(userData);
  const [init] = await Promise.all([runCellbookAsync(['init', '--db', notebookPath], userData)]);
  expect(init!.code, init!.stderr).toBe(0);
});

afterAll(() => {
  const processes = runs.length;
  reportFigures('concurrency', { rounds, processes, ...tally, storedTwice: notebookFacts(notebookPath).storedTwice, integrity: notebookFacts(notebookPath).integrity });
  temp.remove();
});

describe('concurrency: real cellbook processes on one notebook', () => {
  it('imports the same file twice at once: stored once, the other run told it is already imported (or that the notebook is busy)', { timeout: 60_000 + rounds * 20_000 }, async () => {
    for (let round = 0; round < rounds; round += 1) {
      const file = exportFile(1000 + round);
      const outcomes = (await together(['import', file], ['import', file])).map(outcomeOf);
      expect(outcomes.filter((outcome) => outcome === 'done')).toHaveLength(1);
      count(outcomes, 'import');
      expectSound();
    }
  });

  it('imports two different files at once: both stored', { timeout: 60_000 + rounds * 20_000 }, async () => {
    for (let round = 0; round < rounds; round += 1) {
      const outcomes = (await together(['import', exportFile(2000 + round)], ['import', exportFile(3000 + round)])).map(outcomeOf);
      count(outcomes, 'import');
      expectSound();
    }
  });

  it('imports while backing up; refuses an import in a sentence while another program holds the lock, and takes two backups beside it', { timeout: 60_000 + rounds * 30_000 }, async () => {
    for (let round = 0; round < rounds; round += 1) {
      const [imported, backedUp] = await together(['import', exportFile(4000 + round)], ['backup']);
      count([outcomeOf(imported!)], 'import');
      count([outcomeOf(backedUp!)], 'backup');
      // Another program holds the write lock for longer than a writer waits: the import is refused
      // in a sentence, while two backups (which only read) are taken at once beside it.
      const holder = new Database(notebookPath);
      holder.prepare('BEGIN IMMEDIATE').run();
      let blocked: CliRun[];
      try {
        blocked = await together(['import', exportFile(6000 + round)], ['backup'], ['backup']);
      } finally {
        holder.prepare('ROLLBACK').run();
        holder.close();
      }
      expect(outcomeOf(blocked[0]!)).toBe('busy');
      expect(blocked[0]!.stderr).toMatch(/being written by another program .* was not free within 5 s; nothing was saved/);
      count([outcomeOf(blocked[0]!)], 'import');
      const pair = blocked.slice(1);
      count(pair.map(outcomeOf), 'backup');
      for (const run of [backedUp!, ...pair]) expect(run.stdout).toMatch(/^Backup written: .+, verified/);
      expectSound();
    }
    const backups = readdirSync(path.join(temp.dir, 'lab-backups')).filter((name) => name.endsWith('.cellbook'));
    expect(backups).toHaveLength(tally.backups);
  });

  it('imports from the CLI while browser mode has the notebook open; a second browser mode is refused in a sentence', { timeout: 60_000 + rounds * 30_000 }, async () => {
    const web = await startWebHost(notebookPath);
    try {
      const token = new URL(web.url).searchParams.get('token')!;
      const origin = new URL(web.url).origin;
      for (let round = 0; round < rounds; round += 1) {
        const writes = Promise.all(
          ['Ada', 'Bo'].map((operator) =>
            fetch(`${origin}/api/updateSettings`, { method: 'POST', headers: { 'x-cellbook-token': token }, body: JSON.stringify({ operator: `${operator} ${round}` }) }).then((response) => response.json() as Promise<{ ok: boolean; error?: { code: string; message: string } }>),
          ),
        );
        const [imported, secondWeb] = await together(['import', exportFile(5000 + round)], ['web', '--no-open']);
        count([outcomeOf(imported!)], 'import');
        expect(secondWeb!.code).toBe(1);
        expect(stackLines(secondWeb!.stderr)).toEqual([]);
        expect(secondWeb!.stderr).toMatch(new RegExp(`^cellbook: lab\\.cellbook is already open in cellbook web \\(process ${web.child.pid}, since `));
        tally.secondAppRefused += 1;
        for (const envelope of await writes) {
          if (envelope.ok) tally.webWrites += 1;
          else expect(envelope.error).toMatchObject({ code: 'busy', message: expect.stringMatching(/^The notebook lab\.cellbook is being written by another Cellbook/) });
        }
        expectSound();
      }
    } finally {
      const exited = new Promise((resolve) => web.child.once('exit', resolve));
      web.child.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(instanceLockPathFor(notebookPath))).toBe(false);
  });

  it('leaves none of its temporaries behind: spool folders, .partial files, writer notes', () => {
    const ours = (name: string) => /\.partial|\.writing-/.test(name);
    expect([temp.dir, path.join(temp.dir, 'lab-backups')].flatMap((dir) => readdirSync(dir).filter(ours))).toEqual([]);
    const spoolsOfRuns = runs.map((run) => `cellbook-import-${run.pid}-`);
    expect(readdirSync(os.tmpdir()).filter((name) => spoolsOfRuns.some((prefix) => name.startsWith(prefix)))).toEqual([]);
  });
});
