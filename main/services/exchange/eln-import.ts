// `.eln` import: a file from another lab notebook (eLabFTW, Kadi4Mat, SampleDB, datalab, any
// consortium member) or from Cellbook itself. The zip is checked whole before anything is read
// (eln-import-zip.ts), the crate is read by its RO-Crate structure, and the plan says what each
// entry becomes. A preview writes nothing; an import first takes the automatic backup, then
// writes everything in one transaction, so a failure leaves the notebook as it was.
import path from 'node:path';
import { CellbookError } from '../../../shared/api-error';
import { noteLongWrite } from '../../db/writer-note';
import type { ElnImportReport, ElnImportedFile, ElnImportedRecord } from '../../../shared/schemas/eln-import';
import { backUpBeforeRiskyOperation } from '../backups-automatic';
import type { ServiceContext } from '../context';
import { planCellbookCrate } from './eln-import-cellbook';
import { readCrate } from './eln-import-crate';
import { planForeignEntries } from './eln-import-entries';
import { entriesReport } from './eln-import-write-entries';
import { readElnArchive } from './eln-import-zip';

export interface ElnImportPlan {
  source: ElnImportReport['source'];
  sourceNotebook: string;
  leftOut: string[];
  quirks: string[];
  /** The report's records and files, read against the notebook; with `write`, writes them too (inside a transaction the caller opens). */
  run: (ctx: ServiceContext, write: boolean) => { records: ElnImportedRecord[]; files: ElnImportedFile[] };
}

export function planElnImport(ctx: ServiceContext, filePath: string, fileName = path.basename(filePath)): ElnImportPlan {
  const archive = readElnArchive(filePath, fileName);
  const crate = readCrate(archive);
  const own = planCellbookCrate(ctx, crate, archive);
  if (own) return own;
  const { entries, leftOut } = planForeignEntries(crate, archive);
  return { source: 'other', sourceNotebook: crate.publisher, leftOut, quirks: crate.quirks, run: (runCtx, write) => entriesReport(entries, crate.publisher, fileName, runCtx, write) };
}

function reportOf(fileName: string, plan: ElnImportPlan, result: ReturnType<ElnImportPlan['run']>, committed: boolean, backup: string | null): ElnImportReport {
  const counts: Record<string, number> = {};
  for (const record of result.records) counts[record.became] = (counts[record.became] ?? 0) + 1;
  return { fileName, sourceNotebook: plan.sourceNotebook, source: plan.source, records: result.records, files: result.files, counts, leftOut: plan.leftOut, quirks: plan.quirks, committed, backup };
}

/** What importing the file would do; writes nothing. */
export function previewElnImport(ctx: ServiceContext, filePath: string, fileName = path.basename(filePath)): ElnImportReport {
  const plan = planElnImport(ctx, filePath, fileName);
  return reportOf(fileName, plan, plan.run(ctx, false), false, null);
}

/** Imports the file: the automatic backup first, then every record in one transaction. */
export async function importElnFile(ctx: ServiceContext, filePath: string, fileName = path.basename(filePath)): Promise<ElnImportReport> {
  const plan = planElnImport(ctx, filePath, fileName);
  // The notebook as it was is kept before anything is written (none is taken of an empty notebook).
  const backup = await backUpBeforeRiskyOperation(ctx, 'eln-import');
  let result: ReturnType<ElnImportPlan['run']>;
  // Another Cellbook that finds the notebook locked is told an import holds it.
  const endNote = noteLongWrite(ctx.notebook.path, 'import', ctx.writer.now());
  try {
    result = ctx.notebook.db.transaction(() => plan.run(ctx, true))();
  } catch (error) {
    // A refusal, a busy notebook or a full disk (SQLite's own code) is explained by the host as it is.
    if (error instanceof CellbookError || typeof (error as { code?: unknown } | null)?.code === 'string') throw error;
    throw new CellbookError('internal', `${fileName} could not be imported (${(error as Error).message}); nothing was written.`);
  } finally {
    endNote();
  }
  ctx.emit({ type: 'changed', tables: ['imported_entries', 'attachments', ...(plan.source === 'cellbook' ? ['materials', 'lots', 'batches', 'recipes', 'builds', 'cycling_tests', 'press_plans'] : [])] });
  return reportOf(fileName, plan, result, true, backup ? path.basename(backup.path) : null);
}
