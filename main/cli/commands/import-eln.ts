// `cellbook import-eln FILE --db PATH [--dry-run] [--json]`: an .eln file from another lab
// notebook (or from Cellbook) into the notebook, with a report of what became what. --dry-run
// prints the same report and writes nothing.
import type { Command } from 'commander';
import type { ElnImportReport } from '../../../shared/schemas/eln-import';
import { importElnFile, previewElnImport } from '../../services/exchange/eln-import';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

function reportText(report: ElnImportReport): string {
  const lines = [
    `${report.fileName} (written by ${report.sourceNotebook}): ${report.committed ? 'imported' : 'would import (dry run, nothing written)'}`,
    ...Object.entries(report.counts).map(([became, n]) => `  ${n} × ${became}`),
    ...report.records.map((r) => `  ${r.name} → ${r.became}${r.recordId === null ? '' : ` #${r.recordId}`}${r.matchedExisting ? ' (already in the notebook)' : ''}; ${r.values} values, ${r.attachments} files`),
    `  ${report.files.length} files kept as attachments: ${report.files.filter((f) => f.check === 'matches').length} with the SHA-256 the file states, ${report.files.filter((f) => f.check === 'not stated').length} without one (Cellbook recorded its own)`,
    ...report.quirks.map((q) => `  tolerated: ${q}`),
    ...report.leftOut.map((l) => `  left out: ${l}`),
  ];
  if (report.backup) lines.push(`  backup taken first: ${report.backup}`);
  return lines.join('\n');
}

export function registerImportEln(program: Command): void {
  notebookCommand(program, 'import-eln', "import an .eln file (ELN Consortium RO-Crate) from another notebook or from Cellbook, and say what became what")
    .argument('<file>', 'the .eln file')
    .option('--dry-run', 'only say what would be imported; write nothing')
    .action((file: string, options: NotebookCommandOptions & { dryRun?: boolean }) =>
      runCommand(() =>
        withNotebook(options, async (ctx) => {
          const report = options.dryRun ? previewElnImport(ctx, file) : await importElnFile(ctx, file);
          emitResult(options, report, reportText);
          return 0;
        }),
      ),
    );
}
