// What a report says about the history it was made from: a checkpoint signed when the report was
// made (entry count, head hash, the key's fingerprint and the signature, so that the notebook can
// later be compared with the printed page), and for a build the signatures it carries.
import { createHash } from 'node:crypto';
import { html, type RawHtml } from '../../shared/reports/html';
import type { Db } from '../db/query';
import { buildSignatures, verifyBuildSignature } from './build-signature';
import { makeCheckpoint } from './checkpoints';

export function historyCheckpointSection(db: Db, notebookPath: string, at: Date): RawHtml {
  let checkpoint;
  try {
    checkpoint = makeCheckpoint(db, notebookPath, at);
  } catch (error) {
    return html`<h2>History checkpoint</h2><p class="muted">Not signed: ${(error as Error).message}.</p>`;
  }
  if (!checkpoint) return html`<h2>History checkpoint</h2><p class="muted">The notebook has no history yet.</p>`;
  return html`<h2>History checkpoint</h2><p data-checkpoint-entries="${checkpoint.entries}">When this report was made (${checkpoint.at}) the notebook's history held ${checkpoint.entries} entries, the last with hash <code>${checkpoint.head.slice(0, 16)}…</code>; signed with the key <code>${checkpoint.keyFingerprint}</code>.
    <code style="word-break: break-all; font-size: 0.8em">head ${checkpoint.head} · signature ${checkpoint.signature}</code></p>`;
}

export function buildSignaturesSection(db: Db, buildId: number): RawHtml {
  const verdicts = buildSignatures(db, buildId).map((signature) => verifyBuildSignature(db, signature));
  if (verdicts.length === 0) return html`<h2>Signatures</h2><p class="muted">The build is not signed (cellbook sign BUILD signs it).</p>`;
  return html`<h2>Signatures</h2><table><thead><tr><th>Signed by</th><th>On</th><th>Key</th><th class="num">At history entry</th><th>Holds now</th></tr></thead><tbody>${verdicts.map(
    ({ signature, valid, reasons }) => html`<tr><td>${signature.signer}</td><td>${signature.signed_at}</td><td><code>${signature.key_fingerprint}</code></td><td class="num">${signature.history_entries}</td><td>${valid ? 'yes' : `no: ${reasons.join('; ')}`}</td></tr>`,
  )}</tbody></table>`;
}

export const ELN_CHECKPOINT_FILE = 'cellbook-checkpoint.json';

type CrateGraph = { '@graph': Array<Record<string, unknown> & { '@id': string }> };

/**
 * The checkpoint an .eln export carries: a file at the crate's root, declared in the crate (a File
 * of the root Dataset), holding the signed checkpoint as JSON. Null when nothing can be signed.
 */
export function elnCheckpointFile(db: Db, notebookPath: string, at: Date, metadata: CrateGraph): Buffer | null {
  let checkpoint;
  try {
    checkpoint = makeCheckpoint(db, notebookPath, at);
  } catch {
    return null;
  }
  if (!checkpoint) return null;
  const bytes = Buffer.from(`${JSON.stringify({ ...checkpoint, notebookPath: null }, null, 2)}\n`, 'utf8');
  const id = `./${ELN_CHECKPOINT_FILE}`;
  const root = metadata['@graph'].find((entity) => entity['@id'] === './');
  if (root) root.hasPart = [...((root.hasPart as unknown[] | undefined) ?? []), { '@id': id }];
  metadata['@graph'].push({ '@id': id, '@type': 'File', name: ELN_CHECKPOINT_FILE, description: "The notebook's history as it stood at export: entry count and head hash, signed (Ed25519) with the exporting user's key; cellbook check compares a notebook with it.", encodingFormat: 'application/json', contentSize: String(bytes.byteLength), sha256: createHash('sha256').update(bytes).digest('hex') });
  return bytes;
}
