// `cellbook calc solgel` with the issue's own command line, checked against DOMAIN.md section 2.
import { describe, expect, it } from 'vitest';
import { runCellbook } from '../testing/cli-process';

const EXAMPLE_1 = ['calc', 'solgel', '--salt', 'LiTFSI', '--medium', 'n-MAc', '--salt-mol-pct', '20', '--electrolyte-g', '133.4', '--teos-ml', '50', '--acid-ml', '74', '--acid-molar', '26.5', '--precursor-g', '255.9'];

const cellbook = runCellbook;

const sig = (value: number, figures: number) => Number(value.toPrecision(figures));

describe('cellbook calc solgel', () => {
  it('prints the calculator outputs for Example 1 with the keys scripts read', () => {
    const result = cellbook([...EXAMPLE_1, '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(sig(out.salt_g, 3)).toBe(66.1);
    expect(sig(out.salt_mol, 3)).toBe(0.23);
    expect(sig(out.medium_g, 3)).toBe(67.3);
    expect(sig(out.teos_mol, 4)).toBe(0.2239);
    expect(sig(out.acid_mol, 4)).toBe(1.961);
    expect(sig(out.acid_to_teos, 3)).toBe(8.76);
    expect(sig(out.precursor_batch_g, 4)).toBe(136.9);
    expect(sig(out.oxide_max_g, 3)).toBe(25.1);
    expect(sig(out.li_to_si, 3)).toBe(0.55);
    expect([sig(out.composition_wt_pct.oxide, 3), sig(out.composition_wt_pct.salt, 3), sig(out.composition_wt_pct.medium, 3)]).toEqual([15.9, 41.7, 42.5]);
    expect(sig(out.salt_to_oxide_mass_ratio, 3)).toBe(2.63);
    expect(out.checks.map((check: { rule: string; paragraph: string; status: string }) => [check.rule, check.paragraph, check.status])).toEqual([
      ['salt_mol_pct', '[0037]', 'pass'],
      ['salt_to_oxide_mass_ratio', '[0038]', 'warn'],
      ['composition_oxide', '[0038]', 'warn'],
      ['composition_salt', '[0038]', 'warn'],
      ['composition_medium', '[0038]', 'warn'],
    ]);
    expect(out.checks[1].value).toBeCloseTo(out.salt_g / out.oxide_max_g, 12);
    expect(result.stderr).toBe('');
  });

  it('takes the variants by name and a measured dry mass', () => {
    const dme = JSON.parse(cellbook([...EXAMPLE_1.map((arg) => (arg === 'n-MAc' ? 'DME' : arg)), '--json']).stdout);
    expect(sig(dme.salt_wt_pct_in_electrolyte, 3)).toBe(44.3);
    const lifsi = JSON.parse(cellbook([...EXAMPLE_1.map((arg) => (arg === 'LiTFSI' ? 'LiFSI' : arg)), '--json']).stdout);
    expect(sig(lifsi.salt_wt_pct_in_electrolyte, 3)).toBe(39.0);
    const dried = JSON.parse(cellbook([...EXAMPLE_1, '--dry-mass-g', '100', '--json']).stdout);
    expect(dried.measured.basis).toBe('dry_mass');
    expect(dried.measured.medium_retained_g).toBeCloseTo(100 - dried.oxide_max_g - dried.salt_g, 10);
    expect(dried.checks[1].status).toBe('warn');
  });

  it('names the field and the limit for bad input', () => {
    const bad = cellbook(['calc', 'solgel', '--salt', 'LiTFSI', '--medium', 'n-MAc', '--salt-mol-pct', '120', '--electrolyte-g', '0', '--teos-ml', '50', '--acid-ml', '74', '--acid-molar', '26.5', '--precursor-g', '255.9']);
    expect(bad).toMatchObject({ code: 1, stdout: '', stderr: 'cellbook: calc solgel: Salt: must be below 100 mol%; Electrolyte: must be above 0 g\n' });
    const unknown = cellbook([...EXAMPLE_1.map((arg) => (arg === 'n-MAc' ? 'Glycerol-ish' : arg))]);
    expect(unknown.stderr).toBe('cellbook: --medium: no molar mass known for "Glycerol-ish"; name it by its formula or give --medium-molar-mass\n');
  });
});
