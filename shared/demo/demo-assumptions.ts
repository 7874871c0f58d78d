// What the patent does not give and the demo notebook had to choose (DOMAIN.md sections 1, 6).
// The same values for all eleven builds so that they compare; each build's notes state them.
import { DEMO_SPECIFIC_CAPACITY_MAH_G } from './demo-cycling';

export const DEMO_GEOMETRY = {
  /** S5 and S4 and S2: 25 mm x 40 mm = 10.0 cm². */
  collectorMm: { widthMm: 25, heightMm: 40 },
  /** S1 = 0.9 x S5 [0101]: 22.5 mm x 40 mm = 9.0 cm². */
  cathodeMm: { widthMm: 22.5, heightMm: 40 },
  /** The gasket frame fills the 10 % of the collector not under the cathode [0101]. */
  gasketAreaCm2: 1.0,
  cathodeThicknessUm: 100,
  cathodeLoadingMgCm2: 25,
  anodeLoadingMgCm2: 1.0,
} as const;

export const DEMO_ASSUMPTIONS = [
  'Demo assumptions (the patent gives none of these; all eleven builds use the same values so that they compare):',
  '- Cathode current collector, SE layer and anode current collector 25 mm x 40 mm = 10.0 cm² (S5 = S2 = S4).',
  '- Cathode active layer 22.5 mm x 40 mm = 9.0 cm², S1/S5 = 0.9 as [0101] says; the PP gasket fills the other 1.0 cm².',
  '- Cathode active layer 100 µm thick (the patent gives 100 µm for cathode layer + gasket) and 25 mg/cm² (225 mg per face).',
  '- First anode layer 1.0 mg/cm² (10 mg per face) at its 7 µm [0096]; SE layer mass not given (45 µm [0096]).',
  `- NCM's specific capacity ${DEMO_SPECIFIC_CAPACITY_MAH_G} mAh/g (both NCMs), the value the synthetic cycling model uses; it is set on the two NCM materials so that theoretical capacity, N/P and C-rate show.`,
  '- The other specific capacities, densities of NCM and PP, and the SE density are not in the patent: rules that need them say "not enough data".',
].join('\n');

/** Values set on the starter materials for the demo only, each stated in the material's notes. */
export const DEMO_MATERIAL_ASSUMPTIONS: ReadonlyArray<{ material: string; specificCapacityMAhG: number; note: string }> = ['NCM (LiNi0.8Co0.15Mn0.05O2)', 'NCM, LZO-coated'].map((material) => ({
  material,
  specificCapacityMAhG: DEMO_SPECIFIC_CAPACITY_MAH_G,
  note: `Demo assumption: specific capacity ${DEMO_SPECIFIC_CAPACITY_MAH_G} mAh/g, the first discharge of the demo's synthetic model cell (the patent gives no value). Change it to your own measurement in a real notebook.`,
}));

export const DOUBLE_SIDED_NOTE =
  'Modelled as FIG. 2 (double-sided): the cathode sheet "was pressed on each of two surfaces of the cathode current collector" [0098]; [0102] mentions only one anode/SE assembly, and the demo assumes one on each face.';
