// Numbers of the pressing planner for people: each with its unit, "—" where there is none.
import type { Equipment, Outline } from '../../../shared/schemas/pressing';
import { formatQuantity, formatRange, MISSING } from '../../../shared/format/quantity';

/** A duration in the unit a lab would say it in: 100 ms, 10 min, 2 h, 48 h. */
export function durationText(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return MISSING;
  if (seconds < 1) return formatQuantity(seconds * 1000, 'ms', { significant: 3 });
  if (seconds < 60) return formatQuantity(seconds, 's', { significant: 3 });
  if (seconds < 3600) return formatQuantity(seconds / 60, 'min', { significant: 3 });
  return formatQuantity(seconds / 3600, 'h', { significant: 3 });
}

export function outlineText(outline: Outline | null): string {
  if (!outline) return MISSING;
  if (outline.shape === 'round') return `⌀ ${formatQuantity(outline.diameterMm, 'mm')}`;
  return `${formatQuantity(outline.widthMm, '')} × ${formatQuantity(outline.lengthMm, 'mm')}`;
}

const optional = (label: string, value: number | null | undefined, unit: string) => (value === null || value === undefined ? null : `${label} ${formatQuantity(value, unit)}`);

/** The ratings of an item in a line: "max 147.1 kN (15 tf), platen ⌀ 100 mm, heated to 300 °C". */
export function ratingsText(item: Pick<Equipment, 'spec' | 'maxForceKN' | 'areaCm2'>): string {
  const spec = item.spec;
  const parts: (string | null)[] = [];
  switch (spec.kind) {
    case 'uniaxial_press':
      parts.push(spec.maxForce === null ? 'capacity not entered' : `max ${formatQuantity(spec.maxForce, spec.maxForceUnit)}${spec.maxForceUnit === 'tf' ? ` (${formatQuantity(item.maxForceKN, 'kN')})` : ''}`);
      parts.push(spec.platen ? `platen ${outlineText(spec.platen)}` : null);
      parts.push(spec.heated ? (spec.maxTemperatureC === null ? 'heated' : `heated to ${formatQuantity(spec.maxTemperatureC, '°C')}`) : 'not heated');
      break;
    case 'die':
      parts.push(`bore ${outlineText(spec.bore)} (${formatQuantity(item.areaCm2, 'cm²')})`);
      parts.push(spec.maxPressureMPa === null ? 'pressure rating not entered' : `rated ${formatQuantity(spec.maxPressureMPa, 'MPa')}`);
      parts.push(spec.material, optional('up to', spec.maxTemperatureC, '°C'));
      break;
    case 'roll_press':
      parts.push(spec.maxLineLoadKNPerCm === null ? 'line load not entered' : `max ${formatQuantity(spec.maxLineLoadKNPerCm, 'kN/cm')}`);
      parts.push(optional('rolls ⌀', spec.rollDiameterMm, 'mm'), optional('width', spec.rollWidthMm, 'mm'));
      parts.push(spec.gapMaxUm === null && spec.gapMinUm === null ? null : `gap ${formatRange(spec.gapMinUm, spec.gapMaxUm, 'µm')}`);
      parts.push(spec.speedMaxMPerMin === null && spec.speedMinMPerMin === null ? null : `speed ${formatRange(spec.speedMinMPerMin, spec.speedMaxMPerMin, 'm/min')}`);
      parts.push(spec.heated ? optional('heated to', spec.maxTemperatureC, '°C') ?? 'heated' : null);
      break;
    case 'isostatic_press':
      parts.push(spec.isostatic.toUpperCase());
      parts.push(spec.maxPressureMPa === null ? 'pressure rating not entered' : `rated ${formatQuantity(spec.maxPressureMPa, 'MPa')}`);
      parts.push(optional('up to', spec.maxTemperatureC, '°C'), optional('vessel ⌀', spec.vesselDiameterMm, 'mm'), optional('length', spec.vesselLengthMm, 'mm'));
      break;
    case 'oven':
      parts.push(spec.vacuum ? 'vacuum' : 'convection', optional('up to', spec.maxTemperatureC, '°C'));
      break;
    case 'glovebox':
      parts.push(spec.atmosphere);
      break;
  }
  return parts.filter(Boolean).join(', ') || MISSING;
}
