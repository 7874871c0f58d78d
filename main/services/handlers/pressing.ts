// The pressing operations mapped to the services that do them. Writes return the plan as it now is.
import type { pressingApi } from '../../../shared/api/pressing';
import { PRESS_TEMPLATES } from '../../../shared/pressing/templates';
import { recommendPressSteps } from '../../../shared/pressing/recommend';
import type { ServiceContext } from '../context';
import { createEquipment, getEquipment, listEquipment, setEquipmentArchived, updateEquipment } from '../pressing/equipment';
import { listPressPlans } from '../pressing/plan-list';
import { previewPressStep } from '../pressing/plan-preview';
import { recordStep, startStep } from '../pressing/plan-run';
import { getPressPlan } from '../pressing/plan-view';
import { applyTemplate, copyPlan, reorderSteps, writeSteps } from '../pressing/plan-write';
import { getPressingSettings, updatePressingSettings } from '../pressing/pressing-settings';
import { listMaterialPressureWindows, setLayerPressureWindow, setMaterialPressureWindow } from '../pressing/windows';
import type { AreaHandlers } from './area-handlers';

function changedPlan(ctx: ServiceContext, buildId: number) {
  ctx.emit({ type: 'changed', tables: ['press_plans', 'press_steps', 'builds'] });
  return getPressPlan(ctx, buildId);
}

export const pressingHandlers: AreaHandlers<typeof pressingApi> = {
  listEquipment: (ctx, input) => listEquipment(ctx, input),
  getEquipment: (ctx, input) => getEquipment(ctx, input.id),
  createEquipment: (ctx, input) => createEquipment(ctx, input),
  updateEquipment: (ctx, input) => updateEquipment(ctx, input),
  archiveEquipment: (ctx, input) => setEquipmentArchived(ctx, input.id, true),
  restoreEquipment: (ctx, input) => setEquipmentArchived(ctx, input.id, false),
  getPressPlan: (ctx, input) => getPressPlan(ctx, input.buildId, input.startAt ? new Date(input.startAt) : new Date()),
  savePressSteps: (ctx, input) => {
    writeSteps(ctx, input.buildId, input.steps);
    return changedPlan(ctx, input.buildId);
  },
  reorderPressSteps: (ctx, input) => {
    reorderSteps(ctx, input.buildId, input.stepIds);
    return changedPlan(ctx, input.buildId);
  },
  listPressTemplates: () => [...PRESS_TEMPLATES],
  applyPressTemplate: (ctx, input) => {
    applyTemplate(ctx, input.buildId, input.templateId, input.mode);
    return changedPlan(ctx, input.buildId);
  },
  copyPressPlan: (ctx, input) => {
    copyPlan(ctx, input.buildId, input.fromBuildId);
    return changedPlan(ctx, input.buildId);
  },
  startPressStep: (ctx, input) => changedPlan(ctx, startStep(ctx, input.stepId)),
  recordPressStep: (ctx, input) => changedPlan(ctx, recordStep(ctx, input)),
  listPressPlans: (ctx, input) => listPressPlans(ctx, input),
  previewPressStep: (ctx, input) => previewPressStep(ctx, input),
  recommendPressSteps: (_ctx, input) => recommendPressSteps(input.layers),
  listMaterialPressureWindows: (ctx) => listMaterialPressureWindows(ctx),
  setMaterialPressureWindow: (ctx, input) => setMaterialPressureWindow(ctx, input),
  setLayerPressureWindow: (ctx, input) => setLayerPressureWindow(ctx, input),
  getPressingSettings: (ctx) => getPressingSettings(ctx),
  updatePressingSettings: (ctx, input) => updatePressingSettings(ctx, input),
};
