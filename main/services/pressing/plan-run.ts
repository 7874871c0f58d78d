// Running a plan at the press: a step is started, then ticked off with what was actually done.
// A pressure, temperature or time further from the plan than the tolerance needs a reason, and a
// deviation that breaks a window shows in the plan's checks at once (they judge the actuals).
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { stepDeviations } from '../../../shared/pressing/deviation';
import { judgePressureMagnitude } from '../../../shared/pressing/force';
import { stepForce } from '../../../shared/pressing/step-pressure';
import type { recordPressStepSchema } from '../../../shared/schemas/pressing';
import { updateRecord } from '../../db/records';
import type { ServiceContext } from '../context';
import { getPressingSettings } from './pressing-settings';
import { assertBuildOpen, equipmentLookup, readStepRow, stepInputOf, toCheckStep } from './plan-rows';
import { layerWindows } from './windows';

const UNIT: Record<string, string> = { pressureMPa: 'MPa', temperatureC: '°C', durationS: 's' };
const WORD: Record<string, string> = { pressureMPa: 'pressure', temperatureC: 'temperature', durationS: 'time' };

export function startStep(ctx: ServiceContext, stepId: number): number {
  return ctx.notebook.db.transaction(() => {
    const row = readStepRow(ctx, stepId);
    assertBuildOpen(ctx, row.build_id);
    if (row.status !== 'planned') throw new CellbookError('refused', `step ${row.position + 1} (${row.title ?? row.kind}) is already ${row.status === 'running' ? 'started' : row.status}`);
    updateRecord(ctx.writer, 'press_steps', stepId, { status: 'running', started_at: ctx.writer.now().toISOString() });
    return row.build_id;
  })();
}

export function recordStep(ctx: ServiceContext, input: z.output<typeof recordPressStepSchema>): number {
  return ctx.notebook.db.transaction(() => {
    const row = readStepRow(ctx, input.stepId);
    assertBuildOpen(ctx, row.build_id);
    const name = `step ${row.position + 1} (${row.title ?? row.kind})`;
    if (row.status === 'done' || row.status === 'skipped') throw new CellbookError('refused', `${name} is already ${row.status}`);
    const { actual } = input;
    if (actual.pressureMPa !== null) {
      const verdict = judgePressureMagnitude(actual.pressureMPa, 'Actual pressure');
      if (verdict.verdict !== 'ok') throw new CellbookError('validation', verdict.message, [{ field: 'actual.pressureMPa', message: verdict.message }]);
    }
    const readings = [actual.pressureMPa, actual.forceKN, actual.forceTf].filter((value) => value !== null).length;
    if (readings > 1) throw new CellbookError('validation', 'Actual: give the gauge reading once, as a pressure or as a force (kN or tf)', [{ field: 'actual.pressureMPa', message: 'one reading: pressure or force' }]);
    if (input.status === 'skipped' && input.deviationReason === null) throw new CellbookError('validation', `Deviation reason: say why ${name} was skipped`, [{ field: 'deviationReason', message: 'a skipped step needs a reason' }]);
    const step = stepInputOf(row);
    const checkStep = toCheckStep(step, row.position, equipmentLookup(ctx), actual);
    const { areaCm2 } = stepForce(checkStep, layerWindows(ctx, row.build_id));
    const tolerance = getPressingSettings(ctx).deviationTolerancePct;
    const beyond = stepDeviations(step, actual, areaCm2, tolerance).filter((deviation) => deviation.beyondTolerance);
    if (beyond.length > 0 && input.deviationReason === null) {
      const list = beyond.map((deviation) => `${WORD[deviation.field]} ${Number(deviation.actual.toPrecision(6))} ${UNIT[deviation.field]} against ${deviation.planned} ${UNIT[deviation.field]} planned (${deviation.percent > 0 ? '+' : ''}${deviation.percent.toFixed(1)} %)`).join('; ');
      throw new CellbookError('validation', `Deviation reason: ${name} differs from the plan by more than ${tolerance} %: ${list}. Give the reason.`, [{ field: 'deviationReason', message: `beyond the ${tolerance} % tolerance: give the reason` }]);
    }
    const now = ctx.writer.now().toISOString();
    updateRecord(ctx.writer, 'press_steps', input.stepId, {
      status: input.status,
      started_at: row.started_at ?? now,
      finished_at: now,
      actual_json: JSON.stringify(actual),
      deviation_reason: input.deviationReason,
    });
    return row.build_id;
  })();
}
