// The names of the reports operations, without schemas (see shared/api-names.ts).
export const reportsApiNames = ['exportList', 'makeBuildReport', 'makeComparisonReport', 'listRecentReports'] as const;
