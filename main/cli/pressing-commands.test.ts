// `cellbook calc press`, `cellbook plan` and `cellbook plan recommend`, run as a separate process
// the way scripts use them, checked against DOMAIN.md section 4's numbers.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { runCellbook, useTempDirs } from '../testing/cli-process';
import { makeTempDir } from '../testing/temp-notebook';
import { createDemoNotebook } from '../services/demo/demo-notebook';
import { openNotebook } from '../db/open-notebook';
import { createServiceContext } from '../services/context';

const tempDir = useTempDirs();
const json = (args: string[]) => {
  const result = runCellbook([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe('cellbook calc press', () => {
  it('500 MPa on 1 cm² is 50.0 kN = 5.10 tf; on a 10 mm round die 39.27 kN', () => {
    const square = json(['calc', 'press', '--pressure-mpa', '500', '--area-cm2', '1']);
    expect(square).toEqual({ pressure_MPa: 500, area_cm2: 1, force_kN: 50, force_tf: 50 / 9.80665 });
    expect(square.force_tf.toFixed(2)).toBe('5.10');
    const round = json(['calc', 'press', '--pressure-mpa', '500', '--diameter-mm', '10']);
    expect(round.area_cm2).toBeCloseTo(Math.PI * 0.5 ** 2, 12);
    expect(round.force_kN.toFixed(2)).toBe('39.27');
    const rect = json(['calc', 'press', '--pressure-mpa', '500', '--width-mm', '20', '--length-mm', '20']);
    expect(rect.force_tf.toFixed(1)).toBe('20.4');
  });
  it('a force (kN or tf) with an area gives the pressure', () => {
    expect(json(['calc', 'press', '--force-kN', '50', '--area-cm2', '1']).pressure_MPa).toBeCloseTo(500, 10);
    expect(json(['calc', 'press', '--force-tf', '15', '--area-cm2', '4']).pressure_MPa).toBeCloseTo((15 * 9.80665) / 0.4, 10);
  });
  it('prints a table with units in the headers', () => {
    const result = runCellbook(['calc', 'press', '--pressure-mpa', '500', '--diameter-mm', '10']);
    expect(result.stdout.split('\n')[0]).toBe('pressure (MPa)  area (cm²)  force (kN)  force (tf)');
    expect(result.stdout).toContain('39.27');
  });
  it('zero, negative and implausible values exit 1 with a sentence', () => {
    expect(runCellbook(['calc', 'press', '--pressure-mpa', '0', '--area-cm2', '1'])).toMatchObject({ code: 1, stdout: '', stderr: 'cellbook: --pressure-mpa: 0 MPa is not possible; it must be above 0 MPa\n' });
    expect(runCellbook(['calc', 'press', '--pressure-mpa', '500', '--diameter-mm', '-10']).stderr).toBe('cellbook: --diameter-mm: -10 mm is not possible; it must be above 0 mm\n');
    const kPa = runCellbook(['calc', 'press', '--pressure-mpa', '500000', '--area-cm2', '1']);
    expect(kPa.code).toBe(1);
    expect(kPa.stderr).toBe('cellbook: --pressure-mpa: 500000 MPa is above 2000 MPa, more than a lab press applies. It reads like kPa typed as MPa (500 MPa).\n');
    expect(runCellbook(['calc', 'press', '--pressure-mpa', '500']).stderr).toBe('cellbook: give the die once: --area-cm2 A, or --diameter-mm D, or --width-mm W with --length-mm L\n');
  });
});

describe('cellbook plan recommend', () => {
  const layersFile = (content: unknown) => {
    const file = path.join(tempDir(), 'layers.json');
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  it("cathode 400-700 MPa, SE at most 500 MPa, anode unknown: cathode alone at 400, SE + anode, the stack at 500 (Example 1's shape)", () => {
    const file = layersFile({ layers: [{ name: 'cathode', min_MPa: 400, max_MPa: 700 }, { name: 'SE', max_MPa: 500 }, { name: 'anode' }] });
    const out = json(['plan', 'recommend', '--layers', file]);
    expect(out.feasible).toBe(true);
    expect(out.steps).toEqual([
      { layers: ['cathode'], pressure_MPa: 400 },
      { layers: ['SE', 'anode'], pressure_MPa: 500 },
      { layers: ['cathode', 'SE', 'anode'], pressure_MPa: 500 },
    ]);
    expect(out.messages.some((text: string) => text.startsWith('anode:'))).toBe(true);
  });
  it('an infeasible set exits 0 with feasible false, naming the layer and its numbers; null bounds are allowed', () => {
    const out = json(['plan', 'recommend', '--layers', layersFile({ layers: [{ name: 'SE', min_MPa: 600, max_MPa: 500 }, { name: 'anode', min_MPa: null, max_MPa: null }] })]);
    expect(out).toEqual({ steps: [], feasible: false, messages: ['SE: its minimum of 600 MPa is above its maximum of 500 MPa, so no pressure forms it without exceeding what it tolerates.'] });
  });
  it('a bad file is a sentence naming the file and field, exit 1', () => {
    const file = layersFile({ layers: [{ name: 'SE', max_MPa: -5 }] });
    const result = runCellbook(['plan', 'recommend', '--layers', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(/above 0 MPa/);
    expect(runCellbook(['plan', 'recommend', '--layers', layersFile('{not json')]).stderr).toMatch(/not JSON/);
  });
});

describe('cellbook plan BUILD', () => {
  let db = '';
  let remove = () => undefined as void;
  beforeAll(async () => {
    const temp = makeTempDir();
    remove = temp.remove;
    db = path.join(temp.dir, 'demo.cellbook');
    const notebook = await openNotebook(db);
    createDemoNotebook(createServiceContext(notebook, { mode: 'cli' }));
    notebook.close();
  }, 60_000);
  afterAll(() => remove());

  it("prints Example 1's steps with the keys scripts read; the hot press's force from the 10 cm² layer", () => {
    const plan = json(['plan', 'Example 1', '--db', db]);
    expect(plan.state).toBe('planned');
    const press = plan.steps.find((step: { method: string }) => step.method === 'hot_plate_press');
    expect(Object.keys(press)).toEqual(expect.arrayContaining(['step', 'kind', 'method', 'equipment', 'layers', 'pressure_MPa', 'force_kN', 'temperature_C', 'duration_s', 'status', 'messages']));
    // 500 MPa on the demo's 25 mm x 40 mm = 10 cm² layers: 500 kN
    expect(press).toMatchObject({ step: 5, kind: 'press', equipment: 'Hot-plate press (demo)', pressure_MPa: 500, temperature_C: 90, duration_s: 600, status: 'cannot_judge' });
    expect(press.force_kN).toBeCloseTo(500 * 10 * 0.1, 10);
    const seal = plan.steps.at(-1);
    // The demo records no stack pressure: a cell cycled in its vacuum-sealed pouch cannot have its pressure judged (not a warning).
    expect(seal).toMatchObject({ kind: 'seal', method: 'vacuum_seal', pressure_MPa: null, force_kN: null, status: 'cannot_judge' });
    expect(seal.messages.some((text: string) => text.includes('vacuum-sealed pouch'))).toBe(true);
    expect(press.messages.some((text: string) => text.includes('no maximum force entered'))).toBe(true);
    // 116 h 30 min and 0.1 s of steps: days of drying, so some steps run overnight whenever it starts.
    expect(plan.total_duration_s).toBeCloseTo(3 * 600 + 116 * 3600 + 0.1, 6);
    expect(plan.overnight_steps.length).toBeGreaterThan(0);
  });
  it('prints a table with units in the headers, and a sentence for an unknown build', () => {
    const text = runCellbook(['plan', 'Comparative 1', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/pressure \(MPa\)\s+force \(kN\)\s+temperature \(°C\)\s+duration \(s\)\s+status/);
    expect(text.stdout).toContain('wip');
    const unknown = runCellbook(['plan', 'Example 99', '--db', db]);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toBe(`cellbook: there is no build named "Example 99" in ${db} (see: cellbook builds)\n`);
  });
});
