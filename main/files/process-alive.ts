// Whether a process id still names a running process on this machine. Cellbook's own temporaries,
// writer notes and instance locks carry their owner's pid; an owner that is gone makes them stale.
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another account; it is alive all the same.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
