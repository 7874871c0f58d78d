// A build's cells' lifespans side by side, for the list of builds: which design lasted. A test
// still above 80 % at its last cycle has a lifespan of more than its cycle count (censored), so it
// ranks just above that count; the build ranks by the median of its cells, the usual summary of
// a few replicates that one early failure does not dominate.

export interface TestLifespan {
  lifespanCycle: number | null;
  lifespanLabel: string;
  cycleCount: number;
  grade: 'x' | 'Δ' | '○' | null;
  shortCircuitCycle: number | null;
}

export interface ReplicateLifespans {
  /** Each test's label, longest-lived first ("> 120", "41", …). */
  labels: string[];
  grades: Array<'x' | 'Δ' | '○'>;
  /** The median rank: a lifespan in cycles, or cycles + 0.5 for a test still above 80 %. null without tests. */
  medianRank: number | null;
  shorted: number;
}

/** Where a test ranks: its lifespan, or (still above the threshold) just above its cycle count. */
export function lifespanRank(test: TestLifespan): number | null {
  if (test.lifespanCycle !== null) return test.lifespanCycle;
  return test.grade === null && test.cycleCount === 0 ? null : test.cycleCount + 0.5;
}

export function replicateLifespans(tests: readonly TestLifespan[]): ReplicateLifespans {
  const ranked = tests.map((test) => ({ test, rank: lifespanRank(test) })).sort((a, b) => (b.rank ?? -1) - (a.rank ?? -1));
  const ranks = ranked.map((entry) => entry.rank).filter((rank): rank is number => rank !== null).sort((a, b) => a - b);
  const middle = ranks.length / 2;
  const medianRank = ranks.length === 0 ? null : ranks.length % 2 === 1 ? ranks[Math.floor(middle)]! : (ranks[middle - 1]! + ranks[middle]!) / 2;
  return {
    labels: ranked.map((entry) => entry.test.lifespanLabel),
    grades: ranked.map((entry) => entry.test.grade).filter((grade): grade is 'x' | 'Δ' | '○' => grade !== null),
    medianRank,
    shorted: tests.filter((test) => test.shortCircuitCycle !== null).length,
  };
}
