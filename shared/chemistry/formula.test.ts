import { describe, expect, it } from 'vitest';
import { DEUTERIUM, ELEMENTS, elementInfo } from './atomic-weights';
import { FormulaError, formulaUsesEstimatedWeights, molarMass, molarMassOf, parseFormula } from './formula';

// Molar masses are compared within 0.05 g/mol: published values round to 0.01, and a weight table
// that is off by one digit shifts results by far more than that.
const TOLERANCE = 0.05;

function expectMass(formula: string, expected: number): void {
  const mass = molarMass(formula);
  expect(Math.abs(mass - expected), `${formula}: got ${mass}, expected ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

function formulaError(formula: string): FormulaError {
  try {
    parseFormula(formula);
  } catch (error) {
    if (error instanceof FormulaError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(formula)} to be rejected`);
}

describe('atomic weights', () => {
  it('lists the 118 elements once each, by atomic number', () => {
    const numbers = Object.values(ELEMENTS).map((e) => e.atomicNumber).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 118 }, (_, k) => k + 1));
  });

  it('uses the conventional values of the IUPAC abridged table', () => {
    const expected: Record<string, number> = {
      H: 1.008, Li: 6.94, B: 10.81, C: 12.011, N: 14.007, O: 15.999, F: 18.998, Na: 22.99,
      Mg: 24.305, Al: 26.982, Si: 28.085, P: 30.974, S: 32.06, Cl: 35.45, Ar: 39.95, K: 39.098,
      Ti: 47.867, Mn: 54.938, Fe: 55.845, Co: 58.933, Ni: 58.693, Cu: 63.546, Zn: 65.38,
      Ge: 72.63, Se: 78.971, Br: 79.904, Zr: 91.224, Mo: 95.95, Ag: 107.87, In: 114.82,
      Sn: 118.71, Pt: 195.08, Au: 196.97, Pb: 207.2, Bi: 208.98, La: 138.91, Ta: 180.95,
    };
    for (const [symbol, weight] of Object.entries(expected)) expect(ELEMENTS[symbol]?.weight, symbol).toBe(weight);
  });

  it('marks elements without a standard atomic weight as estimated', () => {
    expect(ELEMENTS.Tc).toEqual({ atomicNumber: 43, name: 'technetium', weight: 97, estimated: true });
    expect(ELEMENTS.Og?.estimated).toBe(true);
    expect(ELEMENTS.Po?.estimated).toBe(true);
    // Radioactive, but with a characteristic terrestrial composition.
    expect(ELEMENTS.U).toEqual({ atomicNumber: 92, name: 'uranium', weight: 238.03, estimated: false });
    expect(ELEMENTS.Th?.estimated).toBe(false);
    expect(Object.values(ELEMENTS).filter((e) => e.estimated)).toHaveLength(118 - 84);
  });

  it('knows deuterium but not inherited object keys', () => {
    expect(elementInfo('D')).toBe(DEUTERIUM);
    expect(DEUTERIUM.weight).toBe(2.014);
    expect(elementInfo('Li')?.name).toBe('lithium');
    expect(elementInfo('constructor')).toBeUndefined();
    expect(elementInfo('li')).toBeUndefined();
  });
});

describe('molarMass', () => {
  it('computes battery salts, electrolytes and precursors', () => {
    expectMass('LiN(SO2CF3)2', 287.07); // LiTFSI
    expectMass('LiN(SO2F)2', 187.06); // LiFSI
    expectMass('Si(OC2H5)4', 208.33); // TEOS
    expectMass('Li6PS5Cl', 268.36); // argyrodite
    expectMass('LiNi0.8Co0.15Mn0.05O2', 97.48); // NCM811-like
    expectMass('C3H7NO', 73.09); // N-methylacetamide
    expectMass('C4H10O2', 90.12); // DME
    expectMass('CH2O2', 46.03); // formic acid
    expectMass('SiO2', 60.08);
  });

  it('agrees with the sums worked out by hand from the table', () => {
    // Li6PS5Cl: 6 Li + P + 5 S + Cl
    expect(molarMass('Li6PS5Cl')).toBeCloseTo(6 * 6.94 + 30.974 + 5 * 32.06 + 35.45, 9);
    // LiN(SO2CF3)2: Li + N + 2 S + 4 O + 2 C + 6 F
    expect(molarMass('LiN(SO2CF3)2')).toBeCloseTo(6.94 + 14.007 + 2 * 32.06 + 4 * 15.999 + 2 * 12.011 + 6 * 18.998, 9);
    // Si(OC2H5)4: Si + 4 O + 8 C + 20 H
    expect(molarMass('Si(OC2H5)4')).toBeCloseTo(28.085 + 4 * 15.999 + 8 * 12.011 + 20 * 1.008, 9);
    // LiNi0.8Co0.15Mn0.05O2
    expect(molarMass('LiNi0.8Co0.15Mn0.05O2')).toBeCloseTo(
      6.94 + 0.8 * 58.693 + 0.15 * 58.933 + 0.05 * 54.938 + 2 * 15.999,
      9,
    );
  });

  it('adds hydrate water and adduct parts with their coefficients', () => {
    expect(molarMass('CuSO4·5H2O')).toBeCloseTo(63.546 + 32.06 + 4 * 15.999 + 5 * (2 * 1.008 + 15.999), 9);
    expectMass('CuSO4·5H2O', 249.68);
    expectMass('Na2CO3·10H2O', 286.14);
    expect(molarMass('0.75Li2S·0.25P2S5')).toBeCloseTo(0.75 * (2 * 6.94 + 32.06) + 0.25 * (2 * 30.974 + 5 * 32.06), 9);
  });

  it('gives the same mass however the formula is typed', () => {
    expect(molarMass('Li₆PS₅Cl')).toBe(molarMass('Li6PS5Cl'));
    expect(molarMass('  SiO₂ ')).toBe(molarMass('SiO2'));
    expect(molarMass('LiPF6*2H2O')).toBe(molarMass('LiPF6·2H2O'));
    expect(molarMass('LiPF6 • 2H2O')).toBe(molarMass('LiPF6·2H2O'));
  });

  it('weighs deuterium as 2H', () => {
    expect(molarMass('D2O')).toBeCloseTo(2 * 2.014 + 15.999, 9);
  });

  it('throws FormulaError for formulas it cannot read', () => {
    expect(() => molarMass('LiXxO2')).toThrow(FormulaError);
  });
});

describe('molarMassOf', () => {
  it('weighs a composition directly', () => {
    expect(molarMassOf({ Li: 2, S: 1 })).toBeCloseTo(2 * 6.94 + 32.06, 9);
    expect(molarMassOf({})).toBe(0);
  });

  it('refuses unknown symbols and impossible amounts', () => {
    expect(() => molarMassOf({ Xx: 1 })).toThrow('unknown element "Xx"');
    expect(() => molarMassOf({ toString: 1 })).toThrow('unknown element "toString"');
    expect(() => molarMassOf({ Li: -1 })).toThrow(RangeError);
    expect(() => molarMassOf({ Li: Number.NaN })).toThrow(RangeError);
  });
});

describe('parseFormula', () => {
  it('counts elements through nested groups', () => {
    expect(parseFormula('LiN(SO2CF3)2').elements).toEqual({ Li: 1, N: 1, S: 2, O: 4, C: 2, F: 6 });
    expect(parseFormula('Si(OC2H5)4').elements).toEqual({ Si: 1, O: 4, C: 8, H: 20 });
    expect(parseFormula('Ca3[Fe(CN)6]2').elements).toEqual({ Ca: 3, Fe: 2, C: 12, N: 12 });
    expect(parseFormula('K4{Fe[(CN)]6}').elements).toEqual({ K: 4, Fe: 1, C: 6, N: 6 });
  });

  it('keeps elements in order of first appearance and merges repeats', () => {
    const parsed = parseFormula('CH3COOH');
    expect(parsed.elements).toEqual({ C: 2, H: 4, O: 2 });
    expect(Object.keys(parsed.elements)).toEqual(['C', 'H', 'O']);
  });

  it('reads decimal subscripts of non-stoichiometric phases', () => {
    expect(parseFormula('LiNi0.8Co0.15Mn0.05O2').elements).toEqual({ Li: 1, Ni: 0.8, Co: 0.15, Mn: 0.05, O: 2 });
    expect(parseFormula('Li0.33La0.56TiO3').elements).toEqual({ Li: 0.33, La: 0.56, Ti: 1, O: 3 });
    expect(parseFormula('Li7La3Zr2O12').elements).toEqual({ Li: 7, La: 3, Zr: 2, O: 12 });
    // Products of decimals come out as the chemist would write them, not 0.30000000000000004.
    expect(parseFormula('(Li0.1)3').elements).toEqual({ Li: 0.3 });
    expect(parseFormula('Li6.4PS5.4Cl0.6').elements).toEqual({ Li: 6.4, P: 1, S: 5.4, Cl: 0.6 });
  });

  it('adds hydrate and adduct parts times their leading coefficient', () => {
    expect(parseFormula('CuSO4·5H2O').elements).toEqual({ Cu: 1, S: 1, O: 9, H: 10 });
    expect(parseFormula('LiPF6*2H2O').elements).toEqual({ Li: 1, P: 1, F: 6, H: 4, O: 2 });
    expect(parseFormula('Na2CO3•10H2O').elements).toEqual({ Na: 2, C: 1, O: 13, H: 20 });
    expect(parseFormula('AlCl3·H2O·0.5C2H6O').elements).toEqual({ Al: 1, Cl: 3, H: 5, O: 1.5, C: 1 });
    expect(parseFormula('3LiF·AlF3').elements).toEqual({ Li: 3, F: 6, Al: 1 });
  });

  it('treats "." only as a decimal point', () => {
    // Written with "." this is CuSO4.5 followed by H2O, not a pentahydrate.
    expect(parseFormula('CuSO4.5H2O').elements).toEqual({ Cu: 1, S: 1, O: 5.5, H: 2 });
  });

  it('reads unicode subscript digits', () => {
    expect(parseFormula('Li₆PS₅Cl').elements).toEqual({ Li: 6, P: 1, S: 5, Cl: 1 });
    expect(parseFormula('SiO₂').elements).toEqual({ Si: 1, O: 2 });
    expect(parseFormula('Li₁₀GeP₂S₁₂').elements).toEqual({ Li: 10, Ge: 1, P: 2, S: 12 });
  });

  it('ignores surrounding whitespace and whitespace around separators', () => {
    expect(parseFormula('  \tLi2S\n').elements).toEqual({ Li: 2, S: 1 });
    expect(parseFormula('CuSO4 · 5H2O').normalized).toBe('CuSO4·5H2O');
  });

  it('normalizes the spelling without reordering', () => {
    expect(parseFormula(' Li₆PS₅Cl ').normalized).toBe('Li6PS5Cl');
    expect(parseFormula('LiPF6 * 2H2O').normalized).toBe('LiPF6·2H2O');
    expect(parseFormula('Li1Ni0.80O2.50').normalized).toBe('LiNi0.8O2.5');
    expect(parseFormula('1H2O').normalized).toBe('H2O');
    expect(parseFormula('Ca3[Fe(CN)6]2').normalized).toBe('Ca3[Fe(CN)6]2');
    expect(parseFormula('Li02S').normalized).toBe('Li2S');
  });

  it('accepts deuterium', () => {
    expect(parseFormula('CDCl3').elements).toEqual({ C: 1, D: 1, Cl: 3 });
  });
});

describe('parseFormula errors', () => {
  const cases: [formula: string, message: string, position: number][] = [
    ['', 'empty formula', 0],
    ['   ', 'empty formula', 0],
    ['LiXxO2', 'unknown element "Xx" at position 2 in "LiXxO2"', 2],
    ['CX4', 'unknown element "X" at position 1 in "CX4"', 1],
    ['Li2S)P2S5', 'unbalanced ")" at position 4 in "Li2S)P2S5"', 4],
    ['LiN(SO2CF3)2)', 'unbalanced ")" at position 12 in "LiN(SO2CF3)2)"', 12],
    ['LiN(SO2CF3', '"(" at position 3 is never closed in "LiN(SO2CF3"', 3],
    ['Ca3[Fe(CN)6', '"[" at position 3 is never closed in "Ca3[Fe(CN)6"', 3],
    ['Ca3[Fe(CN]6)2', '"]" at position 9 does not match "(" at position 6 in "Ca3[Fe(CN]6)2"', 9],
    ['Li()2', 'empty group "()" at position 2 in "Li()2"', 2],
    ['LiN(%SO2F)2', 'unexpected character "%" at position 4 in "LiN(%SO2F)2"', 4],
    ['Li2S–P2S5', 'unexpected character "–" at position 4 in "Li2S–P2S5"', 4],
    ['Li😀', 'unexpected character "😀" at position 2 in "Li😀"', 2],
    ['li2O', 'unexpected character "l" at position 0 in "li2O"; element symbols start with a capital letter', 0],
    ['Li N', 'unexpected character " " at position 2 in "Li N"', 2],
    ['5 H2O', 'unexpected character " " at position 1 in "5 H2O"', 1],
    ['(2H2O)', 'unexpected number "2" at position 1 in "(2H2O)"', 1],
    ['Li0O', 'zero amount "0" at position 2 in "Li0O"', 2],
    ['(LiO)0.0', 'zero amount "0.0" at position 5 in "(LiO)0.0"', 5],
    ['Li2.O', '"." at position 3 in "Li2.O" is not part of a number; write hydrates with "·" or "*"', 3],
    ['LiCl.H2O', '"." at position 4 in "LiCl.H2O" is not part of a number; write hydrates with "·" or "*"', 4],
    ['Li.5Cl', '"." at position 2 in "Li.5Cl" is not part of a number; write hydrates with "·" or "*"', 2],
    ['CuSO4·', 'missing formula after "·" at position 5 in "CuSO4·"', 5],
    ['*H2O', 'missing formula before "*" at position 0 in "*H2O"', 0],
    ['CuSO4··5H2O', 'missing formula before "·" at position 6 in "CuSO4··5H2O"', 6],
    ['CuSO4·5', 'number "5" at position 6 is not followed by a formula in "CuSO4·5"', 6],
    ['Cu(SO4·5H2O)', '"·" at position 6 cannot stand inside "(" opened at position 2 in "Cu(SO4·5H2O)"', 6],
    ['Li' + '9'.repeat(400), `amount "${'9'.repeat(400)}" is too large at position 2 in "Li${'9'.repeat(400)}"`, 2],
  ];

  it.each(cases)('rejects %j', (formula, message, position) => {
    const error = formulaError(formula);
    expect(error.message).toBe(message);
    expect(error.position).toBe(position);
    expect(error.name).toBe('FormulaError');
    expect(error).toBeInstanceOf(Error);
  });

  it('counts positions in the string as given, leading whitespace included', () => {
    const error = formulaError('  LiXxO2');
    expect(error.position).toBe(4);
    expect(error.message).toBe('unknown element "Xx" at position 4 in "  LiXxO2"');
  });
});

describe('formulaUsesEstimatedWeights', () => {
  it('names the elements whose weight is a mass number', () => {
    expect(formulaUsesEstimatedWeights(parseFormula('Li6PS5Cl'))).toEqual([]);
    expect(formulaUsesEstimatedWeights(parseFormula('NH4TcO4'))).toEqual(['Tc']);
    expect(formulaUsesEstimatedWeights(parseFormula('PuO2·AmO2·UO2'))).toEqual(['Pu', 'Am']);
  });
});
