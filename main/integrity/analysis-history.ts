// A cycling test's cycle table and short-circuit flags are not records of their own (one row per
// cycle, replaced as a whole by a re-analysis), so history records them as one entry per analysis:
// table 'cycle_summaries', the test's id, every row's values. `check` compares the stored table
// with that entry cycle by cycle and names the cycle and field that changed.
import { fieldLabelText } from '../../shared/history-fields';
import { appendHistory } from '../db/history';
import type { Db } from '../db/query';
import type { RecordWriter } from '../db/records';

export const ANALYSIS_TABLE = 'cycle_summaries';

export interface AnalysisSnapshot {
  test_id: number;
  /** cycle_summaries' columns after test_id, in table order. */
  columns: string[];
  rows: unknown[][];
  /** [cycle, kind, reason, evidence] per short-circuit flag. */
  flags: unknown[][];
  /** [position, file name, size in bytes, SHA-256] per original file the test was read from. */
  files?: unknown[][];
  [field: string]: unknown;
}

function summaryColumns(db: Db): string[] {
  return (db.prepare("SELECT name FROM pragma_table_info('cycle_summaries')").all() as Array<{ name: string }>).map((column) => column.name).filter((name) => name !== 'test_id');
}

/** The test's cycle table and flags as stored now; null when the test does not exist. */
export function analysisSnapshot(db: Db, testId: number): AnalysisSnapshot | null {
  if (!db.prepare('SELECT 1 FROM cycling_tests WHERE id = ?').get(testId)) return null;
  const columns = summaryColumns(db);
  const rows = (db.prepare(`SELECT ${columns.map((name) => `"${name}"`).join(', ')} FROM cycle_summaries WHERE test_id = ? ORDER BY cycle`).raw().all(testId) as unknown[][]);
  const flags = db.prepare('SELECT cycle, kind, reason, evidence FROM short_circuit_flags WHERE test_id = ? ORDER BY cycle, kind').raw().all(testId) as unknown[][];
  const files = db.prepare('SELECT position, file_name, size_bytes, sha256 FROM cycling_files WHERE test_id = ? ORDER BY position').raw().all(testId) as unknown[][];
  return { test_id: testId, columns, rows, flags, files };
}

/** Writes the history entry of an analysis just stored; `before` is the table as it was (null at import). */
export function recordAnalysis(writer: RecordWriter, testId: number, before: AnalysisSnapshot | null): void {
  const after = analysisSnapshot(writer.db, testId);
  if (before && JSON.stringify(before) === JSON.stringify(after)) return;
  appendHistory(writer.db, {
    table: ANALYSIS_TABLE,
    recordId: String(testId),
    action: before ? 'update' : 'insert',
    operator: writer.operator(),
    at: writer.now().toISOString(),
    before,
    after,
  });
}

const shown = (value: unknown) => JSON.stringify(value) ?? 'absent';

/** Sentences for every cycle (and flag) that differs from the recorded analysis. */
export function compareAnalysis(testId: string, entryId: number, recorded: AnalysisSnapshot, current: AnalysisSnapshot): Array<{ field: string; recorded: unknown; current: unknown; sentence: string }> {
  const found: Array<{ field: string; recorded: unknown; current: unknown; sentence: string }> = [];
  const where = `cycle_summaries of cycling test ${testId}`;
  const byCycle = (snapshot: AnalysisSnapshot) => new Map(snapshot.rows.map((row) => [row[snapshot.columns.indexOf('cycle')], row]));
  const was = byCycle(recorded);
  const now = byCycle(current);
  for (const cycle of new Set([...was.keys(), ...now.keys()])) {
    const recordedRow = was.get(cycle);
    const currentRow = now.get(cycle);
    if (!recordedRow || !currentRow) {
      found.push({ field: 'cycle', recorded: recordedRow ? cycle : null, current: currentRow ? cycle : null, sentence: `${where}: cycle ${String(cycle)} ${recordedRow ? 'is gone' : 'was added'}, unlike its last history entry (${entryId}); it was changed outside Cellbook` });
      continue;
    }
    current.columns.forEach((column, index) => {
      const recordedIndex = recorded.columns.indexOf(column);
      const before = recordedIndex < 0 ? undefined : recordedRow[recordedIndex];
      if (recordedIndex < 0 || shown(before) === shown(currentRow[index])) return;
      found.push({ field: `cycle ${String(cycle)} ${column}`, recorded: before, current: currentRow[index], sentence: `${where}, cycle ${String(cycle)}: ${fieldLabelText(column)} (${column}) reads ${shown(currentRow[index])}, but its last history entry (${entryId}) recorded ${shown(before)}; it was changed outside Cellbook` });
    });
  }
  if (shown(recorded.flags) !== shown(current.flags)) {
    found.push({ field: 'short-circuit flags', recorded: recorded.flags.length, current: current.flags.length, sentence: `${where}: the short-circuit flags (${current.flags.length}) differ from its last history entry (${entryId}, ${recorded.flags.length} flags); they were changed outside Cellbook` });
  }
  if (recorded.files && shown(recorded.files) !== shown(current.files)) {
    found.push({ field: 'original files', recorded: recorded.files, current: current.files, sentence: `${where}: the original files' names, sizes or SHA-256 differ from its last history entry (${entryId}); they were changed outside Cellbook` });
  }
  return found;
}
