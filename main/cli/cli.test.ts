// The `cellbook` command as a user runs it: a separate process on real files.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledMigrations } from '../db/migrations';
import { GEL_TEMPLATES } from '../../shared/chemistry/gel-templates';
import { fileSha256 } from '../testing/dump';
import { runCellbook, useTempDirs } from '../testing/cli-process';

const root = path.resolve(__dirname, '..', '..');
const bin = path.join(root, 'main', 'cli', 'bin.cjs');

beforeAll(() => {
  if (!existsSync(path.join(root, 'out', 'cli.cjs'))) throw new Error('out/cli.cjs is missing: run "npm run build" before these tests (npm test does)');
});

const tempDir = useTempDirs();

const cellbook = runCellbook;

describe('cellbook', () => {
  it('prints its version and help', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    expect(cellbook(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
    const help = cellbook(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['info', 'check', 'backup', 'web']) expect(help.stdout).toContain(command);
  });

  it('runs as installed: executed itself, through its first line and the Node options it names', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const result = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('check on a new path creates a notebook and reports it sound', () => {
    const db = path.join(tempDir(), 'new.cellbook');
    const result = cellbook(['check', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Notebook:     ${db}`);
    // A new notebook holds the gel recipe templates: each a recipe and its first version.
    expect(result.stdout).toContain(`History:      ${GEL_TEMPLATES.length * 2} entries, chain intact`);
    expect(result.stdout).toContain('Result:       ok');
    expect(existsSync(db)).toBe(true);
  });

  it('with --json, stdout holds only the JSON document', () => {
    const db = path.join(tempDir(), 'json.cellbook');
    const result = cellbook(['check', '--db', db, '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { ok: boolean; schemaVersion: number; notebook: string };
    expect(parsed).toMatchObject({ ok: true, schemaVersion: bundledMigrations().length, notebook: db });
    const info = JSON.parse(cellbook(['info', '--db', db, '--json']).stdout) as { fileName: string; mode: string };
    expect(info).toMatchObject({ fileName: 'json.cellbook', mode: 'cli' });
  });

  it('backup writes a copy and reports it; --json gives the job', () => {
    const db = path.join(tempDir(), 'lab.cellbook');
    const result = cellbook(['backup', '--db', db, '--json']);
    expect(result.code).toBe(0);
    const job = JSON.parse(result.stdout) as { state: string; message: string };
    expect(job.state).toBe('done');
    expect(job.message).toMatch(/^Backup written: lab-.*\.cellbook/);
  });

  it('refuses a file that is not a notebook in one line, leaving it unchanged', () => {
    const file = path.join(tempDir(), 'cycler-export.csv');
    writeFileSync(file, 'Cycle,Voltage\n1,3.9\n');
    const sha = fileSha256(file);
    const result = cellbook(['check', '--db', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`cellbook: ${file} is not a Cellbook notebook: it is not an SQLite database; the file was not changed\n`);
    expect(fileSha256(file)).toBe(sha);
  });

  it('reports a bad option in one line', () => {
    const result = cellbook(['web', '--port', 'eighty']);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')[0]).toBe("cellbook: option '--port <n>' argument 'eighty' is invalid. give a whole number from 1 to 65535");
  });
});

function waitForOutput(child: ReturnType<typeof spawn>, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (pattern.test(text)) resolve(text);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', () => (pattern.test(text) ? resolve(text) : reject(new Error(`exited without ${pattern}: ${text}`))));
  });
}

describe('cellbook web', () => {
  it('prints a 127.0.0.1 URL with a token and serves the API behind it', async () => {
    const db = path.join(tempDir(), 'web.cellbook');
    const child = spawn(process.execPath, [bin, 'web', '--no-open', '--db', db]);
    try {
      const output = await waitForOutput(child, /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}/);
      const url = new URL((/http:\/\/\S+/.exec(output) as RegExpExecArray)[0]);
      const token = url.searchParams.get('token') as string;
      const response = await fetch(`${url.origin}/api/getNotebookInfo`, { method: 'POST', headers: { 'x-cellbook-token': token }, body: '{}' });
      expect(await response.json()).toMatchObject({ ok: true, value: { fileName: 'web.cellbook', mode: 'browser' } });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a port in use in one line and creates no notebook', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const db = path.join(tempDir(), 'never.cellbook');
      const result = cellbook(['web', '--no-open', '--port', String(port), '--db', db]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`cellbook: port ${port} is already in use; choose another with --port, or leave --port out to get a free one\n`);
      expect(existsSync(db)).toBe(false);
    } finally {
      blocker.close();
    }
  });
});

describe('npm start', () => {
  it('says in one line that Electron is unavailable and opens browser mode instead', async (context) => {
    if (existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'))) {
      console.log('skipped: the Electron binary is installed here, so npm start would open a window rather than fall back');
      return context.skip();
    }
    const db = path.join(tempDir(), 'start.cellbook');
    const cache = tempDir();
    // A mirror that refuses at once makes the download fail here whether or not there is internet.
    const child = spawn(process.execPath, [path.join(root, 'out', 'start.cjs'), '--no-open', '--db', db], {
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache },
    });
    try {
      const output = await waitForOutput(child, /http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      expect(output).toMatch(/^Cellbook: the desktop window \(Electron\) could not be downloaded.*\. Browser mode started instead: open the address below in your web browser/m);
      expect(output).toContain(`Cellbook is serving ${db}`);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
