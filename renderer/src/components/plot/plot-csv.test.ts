import { describe, expect, it } from 'vitest';
import { plotCsv } from './plot-csv';

describe('plotCsv', () => {
  it('writes one row per drawn point with units in the headers, skipping the gaps between segments', () => {
    const csv = plotCsv('Capacity (mAh)', [
      { name: 'cycle 1, charge', x: [0, 0.5, null, 1.25], y: [3.1, 3.7, null, 4.2], yTitle: 'Voltage (V)' },
      { name: 'say "hi"', x: new Float64Array([2]), y: new Float64Array([0.1 + 0.2]), yTitle: 'Voltage (V)' },
    ]);
    expect(csv.split('\n')).toEqual([
      'series,Capacity (mAh),y axis,y',
      '"cycle 1, charge",0,Voltage (V),3.1',
      '"cycle 1, charge",0.5,Voltage (V),3.7',
      '"cycle 1, charge",1.25,Voltage (V),4.2',
      '"say ""hi""",2,Voltage (V),0.3',
      '',
    ]);
  });
});
