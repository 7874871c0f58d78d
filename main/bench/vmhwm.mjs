// Loaded with `node --import` into each timed child when /usr/bin/time is missing: prints the
// process's own peak RSS (VmHWM, in kB) on stderr at exit, where the import bench reads it.
import { readFileSync } from 'node:fs';

process.on('exit', () => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  if (match) process.stderr.write(`VmHWM-kB ${match[1]}\n`);
});
