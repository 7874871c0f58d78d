// Signing a build and verifying it, on a real notebook (the demo's builds): in the services, in the
// build report, and as a researcher runs cellbook sign / verify / key in a separate process.
import Database from 'better-sqlite3';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { updateRecord } from '../db/records';
import { createDemoNotebook } from '../services/demo/demo-notebook';
import { buildReportHtml } from '../services/reports/build-report';
import { runCellbook } from '../testing/cli-process';
import { makeTempDir, openTempNotebook, type TempNotebook } from '../testing/temp-notebook';
import { buildIdIn } from '../testing/demo-notebook';
import { buildSignatures, signBuild, verifyBuildSignature } from './build-signature';
import { keyFile, userKey } from './user-key';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { exportEln } from '../services/exchange/eln-export';
import { checkpointSignatureHolds, type Checkpoint } from './checkpoints';

const userData = makeTempDir('cellbook-signing-user-');
const savedConfigHome = process.env.XDG_CONFIG_HOME;
let temp: TempNotebook;

beforeAll(async () => {
  process.env.XDG_CONFIG_HOME = userData.dir;
  temp = await openTempNotebook();
  createDemoNotebook(temp.ctx);
}, 60_000);

afterAll(() => {
  temp?.dispose();
  userData.remove();
  if (savedConfigHome === undefined) delete process.env.XDG_CONFIG_HOME;
  else process.env.XDG_CONFIG_HOME = savedConfigHome;
});

describe('a signed build', () => {
  it('is signed with a key made on first need in the user-data folder, readable by its owner only', () => {
    const id = buildIdIn(temp, 'Example 1');
    const entriesBefore = (temp.ctx.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    const row = signBuild(temp.ctx.writer, id);
    const file = keyFile(path.join(userData.dir, 'Cellbook'));
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(row).toMatchObject({ build_id: id, history_entries: entriesBefore, key_fingerprint: userKey().fingerprint });
    expect(verifyBuildSignature(temp.ctx.notebook.db, row)).toMatchObject({ valid: true, reasons: [] });
  });

  it('no longer holds once the build changes, and says so', () => {
    const id = buildIdIn(temp, 'Example 2');
    const row = signBuild(temp.ctx.writer, id);
    updateRecord(temp.ctx.writer, 'builds', id, { notes: 'Pressed again at 380 MPa.' });
    const verdict = verifyBuildSignature(temp.ctx.notebook.db, row);
    expect(verdict.valid).toBe(false);
    expect(verdict.reasons).toEqual(['the build has changed since it was signed (its layers, components or fields read differently now)']);
  });

  it('against someone else\'s public key: invalid, naming both keys', () => {
    const id = buildIdIn(temp, 'Example 1');
    const [row] = buildSignatures(temp.ctx.notebook.db, id);
    const other = (generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }) as Buffer).toString('base64');
    const verdict = verifyBuildSignature(temp.ctx.notebook.db, row!, other);
    expect(verdict.valid).toBe(false);
    expect(verdict.reasons[0]).toMatch(/^it was signed with the key SHA256:[0-9a-f ]+, not with the key given \(SHA256:[0-9a-f ]+\)$/);
  });

  it('is shown in the build report with the key\'s fingerprint, beside the report\'s history checkpoint', () => {
    const id = buildIdIn(temp, 'Example 1');
    const report = buildReportHtml(temp.ctx, id).html;
    const fingerprint = userKey().fingerprint;
    expect(report).toContain('<h2>Signatures</h2>');
    expect(report).toContain(`<code>${fingerprint}</code>`);
    expect(report).toContain('<h2>History checkpoint</h2>');
    const entries = (temp.ctx.notebook.db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    expect(report).toContain(`data-checkpoint-entries="${entries}"`);
  });
});

describe('an .eln export', () => {
  it('carries a checkpoint of the history, signed, declared in the crate', () => {
    const out = path.join(temp.dir, 'example-1.eln');
    exportEln(temp.ctx, out, [buildIdIn(temp, 'Example 1')]);
    const entries = unzipSync(readFileSync(out));
    const name = Object.keys(entries).find((entry) => entry.endsWith('/cellbook-checkpoint.json'))!;
    const checkpoint = JSON.parse(Buffer.from(entries[name]!).toString('utf8')) as Checkpoint;
    const head = temp.ctx.notebook.db.prepare('SELECT hash, (SELECT count(*) FROM history) AS n FROM history ORDER BY id DESC LIMIT 1').get() as { hash: string; n: number };
    expect(checkpoint).toMatchObject({ entries: head.n, head: head.hash, keyFingerprint: userKey().fingerprint });
    expect(checkpointSignatureHolds(checkpoint)).toBe(true);
    expect(checkpointSignatureHolds({ ...checkpoint, entries: checkpoint.entries - 1 })).toBe(false);
  });
});

describe('cellbook sign, verify and key', () => {
  it('signs in one process and verifies in another; a signature edited in the file is invalid, and why', () => {
    const db = path.join(temp.dir, 'cli.cellbook');
    temp.ctx.notebook.db.exec(`VACUUM INTO '${db.replace(/'/g, "''")}'`);
    const signed = runCellbook(['sign', 'Example 3', '--db', db]);
    expect(signed.stderr).toBe('');
    expect(signed.stdout).toMatch(/^Signed build "Example 3" as .+ with key SHA256:[0-9a-f ]+, at history entry \d+/);
    const shown = runCellbook(['key', '--show', '--json']);
    const key = JSON.parse(shown.stdout) as { fingerprint: string; publicKeyPem: string };
    expect(key.fingerprint).toBe(userKey().fingerprint);
    const pemFile = path.join(temp.dir, 'colleague.pem');
    writeFileSync(pemFile, key.publicKeyPem);
    const valid = runCellbook(['verify', 'Example 3', '--db', db, '--key', pemFile]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('VALID: signed by');

    const raw = new Database(db);
    raw.exec('DROP TRIGGER build_signatures_never_changed');
    raw.prepare("UPDATE build_signatures SET signer = 'Someone else'").run();
    raw.close();
    const invalid = runCellbook(['verify', 'Example 3', '--db', db, '--json']);
    expect(invalid.code).toBe(2);
    const verdict = JSON.parse(invalid.stdout) as { signatures: Array<{ valid: boolean; reasons: string[] }> };
    expect(verdict.signatures).toEqual([expect.objectContaining({ valid: false, reasons: ['the signature does not match what it says it signed (the signature record was edited)'] })]);
    expect(runCellbook(['verify', 'Example 3', '--db', db, '--key', 'not a key']).stderr).toMatch(/^cellbook: --key: not a key is not an Ed25519 public key/);
  }, 60_000);
});
