// Pressing: the equipment register, each build's press plan (steps, checks, timeline,
// recommendation, templates, actuals), the plans list, and the pressure windows of materials and
// layers (DOMAIN.md section 4). Part of the one API contract (shared/api.ts assembles the parts).
import { z } from 'zod';
import { idInputSchema } from '../schemas/fields';
import {
  applyPressTemplateSchema,
  copyPressPlanSchema,
  createEquipmentSchema,
  equipmentListQuerySchema,
  equipmentSchema,
  layerWindowSchema,
  materialPressureWindowSchema,
  pressingSettingsSchema,
  pressingSettingsUpdateSchema,
  pressPlanListItemSchema,
  pressPlanListQuerySchema,
  pressPlanQuerySchema,
  pressPlanSchema,
  pressStepPreviewSchema,
  pressTemplateSchema,
  previewPressStepSchema,
  recommendationSchema,
  recommendPressStepsSchema,
  recordPressStepSchema,
  reorderPressStepsSchema,
  savePressStepsSchema,
  setLayerPressureWindowSchema,
  setMaterialPressureWindowSchema,
  startPressStepSchema,
  updateEquipmentSchema,
} from '../schemas/pressing';
import { noInput, operation } from './operation';

export const pressingApi = {
  listEquipment: operation({
    doc: 'The equipment register (presses, dies, roll presses, WIP/CIP, ovens, gloveboxes), each with the plans that use it; filter by kind and status.',
    input: equipmentListQuerySchema,
    output: z.array(equipmentSchema),
  }),
  getEquipment: operation({ doc: 'One item of equipment with its ratings and the plans that use it.', input: idInputSchema, output: equipmentSchema }),
  createEquipment: operation({ doc: 'Add a press, die, roll press, isostatic press, oven or glovebox; ratings left empty are never guessed.', input: createEquipmentSchema, output: equipmentSchema }),
  updateEquipment: operation({ doc: 'Change an item (name, ratings, out of service, notes); its kind stays.', input: updateEquipmentSchema, output: equipmentSchema }),
  archiveEquipment: operation({ doc: 'Take an item out of the register; refused, naming the plans, while a plan uses it.', input: idInputSchema, output: equipmentSchema }),
  restoreEquipment: operation({ doc: 'Bring an archived item back.', input: idInputSchema, output: equipmentSchema }),
  getPressPlan: operation({
    doc: "A build's press plan: steps with set points, force in kN and tf, checks and actuals; plan-wide checks, layer windows, the recommendation and the timeline.",
    input: pressPlanQuerySchema,
    output: pressPlanSchema,
  }),
  savePressSteps: operation({
    doc: "Save a build's steps in order (steps keep their actuals by id; a step left out is removed); refused for an archived build or an unconfirmed implausible pressure.",
    input: savePressStepsSchema,
    output: pressPlanSchema,
  }),
  reorderPressSteps: operation({ doc: "Put a plan's steps in a new order (every step id once).", input: reorderPressStepsSchema, output: pressPlanSchema }),
  listPressTemplates: operation({ doc: "The patent's sequences (Example 1; Comparative 1's WIP) as DOMAIN.md section 4 lists them.", input: noInput, output: z.array(pressTemplateSchema) }),
  applyPressTemplate: operation({ doc: "Fill a build's plan from a template (replace its planned steps, or append).", input: applyPressTemplateSchema, output: pressPlanSchema }),
  copyPressPlan: operation({ doc: "Replace a build's planned steps with another build's steps (set points only, no actuals).", input: copyPressPlanSchema, output: pressPlanSchema }),
  startPressStep: operation({ doc: 'Mark a step as started now.', input: startPressStepSchema, output: pressPlanSchema }),
  recordPressStep: operation({
    doc: 'Record what was actually done in a step (gauge pressure or force, temperature, time, operator, notes) and tick it off; a deviation beyond the tolerance needs a reason.',
    input: recordPressStepSchema,
    output: pressPlanSchema,
  }),
  listPressPlans: operation({ doc: 'Every build with its plan state, worst check, step counts and total duration; filter by build and state.', input: pressPlanListQuerySchema, output: z.array(pressPlanListItemSchema) }),
  previewPressStep: operation({ doc: "Checks, area and force for a step being typed, against the build's plan as it stands; nothing is saved.", input: previewPressStepSchema, output: pressStepPreviewSchema }),
  recommendPressSteps: operation({
    doc: 'A grouping and order of press steps for layers in stacking order with their windows; infeasible sets are an answer naming the layer and numbers.',
    input: recommendPressStepsSchema,
    output: recommendationSchema,
  }),
  listMaterialPressureWindows: operation({ doc: 'Materials with a pressure window, each bound with its source.', input: noInput, output: z.array(materialPressureWindowSchema) }),
  setMaterialPressureWindow: operation({ doc: "Set (or clear, with null) a material's pressure window: minimum to form, maximum before cracking, each with its source.", input: setMaterialPressureWindowSchema, output: z.array(materialPressureWindowSchema) }),
  setLayerPressureWindow: operation({ doc: "Override (or clear, with null) the pressure window of one layer of a build.", input: setLayerPressureWindowSchema, output: z.array(layerWindowSchema) }),
  getPressingSettings: operation({ doc: 'The deviation tolerance (default 5 %) and the working day the timeline uses.', input: noInput, output: pressingSettingsSchema }),
  updatePressingSettings: operation({ doc: 'Change the deviation tolerance or the working day.', input: pressingSettingsUpdateSchema, output: pressingSettingsSchema }),
} as const;
