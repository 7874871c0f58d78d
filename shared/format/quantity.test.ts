import { describe, expect, it } from 'vitest';
import { decimalsOf, formatChange, formatFraction, formatNumber, formatPercent, formatQuantity, formatRange, formatWithUnit, recordedPrecision } from './quantity';
import { BALANCE_RESOLUTIONS } from '../chemistry/weigh-list';

describe('precision that comes from the quantity', () => {
  it('keeps the trailing zero a 0.01 g balance reads: 6.90 g stays 6.90 g', () => {
    expect(formatQuantity(6.9, 'g', { resolution: BALANCE_RESOLUTIONS['0.01g'] })).toBe('6.90 g');
    expect(formatQuantity(6.9, 'g', { resolution: BALANCE_RESOLUTIONS['0.1mg'] })).toBe('6.9000 g');
    // A reading between steps is rounded to the step the balance shows.
    expect(formatQuantity(6.904, 'g', { resolution: 0.01 })).toBe('6.90 g');
    expect(formatQuantity(6.905, 'g', { resolution: 0.01 })).toBe('6.91 g');
    expect(formatQuantity(120, 'mg', { resolution: 0.1 })).toBe('120.0 mg');
  });

  it('keeps the digits a measurement was typed with', () => {
    expect(decimalsOf('6.90')).toBe(2);
    expect(decimalsOf('12')).toBe(0);
    expect(decimalsOf(0.0001)).toBe(4);
    expect(decimalsOf(1e-4)).toBe(4);
    expect(formatQuantity(6.9, 'g', recordedPrecision('6.90'))).toBe('6.90 g');
    expect(formatQuantity(0.5, 'mL', recordedPrecision('0.500'))).toBe('0.500 mL');
  });

  it('writes a stored value without the binary artefact', () => {
    // 12.011·22 + 1.008·... style sums leave 268.36400000000003 in the double.
    expect(268.364 + 3e-14).not.toBe(268.364);
    expect(formatNumber(268.36400000000003, 'recorded')).toBe('268.364');
    expect(formatNumber(0.1 + 0.2, 'recorded')).toBe('0.3');
    expect(formatNumber(1e-7, 'recorded')).toBe('0.0000001');
    expect(formatNumber(123456789, 'recorded')).toBe('123456789');
  });

  it('gives computed values four significant digits unless told otherwise', () => {
    expect(formatQuantity(12.3456, 'g')).toBe('12.35 g');
    expect(formatQuantity(10.8, 'mA')).toBe('10.8 mA');
    expect(formatQuantity(1234.5678, 'mAh', { significant: 3 })).toBe('1230 mAh');
    expect(formatQuantity(46.025, 'g/mol', { decimals: 2 })).toBe('46.03 g/mol');
  });

  it('writes "—" for what is missing and never "-0"', () => {
    expect(formatQuantity(null, 'mAh')).toBe('—');
    expect(formatQuantity(undefined, 'mAh')).toBe('—');
    expect(formatQuantity(Number.NaN, 'mAh')).toBe('—');
    expect(formatNumber(-0.0001, { decimals: 2 })).toBe('0.00');
    expect(formatNumber(-0)).toBe('0');
  });

  it('leaves the unit out when a column header carries it, and writes × and ° unspaced', () => {
    expect(formatQuantity(25, '')).toBe('25');
    expect(formatWithUnit(1.5, '×')).toBe('1.5×');
    expect(formatWithUnit(25, '°C')).toBe('25 °C');
  });
});

describe('percent, ranges and changes', () => {
  it('writes percentages and fractions as percentages', () => {
    expect(formatPercent(4.4)).toBe('4.4 %');
    // 61.64 / 61.96 mAh: cycle 1 of the demo's Example 1.
    expect(formatFraction(61.64 / 61.96)).toBe('99.48 %');
    // 0.07 × 100 is 7.000000000000001 in binary.
    expect(formatFraction(0.07)).toBe('7 %');
    expect(formatFraction(null)).toBe('—');
  });

  it('writes a range with its unit once and open ends as bounds', () => {
    expect(formatRange(0.1, 50, '%')).toBe('0.1–50 %');
    expect(formatRange(2.5, 4.3, 'V', { decimals: 2 })).toBe('2.50–4.30 V');
    expect(formatRange(0.1, null, '%')).toBe('≥ 0.1 %');
    expect(formatRange(null, 50, '%')).toBe('≤ 50 %');
    expect(formatRange(null, null, '%')).toBe('—');
  });

  it('writes a signed change with a true minus sign', () => {
    expect(formatChange(0.3, 'g', { resolution: 0.01 })).toBe('+0.30 g');
    expect(formatChange(-1.2, '%')).toBe('−1.2 %');
    expect(formatChange(0.001, 'g', { resolution: 0.01 })).toBe('0.00 g');
  });
});
