import { describe, expect, it } from 'vitest';
import { num, shapeText } from './format';

describe('build formats', () => {
  it('shows numbers with units and shapes as researchers write them', () => {
    expect(num(25, 'mg/cm²')).toBe('25 mg/cm²');
    expect(num(null, 'mA')).toBe('—');
    expect(num(10.8, 'mA')).toBe('10.8 mA');
    expect(shapeText({ kind: 'rect', widthMm: 22.5, heightMm: 40 })).toBe('22.5 × 40 mm');
    expect(shapeText({ kind: 'round', diameterMm: 10 })).toBe('⌀ 10 mm');
    expect(shapeText({ kind: 'area', areaCm2: 1 })).toBe('1 cm²');
  });
});
