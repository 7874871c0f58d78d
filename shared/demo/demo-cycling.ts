// The demo's synthetic cycling tests (DOMAIN.md section 6): made by a seeded model cell and shaped
// so that the lifespan grades and short circuits come out as the patent's Table 1 records them.
// The lifespans inside Table 1's bands are the demo's choice; the patent gives only the bands.
import type { DemoBuild } from './demo-builds';

export interface DemoCyclingPlan {
  cycles: number;
  /** Capacity of a cycle as a fraction of cycle 1's. */
  retentionAt: (cycle: number) => number;
  /** A soft short starting in this cycle's charge (Table 1 "short"). */
  shortAtCycle: number | null;
}

/** NCM's first discharge in the model cell, mAh per g of active material (a demo assumption). */
export const DEMO_SPECIFIC_CAPACITY_MAH_G = 165;
/** One point every 5 minutes keeps the demo's tests small; testers often log every 10–60 s. */
export const DEMO_SAMPLE_INTERVAL_S = 300;
/** The ○ builds: 0.11 % per cycle leaves about 87 % at the protocol's cycle 120 ([0123]). */
const SLOW_FADE_PER_CYCLE = 0.0011;

/** About where (±1 cycle: the model's cut-offs and scatter) each Δ build reaches 80 %, inside Table 1's band of 6–50. */
const DELTA_LIFESPANS: Record<string, number> = {
  'Example 2': 34,
  'Example 3': 41,
  'Example 5': 17,
  'Example 6': 26,
  'Comparative 1': 11,
};
/** Comparative 2 shorted "before cycle 5" [0132]; Comparatives 3 and 4 in cycle 1 [0133]. */
const SHORT_CYCLES: Record<string, number> = { 'Comparative 2': 3, 'Comparative 3': 1, 'Comparative 4': 1 };

export function demoCyclingPlan(build: Pick<DemoBuild, 'name' | 'table1'>): DemoCyclingPlan {
  const shortAt = SHORT_CYCLES[build.name];
  if (shortAt !== undefined) return { cycles: shortAt + 2, retentionAt: () => 1, shortAtCycle: shortAt };
  const lifespan = DELTA_LIFESPANS[build.name];
  if (lifespan !== undefined) {
    // Linear to 79 % at the lifespan cycle, so cycle N is the first at or below 80 % despite the scatter.
    return { cycles: lifespan + 10, retentionAt: (cycle) => 1 - (0.21 * (cycle - 1)) / (lifespan - 1), shortAtCycle: null };
  }
  return { cycles: 120, retentionAt: (cycle) => 1 - SLOW_FADE_PER_CYCLE * (cycle - 1), shortAtCycle: null };
}
