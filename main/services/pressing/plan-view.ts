// A build's press plan as the UI, the CLI and the run sheet see it: every step with its force,
// checks and deviations, the plan-wide checks, the layers' windows, the recommendation for the
// layers and the timeline (DOMAIN.md section 4).
import { checkPlan } from '../../../shared/pressing/plan-checks';
import { worstStatus, type CheckLayer, type CheckStep } from '../../../shared/pressing/check-types';
import { stepDeviations } from '../../../shared/pressing/deviation';
import { recommendPressSteps } from '../../../shared/pressing/recommend';
import { stepForce } from '../../../shared/pressing/step-pressure';
import { planTimeline } from '../../../shared/pressing/timeline';
import type { CheckResult, PlanState, PlanStep, PressPlan } from '../../../shared/schemas/pressing';
import { queryAll } from '../../db/query';
import { sql } from '../../db/sql';
import type { ServiceContext } from '../context';
import { getPressingSettings } from './pressing-settings';
import { actualOf, equipmentLookup, readBuildRef, readPlanRow, readStepRows, stepInputOf, toCheckStep, type StepRow } from './plan-rows';
import { layerWindows } from './windows';

export function planCells(ctx: ServiceContext, buildId: number) {
  return queryAll<{ label: string; stack_pressure_mpa: number | null }>(ctx.notebook.db, sql`SELECT label, stack_pressure_mpa FROM cells WHERE build_id = ${buildId} AND archived_at IS NULL ORDER BY id`).map((row) => ({
    label: row.label,
    stackPressureMPa: row.stack_pressure_mpa,
  }));
}

export function planState(steps: ReadonlyArray<Pick<PlanStep, 'status' | 'deviations'>>): PlanState {
  if (steps.length === 0) return 'none';
  if (steps.some((step) => step.status === 'skipped' || step.deviations.some((deviation) => deviation.beyondTolerance))) return 'deviated';
  if (steps.every((step) => step.status === 'done')) return 'done';
  return steps.some((step) => step.status !== 'planned') ? 'running' : 'planned';
}

export function recommendationFor(layers: readonly CheckLayer[]) {
  return recommendPressSteps(layers.map((layer) => ({ name: layer.label, minMPa: layer.min?.valueMPa ?? null, maxMPa: layer.max?.valueMPa ?? null })));
}

/** The local offset of the machine running Cellbook, for the timeline's nights. */
const localUtcOffsetMinutes = (at: Date) => -at.getTimezoneOffset();

interface PlanParts {
  rows: readonly StepRow[];
  checkSteps: CheckStep[];
  layers: CheckLayer[];
}

function stepOutput(ctx: ServiceContext, parts: PlanParts, index: number, checks: CheckResult[], tolerancePct: number): PlanStep {
  const row = parts.rows[index] as StepRow;
  const step = parts.checkSteps[index] as CheckStep;
  const input = stepInputOf(row);
  const force = stepForce(step, parts.layers);
  const { id: _id, ...setPoints } = input;
  return {
    ...setPoints,
    id: row.id,
    position: index,
    equipmentName: step.equipment?.name ?? null,
    dieName: step.die?.name ?? null,
    ...force,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    actual: step.actual,
    deviations: step.actual ? stepDeviations(input, step.actual, force.areaCm2, tolerancePct) : [],
    deviationReason: row.deviation_reason,
    checks,
    worst: worstStatus(checks.map((entry) => entry.status)),
  };
}

export function getPressPlan(ctx: ServiceContext, buildId: number, startAt: Date = new Date()): PressPlan {
  const build = readBuildRef(ctx, buildId);
  const plan = readPlanRow(ctx, buildId);
  const rows = plan ? readStepRows(ctx, plan.id) : [];
  const settings = getPressingSettings(ctx);
  const layers = layerWindows(ctx, buildId);
  const lookup = equipmentLookup(ctx);
  const checkSteps = rows.map((row, index) => toCheckStep(stepInputOf(row), index, lookup, actualOf(row), row.status === 'skipped'));
  const checked = checkPlan({ steps: checkSteps, layers, cells: planCells(ctx, buildId) });
  const parts = { rows, checkSteps, layers };
  const steps = rows.map((row, index) => {
    const own = [...(checked.steps[index] ?? []), ...checked.plan.filter((entry) => entry.stepId === row.id)];
    return stepOutput(ctx, parts, index, own, settings.deviationTolerancePct);
  });
  const all = [...checked.steps.flat(), ...checked.plan];
  const timeline = planTimeline(
    steps.map((step) => ({ stepId: step.id, position: step.position, label: step.title ?? step.kind, durationS: step.actual?.durationS ?? step.durationS })),
    startAt,
    { startHour: settings.workdayStartHour, endHour: settings.workdayEndHour, utcOffsetMinutes: localUtcOffsetMinutes(startAt) },
  );
  return {
    buildId,
    buildName: build.name,
    buildArchived: build.archived_at !== null,
    planId: plan?.id ?? null,
    state: planState(steps),
    origin: plan?.origin ?? null,
    steps,
    planChecks: checked.plan,
    worst: all.length === 0 ? null : worstStatus(all.map((entry) => entry.status)),
    layers: layers.map(({ dryingReason: _reason, ...layer }) => layer),
    recommendation: recommendationFor(layers),
    timeline,
    deviationTolerancePct: settings.deviationTolerancePct,
    // The plan row changes only with its origin; its steps carry the latest edits.
    updatedAt: plan ? [plan.updated_at, ...rows.map((row) => row.updated_at)].sort().at(-1) ?? null : null,
  };
}
