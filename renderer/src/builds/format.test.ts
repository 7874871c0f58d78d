import { describe, expect, it } from 'vitest';
import { deriveBuild } from '../../../shared/cells/derived';
import { evaluateDesignRules } from '../../../shared/cells/design-rules';
import { example1Design } from '../../../shared/cells/example1-fixture';
import { compositionText, num, ruleSentence, shapeText } from './format';

describe('build formats', () => {
  it('shows numbers with units and shapes as researchers write them', () => {
    expect(num(25, 'mg/cm²')).toBe('25 mg/cm²');
    expect(num(null, 'mA')).toBe('—');
    expect(num(10.8, 'mA')).toBe('10.8 mA');
    expect(shapeText({ kind: 'rect', widthMm: 22.5, heightMm: 40 })).toBe('22.5 × 40 mm');
    expect(shapeText({ kind: 'round', diameterMm: 10 })).toBe('⌀ 10 mm');
    expect(shapeText({ kind: 'area', areaCm2: 1 })).toBe('1 cm²');
  });
});

describe('layer composition as written', () => {
  const component = (materialName: string, amount: number, lotNumber: string | null = null) => ({ materialName, amount, lotNumber });

  it('names a one-material layer alone, without "1 parts = 100 wt%"', () => {
    expect(compositionText({ compositionBasis: 'parts', components: [component('Ni foil', 1)] }, [1])).toBe('Ni foil');
    expect(compositionText({ compositionBasis: 'wt_pct', components: [component('Li foil', 100, 'L-7')] }, [1])).toBe('Li foil (lot L-7)');
  });

  it('gives parts and mg in wt% too, and wt% as entered', () => {
    // 98.5 : 1.5 parts by weight [0095] are 98.5 and 1.5 wt% of a 100-part total.
    expect(compositionText({ compositionBasis: 'parts', components: [component('NCM', 98.5), component('CB', 1.5)] }, [0.985, 0.015])).toBe('NCM 98.5 parts = 98.5 wt%; CB 1.5 parts = 1.5 wt%');
    expect(compositionText({ compositionBasis: 'parts', components: [component('Ag', 1), component('CB', 3)] }, [0.25, 0.75])).toBe('Ag 1 part = 25 wt%; CB 3 parts = 75 wt%');
    expect(compositionText({ compositionBasis: 'wt_pct', components: [component('NCM', 70), component('SE', 30)] }, [0.7, 0.3])).toBe('NCM 70 wt%; SE 30 wt%');
    expect(compositionText({ compositionBasis: 'mass_mg', components: [component('NCM', 12), component('SE', 4)] }, [0.75, 0.25])).toBe('NCM 12 mg = 75 wt%; SE 4 mg = 25 wt%');
    expect(compositionText({ compositionBasis: 'parts', components: [] }, null)).toBe('—');
  });
});

describe('a design rule as one sentence', () => {
  const rules = evaluateDesignRules(example1Design(), deriveBuild(example1Design()));
  const byId = (id: string) => rules.find((rule) => rule.id === id)!;

  it("reads Example 1's rules with their values, never a bare dash beside the range", () => {
    expect(ruleSentence(byId('first_anode_layer_present'))).toBe('First anode layer present: first anode layer present on the anode collector (claim 1, [0073])');
    const thickness = byId('first_anode_thickness');
    expect(thickness.value).not.toBeNull();
    expect(ruleSentence(thickness)).toBe(`First anode layer thickness: ${thickness.message}`);
    expect(ruleSentence(thickness)).toContain(`${thickness.value}`);
    for (const rule of rules) expect(ruleSentence(rule)).not.toMatch(/: — \(/);
  });

  it('says "not enough data" and what is missing when there is nothing to judge', () => {
    const empty = { ...example1Design(), layers: [] };
    const present = evaluateDesignRules(empty, deriveBuild(empty)).find((rule) => rule.id === 'first_anode_layer_present')!;
    expect(ruleSentence(present)).toBe('First anode layer present: not enough data (the stack has no layers yet)');
  });
});
