// What a cell's build says about its cycling test: the cathode's active mass and area (for mAh/g
// and mAh/cm²) and the protocol's upper cut-off and charge time limit (for how each charge ended
// and for the short-circuit checks). A dataset not attached to a cell has none of these.
import type { SummaryOptions } from '../../../shared/cycling/summary';
import type { ServiceContext } from '../context';
import { getBuildDetail } from '../builds/builds';

export interface CellBasis {
  activeMassMg: number | null;
  areaCm2: number | null;
  upperCutoffV: number | null;
  chargeLimitH: number | null;
}

export const NO_BASIS: CellBasis = { activeMassMg: null, areaCm2: null, upperCutoffV: null, chargeLimitH: null };

function sumOrNull(values: ReadonlyArray<number | null>): number | null {
  if (values.length === 0 || values.some((value) => value === null)) return null;
  return values.reduce<number>((sum, value) => sum + value!, 0);
}

export function cellBasis(ctx: ServiceContext, cellId: number | null): CellBasis {
  if (cellId === null) return NO_BASIS;
  const cell = ctx.notebook.db.prepare('SELECT build_id FROM cells WHERE id = ?').get(cellId) as { build_id: number } | undefined;
  return cell ? buildBasis(ctx, cell.build_id) : NO_BASIS;
}

export function buildBasis(ctx: ServiceContext, buildId: number): CellBasis {
  return basisOfBuildDetail(getBuildDetail(ctx, buildId));
}

/** The basis from a build already read (a comparison reads each build once for several uses). */
export function basisOfBuildDetail(detail: ReturnType<typeof getBuildDetail>): CellBasis {
  const derived = detail.derived;
  const cathodes = derived.layers.filter((layer) => layer.kind === 'cathode_active_layer');
  return {
    // Every cathode face of the cell: its capacity is measured over all of them.
    activeMassMg: sumOrNull(cathodes.map((layer) => layer.activeMassMg)),
    areaCm2: sumOrNull(cathodes.map((layer) => layer.areaCm2)),
    upperCutoffV: detail.build.protocol.upperCutoffV,
    chargeLimitH: detail.build.protocol.chargeLimitH,
  };
}

export function summaryOptionsOf(basis: CellBasis): SummaryOptions {
  return {
    activeMassG: basis.activeMassMg === null ? null : basis.activeMassMg / 1000,
    areaCm2: basis.areaCm2,
    upperCutoffV: basis.upperCutoffV,
    chargeLimitH: basis.chargeLimitH,
  };
}
