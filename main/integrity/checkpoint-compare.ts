// Compares a notebook's history with every signed checkpoint found for it. A checkpoint holds when
// the notebook's entry number `entries` still has the signed hash; one that does not shows the
// history was cut short (fewer entries than signed) or rewritten (another hash at a signed
// position), and the checkpoints that still hold narrow down the first entry that differs. A
// checkpoint of a history that a signed restore replaced is accepted.
import path from 'node:path';
import type { Db } from '../db/query';
import { checkpointSignatureHolds, type Checkpoint } from './checkpoints';
import { narrowWithBackups } from './backup-chains';
import { recordedRestores } from './restore-signature';

export interface FoundCheckpoint {
  checkpoint: Checkpoint;
  /** Where it was found: "the checkpoint log" or a backup's file name. */
  source: string;
  /** True for checkpoints kept with this notebook's own backups (not only matched by path). */
  besideNotebook: boolean;
}

export interface CheckpointVerdict {
  found: number;
  held: number;
  /** Checkpoints of a history that a signed restore replaced. */
  replacedByRestore: number;
  problems: string[];
  notes: string[];
  /** The first entry (1-based) that differs from a signed checkpoint, or where a cut history ends. */
  firstDifferingEntry: { from: number; to: number } | null;
}

const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d{3}Z$/, ' UTC').replace(/Z$/, ' UTC');

export function compareCheckpoints(db: Db, notebookPath: string, found: FoundCheckpoint[], trustedFingerprints: Set<string>): CheckpointVerdict {
  const hashes = (db.prepare('SELECT hash FROM history ORDER BY id').raw().all() as string[][]).map((row) => row[0]!);
  const entries = hashes.length;
  const notebookId = hashes[0] ?? null;
  const restores = recordedRestores(db).filter((restore) => restore.signed && restore.keyFingerprint !== null && trustedFingerprints.has(restore.keyFingerprint));
  const here = path.resolve(notebookPath);
  const verdict: CheckpointVerdict = { found: 0, held: 0, replacedByRestore: 0, problems: [], notes: [], firstDifferingEntry: null };
  const heldAt: number[] = [];
  let earliestHeldAt: string | null = null;
  const others: FoundCheckpoint[] = [];
  const cut: FoundCheckpoint[] = [];
  const rewritten: FoundCheckpoint[] = [];
  for (const item of found) {
    const { checkpoint } = item;
    const ours = checkpoint.notebookId === notebookId;
    if (!ours && !item.besideNotebook && checkpoint.notebookPath !== here) continue; // another notebook's
    verdict.found += 1;
    if (!checkpointSignatureHolds(checkpoint)) {
      verdict.problems.push(`a checkpoint in ${item.source} (signed ${when(checkpoint.at)}) does not match its signature: it was edited after signing`);
      continue;
    }
    // Of the replaced history: its head as the restore recorded it, or signed before the restore past the point it went back to.
    const replaced = restores.some((restore) => (checkpoint.entries === restore.replacedHistoryEntries && checkpoint.head === restore.replacedHistoryHead) || (restore.at >= checkpoint.at && (!ours || checkpoint.entries > restore.backupHistoryEntries)));
    const holds = ours && checkpoint.entries <= entries && hashes[checkpoint.entries - 1] === checkpoint.head;
    if (holds) {
      verdict.held += 1;
      heldAt.push(checkpoint.entries);
      if (earliestHeldAt === null || checkpoint.at < earliestHeldAt) earliestHeldAt = checkpoint.at;
    } else if (replaced) verdict.replacedByRestore += 1;
    else if (!ours) others.push(item);
    else if (checkpoint.entries > entries) cut.push(item);
    else rewritten.push(item);
  }
  // Checkpoints of another notebook at this path signed before this one was first signed: a notebook that was here before.
  const predecessors = others.filter((item) => earliestHeldAt !== null && item.checkpoint.at < earliestHeldAt);
  const otherNotebook = others.find((item) => !predecessors.includes(item)) ?? null;
  const heldBelow = (limit: number) => Math.max(0, ...heldAt.filter((n) => n < limit));
  if (rewritten.length > 0) {
    const earliest = rewritten.reduce((a, b) => (b.checkpoint.entries < a.checkpoint.entries ? b : a));
    const { from, to } = narrowWithBackups(notebookPath, hashes, { from: heldBelow(earliest.checkpoint.entries) + 1, to: earliest.checkpoint.entries });
    verdict.firstDifferingEntry = { from, to };
    const which = from === to ? `entry ${to} is the first that differs` : `the first entry that differs is one of entries ${from} to ${to}`;
    verdict.problems.push(`the history was rewritten: it no longer reads as signed on ${when(earliest.checkpoint.at)} (${earliest.source}, ${to} entries); ${which}`);
  }
  if (cut.length > 0) {
    const longest = cut.reduce((a, b) => (b.checkpoint.entries > a.checkpoint.entries ? b : a));
    verdict.firstDifferingEntry ??= { from: entries + 1, to: entries + 1 };
    verdict.problems.push(`the history was cut short: it has ${entries} ${entries === 1 ? 'entry' : 'entries'}, but ${longest.checkpoint.entries} were signed on ${when(longest.checkpoint.at)} (${longest.source}); entries ${entries + 1} to ${longest.checkpoint.entries} are gone`);
  }
  if (otherNotebook) {
    verdict.problems.push(`a checkpoint signed on ${when(otherNotebook.checkpoint.at)} (${otherNotebook.source}) for this file names a notebook whose first history entry differs: the history was rewritten from its first entry, or another notebook was put in this one's place`);
  }
  if (verdict.found === 0) verdict.notes.push('no signed checkpoint of this notebook was found, so a rewritten history could not be compared with one');
  if (predecessors.length > 0) verdict.notes.push(`${predecessors.length} checkpoint(s) were of a notebook that was at this path before this one`);
  if (verdict.replacedByRestore > 0) verdict.notes.push(`${verdict.replacedByRestore} checkpoint(s) were of the history that a signed restore replaced`);
  return verdict;
}
