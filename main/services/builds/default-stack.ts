import type { LayerKind, Side } from '../../../shared/cells/types';

const ANODE_TO_CATHODE: readonly LayerKind[] = ['anode_collector', 'first_anode_layer', 'solid_electrolyte', 'cathode_active_layer', 'inactive_member'];

/**
 * The layers a new build starts with, in physical order: FIG. 1 from the anode collector up to
 * the cathode collector; FIG. 2 the same on side a, the shared cathode collector, then side b
 * outwards.
 */
export function defaultStack(configuration: 'single_sided' | 'double_sided'): Array<{ kind: LayerKind; side: Side }> {
  const sideA = ANODE_TO_CATHODE.map((kind) => ({ kind, side: 'a' as const }));
  const collector = { kind: 'cathode_collector' as const, side: 'shared' as const };
  if (configuration === 'single_sided') return [...sideA, collector];
  const sideB = [...ANODE_TO_CATHODE].reverse().map((kind) => ({ kind, side: 'b' as const }));
  return [...sideA, collector, ...sideB];
}
