import type { RecipeStep } from '../../../shared/schemas/recipes';
import { formatSignificant } from '../../../shared/format/quantity';

/** A step's set points in a line: "vacuum oven, 80 °C, 48 h". */
export function setPointsText(params: RecipeStep['params']): string {
  const parts: string[] = [];
  if (params.oven) parts.push(`${params.oven} oven`);
  if (params.temperatureC != null) parts.push(`${formatSignificant(params.temperatureC, 4)} °C`);
  if (params.durationMin != null) parts.push(params.durationMin >= 60 ? `${formatSignificant(params.durationMin / 60, 3)} h` : `${formatSignificant(params.durationMin, 3)} min`);
  if (params.atmosphere) parts.push(params.atmosphere);
  if (params.speedRpm != null) parts.push(`${formatSignificant(params.speedRpm, 4)} rpm`);
  if (params.meshUm != null) parts.push(`${formatSignificant(params.meshUm, 4)} µm mesh`);
  return parts.join(', ') || '—';
}
