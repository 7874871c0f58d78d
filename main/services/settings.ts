import type { NotebookSettings, NotebookSettingsUpdate } from '../../shared/schemas/settings';
import { osAccountName, type ServiceContext } from './context';
import { readSetting, writeSetting } from './settings-store';

export function getSettings(ctx: ServiceContext): NotebookSettings {
  const operator = readSetting(ctx.notebook.db, 'operator');
  return { operator, effectiveOperator: operator ?? osAccountName() };
}

export function updateSettings(ctx: ServiceContext, update: NotebookSettingsUpdate): NotebookSettings {
  ctx.notebook.db.transaction(() => {
    if (update.operator !== undefined) writeSetting(ctx.writer, 'operator', update.operator);
  })();
  ctx.emit({ type: 'changed', tables: ['settings', 'history'] });
  return getSettings(ctx);
}
