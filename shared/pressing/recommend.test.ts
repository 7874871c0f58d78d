import { describe, expect, it } from 'vitest';
import type { Recommendation, RecommendationLayer } from '../schemas/pressing';
import { recommendPressSteps } from './recommend';

const layer = (name: string, minMPa: number | null = null, maxMPa: number | null = null): RecommendationLayer => ({ name, minMPa, maxMPa });

/** The rules of a recommendation, checked independently of how it was made. */
function brokenRules(layers: RecommendationLayer[], result: Recommendation): string[] {
  const broken: string[] = [];
  const index = new Map(layers.map((entry, position) => [entry.name, position]));
  const byName = new Map(layers.map((entry) => [entry.name, entry]));
  let groups: number[][] = layers.map((_, position) => [position]);
  result.steps.forEach((step, stepIndex) => {
    const positions = step.layers.map((name) => index.get(name) as number).sort((a, b) => a - b);
    if (positions.some((position, i) => i > 0 && position !== (positions[i - 1] as number) + 1)) broken.push(`step ${stepIndex + 1} is not contiguous`);
    // Groups only merge: every earlier group is wholly inside or wholly outside this step.
    for (const group of groups) {
      const inside = group.filter((position) => positions.includes(position)).length;
      if (inside !== 0 && inside !== group.length) broken.push(`step ${stepIndex + 1} splits a pressed group`);
    }
    groups = [...groups.filter((group) => !group.some((position) => positions.includes(position))), positions];
    for (const name of step.layers) {
      const max = byName.get(name)?.maxMPa ?? null;
      if (step.pressureMPa !== null && max !== null && step.pressureMPa > max) broken.push(`step ${stepIndex + 1} exceeds ${name}`);
    }
  });
  for (const entry of layers) {
    if (entry.minMPa !== null && !result.steps.some((step) => step.layers.includes(entry.name) && step.pressureMPa !== null && step.pressureMPa >= (entry.minMPa as number))) broken.push(`${entry.name} never reaches its minimum`);
  }
  for (const [position, entry] of layers.slice(1).entries()) {
    const pair = [(layers[position] as RecommendationLayer).name, entry.name];
    if (!result.steps.some((step) => pair.every((name) => step.layers.includes(name)))) broken.push(`${pair.join('/')} never pressed together`);
  }
  if (result.steps.length > 0 && result.steps.at(-1)?.layers.length !== layers.length) broken.push('last step does not hold all layers');
  return broken;
}

describe('press step recommendation', () => {
  it("cathode 400-700, SE at most 500, anode unknown: cathode alone, SE + anode, the stack at <= 500 (Example 1's shape)", () => {
    const layers = [layer('cathode', 400, 700), layer('SE', null, 500), layer('anode')];
    const result = recommendPressSteps(layers);
    expect(result.feasible).toBe(true);
    expect(result.steps).toEqual([
      { layers: ['cathode'], pressureMPa: 400 },
      { layers: ['SE', 'anode'], pressureMPa: 500 },
      { layers: ['cathode', 'SE', 'anode'], pressureMPa: 500 },
    ]);
    expect(brokenRules(layers, result)).toEqual([]);
    expect(result.messages.some((message) => message.startsWith('anode: no pressure window is known'))).toBe(true);
  });

  it('layers that share a window are pressed together at the highest minimum', () => {
    const layers = [layer('A', 300, 600), layer('B', 350, 500), layer('C', 100, 900)];
    const result = recommendPressSteps(layers);
    expect(result.steps).toEqual([{ layers: ['A', 'B', 'C'], pressureMPa: 350 }]);
    expect(brokenRules(layers, result)).toEqual([]);
  });

  it('a hard layer between fragile ones is pressed alone, the stack at the lowest maximum', () => {
    const layers = [layer('anode', null, 300), layer('cathode', 600, 800), layer('SE', null, 400), layer('collector')];
    const result = recommendPressSteps(layers);
    expect(result.steps[0]).toEqual({ layers: ['cathode'], pressureMPa: 600 });
    expect(result.steps).toContainEqual({ layers: ['SE', 'collector'], pressureMPa: 400 });
    expect(result.steps[result.steps.length - 1]).toEqual({ layers: ['anode', 'cathode', 'SE', 'collector'], pressureMPa: 300 });
    expect(brokenRules(layers, result)).toEqual([]);
  });

  it('two adjacent layers with incompatible minimums are pressed apart', () => {
    const layers = [layer('X', 600, 800), layer('Y', 200, 500)];
    const result = recommendPressSteps(layers);
    expect(result.steps).toEqual([
      { layers: ['X'], pressureMPa: 600 },
      { layers: ['Y'], pressureMPa: 200 },
      { layers: ['X', 'Y'], pressureMPa: 500 },
    ]);
    expect(brokenRules(layers, result)).toEqual([]);
  });

  it('no windows at all: one step of the whole stack with no pressure, every layer named', () => {
    const layers = [layer('a'), layer('b'), layer('c')];
    const result = recommendPressSteps(layers);
    expect(result.feasible).toBe(true);
    expect(result.steps).toEqual([{ layers: ['a', 'b', 'c'], pressureMPa: null }]);
    for (const name of ['a', 'b', 'c']) expect(result.messages.some((message) => message.startsWith(`${name}: no pressure window`))).toBe(true);
    expect(brokenRules(layers, result)).toEqual([]);
  });

  it('a layer whose minimum is above its own maximum is infeasible, named with its numbers', () => {
    const result = recommendPressSteps([layer('cathode', 400, 700), layer('SE', 600, 500)]);
    expect(result.feasible).toBe(false);
    expect(result.steps).toEqual([]);
    expect(result.messages).toEqual(['SE: its minimum of 600 MPa is above its maximum of 500 MPa, so no pressure forms it without exceeding what it tolerates.']);
  });

  it('no layers: no steps, said so', () => {
    expect(recommendPressSteps([])).toEqual({ steps: [], feasible: true, messages: ['The build has no layers yet: nothing to press.'] });
  });

  it('one layer: one step', () => {
    const result = recommendPressSteps([layer('pellet', 350, null)]);
    expect(result.steps).toEqual([{ layers: ['pellet'], pressureMPa: 350 }]);
  });
});
