import { describe, expect, it } from 'vitest';
import { layersForSave, mirrorSideA, newLayer } from './stack-draft';

describe('stack draft', () => {
  it('mirrors side a onto side b in reverse order around the shared collector', () => {
    const draft = [newLayer('anode_collector', 'a'), newLayer('cathode_active_layer', 'a'), newLayer('cathode_collector', 'shared'), newLayer('cathode_active_layer', 'b')];
    draft[1]!.components = [{ materialId: 1, lotId: 2, amount: 85.5 }];
    const mirrored = mirrorSideA(draft);
    expect(mirrored.map((layer) => `${layer.kind}:${layer.side}`)).toEqual(['anode_collector:a', 'cathode_active_layer:a', 'cathode_collector:shared', 'cathode_active_layer:b', 'anode_collector:b']);
    expect(mirrored[3]!.components).toEqual([{ materialId: 1, lotId: 2, amount: 85.5 }]);
    mirrored[3]!.components[0]!.amount = 65.5;
    expect(draft[1]!.components[0]!.amount).toBe(85.5);
  });

  it('leaves out components without a material or amount when saving', () => {
    const layer = newLayer('solid_electrolyte', 'a');
    layer.components = [{ materialId: 3, lotId: null, amount: 98.5 }, { materialId: null, lotId: null, amount: 1.5 }, { materialId: 4, lotId: null, amount: null }];
    expect(layersForSave([layer])[0]!.components).toEqual([{ materialId: 3, lotId: null, amount: 98.5 }]);
  });
});
