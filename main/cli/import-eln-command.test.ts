// `cellbook import-eln` as a researcher runs it: --dry-run says what would become what and writes
// nothing; the import writes it and says so; a file that is not an .eln gets one sentence naming
// it, never a stack trace, and exit status 1.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ElnImportReport } from '../../shared/schemas/eln-import';
import { runCellbook, useTempDirs } from '../testing/cli-process';

const KADI = path.resolve(__dirname, '../../../shared/fixtures/eln/kadi4mat-records-example.eln');
const tempDir = useTempDirs();
const entriesIn = (db: string) => {
  const handle = new Database(db, { readonly: true });
  try {
    return (handle.prepare('SELECT count(*) AS n FROM imported_entries').get() as { n: number }).n;
  } finally {
    handle.close();
  }
};

describe.skipIf(!existsSync(KADI))('cellbook import-eln', () => {
  it('previews with --dry-run, then imports, reporting what became what', { timeout: 60_000 }, () => {
    const db = path.join(tempDir(), 'lab.cellbook');
    const dry = runCellbook(['import-eln', KADI, '--db', db, '--dry-run', '--json']);
    expect(dry.code, dry.stderr).toBe(0);
    const preview = JSON.parse(dry.stdout) as ElnImportReport;
    expect(preview.committed).toBe(false);
    expect(preview.sourceNotebook).toBe('Kadi4Mat');
    expect(preview.records.map((r) => [r.name, r.became])).toContainEqual(['records-example', 'imported entry (sample)']);
    expect(entriesIn(db)).toBe(0);

    const done = runCellbook(['import-eln', KADI, '--db', db]);
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/^kadi4mat-records-example\.eln \(written by Kadi4Mat\): imported/);
    expect(done.stdout).toContain('records-example → imported entry (sample) #');
    expect(entriesIn(db)).toBe(preview.records.length);
  });

  it('refuses a file that is not an .eln with one sentence', { timeout: 30_000 }, () => {
    const dir = tempDir();
    const file = path.join(dir, 'results.eln');
    writeFileSync(file, 'cycle,capacity\n1,2.0\n');
    const result = runCellbook(['import-eln', file, '--db', path.join(dir, 'lab.cellbook')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('cellbook: results.eln is not an .eln file: it is not a zip archive; nothing was imported.');
  });
});
