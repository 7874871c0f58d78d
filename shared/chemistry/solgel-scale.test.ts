import { describe, expect, it } from 'vitest';
import { calculateSolgel } from './solgel';
import { EXAMPLE_1_SOLGEL } from './solgel-example1';
import { scaleFactorFor, scaleSolgel } from './solgel-scale';
import { roundTo, weighList } from './weigh-list';

describe('scaling', () => {
  it('to 5.00 g of oxide: factor 5 / 25.14, every ratio kept, and back again', () => {
    const base = calculateSolgel(EXAMPLE_1_SOLGEL);
    const factor = scaleFactorFor(EXAMPLE_1_SOLGEL, { oxideG: 5 });
    expect(factor).toBeCloseTo(5 / base.oxideMaxG, 12);
    const scaled = calculateSolgel(scaleSolgel(EXAMPLE_1_SOLGEL, factor));
    expect(scaled.oxideMaxG).toBeCloseTo(5, 10);
    expect(scaled.saltToOxideMassRatio).toBeCloseTo(base.saltToOxideMassRatio, 10);
    expect(scaled.liToSi).toBeCloseTo(base.liToSi, 10);
    expect(scaled.acidToPrecursor).toBeCloseTo(base.acidToPrecursor, 10);
    expect(scaled.precursorBatchesUsed).toBeCloseTo(base.precursorBatchesUsed, 10);
    const back = scaleSolgel(scaleSolgel(EXAMPLE_1_SOLGEL, factor), 1 / factor);
    expect(back.electrolyteG).toBeCloseTo(EXAMPLE_1_SOLGEL.electrolyteG, 10);
    expect(back.acid.volumeMl).toBeCloseTo(EXAMPLE_1_SOLGEL.acid.volumeMl, 10);
    expect(back.precursor.volumeMl).toBeCloseTo(EXAMPLE_1_SOLGEL.precursor.volumeMl as number, 10);
  });

  it('to 10 g of dry composite (no medium lost): oxide + salt + medium = 10 g', () => {
    const factor = scaleFactorFor(EXAMPLE_1_SOLGEL, { compositeG: 10 });
    const scaled = calculateSolgel(scaleSolgel(EXAMPLE_1_SOLGEL, factor));
    expect(scaled.oxideMaxG + scaled.saltG + scaled.mediumG).toBeCloseTo(10, 10);
  });
});

describe('weigh list', () => {
  it('rounds masses to the balance and gives volumes for liquids', () => {
    const base = calculateSolgel(EXAMPLE_1_SOLGEL);
    const list = weighList(EXAMPLE_1_SOLGEL, '0.01g');
    expect(list.map((item) => item.key)).toEqual(['salt', 'medium', 'precursor', 'acid', 'precursor_mix']);
    expect(list[0]).toMatchObject({ what: 'LiTFSI', massG: roundTo(base.saltG, 0.01), volumeMl: null, by: 'mass' });
    expect(list[0]?.massG).toBe(66.09);
    expect(list[1]).toMatchObject({ what: 'n-MAc', massG: 67.31, volumeMl: roundTo(base.mediumG / 0.957, 0.1) });
    // 255.9 g of precursor is 255.9 / 136.91 = 1.869 of the recipe's 50.0 mL + 74.0 mL batch.
    const used = 255.9 / (50.0 * 0.933 + ((74.0 * 26.5) / 1000) * 46.03);
    expect(list[2]).toMatchObject({ what: 'TEOS', massG: roundTo(50.0 * 0.933 * used, 0.01), volumeMl: roundTo(50.0 * used, 0.1), by: 'volume' });
    expect(list[2]?.volumeMl).toBe(93.5);
    expect(list[3]).toMatchObject({ what: 'formic acid, 26.5 M', volumeMl: roundTo(74.0 * used, 0.1), by: 'volume' });
    expect(list[4]).toMatchObject({ massG: 255.9, by: 'mass' });
    expect(weighList(EXAMPLE_1_SOLGEL, '0.1mg')[0]?.massG).toBe(roundTo(base.saltG, 0.0001));
    expect(weighList(EXAMPLE_1_SOLGEL, '1mg')[0]?.massG).toBe(roundTo(base.saltG, 0.001));
  });

  it('rounds to the step without binary residue', () => {
    expect(roundTo(66.08979, 0.01)).toBe(66.09);
    expect(roundTo(0.123456, 0.0001)).toBe(0.1235);
    expect(roundTo(7.77, 0.1)).toBe(7.8);
  });
});
