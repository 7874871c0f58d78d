// The notebook user's signing key: an Ed25519 key pair made on first need and kept in the
// user-data folder, never in a notebook, so that whoever holds a notebook file cannot re-sign a
// history they rewrote. The private key file is readable by its owner only (mode 0600).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { CellbookError } from '../../shared/api-error';
import { userDataDir } from '../db/paths';

export interface UserKey {
  privateKey: KeyObject;
  /** SPKI DER in base64: what a checkpoint or signature carries so that anyone can verify it. */
  publicKey: string;
  fingerprint: string;
  file: string;
}

export const keyFile = (folder: string = userDataDir()) => path.join(folder, 'keys', 'signing-key.pem');

/** "SHA256:3f2a 9c01 …": the first 20 bytes of SHA-256 over the public key, in groups people can read out. */
export function keyFingerprint(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 40);
  return `SHA256:${hex.match(/.{4}/g)!.join(' ')}`;
}

function fromPem(pem: string, file: string): UserKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new CellbookError('refused', `${file} is not an Ed25519 key; move it away and Cellbook makes a new one`);
  const publicKey = (createPublicKey(privateKey).export({ type: 'spki', format: 'der' }) as Buffer).toString('base64');
  return { privateKey, publicKey, fingerprint: keyFingerprint(publicKey), file };
}

/** The key file's identity: a key moved away or replaced (another file, a new write) reads again. */
const fileIdentity = (stat: Stats) => `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;

/**
 * The key read and parsed, per user-data folder (a checkpoint is signed after every change, and
 * parsing a PEM key costs far more than the signature). Keyed by the folder, so a process that
 * switches folders (tests, another profile) reads that folder's key, and checked against the file's
 * identity at each use, so a key the user moved away is never signed with again.
 */
const readKeys = new Map<string, { identity: string; key: UserKey }>();

/** The user's key when it exists, else null (nothing is created). */
export function readUserKey(folder: string = userDataDir()): UserKey | null {
  const file = keyFile(folder);
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch {
    readKeys.delete(file);
    return null;
  }
  const identity = fileIdentity(stat);
  const known = readKeys.get(file);
  if (known?.identity === identity) return known.key;
  try {
    const key = fromPem(readFileSync(file, 'utf8'), file);
    readKeys.set(file, { identity, key });
    return key;
  } catch (error) {
    readKeys.delete(file);
    if (error instanceof CellbookError) throw error;
    throw new CellbookError('refused', `cannot read the signing key ${file}: ${(error as Error).message}`);
  }
}

/** The user's key, made now when there is none. Two processes making one at once agree on one. */
export function userKey(folder: string = userDataDir()): UserKey {
  const existing = readUserKey(folder);
  if (existing) return existing;
  const file = keyFile(folder);
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const temporary = `${file}.${process.pid}.partial`;
    writeFileSync(temporary, pem, { mode: 0o600 });
    chmodSync(temporary, 0o600);
    try {
      linkSync(temporary, file); // never replaces a key another run made meanwhile
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
  } catch (error) {
    throw new CellbookError('refused', `cannot make the signing key in ${path.dirname(file)}: ${(error as Error).message}`);
  }
  return readUserKey(folder)!;
}

export function signStatement(key: UserKey, statement: string): string {
  return sign(null, Buffer.from(statement, 'utf8'), key.privateKey).toString('base64');
}

/** Whether `signature` is the holder of `publicKeyBase64` signing `statement`; false for any malformed part. */
export function verifyStatement(statement: string, signature: string, publicKeyBase64: string): boolean {
  try {
    const publicKey = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(statement, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
