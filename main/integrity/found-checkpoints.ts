// Where check looks for checkpoints of a notebook: the user's checkpoint log and the verification
// kept beside each of the notebook's backups.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { backupsDirFor, userDataDir } from '../db/paths';
import { checkpointLogFile, parseCheckpoint, readCheckpointLog } from './checkpoints';
import type { FoundCheckpoint } from './checkpoint-compare';
import { readUserKey } from './user-key';

const VERIFICATION_SUFFIX = '.verification.json';

function backupCheckpoints(notebookPath: string): FoundCheckpoint[] {
  const dir = backupsDirFor(notebookPath);
  if (!existsSync(dir)) return [];
  const found: FoundCheckpoint[] = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith(VERIFICATION_SUFFIX))) {
    try {
      const checkpoint = parseCheckpoint((JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { checkpoint?: unknown }).checkpoint);
      if (checkpoint) found.push({ checkpoint, source: `backup ${name.slice(0, -VERIFICATION_SUFFIX.length)}`, besideNotebook: true });
    } catch {
      // A sidecar that does not parse holds no checkpoint; the backups list reports the backup itself.
    }
  }
  return found;
}

export interface CheckpointSources {
  found: FoundCheckpoint[];
  /** Keys whose signed restores are accepted: the user's own and those that signed the log. */
  trustedFingerprints: Set<string>;
  logFile: string;
  unreadableLogLines: number;
}

export function findCheckpoints(notebookPath: string, folder: string = userDataDir()): CheckpointSources {
  const log = readCheckpointLog(folder);
  const own = readUserKey(folder);
  const trustedFingerprints = new Set(log.checkpoints.map((checkpoint) => checkpoint.keyFingerprint));
  if (own) trustedFingerprints.add(own.fingerprint);
  return {
    found: [...log.checkpoints.map((checkpoint) => ({ checkpoint, source: 'the checkpoint log', besideNotebook: false })), ...backupCheckpoints(notebookPath)],
    trustedFingerprints,
    logFile: checkpointLogFile(folder),
    unreadableLogLines: log.unreadableLines,
  };
}
