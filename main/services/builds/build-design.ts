// Turns a stored build into the design the derived numbers and the patent's rules work on: each
// component with its material's constants, and a composite lot with what its batch says.
import type { BuildDesign, ComponentMaterial, CompositeFacts } from '../../../shared/cells/types';
import type { BuildLayerRecord } from '../../../shared/schemas/builds';
import type { CyclingProtocol } from '../../../shared/cells/types';
import type { ServiceContext } from '../context';
import { getBatch } from '../recipes/batch-rows';

interface MaterialConstantsRow {
  id: number;
  name: string;
  kind: ComponentMaterial['kind'];
  formula: string | null;
  density_g_cm3: number | null;
  d50_um: number | null;
  specific_capacity_mah_g: number | null;
  youngs_modulus_gpa: number | null;
  coating: string | null;
}

function materialConstants(ctx: ServiceContext, ids: readonly number[]): Map<number, ComponentMaterial> {
  const rows = ids.length
    ? (ctx.notebook.db.prepare(`SELECT * FROM materials WHERE id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as MaterialConstantsRow[])
    : [];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        name: row.name,
        kind: row.kind,
        formula: row.formula,
        densityGCm3: row.density_g_cm3,
        d50Um: row.d50_um,
        specificCapacityMAhG: row.specific_capacity_mah_g,
        youngsModulusGPa: row.youngs_modulus_gpa,
        coating: row.coating,
      },
    ]),
  );
}

/** What a composite lot's batch computed: from the actual amounts when recorded, else the plan. */
export function compositeFactsOfLot(ctx: ServiceContext, lotId: number): CompositeFacts | null {
  const lot = ctx.notebook.db.prepare('SELECT source_batch_id FROM lots WHERE id = ?').get(lotId) as { source_batch_id: number | null } | undefined;
  if (!lot?.source_batch_id) return null;
  const batch = getBatch(ctx, lot.source_batch_id);
  const result = batch.actual ?? batch.planned;
  if (!result) return null;
  return {
    saltMolPct: (100 * result.saltMol) / (result.saltMol + result.mediumMol),
    compositionWtPct: result.measured?.compositionWtPct ?? result.compositionNoLossWtPct,
    saltToOxideMassRatio: result.saltToOxideMassRatio,
    source: `batch ${batch.code} (${batch.actual ? 'actual amounts' : 'planned amounts'}${result.measured ? ', measured dry mass' : ''})`,
  };
}

export function toBuildDesign(ctx: ServiceContext, configuration: BuildDesign['configuration'], protocol: CyclingProtocol, layers: readonly BuildLayerRecord[]): BuildDesign {
  const materials = materialConstants(ctx, [...new Set(layers.flatMap((layer) => layer.components.map((component) => component.materialId)))]);
  return {
    configuration,
    protocol,
    layers: layers.map((layer) => ({
      kind: layer.kind,
      side: layer.side,
      shape: layer.shape,
      thicknessCoatedUm: layer.thicknessCoatedUm,
      thicknessPressedUm: layer.thicknessPressedUm,
      massMg: layer.massMg,
      compositionBasis: layer.compositionBasis,
      components: layer.components.map((component) => {
        const material = materials.get(component.materialId) as ComponentMaterial;
        return {
          material,
          lotId: component.lotId,
          lotNumber: component.lotNumber,
          amount: component.amount,
          composite: material.kind === 'oxide_composite_se' && component.lotId !== null ? compositeFactsOfLot(ctx, component.lotId) : null,
        };
      }),
    })),
  };
}
