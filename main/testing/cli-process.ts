// Test helpers for running `cellbook` as a separate process, the way researchers script it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach } from 'vitest';
import { makeTempDir } from './temp-notebook';

export const CLI_BIN = path.resolve(__dirname, '..', 'cli', 'bin.cjs');

export function runCellbook(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Temporary folders removed after each test of the file that calls this at its top. */
export function useTempDirs(): () => string {
  let cleanup: Array<() => void> = [];
  afterEach(() => {
    cleanup.forEach((remove) => remove());
    cleanup = [];
  });
  return () => {
    const temp = makeTempDir();
    cleanup.push(temp.remove);
    return temp.dir;
  };
}
