// `cellbook report BUILD --out FILE.html|FILE.pdf [--paper a4|letter]`: a build's report as one
// self-contained HTML file or a PDF (through headless Chromium), written through a temporary file.
import type { Command } from 'commander';
import { CellbookError } from '../../../shared/api-error';
import { writeFileAtomically } from '../../files/write-file-atomically';
import { findBuild } from '../../services/builds/find-build';
import { buildReportHtml } from '../../services/reports/build-report';
import { comparisonReportHtml } from '../../services/reports/comparison-report';
import { htmlToPdf, type Paper } from '../../services/reports/pdf';
import { notebookCommand, withNotebook, type NotebookCommandOptions } from '../notebook-command';
import { emitResult, runCommand } from '../output';

interface ReportOptions extends NotebookCommandOptions {
  out: string;
  paper: string;
  compare?: string[];
  retentionAt: string;
}

export function registerReport(program: Command): void {
  notebookCommand(program, 'report', "write a build's report: stack, lineage, derived numbers, rules, pressing, cycling with plots, notes, provenance")
    .argument('[build]', 'build name or id (see: cellbook builds)')
    .requiredOption('--out <file>', 'FILE.html (self-contained) or FILE.pdf')
    .option('--paper <size>', 'a4 or letter (PDF)', 'a4')
    .option('--compare <builds...>', 'a comparison report of these builds instead: Table 1, overlays, design differences')
    .option('--retention-at <cycle>', 'with --compare: the cycle whose retention Table 1 shows', '100')
    .action((build: string | undefined, options: ReportOptions) =>
      runCommand(() =>
        withNotebook(options, async (ctx) => {
          const format = /\.pdf$/i.test(options.out) ? 'pdf' : /\.html?$/i.test(options.out) ? 'html' : null;
          if (!format) throw new CellbookError('validation', `--out: ${options.out} should end in .html or .pdf`);
          if (options.paper !== 'a4' && options.paper !== 'letter') throw new CellbookError('validation', `--paper: give a4 or letter, not "${options.paper}"`);
          if ((build === undefined) === (options.compare === undefined)) throw new CellbookError('validation', 'name one build, or --compare with the builds to compare');
          const retentionAt = Number(options.retentionAt);
          if (!Number.isInteger(retentionAt) || retentionAt < 1) throw new CellbookError('validation', `--retention-at: "${options.retentionAt}" is not a cycle number`);
          const report = options.compare ? comparisonReportHtml(ctx, options.compare.map((name) => findBuild(ctx, name)), retentionAt) : buildReportHtml(ctx, findBuild(ctx, build as string));
          const bytes = format === 'pdf' ? await htmlToPdf(report.html, { title: report.title, paper: options.paper as Paper }) : Buffer.from(report.html, 'utf8');
          writeFileAtomically(options.out, (append) => append(bytes));
          emitResult(options, { file: options.out, format, title: report.title, size_bytes: bytes.byteLength }, (r) => `${r.file}: ${options.compare ? r.title : `report of ${r.title}`} (${r.format.toUpperCase()}, ${r.size_bytes.toLocaleString('en')} bytes)`);
          return 0;
        }),
      ),
    );
}
