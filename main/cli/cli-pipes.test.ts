// The CLI as scripts use it in pipelines: a reader that stops early (`| head`) ends the command
// quietly with status 0, and tables carry headers with their units.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-notebook';
import { CLI_BIN, runCellbook } from '../testing/cli-process';

/** One demo notebook for the file: making it through the CLI is the slow part. */
let db = '';
const temp = makeTempDir();
beforeAll(() => {
  db = path.join(temp.dir, 'demo.cellbook');
  expect(runCellbook(['demo', '--db', db]).code).toBe(0);
}, 120_000);
afterAll(() => temp.remove());

/** Runs the real CLI, reads the first chunk of its stdout and then closes the pipe, as `head -c` does. */
function readFirstChunkThenClose(args: string[]): Promise<{ code: number | null; firstChunk: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let firstChunk = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      firstChunk = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, firstChunk, stderr }));
  });
}

describe('cellbook in a pipeline', () => {
  it('`cellbook builds --json | head` ends quietly with status 0, without an EPIPE trace', { timeout: 90_000 }, async () => {
    // The whole document is far larger than a pipe's buffer, so the write after the reader left fails.
    expect(runCellbook(['builds', '--json', '--db', db]).stdout.length).toBeGreaterThan(256 * 1024 / 4);
    const result = await readFirstChunkThenClose(['builds', '--json', '--db', db]);
    expect(result.firstChunk.startsWith('[')).toBe(true);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('cycling-tests prints a table with headers and units, the grades explained', { timeout: 60_000 }, () => {
    const listed = runCellbook(['cycling-tests', '--db', db]);
    expect(listed.code).toBe(0);
    const [header, ...rest] = listed.stdout.split('\n');
    expect(header).toMatch(/^ID {2}Test +Build \/ cell +Cycles {2}Standard capacity \(mAh\) {2}Lifespan \(cycles\) +Grade \(Table 1\) {2}Short circuit \(first cycle\)$/);
    const tests = JSON.parse(runCellbook(['cycling-tests', '--db', db, '--json']).stdout) as Array<{ id: number; cycles: number }>;
    // One row per test, then a blank line and the legend.
    expect(rest.filter((line) => /^ *\d+ {2}/.test(line))).toHaveLength(tests.length);
    expect(listed.stdout).toContain('Grades (Table 1): x: lifespan 2–5 cycles (Table 1); Δ: lifespan 6–50 cycles (Table 1); ○: lifespan 100 cycles or more (Table 1)');
  });
});
