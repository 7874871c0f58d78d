// `cellbook report BUILD --out FILE.html|FILE.pdf [--paper a4|letter]`: a build's report as one
// self-contained HTML file or a PDF (through headless Chromium), written through a temporary file.
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { writeFileAtomically } from '../../files/write-file-atomically';
import { findBuild } from '../../services/builds/find-build';
import { buildReportHtml } from '../../services/reports/build-report';
import { htmlToPdf, type Paper } from '../../services/reports/pdf';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

interface ReportOptions extends NotebookCommandOptions {
  out: string;
  paper: string;
}

export function registerReport(program: Command): void {
  notebookCommand(program, 'report', "write a build's report: stack, lineage, derived numbers, rules, pressing, cycling with plots, notes, provenance")
    .argument('<build>', 'build name or id (see: cellbook builds)')
    .requiredOption('--out <file>', 'FILE.html (self-contained) or FILE.pdf')
    .option('--paper <size>', 'a4 or letter (PDF)', 'a4')
    .action((build: string, options: ReportOptions) =>
      runCommand(() =>
        withNotebook(options, async (ctx) => {
          const format = /\.pdf$/i.test(options.out) ? 'pdf' : /\.html?$/i.test(options.out) ? 'html' : null;
          if (!format) throw new CellbookError('validation', `--out: ${options.out} should end in .html or .pdf`);
          if (options.paper !== 'a4' && options.paper !== 'letter') throw new CellbookError('validation', `--paper: give a4 or letter, not "${options.paper}"`);
          const report = buildReportHtml(ctx, findBuild(ctx, build));
          const bytes = format === 'pdf' ? await htmlToPdf(report.html, { title: report.title, paper: options.paper as Paper }) : Buffer.from(report.html, 'utf8');
          writeFileAtomically(options.out, (append) => append(bytes));
          emitResult(options, { file: options.out, format, build: report.title, size_bytes: bytes.byteLength }, (r) => `${r.file}: report of ${r.build} (${r.format.toUpperCase()}, ${r.size_bytes.toLocaleString('en')} bytes)`);
          return 0;
        }),
      ),
    );
}
