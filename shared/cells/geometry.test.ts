import { describe, expect, it } from 'vitest';
import { layerAreaCm2, layerThicknessUm } from './geometry';

describe('layerAreaCm2', () => {
  it('takes a rectangle in mm: 30 × 30 mm = 900 mm² = 9.0 cm²', () => {
    expect(layerAreaCm2({ kind: 'rect', widthMm: 30, heightMm: 30 })).toBeCloseTo(9, 12);
  });

  it('takes a punched disc by its diameter in mm: Ø 12 mm = π × 6² = 113.1 mm² = 1.131 cm²', () => {
    expect(layerAreaCm2({ kind: 'round', diameterMm: 12 })).toBeCloseTo((Math.PI * 36) / 100, 12);
  });

  it('takes a known area as it is', () => {
    expect(layerAreaCm2({ kind: 'area', areaCm2: 9 })).toBe(9);
  });

  it('is null without a shape or with a size that is not above 0', () => {
    expect(layerAreaCm2(null)).toBeNull();
    expect(layerAreaCm2({ kind: 'area', areaCm2: 0 })).toBeNull();
    expect(layerAreaCm2({ kind: 'rect', widthMm: 10, heightMm: -1 })).toBeNull();
  });
});

describe('layerThicknessUm', () => {
  it('prefers the pressed thickness, which is what the cell has', () => {
    expect(layerThicknessUm({ thicknessCoatedUm: 12, thicknessPressedUm: 7 })).toBe(7);
  });

  it('falls back to the coated thickness, and to null when neither is known', () => {
    expect(layerThicknessUm({ thicknessCoatedUm: 12, thicknessPressedUm: null })).toBe(12);
    expect(layerThicknessUm({ thicknessCoatedUm: null, thicknessPressedUm: null })).toBeNull();
  });
});
