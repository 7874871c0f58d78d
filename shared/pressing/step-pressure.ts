// The pressure, area and force of a step as the checks judge them: what was read on the gauge
// once a step has been run (a deviation that breaks a window is flagged at once), else the plan.
import { forceKNFromPressure, outlineAreaCm2, pressureMPaFromForce, kNFromTf, tfFromKN } from './force';
import type { CheckLayer, CheckStep } from './check-types';

/** The die's bore, else the largest of the step's layers (a sheet between platens); null if unknown. */
export function pressedAreaCm2(step: Pick<CheckStep, 'die' | 'layers'>, layers: readonly CheckLayer[]): number | null {
  if (step.die?.spec.kind === 'die') return outlineAreaCm2(step.die.spec.bore);
  return largestLayerAreaCm2(step.layers, layers);
}

export function largestLayerAreaCm2(kinds: readonly string[], layers: readonly CheckLayer[]): number | null {
  const areas = layers.filter((layer) => kinds.includes(layer.layerKind)).map((layer) => layer.areaCm2);
  if (areas.length === 0 || areas.some((area) => area === null)) return null;
  return Math.max(...(areas as number[]));
}

/** Whether the step's method applies a platen force (uniaxial and hot-plate presses). */
export function appliesPlatenForce(step: Pick<CheckStep, 'method'>): boolean {
  return step.method === 'hot_plate_press' || step.method === 'uniaxial_press';
}

export function effectivePressureMPa(step: CheckStep, layers: readonly CheckLayer[]): number | null {
  const actual = step.actual;
  if (actual?.pressureMPa != null) return actual.pressureMPa;
  const gaugeKN = actual?.forceKN ?? (actual?.forceTf != null ? kNFromTf(actual.forceTf) : null);
  if (gaugeKN != null) {
    const area = pressedAreaCm2(step, layers);
    if (area !== null) return pressureMPaFromForce(gaugeKN, area);
  }
  return step.pressureMPa;
}

export function stepForce(step: CheckStep, layers: readonly CheckLayer[]): { areaCm2: number | null; forceKN: number | null; forceTf: number | null } {
  if (!appliesPlatenForce(step)) return { areaCm2: step.die ? pressedAreaCm2(step, layers) : null, forceKN: null, forceTf: null };
  const areaCm2 = pressedAreaCm2(step, layers);
  const pressure = effectivePressureMPa(step, layers);
  const forceKN = areaCm2 !== null && pressure !== null ? forceKNFromPressure(pressure, areaCm2) : null;
  return { areaCm2, forceKN, forceTf: forceKN === null ? null : tfFromKN(forceKN) };
}
