// The automatic backups operations mapped to the services that do them.
import type { automaticBackupsApi } from '../../../shared/api/backups-automatic';
import { getAutomaticBackupSettings, updateAutomaticBackupSettings } from '../backups-automatic-settings';
import type { AreaHandlers } from './area-handlers';

export const automaticBackupsHandlers: AreaHandlers<typeof automaticBackupsApi> = {
  getAutomaticBackupSettings: (ctx) => getAutomaticBackupSettings(ctx),
  updateAutomaticBackupSettings: (ctx, input) => updateAutomaticBackupSettings(ctx, input),
};
