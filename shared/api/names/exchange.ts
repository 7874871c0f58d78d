// The names of the exchange operations, without schemas (see shared/api-names.ts).
export const exchangeApiNames = ['previewElnImport', 'importEln', 'listImportedEntries'] as const;
