import { describe, expect, it } from 'vitest';
import { forceKN, forceKNFromPressure, judgePressureMagnitude, kNFromTf, largestAreaCm2, outlineAreaCm2, pressureMPaFromForce, tfFromKN } from './force';

// DOMAIN.md section 4: 500 MPa on 1 cm² = 50.0 kN = 5.10 tf; on 4 cm² = 20.4 tf; on 10 cm² = 51.0 tf.
describe('pressure and force', () => {
  it('500 MPa on 1 cm² is 50.0 kN = 5.10 tf', () => {
    // 500 N/mm² x 100 mm² = 50,000 N
    expect(forceKNFromPressure(500, 1)).toBeCloseTo(50.0, 10);
    expect(tfFromKN(forceKNFromPressure(500, 1))).toBeCloseTo(50 / 9.80665, 10);
    expect(tfFromKN(50).toFixed(2)).toBe('5.10');
  });
  it('500 MPa on 4 cm² is 20.4 tf and on 10 cm² 51.0 tf', () => {
    expect(tfFromKN(forceKNFromPressure(500, 4)).toFixed(1)).toBe('20.4');
    expect(tfFromKN(forceKNFromPressure(500, 10)).toFixed(1)).toBe('51.0');
  });
  it('a 10 mm round die: 0.7854 cm², 39.27 kN at 500 MPa', () => {
    const areaCm2 = outlineAreaCm2({ shape: 'round', diameterMm: 10 });
    expect(areaCm2).toBeCloseTo((Math.PI * 25) / 100, 12);
    expect(forceKNFromPressure(500, areaCm2).toFixed(2)).toBe('39.27');
  });
  it('a rectangular die: 20 mm x 20 mm is 4 cm²', () => {
    expect(outlineAreaCm2({ shape: 'rect', widthMm: 20, lengthMm: 20 })).toBe(4);
    expect(forceKNFromPressure(450, outlineAreaCm2({ shape: 'rect', widthMm: 10, lengthMm: 30 }))).toBeCloseTo(450 * 3 * 0.1, 10);
  });
  it('force back to pressure, kN and tf both ways', () => {
    expect(pressureMPaFromForce(50, 1)).toBeCloseTo(500, 10);
    expect(kNFromTf(1)).toBe(9.80665);
    expect(forceKN(15, 'tf')).toBeCloseTo(147.09975, 10);
    expect(forceKN(100, 'kN')).toBe(100);
    expect(pressureMPaFromForce(kNFromTf(5.1), 1)).toBeCloseTo((5.1 * 9.80665) / 0.1, 8);
  });
  it('the largest area a 15 tf press takes at 500 MPa: 147.1 kN / 50 kN per cm² = 2.94 cm²', () => {
    expect(largestAreaCm2(kNFromTf(15), 500)).toBeCloseTo(147.09975 / 50, 10);
  });
});

describe('pressure magnitude', () => {
  it('refuses zero and negative', () => {
    expect(judgePressureMagnitude(0).verdict).toBe('refused');
    expect(judgePressureMagnitude(-5).verdict).toBe('refused');
  });
  it('accepts up to 2,000 MPa and asks above it', () => {
    expect(judgePressureMagnitude(2000).verdict).toBe('ok');
    expect(judgePressureMagnitude(0.001).verdict).toBe('ok');
    const above = judgePressureMagnitude(2000.5);
    expect(above.verdict).toBe('needs_confirmation');
  });
  it('reads 500,000 as kPa and 500,000,000 as Pa', () => {
    const kPa = judgePressureMagnitude(500_000);
    expect(kPa.verdict === 'needs_confirmation' && kPa.message).toContain('kPa typed as MPa (500 MPa)');
    const pa = judgePressureMagnitude(500_000_000);
    expect(pa.verdict === 'needs_confirmation' && pa.message).toContain('Pa typed as MPa (500 MPa)');
  });
});
