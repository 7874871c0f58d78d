// All checks of a plan, step by step in order, then the plan-wide ones (DOMAIN.md section 4).
import type { LayerKind } from '../cells/types';
import type { CheckResult } from '../schemas/pressing';
import type { CheckStep, PlanForChecks } from './check-types';
import { judgePressureMagnitude } from './force';
import { equipmentChecks } from './equipment-checks';
import { adjacencyCheck, afterSealCheck, dryingChecks, fixtureCheck, sealCheck } from './order-checks';
import { StackGroups } from './stack-groups';
import { effectivePressureMPa } from './step-pressure';
import { appliesPressure, layerMaxCheck, layerMinChecks } from './window-checks';
import { check, stepName } from './check-types';

export interface PlanChecks {
  /** Per step, in the steps' order. */
  steps: CheckResult[][];
  plan: CheckResult[];
}

function magnitudeCheck(step: CheckStep): CheckResult | null {
  if (step.pressureMPa === null) return null;
  const verdict = judgePressureMagnitude(step.pressureMPa);
  if (verdict.verdict === 'ok') return null;
  return check('implausible_pressure', step.pressureConfirmed ? 'warn' : 'fail', step.pressureConfirmed ? `${verdict.message} (confirmed)` : verdict.message, { pressureMPa: step.pressureMPa }, step.id);
}

export function checkPlan(plan: PlanForChecks): PlanChecks {
  const groups = new StackGroups();
  const joinedAt: LayerKind[][] = [];
  const pressings: Array<{ kinds: LayerKind[]; pressureMPa: number | null }> = [];
  let sealedAt: CheckStep | null = null;
  const steps = plan.steps.map((step) => {
    if (step.skipped) {
      joinedAt.push([]);
      return [check('skipped', 'warn', `${stepName(step)} was skipped: the checks after it count it as not done.`, {}, step.id, [...step.layers])];
    }
    const joined = groups.effective(step.layers);
    joinedAt.push(joined);
    const pressure = effectivePressureMPa(step, plan.layers);
    if (step.kind === 'press') pressings.push({ kinds: joined, pressureMPa: pressure });
    const results = [
      magnitudeCheck(step),
      afterSealCheck(step, sealedAt),
      adjacencyCheck(step, plan.layers),
      ...equipmentChecks(step, plan.layers),
      ...(appliesPressure(step) ? layerMaxCheck(step, pressure, plan.layers, joined) : []),
      sealCheck(step, joined, plan.layers),
    ].filter((result): result is CheckResult => result !== null);
    groups.join(step);
    if (step.kind === 'seal' && !sealedAt) sealedAt = step;
    return results;
  });
  const planWide = plan.steps.length === 0 ? [] : [...layerMinChecks(plan.layers, pressings), ...dryingChecks(plan.steps.map((step) => (step.skipped ? { ...step, kind: 'rest' as const } : step)), plan.layers, joinedAt), fixtureCheck(plan.steps, plan.cells)];
  return { steps, plan: planWide };
}
