// The planner's settings: how far an actual may be from the plan before it needs a reason (5 %
// unless the lab says otherwise) and the working day the timeline marks overnight steps against.
import type { z } from 'zod';
import { DEFAULT_DEVIATION_TOLERANCE_PCT } from '../../../shared/pressing/deviation';
import { DEFAULT_WORKING_DAY } from '../../../shared/pressing/timeline';
import type { pressingSettingsSchema, pressingSettingsUpdateSchema } from '../../../shared/schemas/pressing';
import { CellbookError } from '../../../shared/api-error';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings-store';

type PressingSettings = z.infer<typeof pressingSettingsSchema>;

export function getPressingSettings(ctx: ServiceContext): PressingSettings {
  return readSetting(ctx.notebook.db, 'pressing') ?? { deviationTolerancePct: DEFAULT_DEVIATION_TOLERANCE_PCT, workdayStartHour: DEFAULT_WORKING_DAY.startHour, workdayEndHour: DEFAULT_WORKING_DAY.endHour };
}

export function updatePressingSettings(ctx: ServiceContext, update: z.output<typeof pressingSettingsUpdateSchema>): PressingSettings {
  const next = { ...getPressingSettings(ctx), ...update };
  if (next.workdayEndHour <= next.workdayStartHour) throw new CellbookError('validation', `Workday end: the working day must end after it starts (${next.workdayStartHour}:00)`, [{ field: 'workdayEndHour', message: 'the working day ends after it starts' }]);
  writeSetting(ctx.writer, 'pressing', next);
  ctx.emit({ type: 'changed', tables: ['settings', 'press_plans'] });
  return next;
}
