// The body of `cellbook import` (import-cycling.ts declares the command): loaded only when an
// import runs, after its files' spools have been started.
import path from 'node:path';
import { cellForImport } from '../../services/cycling/cell-for-import';
import { getCyclingTest } from '../../services/cycling/cycling-tests';
import { importCyclingTest } from '../../services/cycling/import-cycling-test';
import { withNotebook } from '../notebook-command';
import { emitResult, message } from '../output';
import type { ImportCommandOptions } from './import-cycling';

/** A progress line on a terminal, rewritten in place; nothing when stderr is a file or pipe. */
function progressReporter(): (progress: { bytesRead: number; totalBytes: number; rows: number }) => void {
  if (!process.stderr.isTTY) return () => undefined;
  let last = 0;
  return ({ bytesRead, totalBytes, rows }) => {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    process.stderr.write(`\rreading: ${totalBytes > 0 ? Math.floor((100 * bytesRead) / totalBytes) : 0} % (${mb(bytesRead)} of ${mb(totalBytes)} MB, ${rows.toLocaleString('en')} rows)   `);
  };
}

export async function runImport(files: string[], options: ImportCommandOptions): Promise<number> {
  return withNotebook(options, async (ctx) => {
    const target = options.build ? cellForImport(ctx, options.build, options.cell ?? null) : null;
    const outcome = await importCyclingTest(
      ctx,
      files.map((file) => ({ filePath: file, fileName: path.basename(file) })),
      {
        cellId: target && 'cellId' in target ? target.cellId : null,
        newCellOfBuildId: target && 'newCellOfBuildId' in target ? target.newCellOfBuildId : null,
        name: options.name ?? null,
        formatId: options.format ?? null,
        allowDuplicate: options.allowDuplicate ?? false,
        onProgress: progressReporter(),
      },
    );
    if (process.stderr.isTTY) process.stderr.write('\n');
    const detail = getCyclingTest(ctx, outcome.testId);
    for (const warning of detail.report.warnings) message(`warning: ${warning}`);
    emitResult(
      options,
      {
        test_id: outcome.testId,
        name: outcome.name,
        cell: detail.test.cellLabel,
        build: detail.test.buildName,
        format: detail.files[0]?.formatId,
        rows: outcome.rows,
        cycles: outcome.cycles,
        standard_capacity_mAh: detail.lifespan.standardCapacityMAh,
        lifespan_cycle: detail.lifespan.lifespanCycle,
        lifespan_label: detail.lifespan.label,
        grade: detail.lifespan.grade,
        short_circuit: detail.shortCircuits.map((flag) => ({ cycle: flag.cycle, reason: `${flag.reason}: ${flag.evidence}` })),
        files: detail.files.map((file) => ({ name: file.fileName, sha256: file.sha256, rows: file.rowCount })),
        warnings: detail.report.warnings,
      },
      () => outcome.message,
    );
    return 0;
  });
}
