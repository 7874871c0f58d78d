// Checkpoints sign only a head, so between the last checkpoint that holds and the first that does
// not, any entry may be the first one rewritten. A backup beside the notebook holds a whole chain:
// when its own signed checkpoint holds for it, every entry up to that head is as it was, and the
// first position where the notebook differs from it is the first entry that differs.
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readVerification } from '../db/backup-verification';
import { backupsDirFor } from '../db/paths';
import { checkpointSignatureHolds, parseCheckpoint } from './checkpoints';

function chainOf(file: string): string[] | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return (db.prepare('SELECT hash FROM history ORDER BY id').raw().all() as string[][]).map((row) => row[0]!);
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/** [from, to] (1-based entries) narrowed by every backup whose signed chain reaches into it; exact when a backup holds the entry that differs. */
export function narrowWithBackups(notebookPath: string, hashes: readonly string[], range: { from: number; to: number }): { from: number; to: number } {
  const dir = backupsDirFor(notebookPath);
  if (!existsSync(dir)) return range;
  let { from, to } = range;
  for (const name of readdirSync(dir).filter((file) => file.endsWith(path.extname(notebookPath) || '.cellbook'))) {
    if (from === to) break;
    const file = path.join(dir, name);
    const checkpoint = parseCheckpoint(readVerification(file)?.checkpoint);
    if (!checkpoint || !checkpointSignatureHolds(checkpoint) || checkpoint.entries < from) continue;
    const chain = chainOf(file);
    if (!chain || chain[0] !== hashes[0] || chain[checkpoint.entries - 1] !== checkpoint.head) continue;
    const last = Math.min(to, checkpoint.entries);
    let position = from;
    while (position <= last && chain[position - 1] === hashes[position - 1]) position += 1;
    if (position <= last) to = position;
    from = Math.min(position, to);
  }
  return { from, to };
}
