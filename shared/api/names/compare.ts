// The names of the plots and comparisons operations, without schemas (see shared/api-names.ts).
export const compareApiNames = [
  'getVoltageCurves',
  'getCapacityPlot',
  'getDqdv',
  'getTimeSeries',
  'getOverlay',
  'getTableOne',
  'listCompareQuantities',
  'getScatter',
  'getDesignDifferences',
] as const;
