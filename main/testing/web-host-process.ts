// Starts `cellbook web` as a user does, for the e2e fixtures and the plot benchmark: the host's
// own process, its notebook, and the address with its token once the host prints it. The
// notebook's folder stands in for the user-data folder, so no run touches the real one.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export function startWebHost(notebookPath: string, cli = path.resolve('main', 'cli', 'bin.cjs')): Promise<{ child: ChildProcess; url: string }> {
  const env = { ...process.env, XDG_CONFIG_HOME: path.dirname(notebookPath) };
  const child = spawn(process.execPath, [cli, 'web', '--no-open', '--db', notebookPath], { stdio: ['ignore', 'pipe', 'pipe'], env });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve({ child, url: match[0] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`cellbook web exited with ${code}: ${output}`)));
  });
}
