// The recent reports the Reports area lists: what was made (a build report, a comparison, labels),
// for which builds, when, in which format, and the request that makes it again. Kept per user in
// Cellbook's user-data folder (not in the notebook: making a report changes no record, so it
// leaves no history), each entry tied to the notebook it was made from.
import { z } from 'zod';
import { makeLabelsSchema } from '../labels/labels-schemas';
import { buildReportQuerySchema, comparisonReportQuerySchema } from '../schemas/exports';

export const reportRequestSchema = z.discriminatedUnion('operation', [
  z.object({ operation: z.literal('makeBuildReport'), input: buildReportQuerySchema }),
  z.object({ operation: z.literal('makeComparisonReport'), input: comparisonReportQuerySchema }),
  z.object({ operation: z.literal('makeLabels'), input: makeLabelsSchema }),
]);
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const recentReportSchema = z.object({
  id: z.string(),
  notebookPath: z.string(),
  /** "Build report", "Comparison report", "Labels". */
  kind: z.string(),
  fileName: z.string(),
  /** Where the file was saved, when Cellbook knows it (the desktop app's Save dialog); a browser's download folder is its own. */
  path: z.string().nullable(),
  format: z.enum(['html', 'pdf']),
  /** A4 / Letter, or the label stock. */
  paper: z.string().nullable(),
  buildNames: z.array(z.string()),
  madeAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  request: reportRequestSchema,
});
export type RecentReport = z.infer<typeof recentReportSchema>;
