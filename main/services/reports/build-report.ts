// A build report as one self-contained HTML file (opens anywhere offline, prints as it shows):
// identity, the stack drawn and tabled, lots and their lineage, derived numbers and design rules,
// the press plan as planned and as run, the cycling protocol, each cell's tests with their grade
// and plots, notes and attachments, and where the report came from.
import { APP_VERSION } from '../../../shared/app-version';
import { html, raw } from '../../../shared/reports/html';
import { buildSignaturesSection, historyCheckpointSection } from '../../integrity/report-sections';
import type { ServiceContext } from '../context';
import { readBuildReport } from './build-report-data';
import { cellsSection, derivedSection, identitySection, lineageSection, notesSection, pressingSection, protocolSection, provenanceSection, stackSection } from './build-report-sections';
import { REPORT_CSS } from './report-style';

const SECTIONS = [identitySection, stackSection, lineageSection, derivedSection, pressingSection, protocolSection, cellsSection, notesSection, provenanceSection];

export function buildReportHtml(ctx: ServiceContext, buildId: number): { title: string; html: string } {
  const data = readBuildReport(ctx, buildId);
  const title = `${data.build.build.name} — Cellbook build report`;
  const page = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Cellbook ${APP_VERSION}"><title>${title}</title><style>${raw(REPORT_CSS)}</style></head>
<body>${SECTIONS.map((section) => section(data))}${buildSignaturesSection(ctx.notebook.db, buildId)}${historyCheckpointSection(ctx.notebook.db, ctx.notebook.path, data.madeAt)}</body></html>`;
  return { title: data.build.build.name, html: page.html };
}
