// The numbers the lifespan grade and the short-circuit flags use. The patent's are the defaults
// (reference cycle 1, 80 % retention: DOMAIN.md section 5); the short-circuit thresholds are
// Cellbook's own heuristics and a lab tunes them here. Changes are written to history.
import type { z } from 'zod';
import { DEFAULT_LIFESPAN_SETTINGS } from '../../../shared/cycling/lifespan';
import { DEFAULT_SHORT_CIRCUIT_SETTINGS } from '../../../shared/cycling/short-circuit';
import type { CyclingSettings, cyclingSettingsUpdateSchema } from '../../../shared/schemas/cycling';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings-store';

const { chargeLimitH: _chargeLimitH, upperCutoffV: _upperCutoffV, ...DEFAULT_THRESHOLDS } = DEFAULT_SHORT_CIRCUIT_SETTINGS;

export function getCyclingSettings(ctx: ServiceContext): CyclingSettings {
  return {
    lifespan: readSetting(ctx.notebook.db, 'cycling_lifespan') ?? { ...DEFAULT_LIFESPAN_SETTINGS },
    shortCircuit: readSetting(ctx.notebook.db, 'cycling_short_circuit') ?? { ...DEFAULT_THRESHOLDS },
  };
}

export function updateCyclingSettings(ctx: ServiceContext, update: z.output<typeof cyclingSettingsUpdateSchema>): CyclingSettings {
  const current = getCyclingSettings(ctx);
  ctx.notebook.db.transaction(() => {
    if (update.lifespan) writeSetting(ctx.writer, 'cycling_lifespan', { ...current.lifespan, ...update.lifespan });
    if (update.shortCircuit) writeSetting(ctx.writer, 'cycling_short_circuit', { ...current.shortCircuit, ...update.shortCircuit });
  })();
  ctx.emit({ type: 'changed', tables: ['settings', 'cycling_tests'] });
  return getCyclingSettings(ctx);
}
