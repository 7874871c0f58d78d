// Example 1 of US 2021/0143413 A1 as a build (DOMAIN.md sections 1 and 6), for tests and the demo
// notebook. The patent gives the recipes and thicknesses; it gives no areas, masses, densities or
// specific capacities. Those are chosen here, listed in EXAMPLE_1_ASSUMPTIONS, and are test
// values, not the patent's.
import { EXAMPLE_1_SOLGEL } from '../chemistry/solgel-example1';
import { calculateSolgel } from '../chemistry/solgel';
import { PATENT_PROTOCOL, type BuildDesign, type BuildLayer, type ComponentMaterial, type CompositeFacts, type LayerComponent, type LayerKind, type Side } from './types';

function material(id: number, name: string, kind: ComponentMaterial['kind'], constants: Partial<Omit<ComponentMaterial, 'id' | 'name' | 'kind'>> = {}): ComponentMaterial {
  return { id, name, kind, formula: null, densityGCm3: null, d50Um: null, specificCapacityMAhG: null, youngsModulusGPa: null, coating: null, ...constants };
}

/** Materials of Example 1; the densities, capacities and modulus are test values (EXAMPLE_1_ASSUMPTIONS). */
export const EXAMPLE_1_MATERIALS = {
  ncm: material(1, 'NCM (LiNi0.8Co0.15Mn0.05O2)', 'cathode_active', { formula: 'LiNi0.8Co0.15Mn0.05O2', densityGCm3: 4.75, specificCapacityMAhG: 200 }),
  composite: material(2, 'SiO2/LiTFSI/n-MAc composite', 'oxide_composite_se', { densityGCm3: 1.9 }),
  carbonBlack: material(3, 'Carbon black (CB)', 'conductive_carbon', { formula: 'C', densityGCm3: 1.8, d50Um: 0.03, specificCapacityMAhG: 300 }),
  carbonNanofiber: material(4, 'Carbon nanofiber (CNF)', 'conductive_carbon', { formula: 'C', densityGCm3: 1.9 }),
  ptfe: material(5, 'PTFE (DuPont Teflon)', 'binder', { densityGCm3: 2.2 }),
  argyrodite: material(6, 'Li6PS5Cl', 'sulfide_se', { formula: 'Li6PS5Cl', densityGCm3: 1.64, d50Um: 3, youngsModulusGPa: 22 }),
  acrylicBinder: material(7, 'Acrylic binder (Zeon SX-A334)', 'binder', { densityGCm3: 1.05 }),
  silver: material(8, 'Ag nanopowder', 'metal_powder', { formula: 'Ag', densityGCm3: 10.49, d50Um: 0.06, specificCapacityMAhG: 250 }),
  pvdf: material(9, 'PVDF (Kureha #9300)', 'binder', { densityGCm3: 1.78 }),
  nickelFoil: material(10, 'Ni foil, 10 µm', 'current_collector', { formula: 'Ni', densityGCm3: 8.908 }),
  aluminiumFoil: material(11, 'Carbon-coated Al foil, 18 µm', 'current_collector'),
  ppGasket: material(12, 'PP gasket film', 'gasket', { densityGCm3: 0.9 }),
} as const satisfies Record<string, ComponentMaterial>;

/** What the gel-process calculator says of Example 1's composite as written, with no medium lost. */
export function example1CompositeFacts(): CompositeFacts {
  const gel = calculateSolgel(EXAMPLE_1_SOLGEL);
  return {
    saltMolPct: EXAMPLE_1_SOLGEL.saltMolPct,
    compositionWtPct: gel.compositionNoLossWtPct,
    saltToOxideMassRatio: gel.saltToOxideMassRatio,
    source: 'gel-process calculator, Example 1 as written, no medium lost',
  };
}

/** Every value below that the patent does not give, as the demo states it in the build's notes. */
export const EXAMPLE_1_ASSUMPTIONS: readonly string[] = [
  'FIG. 2 (double-sided): the cathode sheet "was pressed on each of two surfaces of the cathode current collector" [0098]; each face has its own SE layer and anode.',
  'Collectors, SE layers and first anode layers 10.0 cm²; cathode active layer 9.0 cm² (S1/S5 = 0.9 [0101]); PP gasket 1.0 cm², the remaining 10 %.',
  'Cathode active layer 225 mg per face (25 mg/cm²) and 100 µm thick: [0098] gives 100 µm for cathode + gasket only.',
  'First anode layer 10.0 mg (1.0 mg/cm²); SE layer 72 mg (7.2 mg/cm², 1.6 g/cm³ at 45 µm).',
  'Carbon layer on the Al foil: present ("carbon-coated" [0098]), thickness not given.',
  'Test values, not the patent\'s: specific capacities NCM 200, CB 300, Ag 250 mAh/g; densities NCM 4.75, composite SE 1.9, CB 1.8, CNF 1.9, PTFE 2.2, Li6PS5Cl 1.64, acrylic binder 1.05, PVDF 1.78, PP 0.90 g/cm³; Li6PS5Cl Young\'s modulus 22 GPa.',
];

function component(material: ComponentMaterial, amount: number, composite: CompositeFacts | null = null): LayerComponent {
  return { material, lotId: null, lotNumber: null, amount, composite };
}

function layer(kind: LayerKind, side: Side, fields: Partial<Omit<BuildLayer, 'kind' | 'side'>>): BuildLayer {
  return { kind, side, shape: null, thicknessCoatedUm: null, thicknessPressedUm: null, massMg: null, compositionBasis: 'wt_pct', components: [], ...fields };
}

const area = (areaCm2: number) => ({ kind: 'area', areaCm2 }) as const;

/** One face, from the anode collector up to the gasket around the cathode (FIG. 1 order). */
function face(side: 'a' | 'b'): BuildLayer[] {
  const m = EXAMPLE_1_MATERIALS;
  return [
    layer('anode_collector', side, { shape: area(10), thicknessCoatedUm: 10, components: [component(m.nickelFoil, 100)] }),
    // [0094]: 0.25 g of CB:Ag 3:1 and 2 g of 7 wt% PVDF in NMP: 187.5 mg CB, 62.5 mg Ag, 140 mg PVDF.
    layer('first_anode_layer', side, {
      shape: area(10),
      thicknessPressedUm: 7,
      massMg: 10,
      compositionBasis: 'mass_mg',
      components: [component(m.carbonBlack, 187.5), component(m.silver, 62.5), component(m.pvdf, 140)],
    }),
    // [0095]-[0096]: 98.5 : 1.5 parts by weight, sintered to 45 µm.
    layer('solid_electrolyte', side, {
      shape: area(10),
      thicknessPressedUm: 45,
      massMg: 72,
      compositionBasis: 'parts',
      components: [component(m.argyrodite, 98.5), component(m.acrylicBinder, 1.5)],
    }),
    // [0098]: NCM : composite : CB : CNF : PTFE = 85.5 : 10 : 1.5 : 1.5 : 1.5 by weight.
    layer('cathode_active_layer', side, {
      shape: area(9),
      thicknessPressedUm: 100,
      massMg: 225,
      components: [component(m.ncm, 85.5), component(m.composite, 10, example1CompositeFacts()), component(m.carbonBlack, 1.5), component(m.carbonNanofiber, 1.5), component(m.ptfe, 1.5)],
    }),
    layer('inactive_member', side, { shape: area(1), thicknessPressedUm: 100, components: [component(m.ppGasket, 100)] }),
  ];
}

/** Example 1 as a FIG. 2 build under the patent's protocol; a fresh copy on every call. */
export function example1Design(): BuildDesign {
  const collector = [
    layer('carbon_layer', 'shared', { shape: area(10) }),
    layer('cathode_collector', 'shared', { shape: area(10), thicknessCoatedUm: 18, components: [component(EXAMPLE_1_MATERIALS.aluminiumFoil, 100)] }),
  ];
  return { configuration: 'double_sided', layers: [...face('a'), ...collector, ...face('b').reverse()], protocol: { ...PATENT_PROTOCOL } };
}

/** A copy of `design` with every layer of `kind` (both faces) changed by `change`: for the other examples and tests. */
export function withLayers(design: BuildDesign, kind: LayerKind, change: (layer: BuildLayer) => BuildLayer): BuildDesign {
  return { ...design, layers: design.layers.map((each) => (each.kind === kind ? change(each) : each)) };
}

/** A copy of `design` with material `materialId` changed wherever it is used (e.g. a constant the lab measured). */
export function withMaterial(design: BuildDesign, materialId: number, change: Partial<ComponentMaterial>): BuildDesign {
  return {
    ...design,
    layers: design.layers.map((each) => ({
      ...each,
      components: each.components.map((part) => (part.material.id === materialId ? { ...part, material: { ...part.material, ...change } } : part)),
    })),
  };
}

/** A copy of `design` with the amounts of every layer of `kind` replaced, in component order. */
export function withAmounts(design: BuildDesign, kind: LayerKind, amounts: readonly number[]): BuildDesign {
  return withLayers(design, kind, (each) => ({ ...each, components: each.components.map((part, index) => ({ ...part, amount: amounts[index] ?? part.amount })) }));
}
