// Per-layer pressure windows (DOMAIN.md section 4): a step that puts a layer above its maximum
// is the crack risk of [0019]; a layer never pressed at or above its minimum is not formed. A
// window comes only from what the user entered (materials or the build's override): a layer
// without one makes the check say it cannot judge, never pass.
import type { LayerKind } from '../cells/types';
import type { CheckResult } from '../schemas/pressing';
import { check, stepName, type CheckLayer, type CheckStep } from './check-types';
import { formatMPa } from './force';

const labelOf = (layers: readonly CheckLayer[], kind: LayerKind) => layers.find((layer) => layer.layerKind === kind)?.label ?? kind.replace(/_/g, ' ');

/** Steps that put a pressure on their layers (a dry, stack or seal step applies none). */
export const appliesPressure = (step: Pick<CheckStep, 'kind'>) => step.kind === 'press' || step.kind === 'fixture';

/** The step's own layers against their maximums; the layers joined to them earlier are the order check's. */
export function layerMaxCheck(step: CheckStep, pressureMPa: number | null, layers: readonly CheckLayer[], joined: readonly LayerKind[]): CheckResult[] {
  if (!appliesPressure(step) || step.layers.length === 0) return [];
  if (pressureMPa === null) return [check('layer_max', 'cannot_judge', `${stepName(step)}: no pressure given, so the layers' windows cannot be judged.`, {}, step.id, [...step.layers])];
  const results: CheckResult[] = [];
  const over = (kinds: readonly LayerKind[]) =>
    kinds.flatMap((kind) => {
      const max = layers.find((layer) => layer.layerKind === kind)?.max;
      return max && pressureMPa > max.valueMPa ? [{ kind, max: max.valueMPa }] : [];
    });
  const unknown = step.layers.filter((kind) => !layers.find((layer) => layer.layerKind === kind)?.max);
  const own = over(step.layers);
  const numbers = (entries: Array<{ kind: LayerKind; max: number }>) => Object.fromEntries([['pressureMPa', pressureMPa], ...entries.map((entry) => [`${entry.kind}MaxMPa`, entry.max])]);
  if (own.length > 0) {
    const list = own.map((entry) => `${labelOf(layers, entry.kind)} (at most ${formatMPa(entry.max)} MPa)`).join(', ');
    results.push(check('layer_max', 'fail', `${stepName(step)} presses at ${formatMPa(pressureMPa)} MPa, above the maximum of ${list}: a crack risk.`, numbers(own), step.id, own.map((entry) => entry.kind)));
  } else if (unknown.length > 0) {
    results.push(check('layer_max', 'cannot_judge', `${stepName(step)} at ${formatMPa(pressureMPa)} MPa: no maximum known for ${unknown.map((kind) => labelOf(layers, kind)).join(', ')}, so whether they tolerate it cannot be judged.`, { pressureMPa }, step.id, unknown));
  } else {
    results.push(check('layer_max', 'pass', `${formatMPa(pressureMPa)} MPa is within the maximum of every layer in ${stepName(step)}.`, { pressureMPa }, step.id, [...step.layers]));
  }
  const carried = over(joined.filter((kind) => !step.layers.includes(kind)));
  if (carried.length > 0) {
    const list = carried.map((entry) => `${labelOf(layers, entry.kind)} (at most ${formatMPa(entry.max)} MPa)`).join(', ');
    results.push(check('pressed_after_fragile', 'fail', `${stepName(step)} presses at ${formatMPa(pressureMPa)} MPa layers already stacked with ${list}, so those are pressed too, above their tolerance.`, numbers(carried), step.id, carried.map((entry) => entry.kind)));
  }
  return results;
}

/** Every layer with a minimum must be pressed at or above it at least once. `pressings` lists, per step, the layers it pressed (with those joined to them) and the pressure. */
export function layerMinChecks(layers: readonly CheckLayer[], pressings: ReadonlyArray<{ kinds: readonly LayerKind[]; pressureMPa: number | null }>): CheckResult[] {
  const results: CheckResult[] = [];
  const unknown: LayerKind[] = [];
  for (const layer of layers) {
    if (!layer.min) {
      unknown.push(layer.layerKind);
      continue;
    }
    const pressures = pressings.filter((entry) => entry.kinds.includes(layer.layerKind) && entry.pressureMPa !== null).map((entry) => entry.pressureMPa as number);
    const highest = pressures.length > 0 ? Math.max(...pressures) : null;
    const min = layer.min.valueMPa;
    if (highest !== null && highest >= min) results.push(check('layer_min', 'pass', `${layer.label} is pressed at ${formatMPa(highest)} MPa, at or above its minimum of ${formatMPa(min)} MPa.`, { minMPa: min, highestMPa: highest }, null, [layer.layerKind]));
    else results.push(check('layer_min', 'warn', `${layer.label} is never pressed at or above its minimum of ${formatMPa(min)} MPa${highest === null ? '' : ` (highest ${formatMPa(highest)} MPa)`}.`, { minMPa: min, highestMPa: highest }, null, [layer.layerKind]));
  }
  if (unknown.length > 0) {
    results.push(check('layer_min', 'cannot_judge', `No minimum pressure known for ${unknown.map((kind) => labelOf(layers, kind)).join(', ')}: whether they are pressed enough cannot be judged.`, {}, null, unknown));
  }
  return results;
}
