// Property-based tests of the calculators in shared/: what must hold for every input, not only for
// the patent's examples. Each property cites the DOMAIN.md section (or patent paragraph) it
// follows from; fast-check draws the inputs (seeded, so a failure can be replayed) and shrinks a
// counterexample to its smallest form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveLayer } from '../../shared/cells/derived-layer';
import { compositionProblem, weightFractions } from '../../shared/cells/composition';
import { EXAMPLE_1_MATERIALS } from '../../shared/cells/example1-fixture';
import { layerAreaCm2 } from '../../shared/cells/geometry';
import type { BuildLayer, CompositionBasis } from '../../shared/cells/types';
import { molPctToWtPct, molarityOf, soluteMassG, wtPctToMolPct } from '../../shared/chemistry/conversions';
import { calculateSolgel } from '../../shared/chemistry/solgel';
import { EXAMPLE_1_SOLGEL } from '../../shared/chemistry/solgel-example1';
import { scaleSolgel } from '../../shared/chemistry/solgel-scale';
import { formatFixed } from '../../shared/format/number';
import { scaleUnit } from '../../shared/format/si-prefix';
import { parseDecimal } from '../../shared/parse-decimal';
import { forceKN, forceKNFromPressure, KN_PER_TF, kNFromTf, largestAreaCm2, pressureMPaFromForce, tfFromKN } from '../../shared/pressing/force';
import { convertQuantity, QUANTITY_UNITS, type QuantityUnit } from '../../shared/units';
import { reportFigures, stressCount } from './stress-count';

const runs = stressCount(200, 10_000);
const params = { numRuns: runs, seed: 20_260_143_413 };
let propertiesChecked = 0;
const check = <T>(property: fc.IProperty<T>) => {
  propertiesChecked++;
  fc.assert(property, params);
};

/** Relative closeness for floating-point arithmetic (a few ulps of drift per operation). */
const close = (a: number, b: number, relative = 1e-9) => Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b), 1e-300);

const positive = (min = 1e-3, max = 1e4) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe('composition of a layer (DOMAIN.md section 1: recipes in wt%, parts or mg weighed)', () => {
  const layerWith = (basis: CompositionBasis, amounts: number[]): Pick<BuildLayer, 'compositionBasis' | 'components'> => ({
    compositionBasis: basis,
    components: amounts.map((amount, index) => ({ material: { ...EXAMPLE_1_MATERIALS.ncm, id: index + 1 }, lotId: null, lotNumber: null, amount, composite: null })),
  });

  it('weight fractions of parts or weighed mg always add up to 100 %, each between 0 and 100 %', () => {
    check(
      fc.property(fc.constantFrom<CompositionBasis>('parts', 'mass_mg'), fc.array(positive(), { minLength: 1, maxLength: 12 }), (basis, amounts) => {
        const fractions = weightFractions(layerWith(basis, amounts));
        expect(fractions).not.toBeNull();
        expect(Math.abs(fractions!.reduce((sum, w) => sum + w, 0) - 1)).toBeLessThan(1e-12);
        for (const w of fractions!) expect(w > 0 && w <= 1).toBe(true);
      }),
    );
  });

  it('a wt% recipe is accepted exactly when it adds up to 100 ± 0.5, and then its fractions add up to 100 %', () => {
    check(
      fc.property(fc.array(positive(0.01, 100), { minLength: 1, maxLength: 8 }), (amounts) => {
        const layer = layerWith('wt_pct', amounts);
        const sum = amounts.reduce((total, amount) => total + amount, 0);
        expect(compositionProblem(layer) === null).toBe(Math.abs(sum - 100) <= 0.5);
        const fractions = weightFractions(layer);
        if (fractions) expect(Math.abs(fractions.reduce((total, w) => total + w, 0) - 1)).toBeLessThan(1e-12);
      }),
    );
  });

  it('scaling every amount of a recipe leaves its fractions as they were (parts are ratios)', () => {
    check(
      fc.property(fc.array(positive(), { minLength: 1, maxLength: 8 }), positive(1e-2, 1e3), (amounts, factor) => {
        const before = weightFractions(layerWith('parts', amounts))!;
        const after = weightFractions(layerWith('parts', amounts.map((amount) => amount * factor)))!;
        before.forEach((w, index) => expect(close(w, after[index]!, 1e-12)).toBe(true));
      }),
    );
  });
});

describe('the gel process (DOMAIN.md section 2, [0097])', () => {
  it('the dry composite, with or without its medium, is 100 wt% oxide + salt + medium at any batch size', () => {
    check(
      fc.property(positive(1e-3, 1e3), (factor) => {
        const scaled = calculateSolgel(scaleSolgel(EXAMPLE_1_SOLGEL, factor));
        const base = calculateSolgel(EXAMPLE_1_SOLGEL);
        for (const composition of [scaled.compositionNoLossWtPct, scaled.compositionNoMediumWtPct]) {
          expect(Math.abs(composition.oxide + composition.salt + composition.medium - 100)).toBeLessThan(1e-9);
        }
        // Scaling a batch keeps every ratio: the same composite at any size.
        expect(close(scaled.compositionNoLossWtPct.oxide, base.compositionNoLossWtPct.oxide, 1e-9)).toBe(true);
        expect(close(scaled.saltToOxideMassRatio, base.saltToOxideMassRatio, 1e-9)).toBe(true);
        expect(close(scaled.oxideMaxG, base.oxideMaxG * factor, 1e-9)).toBe(true);
      }),
    );
  });

  it('mol% of salt -> wt% -> mol% comes back, and more salt by moles is more salt by mass', () => {
    check(
      fc.property(fc.double({ min: 0.01, max: 99.99, noNaN: true }), fc.double({ min: 0.01, max: 99.99, noNaN: true }), positive(10, 1000), positive(10, 1000), (molA, molB, saltMolarMass, mediumMolarMass) => {
        const wt = molPctToWtPct(molA, saltMolarMass, mediumMolarMass);
        expect(close(wtPctToMolPct(wt, saltMolarMass, mediumMolarMass), molA, 1e-9)).toBe(true);
        expect(wt > 0 && wt < 100).toBe(true);
        // Monotonic up to the last bits of a double (two mol% a few ulps apart may round either way).
        if (molA < molB) expect(wt).toBeLessThanOrEqual(molPctToWtPct(molB, saltMolarMass, mediumMolarMass) * (1 + 1e-12));
        if (molA < molB - 1e-6) expect(wt).toBeLessThan(molPctToWtPct(molB, saltMolarMass, mediumMolarMass));
      }),
    );
  });

  it('grams of solute -> molarity -> grams comes back (mol/L, mL, g/mol)', () => {
    check(
      fc.property(positive(1e-3, 30), positive(1e-2, 1e4), positive(1, 1000), (molarity, volumeMl, molarMass) => {
        expect(close(molarityOf(soluteMassG(molarity, volumeMl, molarMass), volumeMl, molarMass), molarity, 1e-12)).toBe(true);
      }),
    );
  });
});

describe('force on a uniaxial press (DOMAIN.md section 4: force = pressure x area, 1 tf = 9.80665 kN)', () => {
  it('MPa -> kN -> MPa on the same area, and kN -> tf -> kN, come back', () => {
    check(
      fc.property(positive(1e-3, 5000), positive(1e-3, 1000), (pressureMPa, areaCm2) => {
        const kN = forceKNFromPressure(pressureMPa, areaCm2);
        // Independently: 1 MPa = 1 N/mm² and 1 cm² = 100 mm², so P·A·100 N.
        expect(close(kN, (pressureMPa * areaCm2 * 100) / 1000, 1e-12)).toBe(true);
        expect(close(pressureMPaFromForce(kN, areaCm2), pressureMPa, 1e-12)).toBe(true);
        expect(close(kNFromTf(tfFromKN(kN)), kN, 1e-12)).toBe(true);
        expect(close(forceKN(tfFromKN(kN), 'tf'), kN, 1e-12)).toBe(true);
        expect(close(tfFromKN(kN) * KN_PER_TF, kN, 1e-12)).toBe(true);
        // The largest area at this pressure for a press of exactly this force is this area.
        expect(close(largestAreaCm2(kN, pressureMPa), areaCm2, 1e-12)).toBe(true);
      }),
    );
  });

  it('more pressure on the same die, or the same pressure on a larger die, needs more force', () => {
    check(
      fc.property(positive(1e-3, 5000), positive(1e-3, 5000), positive(1e-3, 1000), positive(1e-3, 1000), (p1, p2, a1, a2) => {
        if (p1 <= p2) expect(forceKNFromPressure(p1, a1)).toBeLessThanOrEqual(forceKNFromPressure(p2, a1));
        if (p1 < p2 * (1 - 1e-9)) expect(forceKNFromPressure(p1, a1)).toBeLessThan(forceKNFromPressure(p2, a1));
        if (a1 < a2 * (1 - 1e-9)) expect(forceKNFromPressure(p1, a1)).toBeLessThan(forceKNFromPressure(p1, a2));
      }),
    );
  });
});

describe('quantities of a lot (mg, g, kg, mL, L through density)', () => {
  const massUnits: QuantityUnit[] = ['mg', 'g', 'kg'];
  it('every conversion within a dimension comes back, and g -> mg is x 1000', () => {
    check(
      fc.property(positive(1e-6, 1e9), fc.constantFrom(...QUANTITY_UNITS), fc.constantFrom(...QUANTITY_UNITS), (amount, from, to) => {
        const there = convertQuantity(amount, from, to, 1.22);
        const back = convertQuantity(amount, to, from, 1.22);
        expect(there.ok).toBe(back.ok);
        if (!there.ok) return;
        const returned = convertQuantity(there.value, to, from, 1.22);
        expect(returned.ok && close(returned.value, amount, 1e-12)).toBe(true);
        if (from === 'g' && to === 'mg') expect(close(there.value, amount * 1000, 1e-15)).toBe(true);
      }),
    );
  });

  it('mass <-> volume goes through the density (g = mL x g/cm³) and needs one', () => {
    check(
      fc.property(positive(1e-6, 1e6), positive(0.01, 25), fc.constantFrom(...massUnits), (volumeMl, densityGCm3, massUnit) => {
        const mass = convertQuantity(volumeMl, 'mL', massUnit, densityGCm3);
        const grams = convertQuantity(volumeMl * densityGCm3, 'g', massUnit);
        expect(mass.ok && grams.ok && close(mass.value, grams.value, 1e-12)).toBe(true);
        expect(convertQuantity(volumeMl, 'mL', massUnit, null).ok).toBe(false);
      }),
    );
  });
});

describe('a cathode layer (DOMAIN.md section 1; [0085] charge capacity = mass x w x specific capacity)', () => {
  const cathode = (massMg: number, areaCm2: number): BuildLayer => ({
    kind: 'cathode_active_layer',
    side: 'a',
    shape: { kind: 'area', areaCm2 },
    thicknessCoatedUm: 100,
    thicknessPressedUm: null,
    massMg,
    compositionBasis: 'wt_pct',
    // The demo's Example 1 cathode recipe: NCM 85.5, composite SE 10, CB 1.5, CNF 1.5, PTFE 1.5 wt%.
    components: [
      [EXAMPLE_1_MATERIALS.ncm, 85.5],
      [EXAMPLE_1_MATERIALS.composite, 10],
      [EXAMPLE_1_MATERIALS.carbonBlack, 1.5],
      [EXAMPLE_1_MATERIALS.carbonNanofiber, 1.5],
      [EXAMPLE_1_MATERIALS.ptfe, 1.5],
    ].map(([material, amount]) => ({ material: material as typeof EXAMPLE_1_MATERIALS.ncm, lotId: null, lotNumber: null, amount: amount as number, composite: null })),
  });

  it('more loading on the same area gives more areal capacity; capacity / area is loading x w x mAh/g', () => {
    check(
      fc.property(positive(0.1, 5000), positive(0.1, 5000), positive(0.05, 100), (massA, massB, areaCm2) => {
        const a = deriveLayer(cathode(massA, areaCm2));
        const b = deriveLayer(cathode(massB, areaCm2));
        expect(close(a.loadingMgCm2!, massA / areaCm2, 1e-12)).toBe(true);
        // Independently: only NCM stores lithium in a cathode layer, 85.5 wt% at 200 mAh/g (EXAMPLE_1_ASSUMPTIONS).
        expect(close(a.chargeCapacityMAh! / areaCm2, (a.loadingMgCm2! / 1000) * 0.855 * 200, 1e-9)).toBe(true);
        // Strictly more once the masses differ by more than rounding; never less in any case.
        if (massA <= massB) expect(a.chargeCapacityMAh! / areaCm2).toBeLessThanOrEqual(b.chargeCapacityMAh! / areaCm2);
        if (massA < massB * (1 - 1e-9)) expect(a.chargeCapacityMAh! / areaCm2).toBeLessThan(b.chargeCapacityMAh! / areaCm2);
        // Porosity falls as the same recipe is packed denser into the same volume.
        if (massA < massB * (1 - 1e-9)) expect(a.porosityPct!).toBeGreaterThan(b.porosityPct!);
      }),
    );
  });

  it('a disc of d mm has pi d²/400 cm²; a larger disc or rectangle has more area', () => {
    check(
      fc.property(positive(0.1, 200), positive(0.1, 200), (d1, d2) => {
        expect(close(layerAreaCm2({ kind: 'round', diameterMm: d1 })!, (Math.PI * d1 * d1) / 400, 1e-12)).toBe(true);
        if (d1 < d2 * (1 - 1e-9)) expect(layerAreaCm2({ kind: 'round', diameterMm: d1 })!).toBeLessThan(layerAreaCm2({ kind: 'round', diameterMm: d2 })!);
        expect(close(layerAreaCm2({ kind: 'rect', widthMm: d1, heightMm: d2 })!, (d1 * d2) / 100, 1e-12)).toBe(true);
      }),
    );
  });
});

describe('numbers as written for people (shared/format)', () => {
  it('mAh values rescaled to µAh, mAh or Ah read back to the same mAh, between 1 and 1000 of the chosen unit', () => {
    const powers: Record<string, number> = { µAh: -3, mAh: 0, Ah: 3 };
    check(
      fc.property(positive(1e-2, 1e5), (capacityMAh) => {
        const scaled = scaleUnit(capacityMAh, 'mAh');
        const shown = capacityMAh * scaled.factor;
        expect(close(shown * 10 ** powers[scaled.unit]!, capacityMAh, 1e-12)).toBe(true);
        expect(shown >= 1 - 1e-9 && shown < 1000 + 1e-9).toBe(true);
      }),
    );
  });

  it('a number written with fixed decimals reads back (decimal point or comma) within half its last digit', () => {
    check(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), fc.boolean(), (value, decimals, comma) => {
        const text = formatFixed(value, decimals).replace(/,/g, '');
        const typed = comma ? text.replace('.', ',') : text;
        const read = parseDecimal(typed);
        expect(read).not.toBeNull();
        expect(Math.abs(read! - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals * (1 + 1e-9) + Math.abs(value) * 1e-15);
      }),
    );
  });
});

it('reports its figures', () => {
  reportFigures('properties', { properties: propertiesChecked, runsEach: runs, inputsTried: propertiesChecked * runs });
});
