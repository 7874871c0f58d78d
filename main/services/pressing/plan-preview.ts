// Checks for a step as it is being typed, against the build's plan as it stands: the step is put
// where it would go (or in place of the step it edits) and the whole plan checked. Nothing is written.
import type { z } from 'zod';
import { checkPlan } from '../../../shared/pressing/plan-checks';
import { worstStatus } from '../../../shared/pressing/check-types';
import { judgePressureMagnitude } from '../../../shared/pressing/force';
import { stepForce } from '../../../shared/pressing/step-pressure';
import type { previewPressStepSchema, pressStepPreviewSchema } from '../../../shared/schemas/pressing';
import type { ServiceContext } from '../context';
import { actualOf, equipmentLookup, readBuildRef, readPlanRow, readStepRows, stepInputOf, toCheckStep } from './plan-rows';
import { planCells } from './plan-view';
import { layerWindows } from './windows';

export function previewPressStep(ctx: ServiceContext, input: z.output<typeof previewPressStepSchema>): z.infer<typeof pressStepPreviewSchema> {
  readBuildRef(ctx, input.buildId);
  const plan = readPlanRow(ctx, input.buildId);
  const rows = plan ? readStepRows(ctx, plan.id) : [];
  const lookup = equipmentLookup(ctx);
  const edited = input.step.id === undefined ? -1 : rows.findIndex((row) => row.id === input.step.id);
  const others = rows.filter((_, index) => index !== edited);
  const at = Math.min(input.index ?? (edited === -1 ? others.length : edited), others.length);
  const inputs = others.map((row) => ({ input: stepInputOf(row), actual: actualOf(row), skipped: row.status === 'skipped' }));
  inputs.splice(at, 0, { input: input.step, actual: edited === -1 ? null : actualOf(rows[edited] as (typeof rows)[number]), skipped: false });
  const steps = inputs.map((entry, position) => toCheckStep(entry.input, position, lookup, entry.actual, entry.skipped));
  const layers = layerWindows(ctx, input.buildId);
  const checked = checkPlan({ steps, layers, cells: planCells(ctx, input.buildId) });
  const own = checked.steps[at] ?? [];
  const related = checked.plan.filter((entry) => entry.layers.some((kind) => input.step.layers.includes(kind)));
  const checks = [...own, ...related];
  const magnitude = input.step.pressureMPa === null ? null : judgePressureMagnitude(input.step.pressureMPa);
  return {
    ...stepForce(steps[at] as (typeof steps)[number], layers),
    checks,
    worst: worstStatus(checks.map((entry) => entry.status)),
    needsConfirmation: magnitude?.verdict === 'needs_confirmation' && !input.step.pressureConfirmed,
  };
}
