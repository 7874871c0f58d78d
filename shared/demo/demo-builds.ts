// The eleven builds of the patent (DOMAIN.md section 6) as the demo notebook makes them: which
// materials, in which amounts, in which stack. Names refer to the starter materials and to the
// composite lots made by the demo's gel batches.

export type DemoComposite = 'example1' | 'dme' | 'lifsi';

export interface DemoBuild {
  name: string;
  configuration: 'single_sided' | 'double_sided';
  /** Cathode active layer, wt%: material name -> share. A composite is named by its batch. */
  cathode: Array<{ material: string; wtPct: number } | { composite: DemoComposite; wtPct: number }>;
  /** First anode layer, parts by weight; null: no first anode layer (bare collector). */
  anode: Array<{ material: string; parts: number }> | null;
  table1: { shortCircuit: string; lifespan: string };
  differs: string;
  pressing: string;
}

const NCM = 'NCM (LiNi0.8Co0.15Mn0.05O2)';
const LZO = 'NCM, LZO-coated';
const CARBONS = [
  { material: 'Carbon black (CB)', wtPct: 1.5 },
  { material: 'Carbon nanofiber (CNF)', wtPct: 1.5 },
  { material: 'PTFE (DuPont Teflon)', wtPct: 1.5 },
];
/** CB (30 nm) : Ag (60 nm) = 3:1, 0.25 g with 2 g of 7 wt% PVDF: 0.1875 : 0.0625 : 0.14 [0093]. */
const CB_AG = [
  { material: 'Carbon black (CB)', parts: 0.1875 },
  { material: 'Ag nanopowder', parts: 0.0625 },
  { material: 'PVDF (Kureha #9300)', parts: 0.14 },
];
const EXAMPLE_PRESSING = 'Pressing [0096]-[0099]: anode + SE 90 °C 500 MPa 10 min (hot plate press); cathode sheet onto each face 450 MPa 100 ms (roll press); stacked and vacuum-sealed without high pressure.';
const COMPARATIVE_PRESSING = 'Pressing [0115]: whole stack (SE on cathode, anode on SE) in a warm isostatic press, 80 °C, 500 MPa, 30 min; cathode on one face only.';
const SULFIDE_CATHODE = 'Comparative cathode: [0115] first says the porous composite was used, then mixes "the sulfide-based solid electrolyte" without naming it; the demo assumes Li6PS5Cl, 15 wt%.';

function example(name: string, cathode: DemoBuild['cathode'], differs: string, lifespan: string): DemoBuild {
  return { name, configuration: 'double_sided', cathode: [...cathode, ...CARBONS], anode: CB_AG, table1: { shortCircuit: '—', lifespan }, differs, pressing: EXAMPLE_PRESSING };
}

function comparative(name: string, activeMaterial: string, anode: DemoBuild['anode'], differs: string, table1: DemoBuild['table1']): DemoBuild {
  return {
    name,
    configuration: 'single_sided',
    cathode: [{ material: activeMaterial, wtPct: 80.5 }, { material: 'Li6PS5Cl', wtPct: 15 }, ...CARBONS],
    anode,
    table1,
    differs: `${differs} ${SULFIDE_CATHODE}`,
    pressing: COMPARATIVE_PRESSING,
  };
}

export const DEMO_BUILDS: readonly DemoBuild[] = [
  example('Example 1', [{ material: NCM, wtPct: 85.5 }, { composite: 'example1', wtPct: 10 }], 'SiO2/LiTFSI/n-MAc composite 10 wt%, NCM 85.5 wt% [0097]-[0098].', '○'),
  example('Example 2', [{ material: NCM, wtPct: 85.5 }, { composite: 'dme', wtPct: 10 }], 'As Example 1 with DME instead of n-MAc in the composite.', 'Δ'),
  example('Example 3', [{ material: NCM, wtPct: 90.5 }, { composite: 'example1', wtPct: 5 }], 'As Example 1 with 5 wt% composite, NCM 90.5 wt%.', 'Δ'),
  example('Example 4', [{ material: NCM, wtPct: 80.5 }, { composite: 'example1', wtPct: 15 }], 'As Example 1 with 15 wt% composite, NCM 80.5 wt%.', '○'),
  example('Example 5', [{ material: NCM, wtPct: 65.5 }, { composite: 'example1', wtPct: 30 }], 'As Example 1 with 30 wt% composite, NCM 65.5 wt%.', 'Δ'),
  example('Example 6', [{ material: NCM, wtPct: 85.5 }, { composite: 'lifsi', wtPct: 10 }], 'As Example 1 with LiFSI instead of LiTFSI in the composite.', 'Δ'),
  example('Example 7', [{ material: LZO, wtPct: 85.5 }, { composite: 'example1', wtPct: 10 }], 'As Example 1 with LZO (Li2O-ZrO2, 10 nm) coated NCM.', '○'),
  comparative('Comparative 1', NCM, CB_AG, 'Cathode with 15 wt% sulfide SE instead of the composite, NCM 80.5 wt%.', { shortCircuit: '—', lifespan: 'Δ' }),
  comparative('Comparative 2', LZO, null, 'As Comparative 1 with LZO-coated NCM and no first anode layer (bare Ni collector).', { shortCircuit: 'short', lifespan: 'x' }),
  comparative('Comparative 3', NCM, null, 'As Comparative 1 with no first anode layer (bare Ni collector).', { shortCircuit: 'short', lifespan: 'x' }),
  comparative('Comparative 4', NCM, [{ material: 'Ni nanopowder', parts: 0.25 }, { material: 'PVDF (Kureha #9300)', parts: 0.14 }], 'As Comparative 1 with an anode layer of Ni particles (100 nm) instead of CB:Ag.', { shortCircuit: 'short', lifespan: 'x' }),
];
