import { diffBuilds } from '../../../shared/cells/build-diff';
import type { ServiceContext } from '../context';
import { getBuildDetail } from './builds';

/** Differences between two stored builds (layers, protocol, derived numbers), for the diff view. */
export function diffBuildsById(ctx: ServiceContext, aId: number, bId: number) {
  const a = getBuildDetail(ctx, aId);
  const b = getBuildDetail(ctx, bId);
  const diffable = (detail: typeof a) => ({
    configuration: detail.build.configuration,
    protocol: detail.build.protocol as unknown as Record<string, number>,
    layers: detail.layers,
    derived: detail.derived,
  });
  return { a: a.build.name, b: b.build.name, differences: diffBuilds(diffable(a), diffable(b)) };
}
