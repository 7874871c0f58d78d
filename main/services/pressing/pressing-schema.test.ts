// Schema 7's own rules, written straight to SQLite as any other program could: they hold even
// when a write does not go through the services.
import { afterEach, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { createBuild, setBuildArchived } from '../builds/builds';
import { createEquipment } from './equipment';
import { writeSteps } from './plan-write';
import { dispatch } from '../dispatch';
import { createEquipmentSchema, stepInputSchema } from '../../../shared/schemas/pressing';

let temp: TempNotebook;
afterEach(() => temp?.dispose());

async function notebookWithPlan() {
  temp = await openTempNotebook();
  const ctx = temp.ctx;
  const buildId = createBuild(ctx, { name: 'B1', configuration: 'single_sided', builtOn: null, operator: null, gloveboxH2oPpm: null, gloveboxO2Ppm: null, tags: [], notes: null });
  const press = createEquipment(ctx, createEquipmentSchema.parse({ name: 'press', spec: { kind: 'uniaxial_press', maxForce: 100, platen: { shape: 'round', diameterMm: 30 } } }));
  const die = createEquipment(ctx, createEquipmentSchema.parse({ name: '40 mm die', spec: { kind: 'die', bore: { shape: 'round', diameterMm: 40 } } }));
  const planId = writeSteps(ctx, buildId, [stepInputSchema.parse({ kind: 'press', method: 'uniaxial_press', equipmentId: press.id, pressureMPa: 100 })]);
  return { buildId, press, die, planId, db: temp.notebook.db };
}

describe('schema 7', () => {
  it('never deletes equipment, plans, steps or windows', async () => {
    const { db } = await notebookWithPlan();
    for (const table of ['equipment', 'press_plans', 'press_steps']) expect(() => db.prepare(`DELETE FROM ${table}`).run(), table).toThrow(/never deleted/);
  });
  it('keeps equipment a plan uses from being archived, even written directly', async () => {
    const { db, press } = await notebookWithPlan();
    expect(() => db.prepare('UPDATE equipment SET archived_at = ? WHERE id = ?').run('2026-01-01T00:00:00Z', press.id)).toThrow(/used by a plan/);
  });
  it('adds no step to the plan of an archived build', async () => {
    const { db, buildId, planId } = await notebookWithPlan();
    setBuildArchived(temp.ctx, buildId, true);
    expect(() => db.prepare("INSERT INTO press_steps (plan_id, position, kind, created_at, updated_at) VALUES (?, 1, 'rest', 'x', 'x')").run(planId)).toThrow(/archived build/);
  });
  it('refuses a pressure above 2000 MPa unless confirmed, and zero', async () => {
    const { db, planId } = await notebookWithPlan();
    const insert = (pressure: number, confirmed: number) => db.prepare("INSERT INTO press_steps (plan_id, position, kind, pressure_mpa, pressure_confirmed, created_at, updated_at) VALUES (?, 1, 'press', ?, ?, 'x', 'x')").run(planId, pressure, confirmed);
    expect(() => insert(500_000, 0)).toThrow(/CHECK constraint/);
    expect(() => insert(0, 0)).toThrow(/CHECK constraint/);
    expect(() => insert(500_000, 1)).not.toThrow();
  });
  it('holds a window together: a bound needs its source, a paper its citation, the minimum at most the maximum', async () => {
    const { db } = await notebookWithPlan();
    db.prepare("INSERT INTO materials (name, kind, tags_json, created_at, updated_at) VALUES ('SE', 'sulfide_se', '[]', 'x', 'x')").run();
    const insert = (columns: string, values: unknown[]) => () => db.prepare(`INSERT INTO material_pressure_windows (material_id, ${columns}, created_at, updated_at) VALUES (1, ${values.map(() => '?').join(', ')}, 'x', 'x')`).run(...values);
    expect(insert('max_mpa', [500])).toThrow(/CHECK constraint/);
    expect(insert('max_mpa, max_source', [500, 'paper'])).toThrow(/CHECK constraint/);
    expect(insert('min_mpa, min_source, max_mpa, max_source', [600, 'measured', 500, 'measured'])).toThrow(/CHECK constraint/);
    expect(insert('max_mpa, max_source, max_citation', [500, 'paper', 'ref [1]'])).not.toThrow();
  });
  it('refuses, through the API, a die larger than the press platen, naming the field, and writes nothing', async () => {
    const { buildId, press, die, db } = await notebookWithPlan();
    const before = (db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    const result = await dispatch(temp.ctx, 'savePressSteps', { buildId, steps: [{ kind: 'press', method: 'uniaxial_press', equipmentId: press.id, dieId: die.id, pressureMPa: 100 }] }, () => undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]).toEqual({ field: 'steps.0.dieId', message: '40 mm die is larger than the platen of press' });
    expect((db.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n).toBe(before);
  });
});
