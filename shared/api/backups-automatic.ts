// Automatic rolling backups: how often one is taken while Cellbook is open, and how long they are kept.
// Part of the one API contract (shared/api.ts assembles the parts).
import { automaticBackupSettingsSchema, automaticBackupSettingsUpdateSchema } from '../backups/automatic-backups';
import { noInput, operation } from './operation';

export const automaticBackupsApi = {
  getAutomaticBackupSettings: operation({
    doc: 'The automatic backups’ settings: whether a scheduled backup is taken while Cellbook is open, every how many hours, and for how many days automatic backups are kept.',
    input: noInput,
    output: automaticBackupSettingsSchema,
  }),
  updateAutomaticBackupSettings: operation({
    doc: 'Sets the automatic backups’ schedule (hours) and how many days they are kept; older verified automatic backups are pruned at the next one.',
    input: automaticBackupSettingsUpdateSchema,
    output: automaticBackupSettingsSchema,
  }),
} as const;
