import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-decimal';

describe('parseDecimal', () => {
  it('reads points, decimal commas, exponents and signs', () => {
    expect(['12.5', '12,5', ' 25 ', '1e-3', '-0.4', '.5', '3.'].map(parseDecimal)).toEqual([12.5, 12.5, 25, 0.001, -0.4, 0.5, 3]);
  });

  it('refuses text that is not exactly one number', () => {
    expect(['12.5 g', '1,234.5', 'ca. 3', '', 'NaN', '1.2.3'].map(parseDecimal)).toEqual([null, null, null, null, null, null]);
  });
});
