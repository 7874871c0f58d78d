// Which layers are stuck together at each step: stacking, pressing or sealing layers together
// joins them, and a stack is not taken apart, so a later step that presses one of them presses
// them all ([0019]: the fragile SE and anode under the cathode's pressure).
import type { LayerKind } from '../cells/types';
import type { CheckStep } from './check-types';

const JOINING_KINDS = new Set(['press', 'stack', 'seal', 'fixture']);

export class StackGroups {
  private readonly groupOf = new Map<LayerKind, Set<LayerKind>>();

  /** The listed layers and every layer already joined to one of them. */
  effective(kinds: readonly LayerKind[]): LayerKind[] {
    const all = new Set<LayerKind>();
    for (const kind of kinds) for (const member of this.groupOf.get(kind) ?? [kind]) all.add(member);
    return [...all];
  }

  join(step: Pick<CheckStep, 'kind' | 'layers'>): void {
    if (!JOINING_KINDS.has(step.kind) || step.layers.length === 0) return;
    const merged = new Set(this.effective(step.layers));
    for (const kind of merged) this.groupOf.set(kind, merged);
  }
}
