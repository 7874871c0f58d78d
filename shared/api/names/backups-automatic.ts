// The names of the automatic backups operations, without schemas (see shared/api-names.ts).
export const automaticBackupsApiNames = ['getAutomaticBackupSettings', 'updateAutomaticBackupSettings'] as const;
