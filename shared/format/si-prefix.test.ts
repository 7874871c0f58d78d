import { describe, expect, it } from 'vitest';
import { formatScaled, scaleUnit, splitPrefix } from './si-prefix';

describe('SI prefixes', () => {
  it('replaces the unit\'s own prefix instead of stacking one on it', () => {
    expect(formatScaled(0.0005, 'mAh')).toBe('0.5 µAh');
    expect(formatScaled(0.0005, 'mAh')).not.toMatch(/[µμ]m/);
    expect(formatScaled(2500, 'mAh')).toBe('2.5 Ah');
    expect(formatScaled(61.96, 'mAh')).toBe('61.96 mAh');
    expect(formatScaled(0.25, 'Ah')).toBe('250 mAh');
    expect(formatScaled(1500, 'µA')).toBe('1.5 mA');
  });

  it('reads the Greek mu and "u" as micro and writes the micro sign', () => {
    expect(splitPrefix('μAh')).toEqual({ prefix: 'µ', base: 'Ah' });
    expect(formatScaled(2000, 'uA')).toBe('2 mA');
    expect(formatScaled(0.002, 'μAh')).toBe('0.002 µAh');
    expect(formatScaled(0.002, 'μA')).toBe('2 nA');
  });

  it('stays within the prefixes a lab reads, and leaves compound units alone', () => {
    expect(formatScaled(5e6, 'mAh')).toBe('5000 Ah');
    expect(formatScaled(1e-7, 'mAh')).toBe('0.0001 µAh');
    expect(formatScaled(150, 'mAh/g')).toBe('150 mAh/g');
    expect(formatScaled(0.02, 'mAh/cm²')).toBe('20 µAh/cm²');
    expect(splitPrefix('mAh/g')).toBeNull();
    expect(scaleUnit(0.5, 'mAh')).toEqual({ unit: 'µAh', factor: 1000 });
    expect(scaleUnit(0, 'mAh')).toEqual({ unit: 'mAh', factor: 1 });
    expect(formatScaled(375, 'MPa')).toBe('375 MPa');
    expect(formatScaled(0.375, 'GPa')).toBe('375 MPa');
  });

  it('keeps "—" and zero as they are', () => {
    expect(formatScaled(null, 'mAh')).toBe('—');
    expect(formatScaled(0, 'mAh')).toBe('0 mAh');
    expect(formatScaled(-0.0005, 'mAh')).toBe('-0.5 µAh');
  });

  it('keeps a resolution when the prefix does not change, and falls back to significant digits when it does', () => {
    expect(formatScaled(6.9, 'g', { resolution: 0.01 })).toBe('6.90 g');
    expect(formatScaled(0.0069, 'g', { resolution: 0.0001 })).toBe('6.9 mg');
  });
});
