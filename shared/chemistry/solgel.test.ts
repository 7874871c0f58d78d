// The calculator against every reference number of DOMAIN.md section 2, each with its
// arithmetic written out as an independent calculation.
import { describe, expect, it } from 'vitest';
import { molPctToWtPct, molarityOf, neatMolarity, soluteMassG, wtPctToMolPct } from './conversions';
import { calculateSolgel } from './solgel';
import { EXAMPLE_1_SOLGEL } from './solgel-example1';

/** Equal to the number of significant figures the reference gives. */
function sameTo(actual: number, reference: number, figures: number): void {
  expect(Number(actual.toPrecision(figures)), `${actual} vs ${reference}`).toBe(Number(reference.toPrecision(figures)));
}

describe('Example 1 as written (DOMAIN.md section 2)', () => {
  const result = calculateSolgel(EXAMPLE_1_SOLGEL);

  it('20 mol% LiTFSI in n-MAc is 49.5 wt%; 133.4 g holds 66.1 g LiTFSI (0.230 mol) and 67.3 g n-MAc', () => {
    const wtFraction = (0.2 * 287.07) / (0.2 * 287.07 + 0.8 * 73.09);
    expect(result.saltWtPctInElectrolyte).toBeCloseTo(100 * wtFraction, 10);
    sameTo(result.saltWtPctInElectrolyte, 49.5, 3);
    sameTo(result.saltG, 66.1, 3);
    sameTo(result.saltMol, 0.23, 3);
    sameTo(result.mediumG, 67.3, 3);
    expect(result.saltG).toBeCloseTo(133.4 * wtFraction, 10);
  });

  it('50.0 mL TEOS = 46.65 g = 0.2239 mol; 74.0 mL x 26.5 M = 1.961 mol formic acid (90.26 g); FA:TEOS = 8.76', () => {
    expect(result.precursorG).toBeCloseTo(50.0 * 0.933, 10);
    sameTo(result.precursorG, 46.65, 4);
    sameTo(result.precursorMol, 0.2239, 4);
    expect(result.acidMol).toBeCloseTo((74.0 * 26.5) / 1000, 12);
    sameTo(result.acidMol, 1.961, 4);
    sameTo(result.acidG, 90.26, 4);
    sameTo(result.acidToPrecursor, 8.76, 3);
  });

  it('one precursor batch weighs 136.9 g, so 255.9 g of it holds 0.4185 mol TEOS -> at most 25.1 g SiO2; Li:Si = 0.550', () => {
    // Without a solution density the acid's mass is its own: 46.65 + 90.26 = 136.91 g.
    expect(result.acidSolutionMassBasis).toBe('neat_acid');
    expect(result.precursorBatchG).toBeCloseTo(50.0 * 0.933 + 1.961 * 46.03, 10);
    sameTo(result.precursorBatchG, 136.9, 4);
    sameTo(result.precursorMolUsed, 0.4185, 4);
    expect(result.oxideMaxG).toBeCloseTo(result.precursorMolUsed * 60.08, 10);
    sameTo(result.oxideMaxG, 25.1, 3);
    sameTo(result.liToSi, 0.55, 3);
    expect(result.notes).toContain("no density given for the formic acid solution: its mass is taken as the acid's own (90.26 g)");
  });

  it('if no medium evaporated, the dry powder is 15.9 wt% SiO2, 41.7 wt% LiTFSI, 42.5 wt% n-MAc; with none left, 27.6 / 72.4', () => {
    const total = result.oxideMaxG + result.saltG + result.mediumG;
    expect(result.compositionNoLossWtPct.oxide).toBeCloseTo((100 * result.oxideMaxG) / total, 10);
    sameTo(result.compositionNoLossWtPct.oxide, 15.9, 3);
    sameTo(result.compositionNoLossWtPct.salt, 41.7, 3);
    sameTo(result.compositionNoLossWtPct.medium, 42.5, 3);
    sameTo(result.compositionNoMediumWtPct.oxide, 27.6, 3);
    sameTo(result.compositionNoMediumWtPct.salt, 72.4, 3);
  });

  it('warns under [0038], naming the salt : oxide ratio 2.63, which drying cannot change', () => {
    sameTo(result.saltToOxideMassRatio, 2.63, 3);
    const ratio = result.checks.find((check) => check.rule === 'salt_to_oxide_mass_ratio');
    expect(ratio).toMatchObject({ paragraph: '[0038]', status: 'warn', range: '0.29–0.8' });
    expect(ratio?.message).toContain('salt : oxide = 2.63 by mass');
    expect(ratio?.message).toContain('no drying and no measured dry mass changes this ratio');
    expect(result.checks.find((check) => check.rule === 'salt_mol_pct')).toMatchObject({ paragraph: '[0037]', status: 'pass', value: 20 });
    expect(result.checks.filter((check) => check.rule.startsWith('composition_')).map((check) => check.status)).toEqual(['warn', 'warn', 'warn']);
  });

  it('with the solution density entered, the acid solution is 74.0 mL x 1.22 g/mL and the batch still 136.9 g', () => {
    const withDensity = calculateSolgel({ ...EXAMPLE_1_SOLGEL, acid: { ...EXAMPLE_1_SOLGEL.acid, solutionDensityGMl: 1.22 } });
    expect(withDensity.acidSolutionMassBasis).toBe('solution_density');
    expect(withDensity.acidSolutionG).toBeCloseTo(74.0 * 1.22, 10);
    sameTo(withDensity.precursorBatchG, 136.9, 4);
    expect(withDensity.notes).toEqual([]);
  });
});

describe('a measured dry mass', () => {
  it('recomputes the composition from the medium that stayed, and the ratio warning stays', () => {
    // 100 g of dry powder holding all 25.14 g oxide and 66.09 g salt keeps 100 - 91.23 = 8.77 g medium.
    const base = calculateSolgel(EXAMPLE_1_SOLGEL);
    const result = calculateSolgel({ ...EXAMPLE_1_SOLGEL, measured: { dryMassG: 100 } });
    expect(result.measured?.basis).toBe('dry_mass');
    expect(result.measured?.mediumRetainedG).toBeCloseTo(100 - base.oxideMaxG - base.saltG, 10);
    expect(result.measured?.compositionWtPct.oxide).toBeCloseTo(base.oxideMaxG, 10); // per 100 g
    expect(result.checks.find((check) => check.rule === 'salt_to_oxide_mass_ratio')?.status).toBe('warn');
    expect(result.checks.find((check) => check.rule === 'composition_medium')).toMatchObject({ status: 'pass' });
    expect(result.checks.find((check) => check.rule === 'composition_medium')?.message).toContain('(measured)');
  });

  it('says so when the dry mass is below oxide + salt', () => {
    const result = calculateSolgel({ ...EXAMPLE_1_SOLGEL, measured: { dryMassG: 80 } });
    expect(result.measured?.mediumRetainedG).toBe(0);
    const base = calculateSolgel(EXAMPLE_1_SOLGEL);
    const oxidePlusSalt = Number((base.oxideMaxG + base.saltG).toPrecision(4));
    expect(result.notes).toContain(
      `the measured dry mass (80 g) is below oxide + salt (${oxidePlusSalt} g): salt or oxide was lost, the gel did not convert fully, or the mass is wrong; medium taken as 0`,
    );
  });

  it('takes a measured medium loss or a TGA oxide fraction instead', () => {
    const base = calculateSolgel(EXAMPLE_1_SOLGEL);
    const loss = calculateSolgel({ ...EXAMPLE_1_SOLGEL, measured: { mediumLossG: 60 } });
    expect(loss.measured).toMatchObject({ basis: 'medium_loss' });
    expect(loss.measured?.mediumRetainedG).toBeCloseTo(base.mediumG - 60, 10);
    const tga = calculateSolgel({ ...EXAMPLE_1_SOLGEL, measured: { tgaOxideWtPct: 25 } });
    expect(tga.measured?.dryMassG).toBeCloseTo(base.oxideMaxG * 4, 10);
    expect(tga.measured?.compositionWtPct.oxide).toBeCloseTo(25, 10);
  });
});

describe('the variants (DOMAIN.md section 2)', () => {
  it('Example 2: 20 mol% LiTFSI in DME is 44.3 wt%', () => {
    expect(molPctToWtPct(20, 287.07, 90.12)).toBeCloseTo((100 * 0.2 * 287.07) / (0.2 * 287.07 + 0.8 * 90.12), 10);
    sameTo(molPctToWtPct(20, 287.07, 90.12), 44.3, 3);
    const dme = calculateSolgel({ ...EXAMPLE_1_SOLGEL, medium: { name: 'DME', molarMassGMol: 90.12, densityGMl: 0.867 } });
    sameTo(dme.saltWtPctInElectrolyte, 44.3, 3);
  });

  it('Example 6: 20 mol% LiFSI in n-MAc is 39.0 wt%', () => {
    sameTo(molPctToWtPct(20, 187.06, 73.09), 39.0, 3);
    const lifsi = calculateSolgel({ ...EXAMPLE_1_SOLGEL, salt: { name: 'LiFSI', molarMassGMol: 187.06 } });
    sameTo(lifsi.saltWtPctInElectrolyte, 39.0, 3);
  });

  it('salt mol% outside 1–30 warns under [0037]', () => {
    const high = calculateSolgel({ ...EXAMPLE_1_SOLGEL, saltMolPct: 31 });
    expect(high.checks.find((check) => check.rule === 'salt_mol_pct')).toMatchObject({ status: 'warn', message: 'salt 31 mol% of salt + medium is outside 1–30 mol% [0037]' });
    expect(calculateSolgel({ ...EXAMPLE_1_SOLGEL, saltMolPct: 30 }).checks[0]?.status).toBe('pass');
    expect(calculateSolgel({ ...EXAMPLE_1_SOLGEL, saltMolPct: 0.9 }).checks[0]?.status).toBe('warn');
  });

  it('the [0038] ratio passes just inside 0.29–0.80 and warns just outside', () => {
    // salt g = electrolyte x 0.49544; oxide g = 25.14: choose the electrolyte mass for a ratio.
    const base = calculateSolgel(EXAMPLE_1_SOLGEL);
    const electrolyteFor = (ratio: number) => (ratio * base.oxideMaxG) / (base.saltWtPctInElectrolyte / 100);
    const statusAt = (ratio: number) => calculateSolgel({ ...EXAMPLE_1_SOLGEL, electrolyteG: electrolyteFor(ratio) }).checks.find((check) => check.rule === 'salt_to_oxide_mass_ratio')?.status;
    expect([statusAt(0.2857 - 0.001), statusAt(0.2858), statusAt(0.799), statusAt(0.801)]).toEqual(['warn', 'pass', 'pass', 'warn']);
  });
});

describe('conversions', () => {
  it('mol% and wt% convert back and forth', () => {
    expect(wtPctToMolPct(molPctToWtPct(20, 287.07, 73.09), 287.07, 73.09)).toBeCloseTo(20, 10);
    expect(wtPctToMolPct(50, 187.06, 90.12)).toBeCloseTo((100 * (0.5 / 187.06)) / (0.5 / 187.06 + 0.5 / 90.12), 10);
  });

  it('molarity and solute mass for a volume; neat formic acid is 26.5 M (1.22 / 46.03 x 1000)', () => {
    expect(soluteMassG(26.5, 74.0, 46.03)).toBeCloseTo((26.5 * 0.074) * 46.03, 10);
    expect(molarityOf(soluteMassG(1.5, 250, 287.07), 250, 287.07)).toBeCloseTo(1.5, 12);
    sameTo(neatMolarity(1.22, 46.03), 26.5, 3);
  });
});
