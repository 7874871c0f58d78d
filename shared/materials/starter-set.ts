// The materials of the patent's examples (US 2021/0143413 A1), with the constants DOMAIN.md
// gives: offered to a new notebook so that a researcher starts from what the work uses. Values
// the patent does not give (e.g. NCM's specific capacity) are left empty, never invented.
import type { MaterialFields } from '../schemas/materials';

export const STARTER_MATERIALS: readonly MaterialFields[] = [
  {
    name: 'NCM (LiNi0.8Co0.15Mn0.05O2)',
    kind: 'cathode_active',
    formula: 'LiNi0.8Co0.15Mn0.05O2',
    storage: 'glovebox',
    notes: 'Cathode active material of Examples 1–6 and the comparatives [0098].',
  },
  {
    name: 'NCM, LZO-coated',
    kind: 'cathode_active',
    formula: 'LiNi0.8Co0.15Mn0.05O2',
    coating: 'Li2O-ZrO2',
    coatingThicknessNm: 10,
    storage: 'glovebox',
    notes: 'Example 7 and Comparative 2: NCM coated with Li2O-ZrO2 (LZO), 10 nm.',
  },
  {
    name: 'Li6PS5Cl',
    kind: 'sulfide_se',
    formula: 'Li6PS5Cl',
    d50Um: 3,
    storage: 'glovebox',
    hazardNotes: 'Releases H2S with moisture: handle in the glovebox.',
    notes: 'Crystalline argyrodite, D50 3 µm [0095].',
  },
  { name: 'LiTFSI', kind: 'lithium_salt', formula: 'LiN(SO2CF3)2', casNumber: '90076-65-6', storage: 'glovebox', notes: 'Salt of the gel-process composite (Example 1) [0097].' },
  { name: 'LiFSI', kind: 'lithium_salt', formula: 'LiN(SO2F)2', casNumber: '171611-11-3', storage: 'glovebox', notes: 'Salt of Example 6.' },
  { name: 'N-methylacetamide (n-MAc)', kind: 'medium', formula: 'C3H7NO', densityGCm3: 0.957, casNumber: '79-16-3', storage: 'glovebox', notes: 'Medium of the gel-process electrolyte (Example 1) [0097].' },
  { name: '1,2-Dimethoxyethane (DME)', kind: 'medium', formula: 'C4H10O2', densityGCm3: 0.867, casNumber: '110-71-4', storage: 'glovebox', notes: 'Medium of Example 2; boils near 85 °C, so it leaves the composite in the 80 °C vacuum drying.' },
  { name: 'TEOS (tetraethyl orthosilicate)', kind: 'oxide_precursor', formula: 'Si(OC2H5)4', densityGCm3: 0.933, casNumber: '78-10-4', storage: 'dry_room', notes: 'Silica precursor of the gel process: 1 SiO2 per TEOS [0097].' },
  {
    name: 'Formic acid',
    kind: 'acid',
    formula: 'CH2O2',
    densityGCm3: 1.22,
    casNumber: '64-18-6',
    storage: 'air',
    hazardNotes: 'Corrosive.',
    notes: 'Example 1 calls for a "26.5 M formic acid aqueous solution"; 26.5 M is the molarity of neat formic acid (1.22 g/mL / 46.03 g/mol).',
  },
  {
    name: 'SiO2/LiTFSI/n-MAc composite',
    kind: 'oxide_composite_se',
    storage: 'glovebox',
    notes: 'Porous oxide composite solid electrolyte made by the gel process [0097]; lots come from synthesis batches.',
  },
  { name: 'Carbon black (CB)', kind: 'conductive_carbon', formula: 'C', d50Um: 0.03, storage: 'dry_room', notes: 'Primary particle 30 nm; amorphous carbon of the first anode layer (CB:Ag = 3:1) [0093] and conductive carbon of the cathode [0098].' },
  { name: 'Carbon nanofiber (CNF)', kind: 'conductive_carbon', formula: 'C', storage: 'dry_room', notes: 'Conductive carbon of the cathode [0098].' },
  { name: 'Ag nanopowder', kind: 'metal_powder', formula: 'Ag', d50Um: 0.06, storage: 'glovebox', notes: 'Primary particle 60 nm; lithium-alloying metal of the first anode layer [0093].' },
  { name: 'Ni nanopowder', kind: 'metal_powder', formula: 'Ni', d50Um: 0.1, storage: 'glovebox', notes: 'Primary particle 100 nm; Comparative 4. Ni does not alloy with lithium and is not an anode active material [0077].' },
  { name: 'PVDF (Kureha #9300)', kind: 'binder', supplier: 'Kureha', storage: 'dry_room', notes: 'Anode binder, used as a 7 wt% solution in NMP [0093].' },
  { name: 'Acrylic binder (Zeon SX-A334)', kind: 'binder', supplier: 'Zeon', storage: 'dry_room', notes: 'SE layer binder, 4 wt% in octyl acetate [0095].' },
  { name: 'PTFE (DuPont Teflon)', kind: 'binder', supplier: 'DuPont', storage: 'dry_room', notes: 'Cathode binder [0098].' },
  { name: 'Ni foil, 10 µm', kind: 'current_collector', formula: 'Ni', storage: 'dry_room', notes: 'Anode current collector, 10 µm [0093].' },
  { name: 'Carbon-coated Al foil, 18 µm', kind: 'current_collector', storage: 'dry_room', notes: 'Cathode current collector, 18 µm [0098].' },
  { name: 'PP gasket film', kind: 'gasket', storage: 'dry_room', notes: 'Inactive member around the cathode layer [0040]-[0051].' },
];
