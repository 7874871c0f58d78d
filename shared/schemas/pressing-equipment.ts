// The lab's pressing, drying and sealing equipment, and the pressure windows of materials and of a
// build's layers (DOMAIN.md section 4). Every rating is optional: Cellbook never invents one, and a
// check against a rating nobody entered says it cannot judge.
import { z } from 'zod';
import { LAYER_KINDS } from './builds-support';
import { optionalText, positiveNumber, recordIdSchema, requiredText } from './fields';

export const EQUIPMENT_KINDS = ['uniaxial_press', 'die', 'roll_press', 'isostatic_press', 'oven', 'glovebox'] as const;
export type EquipmentKind = (typeof EQUIPMENT_KINDS)[number];

export const FORCE_UNITS = ['kN', 'tf'] as const;
export type ForceUnit = (typeof FORCE_UNITS)[number];

const rating = (unit: string) => positiveNumber(unit).nullable().default(null);
const temperatureC = z.number({ error: 'a temperature in °C' }).finite().min(-273.15, 'below absolute zero (-273.15 °C)').max(3000, 'at most 3000 °C');

/** A platen, die bore or sample outline: round (diameter) or rectangular (width x length). */
export const outlineSchema = z.discriminatedUnion('shape', [
  z.object({ shape: z.literal('round'), diameterMm: positiveNumber('mm') }).strict(),
  z.object({ shape: z.literal('rect'), widthMm: positiveNumber('mm'), lengthMm: positiveNumber('mm') }).strict(),
]);
export type Outline = z.infer<typeof outlineSchema>;

export const uniaxialPressSpecSchema = z
  .object({
    kind: z.literal('uniaxial_press'),
    /** As the user typed it, in kN or tonne-force (1 tf = 9.80665 kN); maxForceKN in the output. */
    maxForce: positiveNumber('kN or tf').nullable().default(null),
    maxForceUnit: z.enum(FORCE_UNITS).default('kN'),
    platen: outlineSchema.nullable().default(null),
    heated: z.boolean().default(false),
    maxTemperatureC: temperatureC.nullable().default(null),
  })
  .strict();

export const dieSpecSchema = z
  .object({
    kind: z.literal('die'),
    bore: outlineSchema,
    maxPressureMPa: rating('MPa'),
    material: optionalText(200).default(null),
    maxTemperatureC: temperatureC.nullable().default(null),
  })
  .strict();

export const rollPressSpecSchema = z
  .object({
    kind: z.literal('roll_press'),
    maxLineLoadKNPerCm: rating('kN/cm'),
    rollDiameterMm: rating('mm'),
    rollWidthMm: rating('mm'),
    gapMinUm: z.number().min(0, 'a gap cannot be negative').nullable().default(null),
    gapMaxUm: rating('µm'),
    speedMinMPerMin: z.number().min(0, 'a speed cannot be negative').nullable().default(null),
    speedMaxMPerMin: rating('m/min'),
    heated: z.boolean().default(false),
    maxTemperatureC: temperatureC.nullable().default(null),
  })
  .strict();

export const isostaticPressSpecSchema = z
  .object({
    kind: z.literal('isostatic_press'),
    /** Warm (WIP, heated medium) or cold (CIP). */
    isostatic: z.enum(['wip', 'cip']),
    maxPressureMPa: rating('MPa'),
    maxTemperatureC: temperatureC.nullable().default(null),
    vesselDiameterMm: rating('mm'),
    vesselLengthMm: rating('mm'),
  })
  .strict();

export const ovenSpecSchema = z
  .object({
    kind: z.literal('oven'),
    vacuum: z.boolean().default(false),
    maxTemperatureC: temperatureC.nullable().default(null),
  })
  .strict();

export const gloveboxSpecSchema = z
  .object({ kind: z.literal('glovebox'), atmosphere: optionalText(80).default(null) })
  .strict();

export const equipmentSpecSchema = z.discriminatedUnion('kind', [
  uniaxialPressSpecSchema,
  dieSpecSchema,
  rollPressSpecSchema,
  isostaticPressSpecSchema,
  ovenSpecSchema,
  gloveboxSpecSchema,
]);
export type EquipmentSpec = z.output<typeof equipmentSpecSchema>;
export type EquipmentSpecInput = z.input<typeof equipmentSpecSchema>;

export const createEquipmentSchema = z
  .object({
    name: requiredText(200, 'name the equipment (e.g. "15 t hydraulic press")'),
    spec: equipmentSpecSchema,
    outOfService: z.boolean().default(false),
    outOfServiceReason: optionalText(500).default(null),
    notes: optionalText(5000).default(null),
  })
  .strict();

export const updateEquipmentSchema = z
  .object({
    id: recordIdSchema,
    changes: z
      .object({
        name: requiredText(200, 'name the equipment'),
        /** Must keep the item's kind: a die does not become a press. */
        spec: equipmentSpecSchema,
        outOfService: z.boolean(),
        outOfServiceReason: optionalText(500),
        notes: optionalText(5000),
      })
      .partial()
      .strict(),
  })
  .strict();

export const equipmentListQuerySchema = z
  .object({ kind: z.enum(EQUIPMENT_KINDS).optional(), status: z.enum(['active', 'archived', 'all']).default('active') })
  .strict();

export const planReferenceSchema = z.object({ buildId: z.number().int(), buildName: z.string(), stepPositions: z.array(z.number().int()) });

export const equipmentSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(EQUIPMENT_KINDS),
  spec: equipmentSpecSchema,
  /** A uniaxial press's capacity in kN whichever unit it was entered in; null for other kinds. */
  maxForceKN: z.number().nullable(),
  /** Area of a die's bore or a press's platen, cm²; null where there is none. */
  areaCm2: z.number().nullable(),
  outOfService: z.boolean(),
  outOfServiceReason: z.string().nullable(),
  notes: z.string().nullable(),
  /** The plans whose steps use this item (archiving is refused while there are any). */
  usedBy: z.array(planReferenceSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type Equipment = z.infer<typeof equipmentSchema>;

// ---- pressure windows (DOMAIN.md section 4: never invented; each value with its source) ----

export const WINDOW_SOURCES = ['measured', 'supplier', 'paper'] as const;

export const pressureBoundSchema = z
  .object({
    valueMPa: positiveNumber('MPa').max(2000, 'a window bound above 2,000 MPa reads as a unit slip (kPa or Pa typed as MPa)'),
    source: z.enum(WINDOW_SOURCES, { error: 'say where the value comes from: measured, supplier or paper' }),
    /** Required for a paper: the reference (e.g. "US 2021/0143413 A1 [0096]"). */
    citation: optionalText(500).default(null),
  })
  .strict()
  .refine((bound) => bound.source !== 'paper' || bound.citation !== null, { message: 'a value from a paper needs its citation', path: ['citation'] });
export type PressureBound = z.output<typeof pressureBoundSchema>;

export const pressureWindowSchema = z
  .object({
    /** The pressure the layer needs to form (contact, densification). */
    min: pressureBoundSchema.nullable().default(null),
    /** The pressure it tolerates before cracking. */
    max: pressureBoundSchema.nullable().default(null),
  })
  .strict()
  .refine((window) => window.min === null || window.max === null || window.min.valueMPa <= window.max.valueMPa, {
    message: 'the minimum pressure is above the maximum',
    path: ['min'],
  });
export type PressureWindow = z.output<typeof pressureWindowSchema>;

export const setMaterialPressureWindowSchema = z
  .object({ materialId: recordIdSchema, window: pressureWindowSchema.nullable() })
  .strict();

/** A build's layer is named by its kind: the override holds on every face of a FIG. 2 build. */
export const setLayerPressureWindowSchema = z
  .object({ buildId: recordIdSchema, layerKind: z.enum(LAYER_KINDS), window: pressureWindowSchema.nullable() })
  .strict();

export const materialPressureWindowSchema = z.object({
  materialId: z.number().int(),
  materialName: z.string(),
  materialKind: z.string(),
  window: pressureWindowSchema,
  updatedAt: z.string(),
});

/** A bound as the planner uses it, with where it came from. */
export const effectiveBoundSchema = z.object({
  valueMPa: z.number(),
  source: z.enum(WINDOW_SOURCES),
  citation: z.string().nullable(),
  /** 'override' (set on this build's layer) or 'material' (named in materialName). */
  from: z.enum(['override', 'material']),
  materialName: z.string().nullable(),
});
export type EffectiveBound = z.infer<typeof effectiveBoundSchema>;

export const layerWindowSchema = z.object({
  layerKind: z.enum(LAYER_KINDS),
  label: z.string(),
  min: effectiveBoundSchema.nullable(),
  max: effectiveBoundSchema.nullable(),
  /** Largest area of this layer on any face, cm², from its shape; null when no shape is entered. */
  areaCm2: z.number().nullable(),
  /** Materials of the layer that state no window (they may lower the maximum). */
  materialsWithoutWindow: z.array(z.string()),
  override: pressureWindowSchema.nullable(),
});
export type LayerWindow = z.infer<typeof layerWindowSchema>;
