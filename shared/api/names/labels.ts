// The names of the labels operations, without schemas (see shared/api-names.ts).
export const labelsApiNames = ['makeLabels', 'getLabelSettings', 'updateLabelSettings', 'findRecordByCode'] as const;
