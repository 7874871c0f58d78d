// A grouping and order of press steps for layers in stacking order (DOMAIN.md section 4, [0019]-
// [0020]): pressing the whole stack at the cathode's pressure cracks the fragile layers, pressing
// each alone and stacking loses contact. So:
//   1. runs of adjacent layers that need a minimum and share a window are pressed first, at the
//      highest of their minimums (each such layer can always be pressed alone at its own minimum);
//   2. runs of adjacent layers that need no minimum are pressed together, at the lowest maximum
//      known among them (the interface is formed before the stack meets a harder layer);
//   3. the whole stack last, at the lowest maximum known in it (null when no layer states one).
// Groups are contiguous and only ever merge, every adjacent pair meets in the last step, and no
// step exceeds the maximum of a layer in it. The only set no order satisfies is one with a layer
// whose minimum is above its own maximum. Windows are never invented: an unknown one is named.
import type { Recommendation, RecommendationLayer } from '../schemas/pressing';
import { formatMPa } from './force';

type Step = Recommendation['steps'][number];

function lowestMax(layers: readonly RecommendationLayer[]): RecommendationLayer | null {
  let lowest: RecommendationLayer | null = null;
  for (const layer of layers) if (layer.maxMPa !== null && (lowest === null || layer.maxMPa < (lowest.maxMPa as number))) lowest = layer;
  return lowest;
}

/** Contiguous runs of layers for which `member` holds, extended while `fits` accepts the run. */
function runs(layers: readonly RecommendationLayer[], member: (layer: RecommendationLayer) => boolean, fits: (run: RecommendationLayer[]) => boolean) {
  const found: RecommendationLayer[][] = [];
  let run: RecommendationLayer[] = [];
  for (const layer of layers) {
    if (!member(layer)) {
      if (run.length > 0) found.push(run);
      run = [];
      continue;
    }
    if (run.length > 0 && !fits([...run, layer])) {
      found.push(run);
      run = [];
    }
    run.push(layer);
  }
  if (run.length > 0) found.push(run);
  return found;
}

/** A run of layers that need a minimum can share a step when one pressure meets every minimum and maximum in it. */
function shareWindow(run: readonly RecommendationLayer[]): boolean {
  const highestMin = Math.max(...run.map((layer) => layer.minMPa ?? 0));
  const max = lowestMax(run);
  return max === null || highestMin <= (max.maxMPa as number);
}

export function recommendPressSteps(layers: readonly RecommendationLayer[]): Recommendation {
  const messages: string[] = [];
  if (layers.length === 0) return { steps: [], feasible: true, messages: ['The build has no layers yet: nothing to press.'] };
  const impossible = layers.filter((layer) => layer.minMPa !== null && layer.maxMPa !== null && layer.minMPa > layer.maxMPa);
  if (impossible.length > 0) {
    for (const layer of impossible) {
      messages.push(`${layer.name}: its minimum of ${formatMPa(layer.minMPa as number)} MPa is above its maximum of ${formatMPa(layer.maxMPa as number)} MPa, so no pressure forms it without exceeding what it tolerates.`);
    }
    return { steps: [], feasible: false, messages };
  }
  const steps: Step[] = [];
  const names = (run: readonly RecommendationLayer[]) => run.map((layer) => layer.name);
  for (const run of runs(layers, (layer) => layer.minMPa !== null, shareWindow)) {
    steps.push({ layers: names(run), pressureMPa: Math.max(...run.map((layer) => layer.minMPa as number)) });
  }
  for (const run of runs(layers, (layer) => layer.minMPa === null, () => true)) {
    if (run.length < 2 || run.length === layers.length) continue;
    const max = lowestMax(run);
    steps.push({ layers: names(run), pressureMPa: max?.maxMPa ?? null });
    if (!max) messages.push(`${names(run).join(' + ')}: no maximum is known for any of them, so the advice gives no pressure for pressing them together.`);
  }
  const lastHoldsAll = steps.at(-1)?.layers.length === layers.length;
  if (!lastHoldsAll) {
    const max = lowestMax(layers);
    steps.push({ layers: names(layers), pressureMPa: max?.maxMPa ?? null });
    messages.push(
      max
        ? `Last step: the whole stack at or below ${formatMPa(max.maxMPa as number)} MPa, the maximum of ${max.name} (the lowest known).`
        : 'Last step: the whole stack; no layer states a maximum, so no pressure is advised (stack and seal, or choose one from measurements).',
    );
  }
  for (const layer of layers) {
    if (layer.minMPa === null && layer.maxMPa === null) messages.push(`${layer.name}: no pressure window is known; the advice cannot judge whether it tolerates the pressures above.`);
    else if (layer.maxMPa === null) messages.push(`${layer.name}: no maximum is known; whether it tolerates the later steps cannot be judged.`);
  }
  return { steps, feasible: true, messages };
}
