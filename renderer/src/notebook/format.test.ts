import { describe, expect, it } from 'vitest';
import { formatValue } from './format';

describe('notebook formats', () => {
  it('shows missing values as a dash and others as text', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue('"M. Kim"')).toBe('"M. Kim"');
    expect(formatValue(1.5)).toBe('1.5');
  });
});
