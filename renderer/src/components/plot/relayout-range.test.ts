import { describe, expect, it } from 'vitest';
import { xRangeChange } from './relayout-range';

describe('xRangeChange', () => {
  it('reads a zoom box, a range pair and an autoscale', () => {
    expect(xRangeChange({ 'xaxis.range[0]': 2, 'xaxis.range[1]': 1.5 })).toEqual({ kind: 'range', from: 1.5, to: 2 });
    expect(xRangeChange({ 'xaxis.range': [0.1, 0.4] })).toEqual({ kind: 'range', from: 0.1, to: 0.4 });
    expect(xRangeChange({ 'xaxis.autorange': true, 'yaxis.autorange': true })).toEqual({ kind: 'all' });
  });

  it('ignores a y-only zoom and an empty range', () => {
    expect(xRangeChange({ 'yaxis.range[0]': 3, 'yaxis.range[1]': 4 })).toEqual({ kind: 'none' });
    expect(xRangeChange({ 'xaxis.range[0]': 1, 'xaxis.range[1]': 1 })).toEqual({ kind: 'none' });
  });
});
