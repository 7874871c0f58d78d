// Everything check verifies beyond SQLite's own checks and the hash chain: the records against
// their history, the schema against the migrations, the stored files against their SHA-256, and
// the history against every signed checkpoint found for the notebook.
import type { NotebookCheck } from '../../shared/schemas/notebook';
import type { Migration } from '../db/migrations';
import { appliedSchemaVersion } from '../db/migrator';
import type { Db } from '../db/query';
import { compareCheckpoints } from './checkpoint-compare';
import { findCheckpoints } from './found-checkpoints';
import { replayHistory } from './replay';
import { compareSchema } from './schema-objects';
import { verifyStoredFiles } from './stored-files';

export type IntegrityFindings = Pick<NotebookCheck, 'records' | 'schemaObjects' | 'storedFiles' | 'checkpoints'>;

export interface IntegrityOptions {
  /** true: read every stored file; false: none; undefined: all of them while they total at most DEFAULT_DEEP_LIMIT_BYTES. */
  deep?: boolean;
  /** The user-data folder holding the key and the checkpoint log (default: the standard place). */
  userDataFolder?: string;
}

export function verifyNotebookIntegrity(db: Db, notebookPath: string, migrations: readonly Migration[], options: IntegrityOptions = {}): IntegrityFindings {
  const replay = replayHistory(db);
  const schema = compareSchema(db, migrations, appliedSchemaVersion(db));
  const files = verifyStoredFiles(db, options.deep);
  const sources = findCheckpoints(notebookPath, options.userDataFolder);
  const checkpoints = compareCheckpoints(db, notebookPath, sources.found, sources.trustedFingerprints);
  if (sources.unreadableLogLines > 0) checkpoints.notes.push(`${sources.unreadableLogLines} line(s) of ${sources.logFile} could not be read (cut short when it was written, or edited)`);
  return {
    records: { compared: replay.recordsCompared, problemCount: replay.mismatchCount, problems: replay.mismatches.map((mismatch) => mismatch.sentence), unrecordedAnalyses: replay.unrecordedAnalyses },
    schemaObjects: { compared: schema.objectsCompared, problems: schema.problems.map((problem) => problem.sentence) },
    storedFiles: { read: files.read, files: files.files, bytes: files.bytes, problems: files.problems.map((problem) => problem.sentence) },
    checkpoints,
  };
}

export function integrityHolds(findings: IntegrityFindings): boolean {
  return findings.records.problemCount === 0 && findings.schemaObjects.problems.length === 0 && findings.storedFiles.problems.length === 0 && findings.checkpoints.problems.length === 0;
}
