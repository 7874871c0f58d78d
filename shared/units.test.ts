import { describe, expect, it } from 'vitest';
import { convertQuantity, parseQuantityUnit } from './units';
import { formatFixed, formatQuantity } from './format/quantity';

describe('convertQuantity', () => {
  it('converts within mass and within volume', () => {
    expect(convertQuantity(250, 'mg', 'g')).toEqual({ ok: true, value: 0.25 });
    expect(convertQuantity(1.5, 'kg', 'g')).toEqual({ ok: true, value: 1500 });
    expect(convertQuantity(0.074, 'L', 'mL')).toEqual({ ok: true, value: 74 });
  });

  it('converts volume to mass through the density (50.0 mL TEOS x 0.933 g/mL = 46.65 g, DOMAIN.md section 2)', () => {
    const result = convertQuantity(50.0, 'mL', 'g', 0.933);
    expect(result.ok && result.value).toBeCloseTo(46.65, 10);
    const back = convertQuantity(46.65, 'g', 'mL', 0.933);
    expect(back.ok && back.value).toBeCloseTo(50.0, 10);
    const toKg = convertQuantity(74.0, 'mL', 'kg', 1.22);
    expect(toKg.ok && toKg.value).toBeCloseTo((74.0 * 1.22) / 1000, 12);
  });

  it('explains what is missing or impossible', () => {
    expect(convertQuantity(5, 'mL', 'g')).toEqual({ ok: false, reason: "converting mL to g needs the material's density" });
    expect(convertQuantity(5, 'pieces', 'g', 1)).toEqual({ ok: false, reason: 'pieces cannot be converted to g' });
    expect(convertQuantity(5, 'cm2', 'pieces')).toEqual({ ok: false, reason: 'cm² cannot be converted to pieces' });
  });
});

describe('units as typed', () => {
  it('reads common spellings', () => {
    expect(['g', 'G', 'ml', 'mL', 'l', 'pcs', 'cm²', 'cm^2', ' kg '].map(parseQuantityUnit)).toEqual(['g', 'g', 'mL', 'mL', 'L', 'pieces', 'cm2', 'cm2', 'kg']);
    expect(parseQuantityUnit('ounces')).toBeNull();
  });

  it('formats to 4 significant digits with the unit', () => {
    expect(formatQuantity(12.3456, 'g')).toBe('12.35 g');
    expect(formatQuantity(100, 'cm2')).toBe('100 cm²');
    expect(formatQuantity(0.000123456, 'kg')).toBe('0.0001235 kg');
  });
});

describe('formatFixed', () => {
  it('rounds halves up on the decimal value, not the binary one', () => {
    expect((46.025).toFixed(2)).toBe('46.02'); // why formatFixed exists
    expect(formatFixed(12.011 + 2 * 1.008 + 2 * 15.999, 2)).toBe('46.03'); // formic acid, DOMAIN.md section 2
    expect(formatFixed(287.073, 2)).toBe('287.07');
    expect(formatFixed(-1.005, 2)).toBe('-1.00');
    expect(formatFixed(0.5, 0)).toBe('1');
  });
});
