// A cell that already has a cycling test: the new files continue it (stitched after its own
// files into one test that takes its place), replace it (it is archived), or are a second test.
import { writeOriginal } from './original-file';
import type { ServiceContext } from '../context';
import { archiveRecord } from '../../db/records';
import path from 'node:path';

export const WHEN_CELL_HAS_TEST = ['continue', 'replace', 'second'] as const;
export type WhenCellHasTest = (typeof WHEN_CELL_HAS_TEST)[number];

export interface PriorTest {
  id: number;
  name: string;
}

/** The cell's newest active test, the one a new import would continue or replace. */
export function priorTestOfCell(ctx: ServiceContext, cellId: number | null): PriorTest | null {
  if (cellId === null) return null;
  const row = ctx.notebook.db.prepare('SELECT id, name FROM cycling_tests WHERE cell_id = ? AND archived_at IS NULL ORDER BY id DESC LIMIT 1').get(cellId) as PriorTest | undefined;
  return row ?? null;
}

/** The prior test's original files written back into `dir` (SHA-256 checked), in their stitched order. */
export function priorOriginals(ctx: ServiceContext, testId: number, dir: string): Array<{ filePath: string; fileName: string; sha256: string }> {
  const files = ctx.notebook.db.prepare('SELECT id, file_name FROM cycling_files WHERE test_id = ? ORDER BY position').all(testId) as Array<{ id: number; file_name: string }>;
  return files.map((file, index) => {
    const filePath = path.join(dir, `prior-${index}-${path.basename(file.file_name)}`);
    const written = writeOriginal(ctx.notebook.db, file.id, filePath);
    return { filePath, fileName: file.file_name, sha256: written.sha256 };
  });
}

/**
 * Inside the import's transaction: the continued or replaced test leaves the lists (kept, restorable),
 * and so do `alsoRetired` (a test attached to continue the cell's: its files are among the imported).
 */
export function retirePriorTest(ctx: ServiceContext, prior: PriorTest | null, when: WhenCellHasTest, alsoRetired: readonly number[] = []): void {
  if (prior && when !== 'second') archiveRecord(ctx.writer, 'cycling_tests', prior.id);
  for (const testId of alsoRetired) archiveRecord(ctx.writer, 'cycling_tests', testId);
}
