import { describe, expect, it } from 'vitest';
import { columnPrecision } from './column';
import { formatQuantity } from './quantity';

describe('one precision for a column of computed values', () => {
  it("writes the demo's cathode capacities with the same two places: 67.20 beside 63.48, not 67.2", () => {
    // 25 mg/cm² × 18 cm² × 0.805 × 175 mAh/g style products: the builds list's capacity column.
    const capacities = [63.48375, 67.19625, 59.77125, 48.63375, 29.885625, null];
    const precision = columnPrecision(capacities);
    expect(precision).toEqual({ decimals: 2 });
    expect(capacities.map((value) => formatQuantity(value, 'mAh', precision))).toEqual(['63.48 mAh', '67.20 mAh', '59.77 mAh', '48.63 mAh', '29.89 mAh', '—']);
  });

  it('takes its places from the largest value, and falls back to significant digits with nothing to measure', () => {
    expect(columnPrecision([0.5, 1234.5])).toEqual({ decimals: 0 });
    expect(columnPrecision([0.0123, 0.5])).toEqual({ decimals: 4 });
    expect(columnPrecision([-12.5, 3])).toEqual({ decimals: 2 });
    expect(columnPrecision([null, undefined])).toEqual({ significant: 4 });
  });
});
