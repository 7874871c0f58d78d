// A report as a file the window saves (document-file.ts: HTML as made, or its PDF).
import { buildReportHtml } from './build-report';
import { comparisonReportHtml } from './comparison-report';
import { documentFile } from './document-file';
import type { Paper } from './pdf';
import type { ServiceContext } from '../context';
import { safeFileStem } from '../../../shared/exports/file-name';
import { localIsoDate } from '../../../shared/dates';

export function buildReportFile(ctx: ServiceContext, buildId: number, format: 'html' | 'pdf', paper: Paper) {
  const report = buildReportHtml(ctx, buildId);
  return documentFile(ctx, report, `${safeFileStem(report.title)}-report`, format, paper);
}

export function comparisonReportFile(ctx: ServiceContext, buildIds: readonly number[], retentionAtCycle: number, format: 'html' | 'pdf', paper: Paper) {
  return documentFile(ctx, comparisonReportHtml(ctx, buildIds, retentionAtCycle), `comparison-${localIsoDate(ctx.writer.now())}`, format, paper);
}
