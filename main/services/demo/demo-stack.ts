// The layer stack of a demo build (DOMAIN.md sections 1 and 6, with DEMO_GEOMETRY's assumptions).
import { layerInputSchema, type LayerInput } from '../../../shared/schemas/builds';
import { DEMO_GEOMETRY } from '../../../shared/demo/demo-assumptions';
import type { DemoBuild, DemoComposite } from '../../../shared/demo/demo-builds';
import type { z } from 'zod';

export interface DemoIds {
  materialId: (name: string) => number;
  lotId: (name: string) => number | null;
  compositeLot: Record<DemoComposite, number>;
  compositeMaterialId: (lotId: number) => number;
}

const collector = { kind: 'rect' as const, ...DEMO_GEOMETRY.collectorMm };
const cathodeShape = { kind: 'rect' as const, ...DEMO_GEOMETRY.cathodeMm };
const collectorAreaCm2 = (DEMO_GEOMETRY.collectorMm.widthMm * DEMO_GEOMETRY.collectorMm.heightMm) / 100;
const cathodeAreaCm2 = (DEMO_GEOMETRY.cathodeMm.widthMm * DEMO_GEOMETRY.cathodeMm.heightMm) / 100;

function faceLayers(build: DemoBuild, side: 'a' | 'b', ids: DemoIds): LayerInput[] {
  const component = (material: string, amount: number) => ({ materialId: ids.materialId(material), lotId: ids.lotId(material), amount });
  const layers: LayerInput[] = [
    { kind: 'anode_collector', side, shape: collector, thicknessPressedUm: 10, compositionBasis: 'parts', components: [component('Ni foil, 10 µm', 1)] },
  ];
  if (build.anode) {
    layers.push({
      kind: 'first_anode_layer',
      side,
      shape: collector,
      thicknessPressedUm: 7,
      massMg: DEMO_GEOMETRY.anodeLoadingMgCm2 * collectorAreaCm2,
      compositionBasis: 'parts',
      components: build.anode.map((entry) => component(entry.material, entry.parts)),
    });
  }
  layers.push(
    { kind: 'solid_electrolyte', side, shape: collector, thicknessPressedUm: 45, compositionBasis: 'parts', components: [component('Li6PS5Cl', 98.5), component('Acrylic binder (Zeon SX-A334)', 1.5)] },
    {
      kind: 'cathode_active_layer',
      side,
      shape: cathodeShape,
      thicknessPressedUm: DEMO_GEOMETRY.cathodeThicknessUm,
      massMg: DEMO_GEOMETRY.cathodeLoadingMgCm2 * cathodeAreaCm2,
      compositionBasis: 'wt_pct',
      components: build.cathode.map((entry) => {
        if ('composite' in entry) {
          const lotId = ids.compositeLot[entry.composite];
          return { materialId: ids.compositeMaterialId(lotId), lotId, amount: entry.wtPct };
        }
        return component(entry.material, entry.wtPct);
      }),
    },
    { kind: 'inactive_member', side, shape: { kind: 'area', areaCm2: DEMO_GEOMETRY.gasketAreaCm2 }, thicknessPressedUm: DEMO_GEOMETRY.cathodeThicknessUm, compositionBasis: 'parts', components: [component('PP gasket film', 1)] },
  );
  return layers;
}

export function demoStack(build: DemoBuild, ids: DemoIds): Array<z.output<typeof layerInputSchema>> {
  const sideA = faceLayers(build, 'a', ids);
  const cathodeCollector: LayerInput = { kind: 'cathode_collector', side: 'shared', shape: collector, thicknessPressedUm: 18, compositionBasis: 'parts', components: [{ materialId: ids.materialId('Carbon-coated Al foil, 18 µm'), lotId: ids.lotId('Carbon-coated Al foil, 18 µm'), amount: 1 }] };
  const layers = build.configuration === 'double_sided' ? [...sideA, cathodeCollector, ...faceLayers(build, 'b', ids).reverse()] : [...sideA, cathodeCollector];
  return layers.map((layer) => layerInputSchema.parse(layer));
}
