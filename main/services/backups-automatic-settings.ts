// The automatic backups' settings, kept in the notebook like every setting (with history): how
// often a scheduled backup is taken while Cellbook is open and how many days automatic backups are kept.
import { defaultAutomaticBackupSettings, type AutomaticBackupSettings } from '../../shared/backups/automatic-backups';
import type { ServiceContext } from './context';
import { readSetting, writeSetting } from './settings-store';

export function getAutomaticBackupSettings(ctx: ServiceContext): AutomaticBackupSettings {
  return readSetting(ctx.notebook.db, 'backups_automatic') ?? defaultAutomaticBackupSettings;
}

export function updateAutomaticBackupSettings(ctx: ServiceContext, update: AutomaticBackupSettings): AutomaticBackupSettings {
  writeSetting(ctx.writer, 'backups_automatic', update);
  ctx.emit({ type: 'changed', tables: ['settings', 'backups'] });
  return update;
}
