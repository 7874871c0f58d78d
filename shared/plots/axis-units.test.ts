import { describe, expect, it } from 'vitest';
import { formatScaled } from '../format/si-prefix';
import { capacityAxisUnit, currentAxisUnit } from './axis-units';
import { niceTicks, tickValues } from './ticks';

describe('axis units by magnitude', () => {
  it('picks µAh, mAh or Ah and never stacks a prefix on mAh', () => {
    expect(capacityAxisUnit(0.00008331)).toEqual({ unit: 'µAh', factor: 1000 });
    expect(capacityAxisUnit(0.5)).toEqual({ unit: 'µAh', factor: 1000 });
    expect(capacityAxisUnit(1.5)).toEqual({ unit: 'mAh', factor: 1 });
    expect(capacityAxisUnit(2500)).toEqual({ unit: 'Ah', factor: 0.001 });
    expect(capacityAxisUnit(0)).toEqual({ unit: 'mAh', factor: 1 });
    expect(capacityAxisUnit(150, 'per_gram').unit).toBe('mAh/g');
    expect(capacityAxisUnit(0.2, 'per_cm2').unit).toBe('µAh/cm²');
    for (const value of [1e-7, 1e-4, 0.3, 3, 300, 3e4]) for (const basis of ['cell', 'per_gram', 'per_cm2'] as const) expect(capacityAxisUnit(value, basis).unit).not.toMatch(/[µμ]m|mm|km/);
    expect(currentAxisUnit(0.06)).toEqual({ unit: 'µA', factor: 1000 });
    expect(currentAxisUnit(1.2).unit).toBe('mA');
  });

  it('an axis and a table cell of the same value name the same unit (one formatter)', () => {
    for (const value of [0.00008331, 0.02, 0.999, 1, 42, 999.9, 1000, 2500]) {
      expect(formatScaled(value, 'mAh').endsWith(` ${capacityAxisUnit(value).unit}`)).toBe(true);
      expect(formatScaled(value, 'mAh/cm²').endsWith(` ${capacityAxisUnit(value, 'per_cm2').unit}`)).toBe(true);
    }
    expect(capacityAxisUnit(999.9).unit).toBe('mAh');
    expect(capacityAxisUnit(1000).unit).toBe('Ah');
    expect(capacityAxisUnit(Number.NaN)).toEqual({ unit: 'mAh', factor: 1 });
    expect(currentAxisUnit(0.0004)).toEqual({ unit: 'µA', factor: 1000 });
  });

  it('0.00008331 mAh reads 83.31 µAh', () => {
    const { factor } = capacityAxisUnit(0.00008331);
    expect(0.00008331 * factor).toBeCloseTo(0.08331, 10);
  });
});

describe('ticks that read as distinct labels', () => {
  it('a CE axis of 99.52–99.61 % gets ticks whose labels all differ', () => {
    const ticks = niceTicks(99.52, 99.61)!;
    const labels = tickValues(ticks).map((value) => value.toFixed(ticks.decimals));
    expect(new Set(labels).size).toBe(labels.length);
    expect(ticks.step).toBe(0.02);
    expect(ticks.decimals).toBe(2);
    expect(ticks.min).toBeLessThanOrEqual(99.52);
    expect(ticks.max).toBeGreaterThanOrEqual(99.61);
  });

  it('steps are 1, 2 or 5 × 10^k over many spans, labels always distinct', () => {
    for (const [lo, hi] of [[0, 1], [97, 100.3], [0.1, 180], [3.0001, 3.0009], [-5, 5], [42, 42]] as const) {
      const ticks = niceTicks(lo, hi)!;
      const mantissa = ticks.step / 10 ** Math.floor(Math.log10(ticks.step) + 1e-9);
      expect([1, 2, 5]).toContain(Math.round(mantissa * 1000) / 1000);
      const labels = tickValues(ticks).map((value) => value.toFixed(ticks.decimals));
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.length).toBeGreaterThanOrEqual(2);
      expect(labels.length).toBeLessThanOrEqual(12);
    }
    expect(niceTicks(Number.NaN, 1)).toBeNull();
  });
});
