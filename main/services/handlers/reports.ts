// The reports operations mapped to the services that do them.
import { exportListFile } from '../exports/export-list-file';
import { buildReportFile, comparisonReportFile } from '../reports/build-report-file';
import { listRecentReports, remembered } from '../reports/recent-reports';
import type { AreaHandlers } from './area-handlers';
import type { reportsApi } from '../../../shared/api/reports';

export const reportsHandlers: AreaHandlers<typeof reportsApi> = {
  exportList: (ctx, input) => exportListFile(ctx, input.list, input.format, input.testId),
  makeBuildReport: (ctx, input) => remembered(ctx, { operation: 'makeBuildReport', input }, () => buildReportFile(ctx, input.buildId, input.format, input.paper)),
  makeComparisonReport: (ctx, input) => remembered(ctx, { operation: 'makeComparisonReport', input }, () => comparisonReportFile(ctx, input.buildIds, input.retentionAtCycle, input.format, input.paper)),
  listRecentReports: (ctx) => listRecentReports(ctx),
};
