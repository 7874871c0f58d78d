// The cycling part of the API contract: uploads of tester exports, import jobs, cycling tests with
// their per-cycle table, lifespan grade and short-circuit flags, points for plots, and the settings
// the grade and the flags use.
import { z } from 'zod';
import { optionalText, recordIdSchema, requiredText } from './fields';

/** One upload call carries at most this many bytes (base64 adds a third on the wire). */
export const UPLOAD_CHUNK_MAX_BYTES = 8 * 1024 * 1024;
/** Cycler exports beyond this are refused before any byte is sent (a year of 1 s data is ~3 GB). */
export const UPLOAD_MAX_BYTES = 4 * 1024 * 1024 * 1024;
export const CYCLES_PER_POINTS_REQUEST = 60;

export const uploadIdSchema = z.string().regex(/^upload-[0-9a-f]{16}$/, 'an upload id as returned by beginUpload');

export const beginUploadSchema = z
  .object({
    fileName: requiredText(255, 'the file needs a name'),
    sizeBytes: z.number().int().nonnegative().max(UPLOAD_MAX_BYTES, `at most ${UPLOAD_MAX_BYTES / 1024 ** 3} GiB`),
  })
  .strict();

export const uploadChunkSchema = z
  .object({
    uploadId: uploadIdSchema,
    offset: z.number().int().nonnegative(),
    dataBase64: z.string().max(Math.ceil(UPLOAD_CHUNK_MAX_BYTES / 3) * 4, `a chunk of at most ${UPLOAD_CHUNK_MAX_BYTES / 1024 ** 2} MiB`),
  })
  .strict();

export const uploadStatusSchema = z.object({ uploadId: uploadIdSchema, fileName: z.string(), sizeBytes: z.number(), receivedBytes: z.number() });
export type UploadStatus = z.infer<typeof uploadStatusSchema>;

/** A column mapping of the generic CSV/TSV importer: which column (0-based) is what, in which unit. */
export const columnMappingSchema = z
  .object({
    /** 0-based line of the column names; data start on the next line. */
    headerLine: z.number().int().nonnegative(),
    delimiter: z.enum([',', ';', '\t']),
    decimalComma: z.boolean(),
    columns: z
      .array(
        z.object({
          field: z.enum(['time_s', 'datetime', 'step', 'cycle', 'current_A', 'voltage_V', 'charge_capacity_Ah', 'discharge_capacity_Ah', 'temperature_C']),
          index: z.number().int().nonnegative(),
          unit: z.string().max(20).nullable(),
        }),
      )
      .min(1)
      .refine((columns) => ['time_s', 'current_A', 'voltage_V'].every((field) => columns.some((column) => column.field === field || (field === 'time_s' && column.field === 'datetime'))), 'map at least time, current and voltage'),
  })
  .strict();
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const formatCandidateSchema = z.object({ id: z.string(), label: z.string(), score: z.number() });

export const detectedFileSchema = z.object({
  uploadId: uploadIdSchema,
  fileName: z.string(),
  sizeBytes: z.number(),
  /** The format the content matched best; null when refused or not recognised. */
  format: formatCandidateSchema.nullable(),
  candidates: z.array(formatCandidateSchema),
  /** Why Cellbook does not read this file (a binary format, a per-cycle summary), in one sentence. */
  refusal: z.string().nullable(),
  /** The first lines, for the column-mapping dialog. */
  previewLines: z.array(z.string()),
  /** A saved column profile whose header matches this file. */
  profile: z.object({ id: z.number(), name: z.string() }).nullable(),
  /** The test that already holds this exact file (same SHA-256), when there is one. */
  alreadyImported: z.object({ testId: z.number(), name: z.string() }).nullable(),
});
export type DetectedFile = z.infer<typeof detectedFileSchema>;

/** When the cell already has a test: the new data continue it (stitched), replace it (archived), or are a second test. */
export const whenCellHasTestSchema = z.enum(['continue', 'replace', 'second'], { error: 'continue, replace or second' });
export type WhenCellHasTest = z.infer<typeof whenCellHasTestSchema>;

export const startCyclingImportSchema = z
  .object({
    /** Several files are one test of one cell (continuation files), stitched in time order. */
    uploadIds: z.array(uploadIdSchema).min(1, 'choose at least one file').max(50),
    cellId: recordIdSchema.nullable().default(null),
    name: optionalText(200).default(null),
    /** A format id to use instead of the detected one ("generic", "arbin", ...). */
    formatId: z.string().max(40).nullable().default(null),
    mapping: columnMappingSchema.nullable().default(null),
    /** Save `mapping` under this name, re-applied to files with the same header. */
    saveProfileAs: optionalText(80).default(null),
    /** Import even though the same file is already in the notebook. */
    allowDuplicate: z.boolean().default(false),
    /** When the cell already has a test: the new files continue it (stitched), replace it (archived), or are a second test. */
    whenCellHasTest: whenCellHasTestSchema.default('second'),
  })
  .strict();

export const lifespanSettingsSchema = z
  .object({
    referenceCycle: z.number().int().min(1, 'cycle 1 or later'),
    retention: z.number().gt(0.05, 'above 5 %').lt(1, 'below 100 %'),
  })
  .strict();

export const shortCircuitSettingsSchema = z
  .object({
    voltageDropV: z.number().positive('above 0 V').max(1),
    settleS: z.number().nonnegative().max(3600),
    constantCurrentTolerance: z.number().positive().max(0.5),
    stallWindowFraction: z.number().positive().max(0.5),
    stallRiseV: z.number().positive().max(0.5),
    minCoulombicEfficiency: z.number().positive().max(1),
    collapseBelowV: z.number().positive().max(5),
    collapseAfterAboveV: z.number().positive().max(5),
  })
  .strict();

export const cyclingSettingsSchema = z.object({ lifespan: lifespanSettingsSchema, shortCircuit: shortCircuitSettingsSchema }).strict();
export type CyclingSettings = z.infer<typeof cyclingSettingsSchema>;
export const cyclingSettingsUpdateSchema = z.object({ lifespan: lifespanSettingsSchema.partial().optional(), shortCircuit: shortCircuitSettingsSchema.partial().optional() }).strict();

const gradeSchema = z.enum(['x', 'Δ', '○']);

export const cyclingTestRowSchema = z.object({
  id: z.number(),
  name: z.string(),
  synthetic: z.boolean(),
  cellId: z.number().nullable(),
  cellLabel: z.string().nullable(),
  buildId: z.number().nullable(),
  buildName: z.string().nullable(),
  formatLabel: z.string(),
  cycleCount: z.number(),
  pointCount: z.number(),
  startedAt: z.string().nullable(),
  standardCapacityMAh: z.number().nullable(),
  lifespanCycle: z.number().nullable(),
  lifespanLabel: z.string(),
  grade: gradeSchema.nullable(),
  /** The first cycle a short-circuit heuristic flagged; null when none did. */
  shortCircuitCycle: z.number().nullable(),
  createdAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type CyclingTestRow = z.infer<typeof cyclingTestRowSchema>;

export const cycleRowSchema = z.object({
  cycle: z.number(),
  chargeMAh: z.number(),
  dischargeMAh: z.number(),
  /** Null unless the cycle has both a charge and a discharge. */
  coulombicEfficiency: z.number().nullable(),
  /** False for the cycle the data end inside: shown, but it decides no lifespan or grade. */
  complete: z.boolean(),
  chargeMWh: z.number(),
  dischargeMWh: z.number(),
  meanChargeV: z.number().nullable(),
  meanDischargeV: z.number().nullable(),
  endOfChargeV: z.number().nullable(),
  endOfDischargeV: z.number().nullable(),
  chargeDurationS: z.number(),
  dischargeDurationS: z.number(),
  chargeStop: z.enum(['voltage', 'time', 'unknown']),
  dischargeMAhG: z.number().nullable(),
  dischargeMAhCm2: z.number().nullable(),
  vendorChargeMAh: z.number().nullable(),
  vendorDischargeMAh: z.number().nullable(),
  maxTemperatureC: z.number().nullable(),
  /** Discharge capacity in % of the standard capacity (the reference cycle's); null without one. */
  retentionPct: z.number().nullable(),
});
export type CycleRow = z.infer<typeof cycleRowSchema>;

export const shortCircuitFlagSchema = z.object({ cycle: z.number(), kind: z.string(), reason: z.string(), evidence: z.string() });

export const cyclingTestDetailSchema = z.object({
  test: cyclingTestRowSchema,
  notes: z.string().nullable(),
  files: z.array(
    z.object({ id: z.number(), position: z.number(), fileName: z.string(), sizeBytes: z.number(), sha256: z.string(), formatId: z.string(), rowCount: z.number(), timeOffsetS: z.number() }),
  ),
  report: z.object({
    cycleRule: z.enum(['file', 'steps']),
    cycleNote: z.string(),
    agreementNote: z.string(),
    notes: z.array(z.string()),
    warnings: z.array(z.string()),
  }),
  /** What mAh/g, mAh/cm² and the charge-stop test were computed with (from the cell's build). */
  basis: z.object({
    activeMassMg: z.number().nullable(),
    areaCm2: z.number().nullable(),
    upperCutoffV: z.number().nullable(),
    chargeLimitH: z.number().nullable(),
  }),
  cycles: z.array(cycleRowSchema),
  /** What was not counted as a cycle: the half-cycle before the first charge, as cycle 0. */
  setApart: z.array(z.object({ cycle: z.number(), chargeMAh: z.number(), dischargeMAh: z.number(), reason: z.string() })),
  lifespan: z.object({ standardCapacityMAh: z.number().nullable(), lifespanCycle: z.number().nullable(), label: z.string(), grade: gradeSchema.nullable(), warnings: z.array(z.string()) }),
  shortCircuits: z.array(shortCircuitFlagSchema),
  settings: cyclingSettingsSchema,
});
export type CyclingTestDetail = z.infer<typeof cyclingTestDetailSchema>;

export const cyclingTestListQuerySchema = z
  .object({
    cellId: recordIdSchema.optional(),
    buildId: recordIdSchema.optional(),
    unassignedOnly: z.boolean().default(false),
    includeArchived: z.boolean().default(false),
  })
  .strict();

export const updateCyclingTestSchema = z
  .object({
    id: recordIdSchema,
    changes: z.object({ name: requiredText(200, 'the test needs a name').optional(), notes: optionalText(4000).optional() }).strict(),
  })
  .strict();

export const attachCyclingTestSchema = z
  .object({
    id: recordIdSchema,
    cellId: recordIdSchema.nullable(),
    /**
     * When the cell already has another test: this one continues it (both tests' originals stitched
     * into one test under the cell's test's name, both archived), replaces it (archived), or is a second test.
     */
    whenCellHasTest: whenCellHasTestSchema.default('second'),
  })
  .strict();

export const cyclePointsQuerySchema = z
  .object({
    testId: recordIdSchema,
    cycles: z.array(z.number().int().min(1)).min(1).max(CYCLES_PER_POINTS_REQUEST, `at most ${CYCLES_PER_POINTS_REQUEST} cycles at once`),
    /** Points per cycle beyond this are thinned evenly (the first and last are always kept). */
    maxPointsPerCycle: z.number().int().min(10).max(100_000).default(2000),
  })
  .strict();

export const cyclePointsSchema = z.object({
  testId: z.number(),
  cycles: z.array(
    z.object({
      cycle: z.number(),
      /** Points in the stored cycle, before thinning. */
      storedPoints: z.number(),
      timeH: z.array(z.number()),
      voltageV: z.array(z.number()),
      currentMA: z.array(z.number()),
      capacityMAh: z.array(z.number()),
      /** +1 charge, -1 discharge, 0 rest. */
      direction: z.array(z.number()),
    }),
  ),
});
export type CyclePoints = z.infer<typeof cyclePointsSchema>;

export const cyclerFormatSchema = z.object({ id: z.string(), label: z.string() });
export const columnProfileSchema = z.object({ id: z.number(), name: z.string(), headerSignature: z.string(), mapping: columnMappingSchema, createdAt: z.string() });

/** One piece of a kept original file: pieces are read one at a time so no call carries a whole export. */
export const cyclingFileChunkQuerySchema = z.object({ fileId: recordIdSchema, seq: z.number().int().min(0) }).strict();
export const cyclingFileChunkSchema = z.object({
  fileName: z.string(),
  sizeBytes: z.number().int().min(0),
  sha256: z.string(),
  chunkCount: z.number().int().min(0),
  seq: z.number().int().min(0),
  contentBase64: z.string(),
});
export type CyclingFileChunk = z.output<typeof cyclingFileChunkSchema>;
