// Order of the plan (DOMAIN.md section 4): a seal before every layer is in the stack, a press
// after the seal, a layer that its materials say must be dried (hygroscopic salt, slurry solvent)
// stacked without a drying step before, a press step of layers that are not next to each other,
// and a cell cycled with no stack pressure recorded (BDF's applied_pressure).
import type { LayerKind } from '../cells/types';
import type { CheckResult } from '../schemas/pressing';
import { check, stepName, type CheckCell, type CheckLayer, type CheckStep } from './check-types';

const JOINING = new Set(['press', 'stack', 'seal']);

export function sealCheck(step: CheckStep, joined: readonly LayerKind[], layers: readonly CheckLayer[]): CheckResult | null {
  if (step.kind !== 'seal') return null;
  const missing = layers.filter((layer) => !joined.includes(layer.layerKind));
  if (missing.length === 0) return check('seal_before_all_layers', 'pass', `Every layer is in the stack when ${stepName(step)} seals it.`, {}, step.id);
  return check('seal_before_all_layers', 'fail', `${stepName(step)} seals the cell before ${missing.map((layer) => layer.label).join(', ')} ${missing.length === 1 ? 'is' : 'are'} in the stack.`, {}, step.id, missing.map((layer) => layer.layerKind));
}

export function afterSealCheck(step: CheckStep, sealedAt: CheckStep | null): CheckResult | null {
  if (!sealedAt || !JOINING.has(step.kind) || step.kind === 'seal') return null;
  return check('after_seal', 'fail', `${stepName(step)} comes after the cell was sealed in ${stepName(sealedAt)}: put it before the seal.`, {}, step.id);
}

/** Layers of a press or stack step must be neighbours in the stack (one face, from the anode collector up). */
export function adjacencyCheck(step: CheckStep, layers: readonly CheckLayer[]): CheckResult | null {
  if (!JOINING.has(step.kind) || step.layers.length === 0) return null;
  const order = layers.map((layer) => layer.layerKind);
  const absent = step.layers.filter((kind) => !order.includes(kind));
  if (absent.length > 0) return check('layer_not_in_build', 'fail', `${stepName(step)} names ${absent.map((kind) => kind.replace(/_/g, ' ')).join(', ')}, which the build's stack does not have.`, {}, step.id, absent);
  const positions = step.layers.map((kind) => order.indexOf(kind)).sort((a, b) => a - b);
  const gaps = order.slice(positions[0], (positions.at(-1) ?? 0) + 1).filter((kind) => !step.layers.includes(kind));
  if (gaps.length === 0) return null;
  return check('layers_not_adjacent', 'warn', `${stepName(step)} skips ${gaps.map((kind) => layers.find((layer) => layer.layerKind === kind)?.label ?? kind).join(', ')}, which lie between its layers in the stack.`, {}, step.id, gaps);
}

export function dryingChecks(steps: readonly CheckStep[], layers: readonly CheckLayer[], joinedAt: ReadonlyArray<readonly LayerKind[]>): CheckResult[] {
  const results: CheckResult[] = [];
  for (const layer of layers) {
    if (!layer.dryingReason) continue;
    const firstUse = steps.findIndex((step, index) => JOINING.has(step.kind) && (joinedAt[index] ?? []).includes(layer.layerKind));
    const until = firstUse === -1 ? steps.length : firstUse;
    const dried = steps.slice(0, until).some((step) => step.kind === 'dry' && step.layers.includes(layer.layerKind));
    if (dried) results.push(check('drying_missing', 'pass', `${layer.label} is dried before it is stacked.`, {}, null, [layer.layerKind]));
    else {
      const where = firstUse === -1 ? '' : ` before ${stepName(steps[firstUse] as CheckStep)}`;
      results.push(check('drying_missing', 'warn', `${layer.label} has no drying step${where}, though ${layer.dryingReason}.`, {}, firstUse === -1 ? null : (steps[firstUse]?.id ?? null), [layer.layerKind]));
    }
  }
  return results;
}

export function fixtureCheck(steps: readonly CheckStep[], cells: readonly CheckCell[]): CheckResult {
  const fixture = steps.find((step) => step.kind === 'fixture' && (step.actual?.pressureMPa ?? step.pressureMPa) !== null);
  if (fixture) return check('fixture_pressure', 'pass', `The cell is held at ${fixture.actual?.pressureMPa ?? fixture.pressureMPa} MPa while it cycles (${stepName(fixture)}).`, { stackPressureMPa: fixture.actual?.pressureMPa ?? fixture.pressureMPa }, fixture.id);
  const without = cells.filter((cell) => cell.stackPressureMPa === null);
  if (cells.length > 0 && without.length === 0) return check('fixture_pressure', 'pass', 'Every cell has its stack pressure recorded.', {}, null);
  const whom = cells.length === 0 ? 'the cells' : `cell${without.length === 1 ? '' : 's'} ${without.map((cell) => cell.label).join(', ')}`;
  // A vacuum-sealed pouch holds its stack as the patent's Example 1 is cycled (DOMAIN.md §4: "vacuum seal, no high pressure"): nothing is
  // wrong, only the pressure is not known; a stack that nothing holds is what needs a look.
  const pouch = steps.find((step) => step.kind === 'seal' && step.method === 'vacuum_seal' && !step.skipped);
  if (pouch) return check('fixture_pressure', 'cannot_judge', `The cell is cycled in its vacuum-sealed pouch (${stepName(pouch)}), but no stack pressure is recorded for ${whom}, so the pressure it cycles at cannot be judged.`, {}, pouch.id);
  return check('fixture_pressure', 'warn', `No stack pressure is recorded for ${whom} while cycling: add a fixture step (or the cell's stack pressure).`, {}, null);
}
