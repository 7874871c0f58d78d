// Entry of `npm start`. Arguments after `--` (e.g. --db PATH) go to whichever mode starts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { appRoot } from '../app-root';
import { electronBindingPath } from '../electron/native-binding';
import { buildElectronBinding, electronAbi } from './electron-binding-build';
import { browserFallbackNotice, planStart, type StartSteps } from './start-plan';

const root = appRoot();
const passThrough = process.argv.slice(2);

function lastLine(text: string): string {
  const lines = text.trim().split('\n').map((line) => line.trim()).filter(Boolean);
  const error = lines.find((line) => /^(Error|TypeError|RequestError|HTTPError)\b/.test(line));
  return (error ?? lines.at(-1) ?? 'no reason given').slice(0, 200);
}

const steps: StartSteps = {
  obtainElectron: async () => {
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
      encoding: 'utf8',
      timeout: 10 * 60 * 1000,
    });
    return result.status === 0 ? { ok: true } : { ok: false, reason: lastLine(`${result.stderr ?? ''}\n${result.error?.message ?? ''}`) };
  },
  ensureElectronBinding: async () => {
    const existing = electronBindingPath(root, electronAbi(root));
    if (existsSync(existing)) return { ok: true, path: existing };
    try {
      process.stderr.write('Cellbook: building better-sqlite3 for Electron (once per Electron version)...\n');
      return { ok: true, path: await buildElectronBinding(root) };
    } catch (error) {
      return { ok: false, reason: lastLine((error as Error).message) };
    }
  },
};

function run(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

void planStart(steps).then((plan) => {
  if (plan.mode === 'electron') {
    // The electron package records its binary's place in path.txt once downloaded.
    const electronDir = path.join(root, 'node_modules', 'electron');
    const electronBinary = path.join(electronDir, 'dist', readFileSync(path.join(electronDir, 'path.txt'), 'utf8'));
    run(electronBinary, [root, ...passThrough]);
  } else {
    process.stderr.write(`${browserFallbackNotice(plan.reason)}\n`);
    run(process.execPath, [path.join(root, 'out', 'cli.cjs'), 'web', ...passThrough]);
  }
});
