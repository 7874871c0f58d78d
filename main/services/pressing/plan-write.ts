// Writing a build's plan: the steps in order (kept by id, so their actuals stay), a new order, a
// template, a copy of another build's plan. Each is one transaction, checked before anything is
// written: an archived build, an unconfirmed implausible pressure, a method that does not fit the
// step, a die that is not a die or larger than the press's platen, a step already run being removed.
import { CellbookError, describeFieldIssues, type FieldIssue } from '../../../shared/api-error';
import { fitsOn } from '../../../shared/pressing/equipment-checks';
import { judgePressureMagnitude } from '../../../shared/pressing/force';
import { PRESS_TEMPLATES } from '../../../shared/pressing/templates';
import { METHODS_BY_KIND, type StepInput } from '../../../shared/schemas/pressing';
import { archiveRecord, insertRecord, updateRecord } from '../../db/records';
import { readLayers } from '../builds/build-rows';
import type { ServiceContext } from '../context';
import { assertBuildOpen, readPlanRow, readStepRows, stepColumns, stepInputOf } from './plan-rows';
import { equipmentLookup } from './plan-rows';

function stepIssues(ctx: ServiceContext, steps: readonly StepInput[]): FieldIssue[] {
  const lookup = equipmentLookup(ctx);
  const issues: FieldIssue[] = [];
  steps.forEach((step, index) => {
    const at = (field: string, message: string) => issues.push({ field: `steps.${index}.${field}`, message });
    if (step.method !== null && !METHODS_BY_KIND[step.kind].includes(step.method)) at('method', `a ${step.kind} step is not done by ${step.method.replace(/_/g, ' ')} (use ${METHODS_BY_KIND[step.kind].join(', ')})`);
    if (step.pressureMPa !== null) {
      const verdict = judgePressureMagnitude(step.pressureMPa, '');
      if (verdict.verdict === 'needs_confirmation' && !step.pressureConfirmed) at('pressureMPa', verdict.message);
    }
    const equipment = lookup(step.equipmentId);
    if (step.equipmentId !== null && !equipment) at('equipmentId', `equipment ${step.equipmentId} does not exist`);
    if (equipment?.spec.kind === 'die') at('equipmentId', `${equipment.name} is a die: choose it as the die, and a press as the equipment`);
    const die = lookup(step.dieId);
    if (step.dieId !== null && !die) at('dieId', `equipment ${step.dieId} does not exist`);
    if (die && die.spec.kind !== 'die') at('dieId', `${die.name} is not a die`);
    const platen = equipment?.spec.kind === 'uniaxial_press' ? equipment.spec.platen : null;
    if (die?.spec.kind === 'die' && platen && !fitsOn(die.spec.bore, platen)) at('dieId', `${die.name} is larger than the platen of ${equipment?.name}`);
    for (const [field, item] of [['equipmentId', equipment], ['dieId', die]] as const) if (item?.archived) at(field, `${item.name} is archived`);
  });
  return issues;
}

/** Replaces the plan's steps with `steps` in that order; returns the plan id. */
export function writeSteps(ctx: ServiceContext, buildId: number, steps: readonly StepInput[], origin?: string | null): number {
  return ctx.notebook.db.transaction(() => {
    const build = assertBuildOpen(ctx, buildId);
    const issues = stepIssues(ctx, steps);
    if (issues.length > 0) throw new CellbookError('validation', describeFieldIssues(issues), issues);
    const plan = readPlanRow(ctx, buildId);
    const planId = plan ? plan.id : Number(insertRecord(ctx.writer, 'press_plans', { build_id: buildId, origin: origin ?? null }));
    if (plan && origin !== undefined) updateRecord(ctx.writer, 'press_plans', plan.id, { origin });
    const existing = readStepRows(ctx, planId);
    const kept = new Set(steps.flatMap((step) => (step.id === undefined ? [] : [step.id])));
    for (const id of kept) if (!existing.some((row) => row.id === id)) throw new CellbookError('validation', `Steps: step ${id} is not a step of ${build.name}'s plan`, [{ field: 'steps', message: `step ${id} belongs to another plan` }]);
    for (const row of existing) {
      if (kept.has(row.id)) continue;
      if (row.status !== 'planned') throw new CellbookError('refused', `step ${row.position + 1} (${row.title ?? row.kind}) of ${build.name} was ${row.status === 'running' ? 'started' : row.status}; it stays in the plan`);
      archiveRecord(ctx.writer, 'press_steps', row.id);
    }
    steps.forEach((step, position) => {
      const { id, ...setPoints } = step;
      if (id === undefined) insertRecord(ctx.writer, 'press_steps', { plan_id: planId, position, ...stepColumns(setPoints) });
      else updateRecord(ctx.writer, 'press_steps', id, { position, ...stepColumns(setPoints) });
    });
    return planId;
  })();
}

export function reorderSteps(ctx: ServiceContext, buildId: number, stepIds: readonly number[]): void {
  ctx.notebook.db.transaction(() => {
    const build = assertBuildOpen(ctx, buildId);
    const plan = readPlanRow(ctx, buildId);
    const rows = plan ? readStepRows(ctx, plan.id) : [];
    const same = rows.length === stepIds.length && new Set(stepIds).size === stepIds.length && rows.every((row) => stepIds.includes(row.id));
    if (!same) throw new CellbookError('validation', `Steps: give each of ${build.name}'s ${rows.length} steps once (${rows.map((row) => row.id).join(', ')})`, [{ field: 'stepIds', message: 'every step of the plan, once' }]);
    stepIds.forEach((id, position) => updateRecord(ctx.writer, 'press_steps', id, { position }));
  })();
}

/** The build's layer kinds, so a template or copy names only layers this build has (Comparatives 2-3 have no first anode layer). */
function buildKinds(ctx: ServiceContext, buildId: number): Set<string> {
  return new Set(readLayers(ctx.notebook.db, buildId).map((layer) => layer.kind));
}

function refuseIfRun(ctx: ServiceContext, buildId: number, what: string): StepInput[] {
  const plan = readPlanRow(ctx, buildId);
  const rows = plan ? readStepRows(ctx, plan.id) : [];
  const run = rows.filter((row) => row.status !== 'planned');
  if (run.length > 0) throw new CellbookError('refused', `${what} would replace steps already run (${run.map((row) => row.position + 1).join(', ')}); append instead`);
  return rows.map(stepInputOf);
}

export function applyTemplate(ctx: ServiceContext, buildId: number, templateId: string, mode: 'replace' | 'append'): void {
  const template = PRESS_TEMPLATES.find((entry) => entry.id === templateId);
  if (!template) throw new CellbookError('not_found', `there is no press template "${templateId}"`, [{ field: 'templateId', message: 'no such template' }]);
  ctx.notebook.db.transaction(() => {
    assertBuildOpen(ctx, buildId);
    const kinds = buildKinds(ctx, buildId);
    const fromTemplate = template.steps.map((step) => ({ ...step, layers: step.layers.filter((kind) => kinds.has(kind)) }));
    const existing = mode === 'replace' ? refuseIfRun(ctx, buildId, `the ${template.name} template`) : stepInputsOf(ctx, buildId);
    const keep = mode === 'append' ? existing : [];
    writeSteps(ctx, buildId, [...keep, ...fromTemplate], `${template.name}, ${template.source}`);
  })();
}

function stepInputsOf(ctx: ServiceContext, buildId: number): StepInput[] {
  const plan = readPlanRow(ctx, buildId);
  return plan ? readStepRows(ctx, plan.id).map(stepInputOf) : [];
}

export function copyPlan(ctx: ServiceContext, buildId: number, fromBuildId: number): void {
  ctx.notebook.db.transaction(() => {
    assertBuildOpen(ctx, buildId);
    if (buildId === fromBuildId) throw new CellbookError('validation', 'From build: a plan cannot be copied onto itself', [{ field: 'fromBuildId', message: 'choose another build' }]);
    const from = readPlanRow(ctx, fromBuildId);
    const source = from ? readStepRows(ctx, from.id) : [];
    const fromName = ctx.notebook.db.prepare('SELECT name FROM builds WHERE id = ?').get(fromBuildId) as { name: string } | undefined;
    if (!fromName) throw new CellbookError('not_found', `build ${fromBuildId} does not exist`, [{ field: 'fromBuildId', message: 'no such build' }]);
    if (source.length === 0) throw new CellbookError('refused', `${fromName.name} has no plan to copy`, [{ field: 'fromBuildId', message: 'that build has no steps' }]);
    refuseIfRun(ctx, buildId, `copying ${fromName.name}'s plan`);
    const kinds = buildKinds(ctx, buildId);
    const steps = source.map((row) => {
      const { id: _id, ...setPoints } = stepInputOf(row);
      return { ...setPoints, layers: setPoints.layers.filter((kind) => kinds.has(kind)) };
    });
    const origin = readPlanRow(ctx, fromBuildId)?.origin;
    writeSteps(ctx, buildId, steps, `copied from ${fromName.name}${origin ? ` (${origin})` : ''}`);
  })();
}
