// Real processes to own temporaries and locks in tests: one that is running, and the pid of one
// that has exited (so that "its owner is gone" is tested against a real dead process).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

/** A node process that waits until killed; kill it in afterEach/afterAll. */
export function startLiveOwner(): ChildProcess & { pid: number } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child as ChildProcess & { pid: number };
}

/** The pid of a node process that has run and exited. */
export function exitedOwnerPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(result.stdout);
}
