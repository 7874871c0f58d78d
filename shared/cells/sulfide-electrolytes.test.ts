import { describe, expect, it } from 'vitest';
import { isArgyrodite, isLi2sP2s5Glass, li2sMolPct } from './sulfide-electrolytes';

describe('isArgyrodite', () => {
  it('recognises Li6PS5X (X = Cl, Br, I) and the Li7−xPS6−xXx family of [0069]', () => {
    for (const formula of ['Li6PS5Cl', 'Li6PS5Br', 'Li6PS5I', 'Li5.5PS4.5Cl1.5', 'Li5.4PS4.4Cl0.8Br0.8', 'Li₆PS₅Cl']) expect(isArgyrodite(formula), formula).toBe(true);
  });

  it('does not take other sulfides, x above 2, or no formula', () => {
    for (const formula of ['Li3PS4', 'Li7P3S11', 'Li10GeP2S12', 'Li4PS3Cl3', 'Li6PS5F']) expect(isArgyrodite(formula), formula).toBe(false);
    expect(isArgyrodite(null)).toBe(false);
  });
});

describe('Li2S–P2S5 glasses', () => {
  const glass = (name: string, formula: string | null = null) => ({ name, formula });

  it('are recognised by name or formula, however the dash and subscripts are written [0067]', () => {
    expect(isLi2sP2s5Glass(glass('Li2S-P2S5'))).toBe(true);
    expect(isLi2sP2s5Glass(glass('Li₂S–P₂S₅ glass'))).toBe(true);
    expect(isLi2sP2s5Glass(glass('Li_2S — P_2S_5 — LiI'))).toBe(true);
    expect(isLi2sP2s5Glass(glass('SE glass', '70Li2S·30P2S5'))).toBe(true);
    expect(isLi2sP2s5Glass(glass('Li6PS5Cl', 'Li6PS5Cl'))).toBe(false);
  });

  it('give their Li2S mol% from coefficients or a stated ratio', () => {
    expect(li2sMolPct(glass('70Li2S-30P2S5'))).toBe(70);
    expect(li2sMolPct(glass('0.75Li2S·0.25P2S5'))).toBe(75);
    expect(li2sMolPct(glass('Li2S-P2S5 (80:20)'))).toBe(80);
    expect(li2sMolPct(glass('glass', '3Li2S·P2S5'))).toBeNull();
    expect(li2sMolPct(glass('Li2S-P2S5'))).toBeNull();
  });
});
