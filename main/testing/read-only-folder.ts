// A folder nobody may write to, for "read-only folder" tests. As root, permissions do not stop
// writes, so a read-only tmpfs is mounted where that is allowed; otherwise chmod does the job.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from './temp-notebook';

export interface ReadOnlyFolder {
  dir: string;
  release: () => void;
}

/** `prepare` fills the folder while it is still writable. */
export async function makeReadOnlyFolder(prepare: (dir: string) => Promise<void>): Promise<ReadOnlyFolder | { skipReason: string }> {
  const temp = makeTempDir('cellbook-ro-');
  const dir = path.join(temp.dir, 'ro');
  mkdirSync(dir);
  if (process.getuid?.() !== 0) {
    await prepare(dir);
    chmodSync(dir, 0o555);
    return {
      dir,
      release: () => {
        chmodSync(dir, 0o755);
        temp.remove();
      },
    };
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    temp.remove();
    return { skipReason: 'running as root where mounting a read-only tmpfs is not allowed, so no folder is read-only' };
  }
  const release = () => {
    execFileSync('umount', [dir], { stdio: 'ignore' });
    temp.remove();
  };
  try {
    await prepare(dir);
    execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' });
  } catch (error) {
    release();
    throw error;
  }
  return { dir, release };
}
