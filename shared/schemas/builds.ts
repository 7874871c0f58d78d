import { z } from 'zod';
import { buildDerivedSchema } from './build-derived';
import { LAYER_KINDS } from './builds-support';
import { isoDateSchema, optionalText, positiveNumber, recordIdSchema, requiredText, tagsSchema } from './fields';
import { CHECK_STATUSES, PLAN_STATES } from './pressing';
import { buildRuleSchema } from './rule-acknowledgements';

/** A layer thicker than 5 mm is a typing slip (µm for mm), not a cell. */
export const LAYER_MAX_THICKNESS_UM = 5000;

const thickness = positiveNumber('µm').max(LAYER_MAX_THICKNESS_UM, `a layer of at most ${LAYER_MAX_THICKNESS_UM / 1000} mm (${LAYER_MAX_THICKNESS_UM} µm)`);

export const layerShapeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rect'), widthMm: positiveNumber('mm'), heightMm: positiveNumber('mm') }),
  z.object({ kind: z.literal('round'), diameterMm: positiveNumber('mm') }),
  z.object({ kind: z.literal('area'), areaCm2: z.number({ error: 'an area in cm²' }).positive('an area of zero is not a layer: must be above 0 cm²') }),
]);

export const layerComponentInputSchema = z
  .object({
    materialId: recordIdSchema,
    lotId: recordIdSchema.nullable().default(null),
    amount: positiveNumber('(wt%, parts or mg)'),
  })
  .strict();

export const layerInputSchema = z
  .object({
    kind: z.enum(LAYER_KINDS),
    side: z.enum(['a', 'b', 'shared']),
    shape: layerShapeSchema.nullable().default(null),
    thicknessCoatedUm: thickness.nullable().default(null),
    thicknessPressedUm: thickness.nullable().default(null),
    massMg: positiveNumber('mg').nullable().default(null),
    compositionBasis: z.enum(['wt_pct', 'parts', 'mass_mg']).default('wt_pct'),
    components: z.array(layerComponentInputSchema).default([]),
    notes: optionalText(2000).default(null),
  })
  .strict()
  .superRefine((layer, context) => {
    if (layer.compositionBasis === 'wt_pct' && layer.components.length > 0) {
      const sum = layer.components.reduce((total, component) => total + component.amount, 0);
      if (Math.abs(sum - 100) > 0.5) context.addIssue({ code: 'custom', path: ['components'], message: `wt% sum to ${Number(sum.toFixed(2))}, not 100 (±0.5)` });
    }
  });
export type LayerInput = z.input<typeof layerInputSchema>;

/** Layers that a FIG. 2 (double-sided) build must have on both faces when it has them on one. */
const MIRRORED_KINDS = ['cathode_active_layer', 'solid_electrolyte', 'first_anode_layer', 'anode_collector'] as const;

export const saveBuildStackSchema = z
  .object({
    buildId: recordIdSchema,
    configuration: z.enum(['single_sided', 'double_sided']),
    layers: z.array(layerInputSchema).min(1, 'a build needs at least one layer'),
  })
  .strict()
  .superRefine((stack, context) => {
    if (stack.configuration === 'single_sided') {
      stack.layers.forEach((layer, index) => {
        if (layer.side === 'b') context.addIssue({ code: 'custom', path: ['layers', index, 'side'], message: 'a single-sided (FIG. 1) build has no side b' });
      });
      return;
    }
    for (const kind of MIRRORED_KINDS) {
      const sides = new Set(stack.layers.filter((layer) => layer.kind === kind).map((layer) => layer.side));
      if (sides.has('a') !== sides.has('b')) {
        context.addIssue({ code: 'custom', path: ['layers'], message: `double-sided (FIG. 2): ${kind.replace(/_/g, ' ')} is on side ${sides.has('a') ? 'a' : 'b'} only; add it to side ${sides.has('a') ? 'b' : 'a'}` });
      }
    }
  });

export const cyclingProtocolSchema = z
  .object({
    currentDensityMACm2: positiveNumber('mA/cm²'),
    chargeLimitH: positiveNumber('h'),
    dischargeLimitH: positiveNumber('h'),
    lowerCutoffV: positiveNumber('V'),
    upperCutoffV: positiveNumber('V'),
    temperatureC: z.number().min(-40, 'at least -40 °C').max(200, 'at most 200 °C'),
    cycles: z.number().int('whole cycles').positive('at least 1 cycle'),
  })
  .strict()
  .refine((protocol) => protocol.upperCutoffV > protocol.lowerCutoffV, { message: 'the upper cut-off must be above the lower one', path: ['upperCutoffV'] });

/**
 * The most a glovebox O2 or H2O meter reading can be, in ppm. A box for sulfide electrolytes holds
 * below 1 ppm to a few ppm, and its meters read up to about 1,000 ppm; a higher figure is not an
 * inert atmosphere but a slip (ppb typed as ppm, or air). Form and handler share this message.
 */
export const GLOVEBOX_MAX_PPM = 1000;

const gloveboxPpm = z
  .number({ error: 'a reading in ppm' })
  .min(0, 'cannot be negative')
  .max(GLOVEBOX_MAX_PPM, `at most ${GLOVEBOX_MAX_PPM} ppm, the range of a glovebox meter: a higher reading is not a glovebox atmosphere (ppb typed as ppm?)`);

export const buildHeaderSchema = z
  .object({
    name: requiredText(200, 'name the build (e.g. its code)'),
    builtOn: isoDateSchema.nullable().default(null),
    operator: optionalText(80).default(null),
    gloveboxH2oPpm: gloveboxPpm.nullable().default(null),
    gloveboxO2Ppm: gloveboxPpm.nullable().default(null),
    tags: tagsSchema.default([]),
    notes: optionalText(20000).default(null),
  })
  .strict();

export const createBuildSchema = buildHeaderSchema.extend({ configuration: z.enum(['single_sided', 'double_sided']) }).strict();

export const updateBuildSchema = z
  .object({ id: recordIdSchema, changes: buildHeaderSchema.partial(), protocol: cyclingProtocolSchema.optional() })
  .strict();

export const CELL_STATUSES = ['planned', 'in_progress', 'assembled', 'cycling', 'finished', 'failed'] as const;
export const cellStatusSchema = z.enum(CELL_STATUSES);

export const cellSchema = z.object({
  id: z.number().int(),
  buildId: z.number().int(),
  label: z.string(),
  status: cellStatusSchema,
  failureReason: z.string().nullable(),
  fixture: z.string().nullable(),
  stackPressureMPa: z.number().nullable(),
  assembledAt: z.string().nullable(),
  notes: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export type Cell = z.infer<typeof cellSchema>;

export const addCellSchema = z
  .object({
    buildId: recordIdSchema,
    label: optionalText(40).default(null),
    fixture: optionalText(200).default(null),
    stackPressureMPa: z.number().min(0, 'cannot be negative').nullable().default(null),
    notes: optionalText(2000).default(null),
  })
  .strict();

export const updateCellSchema = z
  .object({
    id: recordIdSchema,
    changes: z
      .object({
        status: cellStatusSchema,
        failureReason: optionalText(500),
        fixture: optionalText(200),
        stackPressureMPa: z.number().min(0, 'cannot be negative').nullable(),
        notes: optionalText(2000),
      })
      .partial()
      .strict(),
  })
  .strict();

export const buildComponentSchema = z.object({
  materialId: z.number().int(),
  materialName: z.string(),
  materialKind: z.string(),
  lotId: z.number().int().nullable(),
  lotNumber: z.string().nullable(),
  amount: z.number(),
});

export const buildLayerSchema = z.object({
  id: z.number().int(),
  position: z.number().int(),
  kind: z.enum(LAYER_KINDS),
  side: z.enum(['a', 'b', 'shared']),
  shape: layerShapeSchema.nullable(),
  thicknessCoatedUm: z.number().nullable(),
  thicknessPressedUm: z.number().nullable(),
  massMg: z.number().nullable(),
  compositionBasis: z.enum(['wt_pct', 'parts', 'mass_mg']),
  components: z.array(buildComponentSchema),
  notes: z.string().nullable(),
});
export type BuildLayerRecord = z.infer<typeof buildLayerSchema>;

export const buildHeaderOutputSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  builtOn: z.string().nullable(),
  operator: z.string().nullable(),
  gloveboxH2oPpm: z.number().nullable(),
  gloveboxO2Ppm: z.number().nullable(),
  configuration: z.enum(['single_sided', 'double_sided']),
  protocol: cyclingProtocolSchema,
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  clonedFromId: z.number().int().nullable(),
  createdAt: z.string(),
  archivedAt: z.string().nullable(),
});


export const buildDetailSchema = z.object({
  build: buildHeaderOutputSchema,
  layers: z.array(buildLayerSchema),
  cells: z.array(cellSchema),
  derived: buildDerivedSchema,
  /** The patent's rules; a warning acknowledged with a reason carries it. */
  rules: z.array(buildRuleSchema),
  /** Problems that keep some numbers from being computed (e.g. a wt% sum), per layer. */
  problems: z.array(z.string()),
  /** The press plan's state and its worst check (null without steps). */
  pressPlan: z.object({ state: z.enum(PLAN_STATES), worst: z.enum(CHECK_STATUSES).nullable() }),
});

export const buildListItemSchema = buildHeaderOutputSchema.pick({ id: true, name: true, builtOn: true, configuration: true, tags: true, archivedAt: true, clonedFromId: true }).extend({
  cells: z.array(z.object({ label: z.string(), status: cellStatusSchema })),
  cathodeLoadingMgCm2: z.number().nullable(),
  cathodeActiveLoadingMgCm2: z.number().nullable(),
  cathodeCapacityMAh: z.number().nullable(),
  compositeSeWtPct: z.number().nullable(),
  /** Warnings nobody has acknowledged: what still needs a look. */
  rulesWarn: z.number().int(),
  /** Warnings acknowledged with a reason, counted apart. */
  rulesAcknowledged: z.number().int(),
  rulesNotEnoughData: z.number().int(),
  materialIds: z.array(z.number().int()),
  planState: z.enum(PLAN_STATES),
  planWorst: z.enum(CHECK_STATUSES).nullable(),
});
export type BuildListItem = z.infer<typeof buildListItemSchema>;

export const buildListQuerySchema = z
  .object({
    status: z.enum(['active', 'archived', 'all']).default('active'),
    cellStatus: cellStatusSchema.optional(),
    tag: z.string().trim().min(1).optional(),
    materialId: recordIdSchema.optional(),
    builtFrom: isoDateSchema.optional(),
    builtTo: isoDateSchema.optional(),
  })
  .strict();
