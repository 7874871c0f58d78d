// Real `cellbook` processes run side by side for the concurrency harness, and the checks made on
// what they leave: the notebook's integrity, files stored once, and refusals that are sentences.
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { CLI_BIN } from '../testing/cli-process';

export interface CliRun {
  args: string[];
  pid: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `cellbook ARGS` now and resolves when it exits; the user-data folder is `userData`. */
export function runCellbookAsync(args: string[], userData: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { env: { ...process.env, XDG_CONFIG_HOME: userData }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ args, pid: child.pid ?? 0, code, stdout, stderr }));
  });
}

/** Lines that would show a user a stack trace or a raw error instead of a sentence. */
export function stackLines(text: string): string[] {
  return text.split('\n').filter((line) => /^\s+at\s/.test(line) || /\b(?:Sqlite)?Error:/.test(line) || /unexpected error/.test(line));
}

export interface NotebookFacts {
  integrity: string;
  tests: number;
  /** SHA-256 values held by more than one active cycling test: a file stored twice. */
  storedTwice: number;
}

/** Read-only look at a notebook after the runs: nothing in it is changed by looking. */
export function notebookFacts(notebookPath: string): NotebookFacts {
  const db = new Database(notebookPath, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).join('; ');
    const tests = (db.prepare('SELECT count(*) AS n FROM cycling_tests WHERE archived_at IS NULL').get() as { n: number }).n;
    const storedTwice = (
      db.prepare('SELECT count(*) AS n FROM (SELECT f.sha256 FROM cycling_files f JOIN cycling_tests t ON t.id = f.test_id WHERE t.archived_at IS NULL GROUP BY f.sha256 HAVING count(DISTINCT f.test_id) > 1)').get() as { n: number }
    ).n;
    return { integrity, tests, storedTwice };
  } finally {
    db.close();
  }
}
