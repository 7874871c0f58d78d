import { describe, expect, it } from 'vitest';
import { resolveGelSubstance } from '../../../shared/chemistry/gel-substances';
import { mixtureFields, readNumber, solutionFields } from './conversion-fields';

const molarMassOf = (name: string) => resolveGelSubstance(name)?.molarMassGMol ?? null;
const litfsi = molarMassOf('LiTFSI');
const nmac = molarMassOf('n-MAc');
const formicAcid = molarMassOf('formic acid');

describe('readNumber', () => {
  it('reads what NumberInput hands over, half-typed text included', () => {
    expect(readNumber(20)).toBe(20);
    expect(readNumber('20.')).toBe(20);
    expect(readNumber('')).toBeNull();
    expect(readNumber('-')).toBeNull();
  });
});

describe('mixtureFields', () => {
  it('20 mol% LiTFSI in n-MAc is 49.54 wt%, and back', () => {
    expect(mixtureFields({ field: 'molPct', value: 20 }, litfsi, nmac)).toEqual({ values: { molPct: 20, wtPct: 49.54 }, error: null });
    expect(mixtureFields({ field: 'wtPct', value: '49.54' }, litfsi, nmac).values.molPct).toBe(20);
  });

  it('leaves the other field empty while a substance does not resolve or the field is empty', () => {
    expect(mixtureFields({ field: 'molPct', value: 20 }, litfsi, null).values.wtPct).toBe('');
    expect(mixtureFields({ field: 'wtPct', value: '' }, litfsi, nmac).values).toEqual({ wtPct: '', molPct: '' });
  });

  it('refuses a percentage beyond 100, on the field typed into', () => {
    expect(mixtureFields({ field: 'wtPct', value: 120 }, litfsi, nmac).error).toEqual({ field: 'wtPct', message: 'between 0 and 100 wt%' });
  });
});

describe('solutionFields', () => {
  it('74.0 mL of 26.5 M formic acid holds 90.26 g (DOMAIN.md section 2), and back', () => {
    expect(solutionFields({ field: 'molarity', value: 26.5 }, '74.0', formicAcid)).toEqual({ values: { molarity: 26.5, massG: 90.26 }, error: null });
    expect(solutionFields({ field: 'massG', value: 90.26 }, 74, formicAcid).values.molarity).toBe(26.5);
  });

  it('needs a volume above 0 mL', () => {
    expect(solutionFields({ field: 'molarity', value: 1 }, 0, formicAcid)).toEqual({ values: { molarity: 1, massG: '' }, error: { field: 'volumeMl', message: 'must be above 0 mL' } });
    expect(solutionFields({ field: 'molarity', value: 1 }, '', formicAcid).values.massG).toBe('');
  });
});
