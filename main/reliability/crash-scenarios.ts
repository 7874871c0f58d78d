// What the crash harness kills, and how it judges what the kill left: each scenario names the
// `cellbook` command a researcher would run and says, for a notebook opened again afterwards,
// whether the interrupted operation left all of its effects or none.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Db } from '../db/query';
import { tableChecksum } from './notebook-state';
import { recordsAt } from './migration-fixtures';

export type ScenarioId = 'import' | 'backup' | 'eln export' | 'migration' | 'batch finish';

export interface TestCounts {
  files: number;
  chunks: number;
  points: number;
  summaries: number;
}

/** What a notebook held before the kill (taken from the copy the child then works on). */
export interface Before {
  tests: number;
  historyHashes: string[];
  checksum: string;
}

export function countsOfTest(db: Db, testId: number): TestCounts {
  const one = (query: string) => (db.prepare(query).get(testId) as { n: number }).n;
  return {
    files: one('SELECT count(*) AS n FROM cycling_files WHERE test_id = ?'),
    chunks: one('SELECT count(*) AS n FROM cycling_file_chunks WHERE file_id IN (SELECT id FROM cycling_files WHERE test_id = ?)'),
    points: one('SELECT count(*) AS n FROM cycle_points WHERE test_id = ?'),
    summaries: one('SELECT count(*) AS n FROM cycle_summaries WHERE test_id = ?'),
  };
}

export function readBefore(file: string): Before {
  const db = new Database(file, { readonly: true });
  try {
    return {
      // An old-schema notebook (before 0005) has no cycling tests table yet.
      tests: db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'cycling_tests'").get() ? (db.prepare('SELECT count(*) AS n FROM cycling_tests').get() as { n: number }).n : 0,
      historyHashes: (db.prepare('SELECT hash FROM history ORDER BY id').all() as Array<{ hash: string }>).map((row) => row.hash),
      checksum: tableChecksum(db),
    };
  } finally {
    db.close();
  }
}

/** Problems with the notebook after the kill, reopened by Cellbook (empty: it holds). */
export function judge(scenario: ScenarioId, db: Db, before: Before, dir: string, reference: TestCounts): string[] {
  const problems: string[] = [];
  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const violations = db.pragma('foreign_key_check') as unknown[];
  if (violations.length > 0) problems.push(`${violations.length} foreign-key violation(s)`);
  const hashes = (db.prepare('SELECT hash FROM history ORDER BY id').all() as Array<{ hash: string }>).map((row) => row.hash);
  // Everything committed before the interrupted operation is intact (migration rewrites nothing of it either).
  if (before.historyHashes.some((hash, index) => hashes[index] !== hash)) problems.push('history committed before the kill changed');
  if (scenario === 'import') {
    const tests = (db.prepare('SELECT id FROM cycling_tests ORDER BY id').all() as Array<{ id: number }>).map((row) => row.id);
    if (tests.length === before.tests) {
      if (tableChecksum(db) !== before.checksum) problems.push('no test was added, yet the tables changed');
    } else if (tests.length === before.tests + 1) {
      const counts = countsOfTest(db, tests.at(-1)!);
      if (JSON.stringify(counts) !== JSON.stringify(reference)) problems.push(`the imported test is partial: ${JSON.stringify(counts)} instead of ${JSON.stringify(reference)}`);
    } else problems.push(`${tests.length - before.tests} tests added by one import`);
  } else if (scenario === 'migration') {
    for (const record of recordsAt(1)) {
      if (!db.prepare(`SELECT 1 FROM "${record.table}" WHERE id = ?`).get(record.values.id)) problems.push(`${record.table} ${String(record.values.id)} lost in the migration`);
    }
  } else if (scenario === 'batch finish') {
    problems.push(...batchProblems(db));
  } else if (tableChecksum(db) !== before.checksum) problems.push(`the ${scenario} changed the notebook's tables`);
  if (scenario === 'backup') problems.push(...backupProblems(dir));
  if (scenario === 'eln export') problems.push(...elnProblems(path.join(dir, 'export.eln')));
  return problems;
}

/** Every file the backups folder presents as a backup (not a .partial) is a whole, sound notebook. */
function backupProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const folder of readdirSync(dir).filter((name) => name.endsWith('-backups'))) {
    for (const name of readdirSync(path.join(dir, folder)).filter((file) => file.endsWith('.cellbook'))) {
      try {
        const db = new Database(path.join(dir, folder, name), { readonly: true, fileMustExist: true });
        try {
          const integrity = db.pragma('integrity_check', { simple: true });
          if (integrity !== 'ok') problems.push(`backup ${name}: ${String(integrity)}`);
        } finally {
          db.close();
        }
      } catch (error) {
        problems.push(`backup ${name} is not a notebook: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}

/** An .eln file, if there is one, is a whole archive whose crate lists its files. */
function elnProblems(file: string): string[] {
  if (!existsSync(file)) return [];
  try {
    const entries = unzipSync(readFileSync(file));
    return Object.keys(entries).some((name) => name.endsWith('ro-crate-metadata.json')) ? [] : ['the .eln file has no ro-crate-metadata.json'];
  } catch (error) {
    return [`the .eln file left behind is damaged: ${(error as Error).message}`];
  }
}

/**
 * The open batch of the crash notebook (the only one) after a kill: each ingredient recorded with
 * exactly one use of its lot of the same amount, or not at all; finished with exactly one product
 * lot of its yield, or still in progress with none.
 */
function batchProblems(db: Db): string[] {
  const problems: string[] = [];
  const batch = db.prepare('SELECT id, status, product_lot_id, yield_g FROM batches ORDER BY id DESC LIMIT 1').get() as { id: number; status: string; product_lot_id: number | null; yield_g: number | null };
  const productLots = db.prepare('SELECT id, quantity FROM lots WHERE source_batch_id = ?').all(batch.id) as Array<{ id: number; quantity: number }>;
  if (batch.status === 'finished') {
    if (productLots.length !== 1 || productLots[0]!.id !== batch.product_lot_id || productLots[0]!.quantity !== batch.yield_g) problems.push(`finished batch with ${productLots.length} product lot(s)`);
  } else if (batch.status !== 'in_progress' || productLots.length > 0 || batch.product_lot_id !== null) problems.push(`batch ${batch.status} with ${productLots.length} product lot(s)`);
  const ingredients = db.prepare('SELECT id, actual_amount, lot_id, lot_movement_id FROM batch_ingredients WHERE batch_id = ? AND archived_at IS NULL').all(batch.id) as Array<{ id: number; actual_amount: number | null; lot_id: number | null; lot_movement_id: number | null }>;
  const uses = db.prepare("SELECT id, lot_id, entered_amount FROM lot_movements WHERE used_by_table = 'batches' AND used_by_id = ? AND archived_at IS NULL").all(String(batch.id)) as Array<{ id: number; lot_id: number; entered_amount: number }>;
  const recorded = ingredients.filter((ingredient) => ingredient.lot_id !== null && ingredient.actual_amount !== null);
  if (uses.length !== recorded.length) problems.push(`${recorded.length} ingredient(s) recorded from lots but ${uses.length} use(s) of lots`);
  for (const ingredient of recorded) {
    const use = uses.find((movement) => movement.id === ingredient.lot_movement_id);
    if (!use || use.lot_id !== ingredient.lot_id || use.entered_amount !== ingredient.actual_amount) problems.push(`ingredient ${ingredient.id}: recorded ${ingredient.actual_amount} without its use of the lot`);
  }
  if (batch.status === 'finished' && ingredients.some((ingredient) => ingredient.actual_amount === null)) problems.push('finished with ingredients not recorded');
  return problems;
}
