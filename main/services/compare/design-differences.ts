// Design differences of any number of stored builds, the first chosen as the reference, with
// labels and units (shared/plots/design-differences.ts).
import type { DiffableBuild } from '../../../shared/cells/build-diff';
import { designDifferences } from '../../../shared/plots/design-differences';
import type { DesignDifferences } from '../../../shared/schemas/plots';
import { getBuildDetail } from '../builds/builds';
import type { ServiceContext } from '../context';

export interface ComparedBuild {
  id: number;
  name: string;
  design: DiffableBuild;
  derived: Record<string, unknown>;
  protocol: Record<string, unknown>;
}

export function readComparedBuild(ctx: ServiceContext, id: number): ComparedBuild {
  const detail = getBuildDetail(ctx, id);
  const protocol = detail.build.protocol as unknown as Record<string, number>;
  const derived = detail.derived as unknown as Record<string, unknown>;
  return { id, name: detail.build.name, design: { configuration: detail.build.configuration, protocol, layers: detail.layers, derived }, derived, protocol };
}

export function getDesignDifferences(ctx: ServiceContext, buildIds: readonly number[]): DesignDifferences {
  return designDifferences([...new Set(buildIds)].map((id) => readComparedBuild(ctx, id)));
}
