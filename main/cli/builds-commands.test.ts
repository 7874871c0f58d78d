// `cellbook demo` and `cellbook builds --json` as scripts use them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCellbook, useTempDirs } from '../testing/cli-process';

const tempDir = useTempDirs();

describe('cellbook demo and builds', () => {
  it('creates the demo notebook and lists builds with derived numbers, rules and the protocol current', { timeout: 120_000 }, () => {
    const db = path.join(tempDir(), 'demo.cellbook');
    const demo = runCellbook(['demo', '--db', db]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/11 builds/);
    const builds = JSON.parse(runCellbook(['builds', '--db', db, '--json']).stdout) as Array<Record<string, any>>;
    expect(builds).toHaveLength(11);
    const example1 = builds.find((build) => build.name === 'Example 1')!;
    expect(example1.status).toBe('assembled');
    expect(example1.layers.length).toBe(11);
    expect(example1.derived.cathode_loading_mg_cm2).toBeCloseTo(25, 12);
    expect(example1.derived.s1_over_s2_pct).toBeCloseTo(90, 12);
    expect(example1.derived.composite_se_wt_pct).toBeCloseTo(10, 12);
    // The demo's stated NCM specific capacity (165 mAh/g, its synthetic model's): 2 faces × 225 mg × 85.5 % NCM.
    const capacityMAh = 2 * 225 * 0.855 * 0.165;
    expect(example1.derived.cathode_capacity_mAh).toBeCloseTo(capacityMAh, 9);
    expect(example1.derived).toHaveProperty('anode_to_cathode_capacity_pct', null); // no anode specific capacities
    expect(example1.protocol.current_mA).toBeCloseTo(0.6 * 9 * 2, 12);
    expect(example1.protocol.c_rate).toBeCloseTo((0.6 * 9 * 2) / capacityMAh, 9);
    const rule = example1.rules.find((candidate: { id: string }) => candidate.id === 'composite_composition');
    expect(rule).toMatchObject({ paragraph: '[0038]', status: 'warn', range: expect.any(String), acknowledgement: { reason: expect.stringMatching(/^The patent's own numbers/) } });
    const text = runCellbook(['builds', '--db', db]).stdout;
    expect(text).toMatch(/^ {2}acknowledged \[0038\] .* \(reason: The patent's own numbers: /m);
    expect(text).not.toMatch(/^ {2}WARN \[0038\]/m);
    expect(Object.keys(rule)).toEqual(expect.arrayContaining(['id', 'paragraph', 'status', 'value', 'range']));
    const comp1 = builds.find((build) => build.name === 'Comparative 1')!;
    expect(comp1.protocol.current_mA).toBeCloseTo(0.6 * 9, 12);
  });

  it('refuses --db missing and a notebook that is not empty', () => {
    expect(runCellbook(['demo']).stderr).toBe('cellbook: demo needs --db PATH for the new notebook\n');
    const db = path.join(tempDir(), 'lab.cellbook');
    runCellbook(['init', '--db', db, '--starter']);
    expect(runCellbook(['demo', '--db', db]).stderr).toMatch(/^cellbook: the demo fills an empty notebook only/);
  });
});
