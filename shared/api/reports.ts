// Reports and exports: what leaves the notebook as files.
// Part of the one API contract (shared/api.ts assembles the parts).
import { buildReportQuerySchema, comparisonReportQuerySchema, exportedFileSchema, exportListSchema } from '../schemas/exports';
import { z } from 'zod';
import { recentReportSchema } from '../reports/recent-reports-schema';
import { noInput, operation } from './operation';

export const reportsApi = {
  exportList: operation({
    doc: "One of the notebook's lists (materials, lots, batches with weigh lists, builds with derived numbers, cycling tests, a test's cycles) as CSV or XLSX: units in the headers, numbers as numbers, formula-like text kept as text.",
    input: exportListSchema,
    output: exportedFileSchema,
  }),
  makeBuildReport: operation({
    doc: "A build's report as one self-contained HTML file or a PDF (A4 or Letter): stack, lineage, derived numbers, rules, pressing, cycling with plots, notes, provenance.",
    input: buildReportQuerySchema,
    output: exportedFileSchema,
  }),
  makeComparisonReport: operation({
    doc: 'A comparison report of chosen builds as HTML or PDF: Table 1 from the data with replicate statistics, retention and first-cycle voltage overlays, design differences.',
    input: comparisonReportQuerySchema,
    output: exportedFileSchema,
  }),
  listRecentReports: operation({
    doc: 'The reports and labels made in the window from this notebook, newest first: what, for which builds, when, format and paper, and the request that makes each again.',
    input: noInput,
    output: z.array(recentReportSchema),
  }),
} as const;
