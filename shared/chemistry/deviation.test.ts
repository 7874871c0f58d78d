import { describe, expect, it } from 'vitest';
import { deviationPercent, missingDeviationReason } from './deviation';

describe('deviations that need a reason', () => {
  const taken = (actualAmount: number, actualUnit: 'g' | 'mg' | 'mL' = 'g') => ({ plannedAmount: 10, plannedUnit: 'g' as const, actualAmount, actualUnit });

  it('refuses a 4.4 % deviation against a 2 % tolerance without a reason, saying how far and which way', () => {
    // (10.44 − 10) / 10 = 4.4 %.
    expect(deviationPercent(taken(10.44))).toBeCloseTo(4.4, 10);
    expect(missingDeviationReason(taken(10.44), 2, null)).toBe("the actual amount is 4.4 % above the planned 10 g, beyond the batch's 2 % tolerance; say why before it is recorded");
    expect(missingDeviationReason(taken(9.56), 2, '  ')).toBe("the actual amount is 4.4 % below the planned 10 g, beyond the batch's 2 % tolerance; say why before it is recorded");
  });

  it('accepts it with a reason, and a deviation within tolerance without one', () => {
    expect(missingDeviationReason(taken(10.44), 2, 'spatula slipped')).toBeNull();
    expect(missingDeviationReason(taken(10.2), 2, null)).toBeNull();
    // Exactly at the tolerance is within it.
    expect(missingDeviationReason(taken(10.2), 2, null)).toBeNull();
  });

  it('compares in the planned unit, through the density for a volume', () => {
    expect(deviationPercent(taken(10440, 'mg'))).toBeCloseTo(4.4, 10);
    // 8 mL × 1.305 g/mL = 10.44 g.
    expect(deviationPercent({ ...taken(8, 'mL'), densityGCm3: 1.305 })).toBeCloseTo(4.4, 10);
    expect(deviationPercent(taken(8, 'mL'))).toBeNull();
    expect(deviationPercent({ ...taken(8), plannedAmount: null })).toBeNull();
  });
});
