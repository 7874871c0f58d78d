// Signing a build: the user's Ed25519 signature over the build's canonical JSON (its row, its
// active layers and their components as stored, keys sorted) and the history chain's position at
// the moment of signing. Stored as a record (table build_signatures, schema 11) with the public key,
// so anyone holding the notebook can verify it, and the signer's own key is never needed to.
import { createHash } from 'node:crypto';
import { CellbookError } from '../../shared/api-error';
import type { Db } from '../db/query';
import { insertRecord, type RecordWriter } from '../db/records';
import { chainHead } from './checkpoints';
import { keyFingerprint, signStatement, userKey, verifyStatement } from './user-key';

/** JSON with object keys sorted at every level: one text per content, whatever the column order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The build as stored: its row, its active layers by position and each layer's active components. */
export function buildCanonicalJson(db: Db, buildId: number): string {
  const build = db.prepare('SELECT * FROM builds WHERE id = ?').get(buildId) as Record<string, unknown> | undefined;
  if (!build) throw new CellbookError('not_found', `build ${buildId} does not exist`);
  const layers = (db.prepare('SELECT * FROM build_layers WHERE build_id = ? AND archived_at IS NULL ORDER BY position, id').all(buildId) as Array<Record<string, unknown>>).map((layer) => ({
    ...layer,
    components: db.prepare('SELECT * FROM layer_components WHERE layer_id = ? AND archived_at IS NULL ORDER BY position, id').all(layer.id),
  }));
  return canonicalJson({ build, layers });
}

export interface BuildSignatureRow {
  id: number;
  build_id: number;
  build_sha256: string;
  history_entries: number;
  history_head: string;
  signed_at: string;
  signer: string;
  key_fingerprint: string;
  public_key: string;
  signature: string;
}

type Signed = Pick<BuildSignatureRow, 'build_id' | 'build_sha256' | 'history_entries' | 'history_head' | 'signed_at' | 'signer' | 'key_fingerprint'>;

export function buildSignatureStatement(row: Signed): string {
  return JSON.stringify(['cellbook-build-signature-1', row.build_id, row.build_sha256, row.history_entries, row.history_head, row.signed_at, row.signer, row.key_fingerprint]);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function signBuild(writer: RecordWriter, buildId: number, userDataFolder?: string): BuildSignatureRow {
  const key = userKey(userDataFolder);
  return writer.db.transaction(() => {
    const head = chainHead(writer.db);
    const signed: Signed = {
      build_id: buildId,
      build_sha256: sha256(buildCanonicalJson(writer.db, buildId)),
      history_entries: head?.entries ?? 0,
      history_head: head?.head ?? '',
      signed_at: writer.now().toISOString(),
      signer: writer.operator(),
      key_fingerprint: key.fingerprint,
    };
    const id = insertRecord(writer, 'build_signatures', { ...signed, public_key: key.publicKey, signature: signStatement(key, buildSignatureStatement(signed)) });
    return writer.db.prepare('SELECT * FROM build_signatures WHERE id = ?').get(id) as BuildSignatureRow;
  })();
}

export interface SignatureVerdict {
  signature: BuildSignatureRow;
  valid: boolean;
  /** One sentence per reason it does not hold; empty when valid. */
  reasons: string[];
}

/** Whether a signature holds: signed by its key (or by `expectedPublicKey` when given), over the build as it reads now, at a chain position the history still has. */
export function verifyBuildSignature(db: Db, signature: BuildSignatureRow, expectedPublicKey?: string): SignatureVerdict {
  const reasons: string[] = [];
  if (expectedPublicKey !== undefined && expectedPublicKey !== signature.public_key) {
    reasons.push(`it was signed with the key ${signature.key_fingerprint}, not with the key given (${keyFingerprint(expectedPublicKey)})`);
  }
  if (keyFingerprint(signature.public_key) !== signature.key_fingerprint || !verifyStatement(buildSignatureStatement(signature), signature.signature, signature.public_key)) {
    reasons.push('the signature does not match what it says it signed (the signature record was edited)');
  }
  if (sha256(buildCanonicalJson(db, signature.build_id)) !== signature.build_sha256) reasons.push('the build has changed since it was signed (its layers, components or fields read differently now)');
  const atPosition = signature.history_entries === 0 ? null : (db.prepare('SELECT hash FROM history ORDER BY id LIMIT 1 OFFSET ?').get(signature.history_entries - 1) as { hash: string } | undefined);
  if (signature.history_entries > 0 && atPosition?.hash !== signature.history_head) {
    reasons.push(atPosition ? `history entry ${signature.history_entries} is no longer the one signed (the history was rewritten)` : `the history no longer reaches entry ${signature.history_entries}, where it was signed (the history was cut short)`);
  }
  return { signature, valid: reasons.length === 0, reasons };
}

export function buildSignatures(db: Db, buildId: number): BuildSignatureRow[] {
  return db.prepare('SELECT * FROM build_signatures WHERE build_id = ? AND archived_at IS NULL ORDER BY id').all(buildId) as BuildSignatureRow[];
}
