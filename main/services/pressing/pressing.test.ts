// The planner on real notebooks, through the one door every host uses (dispatch).
import { afterEach, describe, expect, it } from 'vitest';
import { openTempNotebook, type TempNotebook } from '../../testing/temp-notebook';
import { dispatch } from '../dispatch';
import type { Equipment, PressPlan } from '../../../shared/schemas/pressing';
import { openDemoNotebook } from '../../testing/demo-notebook';

let temp: TempNotebook;
afterEach(() => temp?.dispose());
const silent = () => undefined;

async function call<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(temp.ctx, name, input, silent);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}
async function refusal(name: string, input: unknown): Promise<string> {
  const result = await dispatch(temp.ctx, name, input, silent);
  if (result.ok) throw new Error(`${name} was expected to be refused`);
  return result.error.message;
}
const count = (table: string) => (temp.notebook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function demo(): Promise<TempNotebook> {
  const t = await openDemoNotebook({ withCycling: false });
  t.ctx.writer.now = () => new Date('2026-11-27T10:00:00Z');
  return t;
}
const buildIdOf = (name: string) => (temp.notebook.db.prepare('SELECT id FROM builds WHERE name = ?').get(name) as { id: number }).id;

describe('the demo plans', () => {
  it('Examples get the Example 1 sequence with the demo equipment, comparatives the WIP one', async () => {
    temp = await demo();
    const example = await call<PressPlan>('getPressPlan', { buildId: buildIdOf('Example 3'), startAt: '2026-12-01T09:00:00Z' });
    expect(example.state).toBe('planned');
    expect(example.steps.filter((step) => step.kind !== 'dry').map((step) => [step.method, step.pressureMPa, step.equipmentName])).toEqual([
      ['hot_plate_press', 500, 'Hot-plate press (demo)'],
      ['roll_press', 450, 'Roll press (demo)'],
      ['vacuum_seal', null, null],
    ]);
    // 10 min x 3 + 10 h + 2 h + 48 h + 48 h + 8 h + 0.1 s
    expect(example.timeline.totalDurationS).toBeCloseTo(1800 + 116 * 3600 + 0.1, 6);
    expect(example.timeline.longerThanWorkingDay).toBe(true);
    const comparative = await call<PressPlan>('getPressPlan', { buildId: buildIdOf('Comparative 2') });
    const wip = comparative.steps.find((step) => step.method === 'wip');
    expect(wip && [wip.temperatureC, wip.pressureMPa, wip.durationS, wip.equipmentName]).toEqual([80, 500, 1800, 'WIP (demo)']);
    // Comparative 2 has no first anode layer (bare Ni): the template names only layers it has.
    expect(wip?.layers).toEqual(['anode_collector', 'solid_electrolyte', 'cathode_active_layer', 'inactive_member', 'cathode_collector']);
    expect(wip?.checks.find((entry) => entry.id === 'vessel_pressure')?.status).toBe('cannot_judge');
    const plans = await call<Array<{ buildId: number; buildName: string }>>('listPressPlans', {});
    for (const item of plans) {
      const origin = (await call<PressPlan>('getPressPlan', { buildId: item.buildId })).origin;
      expect(origin, item.buildName).toMatch(item.buildName.startsWith('Example') ? /^Example 1 / : /^Comparative 1 /);
    }
    expect(plans).toHaveLength(11);
    const equipment = await call<Equipment[]>('listEquipment', {});
    expect(equipment.map((item) => item.name).sort()).toEqual(['Convection oven (demo)', 'Hot-plate press (demo)', 'Roll press (demo)', 'Vacuum oven (demo)', 'WIP (demo)']);
    for (const item of equipment) expect(item.notes).toMatch(/^Demo assumption: the patent names this method but no machine/);
    expect(equipment.find((item) => item.kind === 'uniaxial_press')?.maxForceKN).toBeNull();
  });

  it('no window entered: the window checks cannot judge; a window on the SE material flags the WIP at 500.5 MPa', async () => {
    temp = await demo();
    const id = buildIdOf('Comparative 1');
    let plan = await call<PressPlan>('getPressPlan', { buildId: id });
    expect(plan.steps.find((step) => step.method === 'wip')?.checks.find((entry) => entry.id === 'layer_max')?.status).toBe('cannot_judge');
    const se = temp.notebook.db.prepare("SELECT id FROM materials WHERE name = 'Li6PS5Cl'").get() as { id: number };
    await call('setMaterialPressureWindow', { materialId: se.id, window: { max: { valueMPa: 500, source: 'measured' } } });
    plan = await call<PressPlan>('getPressPlan', { buildId: id });
    expect(plan.layers.find((layer) => layer.layerKind === 'solid_electrolyte')?.max).toMatchObject({ valueMPa: 500, source: 'measured', from: 'material', materialName: 'Li6PS5Cl' });
    const wip = plan.steps.find((step) => step.method === 'wip');
    // 500 MPa at the SE's 500 MPa maximum: not above it; the anode layer's window is still unknown.
    expect(wip?.checks.find((entry) => entry.id === 'layer_max')?.status).toBe('cannot_judge');
    const steps = plan.steps.map(({ id: stepId, kind, method, title, layers, equipmentId, dieId, temperatureC, pressureMPa, durationS, atmosphere, source }) => ({ id: stepId, kind, method, title, layers, equipmentId, dieId, temperatureC, pressureMPa: method === 'wip' ? 500.5 : pressureMPa, durationS, atmosphere, source }));
    plan = await call<PressPlan>('savePressSteps', { buildId: id, steps });
    const over = plan.steps.find((step) => step.method === 'wip')?.checks.find((entry) => entry.id === 'layer_max');
    expect(over?.status).toBe('fail');
    expect(over?.message).toContain('Solid electrolyte');
    expect(plan.worst).toBe('fail');
    // An override on the build's layer wins over the material.
    await call('setLayerPressureWindow', { buildId: id, layerKind: 'solid_electrolyte', window: { max: { valueMPa: 600, source: 'paper', citation: 'a paper, Table 2' } } });
    plan = await call<PressPlan>('getPressPlan', { buildId: id });
    expect(plan.layers.find((layer) => layer.layerKind === 'solid_electrolyte')?.max).toMatchObject({ valueMPa: 600, from: 'override' });
  });
});

describe('equipment', () => {
  it('a 15 tf press with a 4 cm² die: 500 MPa is beyond it, with the largest area it takes; archiving it is refused naming the plan', async () => {
    temp = await demo();
    const press = await call<Equipment>('createEquipment', { name: '15 t press', spec: { kind: 'uniaxial_press', maxForce: 15, maxForceUnit: 'tf', heated: true, maxTemperatureC: 150 } });
    expect(press.maxForceKN).toBeCloseTo(15 * 9.80665, 10);
    const die = await call<Equipment>('createEquipment', { name: '20 mm square die', spec: { kind: 'die', bore: { shape: 'rect', widthMm: 20, lengthMm: 20 }, maxPressureMPa: 1000 } });
    expect(die.areaCm2).toBe(4);
    const id = buildIdOf('Example 1');
    const plan = await call<PressPlan>('getPressPlan', { buildId: id });
    const hot = plan.steps.find((step) => step.method === 'hot_plate_press');
    const historyBefore = count('history');
    const preview = await call<{ forceKN: number; checks: Array<{ id: string; status: string; numbers: Record<string, number> }> }>('previewPressStep', {
      buildId: id,
      step: { id: hot?.id, kind: 'press', method: 'hot_plate_press', layers: hot?.layers, equipmentId: press.id, dieId: die.id, pressureMPa: 500, temperatureC: 90, durationS: 600 },
    });
    expect(preview.forceKN).toBeCloseTo(500 * 4 * 0.1, 10);
    const capacity = preview.checks.find((entry) => entry.id === 'press_capacity');
    expect(capacity?.status).toBe('fail');
    expect(capacity?.numbers.largestAreaCm2).toBeCloseTo((15 * 9.80665) / 50, 10);
    // The demo layers are 10 cm²: a 4 cm² die is smaller than the layer.
    expect(preview.checks.find((entry) => entry.id === 'die_layer_area')?.status).toBe('fail');
    // The preview wrote nothing.
    expect(count('history')).toBe(historyBefore);
    const steps = plan.steps.map((step) => ({ id: step.id, kind: step.kind, method: step.method, layers: step.layers, equipmentId: step.id === hot?.id ? press.id : step.equipmentId, dieId: step.id === hot?.id ? die.id : null, pressureMPa: step.pressureMPa, temperatureC: step.temperatureC, durationS: step.durationS, title: step.title, source: step.source, atmosphere: step.atmosphere }));
    await call('savePressSteps', { buildId: id, steps });
    const message = await refusal('archiveEquipment', { id: press.id });
    expect(message).toBe('"15 t press" is used by the plan of Example 1 (step 5); choose other equipment in those steps before archiving it');
    expect((await call<Equipment>('getEquipment', { id: press.id })).archivedAt).toBeNull();
  });

  it('refuses a die kind change and a die as the press; archives and restores an unused item', async () => {
    temp = await openTempNotebook();
    const oven = await call<Equipment>('createEquipment', { name: 'oven', spec: { kind: 'oven', vacuum: true, maxTemperatureC: 200 } });
    expect(await refusal('updateEquipment', { id: oven.id, changes: { spec: { kind: 'die', bore: { shape: 'round', diameterMm: 10 } } } })).toContain('cannot become a die');
    expect((await call<Equipment>('archiveEquipment', { id: oven.id })).archivedAt).not.toBeNull();
    expect((await call<Equipment>('restoreEquipment', { id: oven.id })).archivedAt).toBeNull();
    const history = await call<{ entries: Array<{ action: string }> }>('listHistory', { table: 'equipment', recordId: String(oven.id) });
    expect(history.entries.map((entry) => entry.action)).toEqual(['restore', 'archive', 'insert']);
    expect(() => temp.notebook.db.prepare('DELETE FROM equipment').run()).toThrow(/never deleted/);
  });
});

describe('bad input writes nothing', () => {
  it('an implausible pressure is refused unless confirmed; zero is refused; an archived build is refused', async () => {
    temp = await demo();
    const id = buildIdOf('Example 2');
    const before = count('history');
    const step = { kind: 'press', method: 'hot_plate_press', layers: ['first_anode_layer', 'solid_electrolyte'], pressureMPa: 500_000 };
    expect(await refusal('savePressSteps', { buildId: id, steps: [step] })).toContain('reads like kPa typed as MPa (500 MPa)');
    expect(await refusal('savePressSteps', { buildId: id, steps: [{ ...step, pressureMPa: 0 }] })).toMatch(/above 0 MPa/);
    expect(count('history')).toBe(before);
    const confirmed = await call<PressPlan>('previewPressStep', { buildId: id, step: { ...step, pressureConfirmed: true } });
    expect(confirmed).toMatchObject({ needsConfirmation: false });
    expect(await call<{ needsConfirmation: boolean }>('previewPressStep', { buildId: id, step })).toMatchObject({ needsConfirmation: true });
    await call('archiveBuild', { id });
    expect(await refusal('applyPressTemplate', { buildId: id, templateId: 'example1' })).toBe('build "Example 2" is archived; restore it before planning its pressing');
  });
});

describe('running a plan', () => {
  it('start, record within tolerance, record a deviation that needs a reason; state planned -> running -> deviated', async () => {
    temp = await demo();
    const id = buildIdOf('Example 1');
    let plan = await call<PressPlan>('getPressPlan', { buildId: id });
    const hot = plan.steps.find((step) => step.method === 'hot_plate_press');
    const first = plan.steps[0];
    plan = await call<PressPlan>('startPressStep', { stepId: first?.id });
    expect(plan.state).toBe('running');
    plan = await call<PressPlan>('recordPressStep', { stepId: first?.id, actual: { temperatureC: 80, durationS: 600, operator: 'A. Researcher' } });
    expect(plan.steps[0]?.status).toBe('done');
    const actual = { pressureMPa: 530, temperatureC: 90, durationS: 600 };
    expect(await refusal('recordPressStep', { stepId: hot?.id, actual })).toBe(
      'Deviation reason: step 5 (anode + SE layer -> assembly) differs from the plan by more than 5 %: pressure 530 MPa against 500 MPa planned (+6.0 %). Give the reason.',
    );
    plan = await call<PressPlan>('recordPressStep', { stepId: hot?.id, actual, deviationReason: 'gauge overshoot' });
    const done = plan.steps.find((step) => step.id === hot?.id);
    expect(done?.deviations).toEqual([
      { field: 'pressureMPa', planned: 500, actual: 530, percent: expect.closeTo(((530 - 500) / 500) * 100, 10), beyondTolerance: true },
      { field: 'temperatureC', planned: 90, actual: 90, percent: 0, beyondTolerance: false },
      { field: 'durationS', planned: 600, actual: 600, percent: 0, beyondTolerance: false },
    ]);
    expect(plan.state).toBe('deviated');
    const list = await call<Array<{ buildName: string; state: string }>>('listPressPlans', { state: 'deviated' });
    expect(list.map((item) => item.buildName)).toEqual(['Example 1']);
    // The builds list and the build's page show the plan's state and worst check.
    const builds = await call<Array<{ name: string; planState: string; planWorst: string | null }>>('listBuilds', {});
    expect(builds.find((build) => build.name === 'Example 1')).toMatchObject({ planState: 'deviated', planWorst: plan.worst });
    expect(builds.find((build) => build.name === 'Example 2')).toMatchObject({ planState: 'planned' });
    expect((await call<{ pressPlan: unknown }>('getBuild', { id })).pressPlan).toEqual({ state: 'deviated', worst: plan.worst });
    expect(await refusal('savePressSteps', { buildId: id, steps: [] })).toContain('was done; it stays in the plan');
  });

  it('the tolerance is a setting: at 10 % a 6 % deviation needs no reason, and a force read in tf counts as its pressure', async () => {
    temp = await demo();
    expect(await call('getPressingSettings', {})).toEqual({ deviationTolerancePct: 5, workdayStartHour: 9, workdayEndHour: 18 });
    await call('updatePressingSettings', { deviationTolerancePct: 10 });
    const plan = await call<PressPlan>('getPressPlan', { buildId: buildIdOf('Example 6') });
    const hot = plan.steps.find((step) => step.method === 'hot_plate_press');
    // 500 MPa on the 10 cm² layer is 500 kN; 54 tf = 529.56 kN reads as 529.56 MPa, +5.9 %.
    const after = await call<PressPlan>('recordPressStep', { stepId: hot?.id, actual: { forceTf: 54 } });
    const deviation = after.steps.find((step) => step.id === hot?.id)?.deviations[0];
    expect(deviation?.actual).toBeCloseTo((54 * 9.80665) / (10 * 0.1), 10);
    expect(deviation?.beyondTolerance).toBe(false);
    expect(after.state).toBe('running');
    expect(await refusal('updatePressingSettings', { workdayStartHour: 18, workdayEndHour: 9 })).toMatch(/ends after it starts/);
  });

  it('copies a plan from another build and reorders steps', async () => {
    temp = await demo();
    const target = buildIdOf('Example 4');
    let plan = await call<PressPlan>('copyPressPlan', { buildId: target, fromBuildId: buildIdOf('Comparative 1') });
    expect(plan.origin).toMatch(/^copied from Comparative 1/);
    expect(plan.steps.some((step) => step.method === 'wip')).toBe(true);
    const ids = plan.steps.map((step) => step.id);
    plan = await call<PressPlan>('reorderPressSteps', { buildId: target, stepIds: [...ids].reverse() });
    expect(plan.steps.map((step) => step.id)).toEqual([...ids].reverse());
    expect(plan.steps[1]?.checks.some((entry) => entry.id === 'after_seal')).toBe(true);
    expect(await refusal('reorderPressSteps', { buildId: target, stepIds: ids.slice(1) })).toMatch(/^Steps: give each of Example 4's 8 steps once/);
  });
});
