// Table 1, replicate statistics, overlays, the scatter and design differences on the demo
// notebook (DOMAIN.md section 6), each checked against numbers read straight from its tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BUILDS } from '../../../shared/demo/demo-builds';
import type { TempNotebook } from '../../testing/temp-notebook';
import { dispatch } from '../dispatch';
import type { DesignDifferences, Overlay, Scatter, TableOne } from '../../../shared/schemas/plots';
import { openDemoNotebook } from '../../testing/demo-notebook';

let temp: TempNotebook;
const buildId = (name: string) => (temp.notebook.db.prepare('SELECT id FROM builds WHERE name = ?').get(name) as { id: number }).id;

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(temp.ctx, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** Straight from the cycle table: each active test's cells, cycle 1's charge and discharge, cycle N's discharge. */
function independentRows(retentionAtCycle: number) {
  return temp.notebook.db
    .prepare(
      `SELECT b.name AS build, c.label AS cell, t.id AS test,
         (SELECT charge_mah FROM cycle_summaries WHERE test_id = t.id AND cycle = 1) AS charge1,
         (SELECT discharge_mah FROM cycle_summaries WHERE test_id = t.id AND cycle = 1) AS discharge1,
         (SELECT discharge_mah FROM cycle_summaries WHERE test_id = t.id AND cycle = ?) AS dischargeN,
         (SELECT min(cycle) FROM short_circuit_flags WHERE test_id = t.id) AS shorted
       FROM cycling_tests t JOIN cells c ON c.id = t.cell_id JOIN builds b ON b.id = c.build_id
       WHERE t.archived_at IS NULL AND b.archived_at IS NULL`,
    )
    .all(retentionAtCycle) as Array<{ build: string; cell: string; test: number; charge1: number; discharge1: number; dischargeN: number | null; shorted: number | null }>;
}

function meanSd(values: number[]): { mean: number; sd: number | null } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = values.length < 2 ? null : Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
  return { mean, sd };
}

beforeAll(async () => {
  temp = await openDemoNotebook();
}, 120_000);
afterAll(() => temp.dispose());

describe('Table 1 from the demo notebook', () => {
  it('has one row per tested cell, with the short circuits and grades of the patent’s Table 1', async () => {
    const table = await call<TableOne>('getTableOne', { retentionAtCycle: 20 });
    const expected = independentRows(20);
    expect(table.rows).toHaveLength(expected.length);
    expect(table.builds.map((build) => build.buildName).sort()).toEqual(DEMO_BUILDS.map((build) => build.name).sort());
    for (const row of table.rows) {
      const raw = expected.find((entry) => entry.test === row.testId)!;
      expect(row.cellLabel).toBe(raw.cell);
      expect(row.shortCircuit).toBe(raw.shorted !== null);
      expect(row.shortCircuitCycle).toBe(raw.shorted);
      expect(row.standardCapacityMAh).toBeCloseTo(raw.discharge1, 9);
      expect(row.firstCycleCePct).toBeCloseTo((raw.discharge1 / raw.charge1) * 100, 9);
      if (raw.dischargeN === null) expect(row.retentionPct).toBeNull();
      else expect(row.retentionPct).toBeCloseTo((raw.dischargeN / raw.discharge1) * 100, 9);
      const demo = DEMO_BUILDS.find((build) => build.name === row.buildName)!;
      expect(row.grade).toBe(demo.table1.lifespan);
      expect(row.shortCircuit).toBe(demo.table1.shortCircuit !== '—');
      expect(row.synthetic).toBe(true);
    }
  });

  it('summarises each build’s replicates as mean ± sample SD with n', async () => {
    const table = await call<TableOne>('getTableOne', {});
    const expected = independentRows(100);
    for (const build of table.builds) {
      const cells = expected.filter((entry) => entry.build === build.buildName);
      expect(build.n).toBe(cells.length);
      const standard = meanSd(cells.map((cell) => cell.discharge1));
      expect(build.standardCapacityMAh.mean).toBeCloseTo(standard.mean, 9);
      if (standard.sd === null) expect(build.standardCapacityMAh.sd).toBeNull();
      else expect(build.standardCapacityMAh.sd).toBeCloseTo(standard.sd, 9);
      const rows = table.rows.filter((row) => row.buildId === build.buildId);
      const lifespans = rows.map((row) => row.lifespanCycle).filter((cycle): cycle is number => cycle !== null);
      expect(build.lifespan.n).toBe(lifespans.length);
      expect(build.lifespanCensored).toBe(rows.length - lifespans.length);
      if (lifespans.length > 0) expect(build.lifespan.mean).toBeCloseTo(meanSd(lifespans).mean, 9);
      expect(build.shortCircuits).toBe(cells.filter((cell) => cell.shorted !== null).length);
    }
    const only = await call<TableOne>('getTableOne', { buildIds: [buildId('Example 3')] });
    expect(new Set(only.rows.map((row) => row.buildName))).toEqual(new Set(['Example 3']));
  });
});

describe('comparing builds', () => {
  const compositeBuilds = () => ['Example 3', 'Example 1', 'Example 4', 'Example 5'].map(buildId);

  it('labels a retention overlay by the composite share that tells the builds apart', async () => {
    const overlay = await call<Overlay>('getOverlay', { selection: { buildIds: compositeBuilds() }, kind: 'retention' });
    expect(overlay.distinguishing[0]!.label).toBe('Composite SE in cathode');
    expect(Object.values(overlay.distinguishing[0]!.valueByBuild).sort()).toEqual(['composite 10 wt%', 'composite 15 wt%', 'composite 30 wt%', 'composite 5 wt%']);
    expect(overlay.series[0]!.label).toMatch(/^Example 3 · composite 5 wt% · #\d/);
    expect(overlay.yAxis.title).toBe('Discharge capacity retention (%)');
    const first = overlay.series[0]!;
    const raw = temp.notebook.db.prepare('SELECT cycle, discharge_mah FROM cycle_summaries WHERE test_id = ? AND cycle >= 1 ORDER BY cycle').all(first.testId) as Array<{ cycle: number; discharge_mah: number }>;
    expect(first.x).toEqual(raw.map((row) => row.cycle));
    expect(first.y[first.y.length - 1]).toBeCloseTo((raw[raw.length - 1]!.discharge_mah / raw[0]!.discharge_mah) * 100, 4);
  });

  it('overlays the first cycle’s voltage curves and dQ/dV of several cells', async () => {
    const voltage = await call<Overlay>('getOverlay', { selection: { buildIds: compositeBuilds() }, kind: 'voltage', cycle: 1, halves: ['discharge'] });
    expect(voltage.series.length).toBeGreaterThanOrEqual(4);
    expect(voltage.xAxis.unit).toMatch(/^(µAh|mAh|Ah)$/);
    expect(voltage.series.every((series) => series.half === 'discharge' && series.x.length > 10)).toBe(true);
    const dqdv = await call<Overlay>('getOverlay', { selection: { buildIds: compositeBuilds() }, kind: 'dqdv', cycle: 1 });
    expect(dqdv.method).toMatch(/5 mV bins/);
    expect(dqdv.yAxis.unit).toBe('mAh/V');
  });

  it('plots composite share against lifespan, one point per cell', async () => {
    const scatter = await call<Scatter>('getScatter', { selection: { buildIds: compositeBuilds() }, parameter: 'compositeSeWtPct', outcome: 'lifespan' });
    const cells = independentRows(1).filter((row) => ['Example 1', 'Example 3', 'Example 4', 'Example 5'].includes(row.build));
    expect(scatter.points.length + scatter.missing.length).toBe(cells.length);
    expect(new Set(scatter.points.map((point) => point.x))).toEqual(new Set([5, 10, 15, 30]));
    expect(scatter.xAxis.title).toBe('Composite SE in cathode (wt%)');
    // The press plan's highest pressure: the demo's Examples press at 500 MPa ([0096]-[0099]).
    const pressed = await call<Scatter>('getScatter', { selection: { buildIds: compositeBuilds() }, parameter: 'maxPressPressureMPa', outcome: 'standard_capacity' });
    const plans = temp.notebook.db.prepare('SELECT max(s.pressure_mpa) AS mpa FROM press_steps s JOIN press_plans p ON p.id = s.plan_id WHERE p.build_id = ? AND s.archived_at IS NULL').get(buildId('Example 3')) as { mpa: number };
    const example3 = pressed.points.filter((point) => point.buildName === 'Example 3');
    expect(plans.mpa).toBeGreaterThan(0);
    expect(example3.length).toBeGreaterThan(0);
    expect(example3.every((point) => point.x === plans.mpa)).toBe(true);
    expect(pressed.xAxis.title).toBe('Highest press pressure (press plan) (MPa)');
    const refused = await dispatch(temp.ctx, 'getScatter', { selection: { buildIds: [] }, parameter: 'nonsense', outcome: 'lifespan' });
    expect(refused.ok).toBe(false);
  });

  it('tabulates design differences of four builds with labels and units, never internal keys', async () => {
    const diff = await call<DesignDifferences>('getDesignDifferences', { buildIds: [buildId('Example 1'), buildId('Example 3'), buildId('Comparative 1'), buildId('Comparative 3')] });
    expect(diff.builds.map((build) => build.name)).toEqual(['Example 1', 'Example 3', 'Comparative 1', 'Comparative 3']);
    for (const row of diff.rows) {
      // An internal name is camelCase (cathodeActiveLoadingMgCm2) or snake_case; formulas such as LiNi0.8Co0.15Mn0.05O2 start upper-case.
      expect(row.label).not.toMatch(/(^|\s)[a-z]+[A-Z]\w*|_/);
      expect(row.values.join(' ')).not.toMatch(/single_sided|double_sided|wt_pct/);
      expect(row.values).toHaveLength(4);
      expect(row.differs[0]).toBe(false);
    }
    const composite = diff.rows.find((row) => row.label === 'Composite SE in cathode')!;
    expect(composite.unit).toBe('wt%');
    expect(composite.values.slice(0, 2)).toEqual(['10', '5']);
    expect(diff.rows[0]!.label).toBe('Configuration');
    expect(diff.rows[diff.rows.length - 1]!.section).toBe('Derived');
    expect(diff.rows.some((row) => row.label === 'Configuration' && row.values.includes('FIG. 1 single-sided'))).toBe(true);
  });
});
