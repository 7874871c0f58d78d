// A build's press plan (DOMAIN.md section 4): ordered steps (press, dry, stack, seal, rest, the
// cycling fixture's stack pressure), the checks run on them before anyone touches the press, what
// was actually done, the recommendation and the timeline. Equipment and windows: pressing-equipment.ts.
import { z } from 'zod';
import { LAYER_KINDS } from './builds-support';
import { optionalText, positiveNumber, recordIdSchema } from './fields';
import { layerWindowSchema, type EquipmentKind } from './pressing-equipment';

export * from './pressing-equipment';

export const STEP_KINDS = ['press', 'dry', 'stack', 'seal', 'rest', 'fixture'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export const STEP_METHODS = [
  'hot_plate_press',
  'uniaxial_press',
  'roll_press',
  'wip',
  'cip',
  'oven',
  'vacuum_oven',
  'vacuum_seal',
  'heat_seal',
  'crimp',
  'manual',
  'fixture_clamp',
] as const;
export type StepMethod = (typeof STEP_METHODS)[number];

/** Which methods belong to which kind of step (a roll press is not a way to dry). */
export const METHODS_BY_KIND: Record<StepKind, readonly StepMethod[]> = {
  press: ['hot_plate_press', 'uniaxial_press', 'roll_press', 'wip', 'cip'],
  dry: ['oven', 'vacuum_oven'],
  stack: ['manual'],
  seal: ['vacuum_seal', 'heat_seal', 'crimp'],
  rest: ['manual'],
  fixture: ['fixture_clamp'],
};

/** Which kind of equipment a method runs on (the die of a uniaxial press is chosen separately). */
export const EQUIPMENT_KIND_FOR_METHOD: Partial<Record<StepMethod, EquipmentKind>> = {
  hot_plate_press: 'uniaxial_press',
  uniaxial_press: 'uniaxial_press',
  roll_press: 'roll_press',
  wip: 'isostatic_press',
  cip: 'isostatic_press',
  oven: 'oven',
  vacuum_oven: 'oven',
};

export const ATMOSPHERES = ['air', 'vacuum', 'argon', 'dry_room', 'nitrogen'] as const;

export const CHECK_STATUSES = ['pass', 'warn', 'fail', 'cannot_judge'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const PLAN_STATES = ['none', 'planned', 'running', 'done', 'deviated'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const STEP_STATUSES = ['planned', 'running', 'done', 'skipped'] as const;

const seconds = positiveNumber('s');
const temperatureC = z.number({ error: 'a temperature in °C' }).finite().min(-273.15, 'below absolute zero').max(3000, 'at most 3000 °C');

/** One step as the user plans it. `id` keeps an existing step (and its actuals) when a plan is saved. */
export const stepInputSchema = z
  .object({
    id: recordIdSchema.optional(),
    kind: z.enum(STEP_KINDS),
    method: z.enum(STEP_METHODS).nullable().default(null),
    /** What the step does, in the lab's words ("anode + SE layer -> assembly"). */
    title: optionalText(300).default(null),
    /** The build's layers in the stack (or the oven) during this step, by kind, in stacking order. */
    layers: z.array(z.enum(LAYER_KINDS)).default([]),
    equipmentId: recordIdSchema.nullable().default(null),
    dieId: recordIdSchema.nullable().default(null),
    temperatureC: temperatureC.nullable().default(null),
    /** Press: the pressure on the layers; fixture: the stack pressure held while cycling (BDF applied_pressure). */
    pressureMPa: positiveNumber('MPa').nullable().default(null),
    /** A pressure above 2,000 MPa (or one that reads as kPa or Pa) is refused unless confirmed. */
    pressureConfirmed: z.boolean().default(false),
    durationS: seconds.nullable().default(null),
    atmosphere: z.enum(ATMOSPHERES).nullable().default(null),
    lineLoadKNPerCm: positiveNumber('kN/cm').nullable().default(null),
    gapUm: z.number().min(0, 'a gap cannot be negative').nullable().default(null),
    speedMPerMin: positiveNumber('m/min').nullable().default(null),
    passes: z.number().int('whole passes').positive('at least 1 pass').nullable().default(null),
    /** Where the set points come from, e.g. "US 2021/0143413 A1 [0096]". */
    source: optionalText(300).default(null),
    notes: optionalText(5000).default(null),
  })
  .strict();
export type StepInput = z.output<typeof stepInputSchema>;

export const checkResultSchema = z.object({
  /** Stable id of the check, e.g. 'press_capacity', 'layer_max', 'seal_before_all_layers'. */
  id: z.string(),
  status: z.enum(CHECK_STATUSES),
  message: z.string(),
  /** The numbers behind the verdict, by name with unit (forceKN, capacityKN, largestAreaCm2, ...). */
  numbers: z.record(z.string(), z.number().nullable()),
  /** The step it is about (null for a plan-wide check). */
  stepId: z.number().int().nullable(),
  /** The layers it is about, by kind. */
  layers: z.array(z.enum(LAYER_KINDS)),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const stepActualSchema = z
  .object({
    /** As read on the gauge: a pressure or a force (kN or tf), whichever the press shows. */
    pressureMPa: positiveNumber('MPa').nullable().default(null),
    forceKN: positiveNumber('kN').nullable().default(null),
    forceTf: positiveNumber('tf').nullable().default(null),
    temperatureC: temperatureC.nullable().default(null),
    durationS: seconds.nullable().default(null),
    operator: optionalText(80).default(null),
    notes: optionalText(5000).default(null),
  })
  .strict();
export type StepActual = z.output<typeof stepActualSchema>;

export const deviationSchema = z.object({
  field: z.enum(['pressureMPa', 'temperatureC', 'durationS']),
  planned: z.number(),
  actual: z.number(),
  /** (actual - planned) / planned x 100. */
  percent: z.number(),
  beyondTolerance: z.boolean(),
});
export type Deviation = z.infer<typeof deviationSchema>;

export const planStepSchema = stepInputSchema.omit({ id: true }).extend({
  id: z.number().int(),
  position: z.number().int(),
  equipmentName: z.string().nullable(),
  dieName: z.string().nullable(),
  /** Pressed area (the die's bore, else the largest layer), its force in kN and tonne-force. */
  areaCm2: z.number().nullable(),
  forceKN: z.number().nullable(),
  forceTf: z.number().nullable(),
  status: z.enum(STEP_STATUSES),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  actual: stepActualSchema.nullable(),
  deviations: z.array(deviationSchema),
  deviationReason: z.string().nullable(),
  checks: z.array(checkResultSchema),
  /** Worst of the step's checks: fail, then warn, then cannot_judge, then pass. */
  worst: z.enum(CHECK_STATUSES),
});
export type PlanStep = z.infer<typeof planStepSchema>;

export const recommendationLayerSchema = z
  .object({
    name: z.string().trim().min(1, 'each layer needs a name'),
    minMPa: positiveNumber('MPa').nullable().default(null),
    maxMPa: positiveNumber('MPa').nullable().default(null),
  })
  .strict();
export type RecommendationLayer = z.output<typeof recommendationLayerSchema>;

export const recommendationSchema = z.object({
  steps: z.array(z.object({ layers: z.array(z.string()), pressureMPa: z.number().nullable() })),
  feasible: z.boolean(),
  messages: z.array(z.string()),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const timelineEntrySchema = z.object({
  stepId: z.number().int().nullable(),
  position: z.number().int(),
  label: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  startOffsetS: z.number(),
  durationS: z.number().nullable(),
  /** Runs into the night (outside the working day): an overnight step. */
  overnight: z.boolean(),
});

export const timelineSchema = z.object({
  entries: z.array(timelineEntrySchema),
  totalDurationS: z.number(),
  startAt: z.string(),
  earliestFinishAt: z.string(),
  /** Longer than one working day. */
  longerThanWorkingDay: z.boolean(),
  /** Steps with no duration (counted as zero), named. */
  messages: z.array(z.string()),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const pressPlanSchema = z.object({
  buildId: z.number().int(),
  buildName: z.string(),
  buildArchived: z.boolean(),
  planId: z.number().int().nullable(),
  state: z.enum(PLAN_STATES),
  /** Template or build the plan came from, in words. */
  origin: z.string().nullable(),
  steps: z.array(planStepSchema),
  /** Plan-wide checks (a layer never pressed at its minimum, no fixture pressure, ...). */
  planChecks: z.array(checkResultSchema),
  worst: z.enum(CHECK_STATUSES).nullable(),
  layers: z.array(layerWindowSchema),
  recommendation: recommendationSchema,
  timeline: timelineSchema,
  deviationTolerancePct: z.number(),
  updatedAt: z.string().nullable(),
});
export type PressPlan = z.infer<typeof pressPlanSchema>;

export const pressPlanQuerySchema = z
  .object({
    buildId: recordIdSchema,
    /** Start time for the timeline's earliest finish (ISO 8601); now when absent. */
    startAt: z.iso.datetime({ offset: true, error: 'a start time as ISO 8601' }).optional(),
  })
  .strict();

export const savePressStepsSchema = z
  .object({ buildId: recordIdSchema, steps: z.array(stepInputSchema).max(200, 'at most 200 steps in a plan') })
  .strict();

export const reorderPressStepsSchema = z.object({ buildId: recordIdSchema, stepIds: z.array(recordIdSchema) }).strict();

export const PRESS_TEMPLATE_IDS = ['example1', 'comparative1_wip'] as const;
export const applyPressTemplateSchema = z
  .object({ buildId: recordIdSchema, templateId: z.enum(PRESS_TEMPLATE_IDS), mode: z.enum(['replace', 'append']).default('replace') })
  .strict();

export const pressTemplateSchema = z.object({
  id: z.enum(PRESS_TEMPLATE_IDS),
  name: z.string(),
  source: z.string(),
  steps: z.array(stepInputSchema.omit({ id: true })),
});

export const copyPressPlanSchema = z.object({ buildId: recordIdSchema, fromBuildId: recordIdSchema }).strict();

export const startPressStepSchema = z.object({ stepId: recordIdSchema }).strict();

export const recordPressStepSchema = z
  .object({
    stepId: recordIdSchema,
    actual: stepActualSchema,
    /** Required when an actual differs from the plan beyond the tolerance. */
    deviationReason: optionalText(2000).default(null),
    /** 'done' ticks the step off; 'skipped' records it was not run (a reason is required). */
    status: z.enum(['done', 'skipped']).default('done'),
  })
  .strict();

export const pressPlanListQuerySchema = z
  .object({ buildId: recordIdSchema.optional(), state: z.enum(PLAN_STATES).optional(), includeArchivedBuilds: z.boolean().default(false) })
  .strict();

export const pressPlanListItemSchema = z.object({
  buildId: z.number().int(),
  buildName: z.string(),
  buildArchived: z.boolean(),
  planId: z.number().int().nullable(),
  state: z.enum(PLAN_STATES),
  worst: z.enum(CHECK_STATUSES).nullable(),
  stepCount: z.number().int(),
  doneCount: z.number().int(),
  totalDurationS: z.number(),
  updatedAt: z.string().nullable(),
});

/** A step not saved yet: its checks against the plan as it stands (nothing is written). */
export const previewPressStepSchema = z
  .object({
    buildId: recordIdSchema,
    step: stepInputSchema,
    /** Where it would go in the plan (0-based); at the end when absent. Replaces the step with its id if given. */
    index: z.number().int().min(0).optional(),
  })
  .strict();

export const pressStepPreviewSchema = z.object({
  areaCm2: z.number().nullable(),
  forceKN: z.number().nullable(),
  forceTf: z.number().nullable(),
  checks: z.array(checkResultSchema),
  worst: z.enum(CHECK_STATUSES),
  /** True when the pressure is of implausible magnitude and must be confirmed before saving. */
  needsConfirmation: z.boolean(),
});

export const recommendPressStepsSchema = z.object({ layers: z.array(recommendationLayerSchema).min(1, 'give at least one layer') }).strict();

export const pressingSettingsSchema = z.object({
  /** A step's actual pressure, temperature or time further than this from the plan needs a reason. */
  deviationTolerancePct: z.number(),
  /** The working day the timeline marks overnight steps against, local hours. */
  workdayStartHour: z.number().int(),
  workdayEndHour: z.number().int(),
});

export const pressingSettingsUpdateSchema = z
  .object({
    deviationTolerancePct: z.number().positive('above 0 %').max(100, 'at most 100 %'),
    workdayStartHour: z.number().int().min(0).max(23),
    workdayEndHour: z.number().int().min(1).max(24),
  })
  .partial()
  .strict()
  .refine((update) => update.workdayStartHour === undefined || update.workdayEndHour === undefined || update.workdayEndHour > update.workdayStartHour, {
    message: 'the working day ends after it starts',
    path: ['workdayEndHour'],
  });
