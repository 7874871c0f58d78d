import { describe, expect, it } from 'vitest';
import { lifespanRank, replicateLifespans, type TestLifespan } from './replicate-lifespans';

const test = (lifespanCycle: number | null, cycleCount: number, grade: TestLifespan['grade'], shortCircuitCycle: number | null = null): TestLifespan => ({
  lifespanCycle,
  cycleCount,
  grade,
  shortCircuitCycle,
});

describe('replicate lifespans of a build', () => {
  it('ranks a test still above 80 % just above its cycle count', () => {
    expect(lifespanRank(test(null, 120, '○'))).toBe(120.5);
    expect(lifespanRank(test(41, 51, 'Δ'))).toBe(41);
    expect(lifespanRank(test(null, 0, null))).toBeNull();
  });

  it('lists the cells longest-lived first and takes the median (odd and even counts)', () => {
    const three = replicateLifespans([test(17, 27, 'Δ'), test(null, 120, '○'), test(3, 5, 'x', 3)]);
    expect(three).toEqual({ labels: ['> 120', '17', '3'], grades: ['○', 'Δ', 'x'], medianRank: 17, shorted: 1 });
    expect(replicateLifespans([test(10, 20, 'Δ'), test(30, 40, 'Δ')]).medianRank).toBe(20);
    expect(replicateLifespans([]).medianRank).toBeNull();
  });
});
