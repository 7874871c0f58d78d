// Schema 8 on a notebook made before it: a test whose last cycle charged and never discharged gets
// that cycle marked as the one the data end inside (so it no longer grades x), and the efficiency of
// 0 stored for a cycle without a discharge becomes none; the test's page and list read it so.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../db/migrations';
import { openNotebook } from '../../db/open-notebook';
import { makeTempDir } from '../../testing/temp-notebook';
import { createServiceContext } from '../context';
import { getCyclingTest, listCyclingTests } from './cycling-tests';

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((remove) => remove());
  cleanup = [];
});

const report = JSON.stringify({ cycleNote: 'recomputed from the steps', agreementNote: 'none', notes: [], warnings: [] });

/** Charge and discharge (mAh) of cycles 1, 2, … and the efficiency stored for each, as schema 7 stored them. */
async function schemaSevenTest(filePath: string, cycles: Array<[number, number, number | null]>): Promise<void> {
  const notebook = await openNotebook(filePath, { migrations: bundledMigrations().filter((migration) => migration.version <= 7) });
  const db = notebook.db;
  const at = '2026-01-01T00:00:00.000Z';
  const id = Number(
    db
      .prepare("INSERT INTO cycling_tests (name, format_id, format_label, cycle_source, point_count, cycle_count, has_temperature, import_report_json, created_at, updated_at) VALUES ('cell 3', 'maccor', 'Maccor', 'steps', 10, ?, 0, ?, ?, ?)")
      .run(cycles.length, report, at, at).lastInsertRowid,
  );
  const insert = db.prepare(
    "INSERT INTO cycle_summaries (test_id, cycle, charge_mah, discharge_mah, coulombic_efficiency, charge_mwh, discharge_mwh, charge_duration_s, discharge_duration_s, charge_stop) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 'unknown')",
  );
  cycles.forEach(([charge, discharge, efficiency], i) => insert.run(id, i + 1, charge, discharge, efficiency));
  notebook.close();
}

describe('schema 8 (cycle completeness) on a notebook made before it', () => {
  it('marks the last cycle that never discharged as incomplete, so it decides no lifespan, and its efficiency as none', async () => {
    const temp = makeTempDir();
    cleanup.push(temp.remove);
    const filePath = path.join(temp.dir, 'lab.cellbook');
    // Cycle 3 is a charge the export was made in: schema 7 graded it 0 % retention, lifespan 3 (x).
    await schemaSevenTest(filePath, [[2, 1.9, 0.95], [2, 1.85, 0.925], [1.2, 0, 0]]);
    const notebook = await openNotebook(filePath);
    cleanup.push(() => notebook.close());
    expect(notebook.schemaVersion).toBeGreaterThanOrEqual(8);
    const ctx = createServiceContext(notebook, { mode: 'cli' });
    const [listed] = listCyclingTests(ctx, { unassignedOnly: false, includeArchived: false });
    expect(listed!.grade).toBeNull();
    expect(listed!.lifespanCycle).toBeNull();
    expect(listed!.lifespanLabel).toBe('> 2 (still above 80%; the test ended mid-cycle 3, which is not counted)');
    const detail = getCyclingTest(ctx, listed!.id);
    expect(detail.cycles.map((row) => [row.cycle, row.complete, row.coulombicEfficiency])).toEqual([[1, true, 0.95], [2, true, 0.925], [3, false, null]]);
    expect(detail.setApart).toEqual([]);
    expect(detail.report).not.toHaveProperty('incompleteCycle');
  });

  it('leaves a test whose last cycle discharged whole', async () => {
    const temp = makeTempDir();
    cleanup.push(temp.remove);
    const filePath = path.join(temp.dir, 'lab.cellbook');
    await schemaSevenTest(filePath, [[2, 1.9, 0.95], [2, 1.5, 0.75]]);
    const notebook = await openNotebook(filePath);
    cleanup.push(() => notebook.close());
    const ctx = createServiceContext(notebook, { mode: 'cli' });
    const [listed] = listCyclingTests(ctx, { unassignedOnly: false, includeArchived: false });
    expect([listed!.lifespanCycle, listed!.grade]).toEqual([2, 'x']);
    expect(getCyclingTest(ctx, listed!.id).cycles.every((row) => row.complete)).toBe(true);
  });
});
