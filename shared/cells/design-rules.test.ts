// The rule list as a whole: its order, Example 1, the comparatives of DOMAIN.md section 6, and how
// a FIG. 2 build's two faces are combined. Each rule's ends are tested in design-rules-*.test.ts.
import { describe, expect, it } from 'vitest';
import { deriveBuild } from './derived';
import { DESIGN_RULE_IDS, evaluateDesignRules } from './design-rules';
import { EXAMPLE_1_MATERIALS as M, example1Design, withLayers, withMaterial } from './example1-fixture';
import type { BuildDesign, ComponentMaterial, LayerComponent } from './types';

const evaluate = (design: BuildDesign) => evaluateDesignRules(design, deriveBuild(design));
const rule = (design: BuildDesign, id: string) => evaluate(design).find((result) => result.id === id)!;
const part = (material: ComponentMaterial, amount: number): LayerComponent => ({ material, lotId: null, lotNumber: null, amount, composite: null });

/** Comparative 1 [0115]: FIG. 1, cathode NCM : sulfide SE (assumed Li6PS5Cl) : CB : CNF : PTFE = 80.5 : 15 : 1.5 : 1.5 : 1.5. */
function comparative1(): BuildDesign {
  const design = example1Design();
  const single: BuildDesign = { ...design, configuration: 'single_sided', layers: design.layers.filter((layer) => layer.side !== 'b') };
  return withLayers(single, 'cathode_active_layer', (layer) => ({
    ...layer,
    components: [part(M.ncm, 80.5), part(M.argyrodite, 15), part(M.carbonBlack, 1.5), part(M.carbonNanofiber, 1.5), part(M.ptfe, 1.5)],
  }));
}

/** Comparative 3 [0120]: as Comparative 1, the bare Ni collector as anode. */
function comparative3(): BuildDesign {
  const design = comparative1();
  return { ...design, layers: design.layers.filter((layer) => layer.kind !== 'first_anode_layer') };
}

/** Comparative 2 [0119]: as Comparative 3, with LZO-coated NCM. */
function comparative2(): BuildDesign {
  return withMaterial(comparative3(), M.ncm.id, { name: 'NCM, LZO-coated', coating: 'Li2O-ZrO2' });
}

/** Comparative 4 [0121]: as Comparative 1, the first anode layer of Ni particles (100 nm) instead of CB:Ag. */
function comparative4(): BuildDesign {
  const nickel: ComponentMaterial = { ...M.silver, id: 20, name: 'Ni nanopowder', formula: 'Ni', d50Um: 0.1, specificCapacityMAhG: null };
  return withLayers(comparative1(), 'first_anode_layer', (layer) => ({ ...layer, components: [part(nickel, 250), part(M.pvdf, 140)] }));
}

const ANODE_RULES = ['first_anode_thickness_ratio', 'first_anode_thickness', 'first_anode_capacity_ratio', 'anode_particle_size', 'first_anode_active_materials', 'carbon_to_metal_ratio', 'metal_in_anode_mixture'];

describe('evaluateDesignRules', () => {
  it('returns one result per rule, in the order of DOMAIN.md section 3 after claim 1', () => {
    expect(evaluate(example1Design()).map((result) => result.id)).toEqual([...DESIGN_RULE_IDS]);
    expect(DESIGN_RULE_IDS).toHaveLength(22);
  });

  it('gives Example 1 (fixture values) these statuses', () => {
    const statuses = Object.fromEntries(evaluate(example1Design()).map((result) => [result.id, result.status]));
    expect(statuses).toEqual({
      first_anode_layer_present: 'pass',
      composite_se_in_cathode: 'pass',
      composite_composition: 'warn', // salt : oxide 2.63 as written (DOMAIN.md section 2)
      composite_salt_mol_pct: 'pass',
      s1_over_s2: 'pass',
      s1_over_s4: 'pass',
      s4_over_s5: 'pass',
      s5_over_s2: 'pass',
      inactive_member_density: 'pass',
      first_anode_thickness_ratio: 'pass',
      first_anode_thickness: 'pass',
      first_anode_capacity_ratio: 'pass',
      anode_particle_size: 'pass',
      first_anode_active_materials: 'pass',
      carbon_to_metal_ratio: 'pass',
      metal_in_anode_mixture: 'pass',
      thin_film_thickness: 'not_applicable',
      lithium_foil_thickness: 'not_applicable',
      carbon_layer_thickness: 'not_enough_data', // "carbon-coated" [0098], thickness not given
      argyrodite_density: 'pass',
      sulfide_youngs_modulus: 'pass',
      li2s_p2s5_ratio: 'not_applicable',
    });
  });

  it('fills every result: paragraph, unit-bearing value, range text, a sentence; `missing` only for not_enough_data', () => {
    for (const result of evaluate(example1Design())) {
      expect(result.paragraph, result.id).toMatch(/\[0\d{3}\]|claim/);
      expect(result.range, result.id).not.toBe('');
      expect(result.message, result.id).not.toBe('');
      expect(result.missing.length > 0, result.id).toBe(result.status === 'not_enough_data');
      if (result.status === 'not_applicable') expect(result.value, result.id).toBeNull();
    }
  });
});

describe('Comparatives 2 and 3: no first anode layer', () => {
  it.each([
    ['Comparative 2', comparative2],
    ['Comparative 3', comparative3],
  ])('%s: first_anode_layer_present warns and every anode rule does not apply', (_name, build) => {
    const results = evaluate(build());
    expect(results.find((result) => result.id === 'first_anode_layer_present')).toMatchObject({ status: 'warn', message: 'no first anode layer: the anode is the bare collector' });
    for (const id of ANODE_RULES) {
      const result = results.find((each) => each.id === id)!;
      expect(result.status, id).toBe('not_applicable');
      expect(result.message, id).toContain('no first anode layer');
    }
  });

  it('Comparative 1 also warns on the missing composite SE (sulfide SE in the cathode instead)', () => {
    expect(rule(comparative3(), 'composite_se_in_cathode')).toMatchObject({ status: 'warn', value: 0 });
    expect(rule(comparative1(), 'composite_composition').status).toBe('not_applicable');
  });
});

describe('Comparative 4: Ni particles instead of CB:Ag', () => {
  const results = evaluate(comparative4());
  const byId = (id: string) => results.find((result) => result.id === id)!;

  it('first_anode_active_materials warns that Ni does not alloy with lithium, and that no active material is left', () => {
    const result = byId('first_anode_active_materials');
    expect(result.status).toBe('warn');
    expect(result.message).toContain('Ni is not an anode active material: it does not alloy with lithium [0077]');
    expect(result.message).toContain('no anode active material');
  });

  it('the layer stores nothing: 0 % of the cathode capacity warns; the carbon and metal rules do not apply', () => {
    expect(byId('first_anode_capacity_ratio')).toMatchObject({ status: 'warn', value: 0 });
    expect(byId('anode_particle_size').status).toBe('not_applicable');
    expect(byId('carbon_to_metal_ratio').status).toBe('not_applicable');
    expect(byId('metal_in_anode_mixture').status).toBe('not_applicable');
    expect(byId('first_anode_layer_present').status).toBe('pass');
  });
});

describe('a rule with nothing to judge says "not enough data", never pass', () => {
  /** The stack a new build starts with (main/services/builds/default-stack.ts), every field still empty. */
  function emptyBuild(configuration: BuildDesign['configuration']): BuildDesign {
    const kinds = ['anode_collector', 'first_anode_layer', 'solid_electrolyte', 'cathode_active_layer', 'inactive_member'] as const;
    const side = (s: 'a' | 'b') => kinds.map((kind) => ({ kind, side: s }));
    const order = configuration === 'single_sided' ? [...side('a'), { kind: 'cathode_collector' as const, side: 'shared' as const }] : [...side('a'), { kind: 'cathode_collector' as const, side: 'shared' as const }, ...side('b').reverse()];
    const layers = order.map((entry) => ({ ...entry, shape: null, thicknessCoatedUm: null, thicknessPressedUm: null, massMg: null, compositionBasis: 'wt_pct' as const, components: [] }));
    return { configuration, layers, protocol: example1Design().protocol };
  }

  it.each(['single_sided', 'double_sided'] as const)('a new, empty %s build passes no rule, "First anode layer present" included', (configuration) => {
    const results = evaluate(emptyBuild(configuration));
    expect(results.filter((result) => result.status === 'pass').map((result) => result.id)).toEqual([]);
    expect(results.find((result) => result.id === 'first_anode_layer_present')).toMatchObject({
      status: 'not_enough_data',
      message: 'the first anode layer is in the stack but nothing is entered for it yet (thickness, mass or components)',
    });
  });

  it('a stack with no layers at all has nothing to judge', () => {
    const design = { ...emptyBuild('single_sided'), layers: [] };
    expect(rule(design, 'first_anode_layer_present')).toMatchObject({ status: 'not_enough_data', message: 'the stack has no layers yet' });
    expect(evaluate(design).some((result) => result.status === 'pass')).toBe(false);
  });

  it('passes once anything is entered for the first anode layer', () => {
    const design = emptyBuild('single_sided');
    design.layers.find((layer) => layer.kind === 'first_anode_layer')!.thicknessPressedUm = 10;
    expect(rule(design, 'first_anode_layer_present').status).toBe('pass');
  });
});

describe('FIG. 2: both faces are checked, the worse shows', () => {
  it('names side b when only its first anode layer is too thick', () => {
    const design = example1Design();
    design.layers.find((layer) => layer.kind === 'first_anode_layer' && layer.side === 'b')!.thicknessPressedUm = 25;
    const result = rule(design, 'first_anode_thickness');
    expect(result).toMatchObject({ status: 'warn', value: 25 });
    expect(result.message).toMatch(/^side b: /);
  });

  it('shows side a when the faces agree', () => {
    const result = rule(example1Design(), 'first_anode_thickness');
    expect(result.message).not.toContain('side b');
  });

  it('warns when only side b lacks a first anode layer', () => {
    const design = example1Design();
    design.layers = design.layers.filter((layer) => !(layer.kind === 'first_anode_layer' && layer.side === 'b'));
    expect(rule(design, 'first_anode_layer_present')).toMatchObject({ status: 'warn', message: 'side b: no first anode layer: the anode is the bare collector' });
  });
});
