// Design differences of any number of stored builds, the first chosen as the reference, with
// labels and units (shared/plots/design-differences.ts).
import type { DiffableBuild } from '../../../shared/cells/build-diff';
import { designDifferences } from '../../../shared/plots/design-differences';
import type { DesignDifferences } from '../../../shared/schemas/plots';
import { getBuildDetail } from '../builds/builds';
import type { ServiceContext } from '../context';
import { basisOfBuildDetail, type CellBasis } from '../cycling/cell-basis';
import { readPlanRow, readStepRows } from '../pressing/plan-rows';

export interface ComparedBuild {
  id: number;
  name: string;
  design: DiffableBuild;
  derived: Record<string, unknown>;
  protocol: Record<string, unknown>;
  /** Numbers of the build's press plan (shared/plots/build-quantities.ts, source "pressing"). */
  pressing: Record<string, number | null>;
  /** Active mass and area for mAh/g and mAh/cm² (read with the rest, not once more per use). */
  basis: CellBasis;
}

/** The highest pressure of the plan's steps, MPa; null without a plan or a step with a pressure. */
function pressingNumbers(ctx: ServiceContext, buildId: number): Record<string, number | null> {
  const plan = readPlanRow(ctx, buildId);
  const pressures = plan ? readStepRows(ctx, plan.id).map((step) => step.pressure_mpa).filter((mpa): mpa is number => mpa !== null) : [];
  return { maxPressPressureMPa: pressures.length > 0 ? Math.max(...pressures) : null };
}

export function readComparedBuild(ctx: ServiceContext, id: number): ComparedBuild {
  const detail = getBuildDetail(ctx, id);
  const protocol = detail.build.protocol as unknown as Record<string, number>;
  const derived = detail.derived as unknown as Record<string, unknown>;
  return { id, name: detail.build.name, design: { configuration: detail.build.configuration, protocol, layers: detail.layers, derived }, derived, protocol, pressing: pressingNumbers(ctx, id), basis: basisOfBuildDetail(detail) };
}

export function getDesignDifferences(ctx: ServiceContext, buildIds: readonly number[]): DesignDifferences {
  return designDifferences([...new Set(buildIds)].map((id) => readComparedBuild(ctx, id)));
}
