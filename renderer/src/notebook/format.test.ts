import { describe, expect, it } from 'vitest';
import { formatBytes, formatValue } from './format';

describe('notebook formats', () => {
  it('shows sizes with binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(28672)).toBe(`${(28672 / 1024).toFixed(1)} KiB`);
    expect(formatBytes(3 * 1024 * 1024 + 512 * 1024)).toBe('3.50 MiB');
  });

  it('shows missing values as a dash and others as text', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue('"M. Kim"')).toBe('"M. Kim"');
    expect(formatValue(1.5)).toBe('1.5');
  });
});
