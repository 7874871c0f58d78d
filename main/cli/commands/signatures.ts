// `cellbook sign BUILD`, `cellbook verify BUILD [--key PUBLIC-KEY]` and `cellbook key --show`: a
// build signed with the user's key (kept in the user-data folder), verified by anyone holding the
// notebook, against the signer's public key when it is given.
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { buildSignatures, signBuild, verifyBuildSignature, type SignatureVerdict } from '../../integrity/build-signature';
import { userKey } from '../../integrity/user-key';
import { findBuild } from '../../services/builds/find-build';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

const buildName = (ctx: Parameters<typeof findBuild>[0], id: number) => (ctx.notebook.db.prepare('SELECT name FROM builds WHERE id = ?').get(id) as { name: string }).name;

/** A public key given as a file (PEM or base64) or inline; returned as SPKI DER in base64. */
export function readPublicKey(given: string): string {
  const text = existsSync(given) ? readFileSync(given, 'utf8').trim() : given.trim();
  try {
    const key = text.includes('BEGIN PUBLIC KEY') ? createPublicKey(text) : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`it is a ${key.asymmetricKeyType ?? 'unknown'} key`);
    return (key.export({ type: 'spki', format: 'der' }) as Buffer).toString('base64');
  } catch (error) {
    throw new CellbookError('validation', `--key: ${given} is not an Ed25519 public key (${(error as Error).message}); give the file or text that cellbook key --show prints`);
  }
}

function describeVerdict(verdict: SignatureVerdict): string {
  const { signature } = verdict;
  const who = `signed by ${signature.signer} on ${signature.signed_at} with key ${signature.key_fingerprint}, at history entry ${signature.history_entries}`;
  return verdict.valid ? `VALID: ${who}` : `INVALID: ${who}:\n    ${verdict.reasons.join('\n    ')}`;
}

function registerSign(program: Command): void {
  notebookCommand(program, 'sign', "sign a build with your key: its stack as stored and the history's position now")
    .argument('<build>', 'build name or id (see: cellbook builds)')
    .action((build: string, options: NotebookCommandOptions) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const id = findBuild(ctx, build);
          const row = signBuild(ctx.writer, id);
          emitResult(options, row, (r) => `Signed build "${buildName(ctx, id)}" as ${r.signer} with key ${r.key_fingerprint}, at history entry ${r.history_entries} (head ${r.history_head.slice(0, 12)}…); cellbook verify "${buildName(ctx, id)}" checks it`);
          return 0;
        }),
      ),
    );
}

function registerVerify(program: Command): void {
  notebookCommand(program, 'verify', "verify a build's signatures: signed by the key they name (or the one given), the build unchanged since, the history still holding the signed position")
    .argument('<build>', 'build name or id (see: cellbook builds)')
    .option('--key <public-key>', "the signer's public key (a file, or the text cellbook key --show prints) for someone else's notebook")
    .action((build: string, options: NotebookCommandOptions & { key?: string }) =>
      runCommand(() =>
        withNotebook(options, (ctx) => {
          const expected = options.key === undefined ? undefined : readPublicKey(options.key);
          const id = findBuild(ctx, build);
          const verdicts = buildSignatures(ctx.notebook.db, id).map((signature) => verifyBuildSignature(ctx.notebook.db, signature, expected));
          const name = buildName(ctx, id);
          emitResult(options, { build: name, buildId: id, signatures: verdicts.map((v) => ({ valid: v.valid, reasons: v.reasons, signer: v.signature.signer, signedAt: v.signature.signed_at, keyFingerprint: v.signature.key_fingerprint, historyEntries: v.signature.history_entries })) }, () =>
            verdicts.length === 0 ? `Build "${name}" has no signature (sign it with: cellbook sign "${name}")` : [`Build "${name}": ${verdicts.length} signature(s)`, ...verdicts.map((v) => `  ${describeVerdict(v)}`)].join('\n'),
          );
          if (verdicts.length === 0) return 1;
          return verdicts.every((v) => v.valid) ? 0 : 2;
        }),
      ),
    );
}

function registerKey(program: Command): void {
  program
    .command('key')
    .description('your signing key (Ed25519, kept in the user-data folder; made on first need)')
    .option('--show', 'print the public key and its fingerprint, to give to whoever verifies your signatures')
    .option('--json', 'print JSON only on stdout')
    .action((options: { show?: boolean; json?: boolean }) =>
      runCommand(() => {
        if (!options.show) throw new CellbookError('validation', 'say what to do with the key: cellbook key --show');
        const key = userKey();
        const pem = (createPublicKey({ key: Buffer.from(key.publicKey, 'base64'), format: 'der', type: 'spki' }).export({ type: 'spki', format: 'pem' }) as string).trim();
        emitResult(options, { fingerprint: key.fingerprint, publicKey: key.publicKey, publicKeyPem: pem, privateKeyFile: key.file }, (r) => `Fingerprint: ${r.fingerprint}\n${r.publicKeyPem}\n(the private key stays in ${r.privateKeyFile})`);
        return Promise.resolve(0);
      }),
    );
}

export function registerSignatures(program: Command): void {
  registerSign(program);
  registerVerify(program);
  registerKey(program);
}
