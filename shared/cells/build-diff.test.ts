import { describe, expect, it } from 'vitest';
import { diffBuilds, type DiffableBuild } from './build-diff';

const cathode = (ncm: number, composite: number) => ({
  kind: 'cathode_active_layer' as const,
  side: 'a' as const,
  shape: { kind: 'area', areaCm2: 9 },
  thicknessCoatedUm: null,
  thicknessPressedUm: 100,
  massMg: 225,
  compositionBasis: 'wt_pct',
  components: [
    { materialName: 'NCM', lotNumber: 'N-1', amount: ncm },
    { materialName: 'composite', lotNumber: 'C-1', amount: composite },
    { materialName: 'PTFE', lotNumber: null, amount: 100 - ncm - composite },
  ],
});
const se = { kind: 'solid_electrolyte' as const, side: 'a' as const, shape: null, thicknessCoatedUm: null, thicknessPressedUm: 45, massMg: null, compositionBasis: 'parts', components: [] };

function build(ncm: number, composite: number): DiffableBuild {
  return { configuration: 'single_sided', protocol: { currentDensityMACm2: 0.6 }, layers: [se, cathode(ncm, composite)], derived: { compositeSeWtPct: composite, s1OverS2Pct: 90, protocol: { currentMA: 5.4 } } };
}

describe('diffBuilds', () => {
  it('lists only the cathode composition and the numbers derived from it', () => {
    expect(diffBuilds(build(85.5, 10), build(65.5, 30))).toEqual([
      { section: 'Cathode active layer (side a)', field: 'NCM (wt%)', before: '85.5', after: '65.5' },
      { section: 'Cathode active layer (side a)', field: 'composite (wt%)', before: '10', after: '30' },
      { section: 'Derived', field: 'compositeSeWtPct', before: '10', after: '30' },
    ]);
  });

  it('says nothing for identical builds, and names a layer present in only one', () => {
    expect(diffBuilds(build(85.5, 10), build(85.5, 10))).toEqual([]);
    const withoutSe = { ...build(85.5, 10), layers: [cathode(85.5, 10)] };
    expect(diffBuilds(build(85.5, 10), withoutSe)).toEqual([{ section: 'Solid electrolyte layer (side a)', field: 'layer', before: 'present', after: 'absent' }]);
  });
});
