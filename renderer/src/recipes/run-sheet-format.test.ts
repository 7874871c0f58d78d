import { describe, expect, it } from 'vitest';
import { balanceText, plannedText, recordedAmountText, scaleText, temperatureText } from './run-sheet-format';

describe('run sheet text', () => {
  it('prints planned amounts with their unit, or "as recipe" for a share of a mixture', () => {
    expect(plannedText({ plannedAmount: 66.123, plannedUnit: 'g' })).toBe('66.12 g');
    expect(plannedText({ plannedAmount: null, plannedUnit: 'g' })).toBe('as recipe');
  });

  it('prints a recorded amount, and nothing before one is recorded', () => {
    expect(recordedAmountText({ actualAmount: 74, actualUnit: 'mL' })).toBe('74 mL');
    expect(recordedAmountText({ actualAmount: null, actualUnit: null })).toBeNull();
  });

  it('prints masses to the digits the batch balance reads: 6.90 g stays 6.90 g on a 0.01 g balance', () => {
    expect(recordedAmountText({ actualAmount: 6.9, actualUnit: 'g' }, '0.01g')).toBe('6.90 g');
    expect(recordedAmountText({ actualAmount: 6.9, actualUnit: 'g' }, '0.1mg')).toBe('6.9000 g');
    expect(recordedAmountText({ actualAmount: 120, actualUnit: 'mg' }, '0.1mg')).toBe('120.0 mg');
    expect(recordedAmountText({ actualAmount: 120, actualUnit: 'mg' }, '1mg')).toBe('120 mg');
    // A balance does not read volumes: four significant digits, as before.
    expect(recordedAmountText({ actualAmount: 74, actualUnit: 'mL' }, '0.01g')).toBe('74 mL');
    expect(plannedText({ plannedAmount: 66.123, plannedUnit: 'g' }, '0.01g')).toBe('66.12 g');
    expect(plannedText({ plannedAmount: 2, plannedUnit: 'kg' }, '0.01g')).toBe('2.00000 kg');
  });

  it('prints the balance as its readability', () => {
    expect(balanceText('0.1mg')).toBe('0.1 mg');
    expect(balanceText('1mg')).toBe('1 mg');
    expect(balanceText('0.01g')).toBe('0.01 g');
  });

  it('prints scale and temperature with their units', () => {
    expect(scaleText(2.5)).toBe('2.5×');
    expect(temperatureText(80)).toBe('80 °C');
  });
});
