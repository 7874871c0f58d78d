// `cellbook compare` and `cellbook dqdv` run as researchers script them: the demo notebook's
// Table 1 against the test list `cellbook cycling-tests` prints, and dQ/dV of a seeded synthetic
// Arbin export against a coulomb count made here from the export's own columns.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticTest } from '../../shared/cycling/synthetic';
import type { CyclerSeries } from '../../shared/cycling/types';
import { writeArbinCsv } from '../services/cycling/arbin-csv-writer';
import { runCellbook, useTempDirs } from '../testing/cli-process';

const tempDir = useTempDirs();

function meanSd(values: number[]): { mean: number | null; sd: number | null } {
  if (values.length === 0) return { mean: null, sd: null };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, sd: values.length < 2 ? null : Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1)) };
}

describe('cellbook compare', () => {
  it('prints Table 1 of the demo notebook: a row per tested cell as cycling-tests lists it, and replicate statistics per build', () => {
    const db = path.join(tempDir(), 'demo.cellbook');
    expect(runCellbook(['demo', '--db', db]).code).toBe(0);
    const result = runCellbook(['compare', '--db', db, '--retention-at', '20', '--json']);
    expect(result.code).toBe(0);
    const table = JSON.parse(result.stdout) as { rows: Array<Record<string, any>>; builds: Array<Record<string, any>> };
    const tests = JSON.parse(runCellbook(['cycling-tests', '--db', db, '--json']).stdout) as Array<Record<string, any>>;
    expect(table.rows).toHaveLength(tests.length);
    expect(Object.keys(table.rows[0]!)).toEqual(expect.arrayContaining(['build', 'cell', 'short_circuit', 'short_circuit_cycle', 'standard_capacity_mAh', 'lifespan_cycle', 'lifespan_label', 'grade', 'retention_pct', 'first_cycle_ce_pct', 'synthetic']));
    for (const row of table.rows) {
      const listed = tests.find((test) => test.build === row.build && test.cell === row.cell)!;
      expect(row).toMatchObject({ cell: listed.cell, standard_capacity_mAh: listed.standard_capacity_mAh, lifespan_cycle: listed.lifespan_cycle, lifespan_label: listed.lifespan_label, grade: listed.grade, short_circuit_cycle: listed.short_circuit_cycle, synthetic: true });
      expect(row.short_circuit).toBe(listed.short_circuit_cycle !== null);
      expect(row.cell).toMatch(/^#\d+$/);
    }
    expect(table.builds).toHaveLength(11);
    for (const build of table.builds) {
      const rows = table.rows.filter((row) => row.build === build.build);
      expect(build.n).toBe(rows.length);
      const lifespans = meanSd(rows.map((row) => row.lifespan_cycle).filter((cycle): cycle is number => cycle !== null));
      const standard = meanSd(rows.map((row) => row.standard_capacity_mAh as number));
      if (lifespans.mean === null) expect(build.lifespan_mean).toBeNull();
      else expect(build.lifespan_mean).toBeCloseTo(lifespans.mean, 9);
      if (lifespans.sd === null) expect(build.lifespan_sd).toBeNull();
      else expect(build.lifespan_sd).toBeCloseTo(lifespans.sd, 9);
      expect(build.standard_capacity_mean_mAh).toBeCloseTo(standard.mean!, 9);
      if (standard.sd !== null) expect(build.standard_capacity_sd_mAh).toBeCloseTo(standard.sd, 9);
    }
    expect(table.rows.filter((row) => row.build === 'Comparative 3').every((row) => row.short_circuit && row.short_circuit_cycle === 1 && row.grade === 'x')).toBe(true);

    const two = JSON.parse(runCellbook(['compare', '--db', db, '--build', 'Example 3', 'Comparative 2', '--json']).stdout) as typeof table;
    expect([...new Set(two.rows.map((row) => row.build))]).toEqual(['Example 3', 'Comparative 2']);
    const text = runCellbook(['compare', '--db', db, '--build', 'Example 1']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^build\s+cell\s+short circuit\s+std cap\. mAh\s+lifespan \(cycle\)\s+grade\s+ret\. @100 %\s+1st CE %/);
    expect(text.stdout).toMatch(/Example 1: n = \d+; lifespan .*; standard capacity [\d.]+ ± [\d.]+ mAh \(n = \d+\)/);
    const unknown = runCellbook(['compare', '--db', db, '--build', 'Example 99']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^cellbook: there is no build named "Example 99" in .* \(see: cellbook builds\)\n$/);
    expect(runCellbook(['compare', '--db', db, '--retention-at', 'ten']).stderr).toMatch(/--retention-at: "ten" is not a cycle number/);
  }, 120_000);
});

/** The export's own Discharge_Capacity (Ah, reset each cycle) at the last row of the cycle, in mAh. */
function vendorDischargeMAh(series: CyclerSeries, cycle: number): number {
  let dischargedAh = 0;
  for (let i = 1; i < series.timeS.length; i += 1) {
    if (series.vendorCycle![i] !== cycle || series.currentA[i]! >= 0) continue;
    dischargedAh += (-series.currentA[i]! * (series.timeS[i]! - series.timeS[i - 1]!)) / 3600;
  }
  return dischargedAh * 1000;
}

describe('cellbook dqdv', () => {
  it('bins a synthetic discharge by voltage: the curve holds the cycle’s capacity and its peaks lie on it', () => {
    const series = syntheticTest({ seed: 33, cycles: 3, capacityMAh: 2, currentMA: 0.5, sampleIntervalS: 30 });
    const filePath = path.join(tempDir(), 'cell 3.csv');
    writeArbinCsv(filePath, series, 1_767_258_000);
    const result = runCellbook(['dqdv', filePath, '--cycle', '2', '--bin-mV', '10', '--smoothing', 'none', '--json']);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { method: string; voltage_V: number[]; dqdv_mAh_per_V: number[]; peaks: Array<{ voltage_V: number; height: number }>; half: string };
    expect(out.half).toBe('discharge');
    expect(out.method).toMatch(/10 mV bins.*no smoothing/);
    expect(out.voltage_V.length).toBe(out.dqdv_mAh_per_V.length);
    for (let k = 1; k < out.voltage_V.length; k += 1) expect(out.voltage_V[k]! - out.voltage_V[k - 1]!).toBeCloseTo(0.01, 9);
    const area = out.dqdv_mAh_per_V.reduce((sum, value) => sum - value * 0.01, 0);
    expect(Math.abs(area / vendorDischargeMAh(series, 2) - 1)).toBeLessThan(0.01);
    expect(out.peaks.length).toBeGreaterThan(0);
    for (const peak of out.peaks) {
      expect(peak.height).toBeLessThan(0);
      const nearest = out.voltage_V.reduce((best, v, k) => (Math.abs(v - peak.voltage_V) < Math.abs(out.voltage_V[best]! - peak.voltage_V) ? k : best), 0);
      expect(Math.abs(out.dqdv_mAh_per_V[nearest]!)).toBeGreaterThanOrEqual(Math.abs(out.dqdv_mAh_per_V[nearest - 1] ?? 0));
    }
    const text = runCellbook(['dqdv', filePath, '--cycle', '1', '--half', 'charge']);
    expect(text.stdout).toMatch(/cycle 1 charge, \d+ points\nmethod: Capacity binned by voltage \(5 mV bins/);
    expect(text.stdout).toMatch(/voltage V {2}dQ\/dV mAh\/V/);
    expect(runCellbook(['dqdv', filePath, '--cycle', '9']).stderr).toBe('cellbook: cell 3.csv has no cycle 9 (it has 1–3)\n');
    expect(runCellbook(['dqdv', filePath, '--cycle', '1', '--half', 'both']).stderr).toMatch(/--half: "both" is not charge or discharge/);
    expect(runCellbook(['dqdv', filePath, '--cycle', '1', '--window', '4']).code).toBe(1);
  });
});
