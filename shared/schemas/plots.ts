// The plots and comparisons part of the API contract: one test's voltage curves, capacity and CE
// vs cycle, dQ/dV and voltage/current over time (each downsampled for the plot's width in pixels,
// re-fetched at full resolution for a zoomed range), and many tests side by side: overlays, the
// patent's Table 1 from data, a parameter-vs-outcome scatter and the design differences of builds.
// Every number comes with its unit; values are already in the unit the axis names.
import { z } from 'zod';
import { recordIdSchema } from './fields';

/** At most this many curves in one request (every 10th of 500 cycles is 50). */
export const MAX_CURVES_PER_REQUEST = 200;
/** At most this many tests in one overlay, table or scatter. */
export const MAX_TESTS_PER_COMPARISON = 200;

/** Which cycles a plot shows. Cycles the test does not have are left out and said in `notes`. */
export const cycleSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('first') }).strict(),
  z.object({ kind: z.literal('last') }).strict(),
  z.object({ kind: z.literal('firstAndLast') }).strict(),
  /** Cycle `from`, then every `n`th cycle after it, and always the last. */
  z.object({ kind: z.literal('every'), n: z.number().int().min(1, 'every 1st cycle or more'), from: z.number().int().min(1).default(1) }).strict(),
  z.object({ kind: z.literal('list'), cycles: z.array(z.number().int().min(1, 'cycle 1 or later')).min(1, 'choose at least one cycle').max(MAX_CURVES_PER_REQUEST) }).strict(),
  z
    .object({ kind: z.literal('range'), from: z.number().int().min(1, 'cycle 1 or later'), to: z.number().int().min(1, 'cycle 1 or later') })
    .strict()
    .refine((range) => range.to >= range.from, 'the range ends before it starts'),
]);
export type CycleSelection = z.output<typeof cycleSelectionSchema>;

/** How capacity is shown: per cell, per gram of cathode active material, per cm² of cathode (from the build). */
export const capacityBasisSchema = z.enum(['cell', 'per_gram', 'per_cm2']);
export type CapacityBasis = z.infer<typeof capacityBasisSchema>;

export const halfCycleSchema = z.enum(['charge', 'discharge']);
export type HalfCycle = z.infer<typeof halfCycleSchema>;

/** The plot's drawing width: series are downsampled to about 2 points per pixel column (min and max). */
export const widthPxSchema = z.number().int().min(50, 'at least 50 px').max(8000, 'at most 8000 px').default(1200);

/** A zoomed range of the x axis, in the unit the previous answer gave for it. */
export const xRangeSchema = z
  .object({ from: z.number(), to: z.number() })
  .strict()
  .refine((range) => range.to > range.from, 'the range ends before it starts');

/** An axis: its title with the unit ("Capacity (mAh/g)"), the unit alone, and ticks that read as distinct labels. */
export const axisSchema = z.object({
  title: z.string(),
  unit: z.string(),
  /** Suggested ticks: null lets the plot choose (log axes, empty data). */
  ticks: z.object({ min: z.number(), max: z.number(), step: z.number(), decimals: z.number().int() }).nullable(),
});
export type Axis = z.infer<typeof axisSchema>;

/** Capacity bases the test's build cannot give (no active mass, no area), each with why. */
const unavailableBasisSchema = z.object({ basis: capacityBasisSchema, reason: z.string() });

const downsamplingSchema = z.object({
  /** "min/max per pixel column" — the method, in words, for under the plot. */
  method: z.string(),
  storedPoints: z.number().int(),
  shownPoints: z.number().int(),
  /** Every stored point in the range is shown (zoomed in far enough, or a short series). */
  fullResolution: z.boolean(),
});

// ---- One test -------------------------------------------------------------------------------

export const voltageCurvesQuerySchema = z
  .object({
    testId: recordIdSchema,
    cycles: cycleSelectionSchema,
    halves: z.array(halfCycleSchema).min(1).default(['charge', 'discharge']),
    basis: capacityBasisSchema.default('cell'),
    widthPx: widthPxSchema,
    /** Capacity range (in `capacityAxis.unit`) for a zoomed re-fetch at full resolution. */
    xRange: xRangeSchema.nullable().default(null),
  })
  .strict();

export const curveSchema = z.object({
  cycle: z.number().int(),
  half: halfCycleSchema,
  x: z.array(z.number()),
  y: z.array(z.number()),
  sampling: downsamplingSchema,
});

export const voltageCurvesSchema = z.object({
  testId: z.number(),
  basis: capacityBasisSchema,
  unavailableBases: z.array(unavailableBasisSchema),
  /** The cycles chosen, ascending; the colour bar runs from the first to the last. */
  cycles: z.array(z.number().int()),
  capacityAxis: axisSchema,
  voltageAxis: axisSchema,
  curves: z.array(curveSchema),
  /** What is missing, in sentences: "cycle 3 has no discharge", "the test has 40 cycles, not 120". */
  notes: z.array(z.string()),
});
export type VoltageCurves = z.infer<typeof voltageCurvesSchema>;

export const capacityPlotQuerySchema = z.object({ testId: recordIdSchema, basis: capacityBasisSchema.default('cell') }).strict();

export const capacityPlotSchema = z.object({
  testId: z.number(),
  basis: capacityBasisSchema,
  unavailableBases: z.array(unavailableBasisSchema),
  cycles: z.array(z.number().int()),
  chargeCapacity: z.array(z.number().nullable()),
  dischargeCapacity: z.array(z.number().nullable()),
  coulombicEfficiencyPct: z.array(z.number().nullable()),
  capacityAxis: axisSchema,
  ceAxis: axisSchema,
  /** The standard capacity (reference cycle's discharge) in the axis unit; null without one. */
  standardCapacity: z.number().nullable(),
  /** The lifespan threshold (80 % of the standard by default) in the axis unit, drawn as a line. */
  thresholdCapacity: z.number().nullable(),
  thresholdPct: z.number(),
  lifespanCycle: z.number().int().nullable(),
  lifespanLabel: z.string(),
  grade: z.enum(['x', 'Δ', '○']).nullable(),
  shortCircuits: z.array(z.object({ cycle: z.number().int(), kind: z.string(), reason: z.string(), evidence: z.string() })),
  notes: z.array(z.string()),
});
export type CapacityPlot = z.infer<typeof capacityPlotSchema>;

export const smoothingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  /** Centred moving average over an odd number of voltage bins. */
  z.object({ kind: z.literal('moving_average'), windowBins: z.number().int().min(3).max(51).refine((n) => n % 2 === 1, 'an odd number of bins') }).strict(),
  /** Savitzky–Golay (quadratic) over an odd number of voltage bins. */
  z.object({ kind: z.literal('savitzky_golay'), windowBins: z.number().int().min(5).max(51).refine((n) => n % 2 === 1, 'an odd number of bins') }).strict(),
]);
export type Smoothing = z.output<typeof smoothingSchema>;

/** dQ/dV settings: capacity binned by voltage, then smoothed (never raw neighbouring points divided). */
export const dqdvSettingsSchema = z
  .object({
    binWidthMV: z.number().min(0.5, 'at least 0.5 mV').max(200, 'at most 200 mV').default(5),
    smoothing: smoothingSchema.default({ kind: 'savitzky_golay', windowBins: 9 }),
    /** Peaks lower than this fraction of the curve's highest are not listed. */
    minPeakFraction: z.number().min(0).max(1).default(0.1),
  })
  .strict();
export type DqdvSettings = z.output<typeof dqdvSettingsSchema>;

export const dqdvQuerySchema = z
  .object({
    testId: recordIdSchema,
    cycles: cycleSelectionSchema,
    halves: z.array(halfCycleSchema).min(1).default(['charge', 'discharge']),
    basis: capacityBasisSchema.default('cell'),
    settings: dqdvSettingsSchema.default({ binWidthMV: 5, smoothing: { kind: 'savitzky_golay', windowBins: 9 }, minPeakFraction: 0.1 }),
  })
  .strict();

export const dqdvPeakSchema = z.object({ voltageV: z.number(), height: z.number() });

export const dqdvCurveSchema = z.object({
  cycle: z.number().int(),
  half: halfCycleSchema,
  voltageV: z.array(z.number()),
  /** dQ/dV in `dqdvAxis.unit` (mAh/V, or per g / per cm²); discharge is negative (capacity falls with voltage rising back). */
  dqdv: z.array(z.number()),
  peaks: z.array(dqdvPeakSchema),
  /** Why there is no curve ("the voltage of cycle 4's discharge does not move (3.701–3.701 V)"); null when there is one. */
  note: z.string().nullable(),
});

export const dqdvSchema = z.object({
  testId: z.number(),
  basis: capacityBasisSchema,
  unavailableBases: z.array(unavailableBasisSchema),
  /** The method and its parameters in one sentence, shown under the plot. */
  method: z.string(),
  settings: dqdvSettingsSchema,
  voltageAxis: axisSchema,
  dqdvAxis: axisSchema,
  cycles: z.array(z.number().int()),
  curves: z.array(dqdvCurveSchema),
  notes: z.array(z.string()),
});
export type Dqdv = z.infer<typeof dqdvSchema>;

export const timeSeriesQuerySchema = z
  .object({
    testId: recordIdSchema,
    widthPx: widthPxSchema,
    /** Time range in h for a zoomed re-fetch at full resolution. */
    xRange: xRangeSchema.nullable().default(null),
  })
  .strict();

export const timeSeriesSchema = z.object({
  testId: z.number(),
  timeAxis: axisSchema,
  voltageAxis: axisSchema,
  currentAxis: axisSchema,
  /** Time in h from the test's start; voltage in V; current in `currentAxis.unit` (mA or µA). */
  timeH: z.array(z.number()),
  voltageV: z.array(z.number()),
  current: z.array(z.number()),
  sampling: downsamplingSchema,
  /** Where each cycle starts, in h, for vertical lines. */
  cycleStarts: z.array(z.object({ cycle: z.number().int(), timeH: z.number() })),
  /** The file has no charge and no discharge: this plot is all there is to see. */
  restOnly: z.boolean(),
  notes: z.array(z.string()),
});
export type TimeSeries = z.infer<typeof timeSeriesSchema>;

// ---- Many tests -----------------------------------------------------------------------------

/** Tests to compare: the active tests of the chosen builds' cells, and/or tests chosen one by one. */
export const comparisonSelectionSchema = z
  .object({
    buildIds: z.array(recordIdSchema).max(MAX_TESTS_PER_COMPARISON).default([]),
    testIds: z.array(recordIdSchema).max(MAX_TESTS_PER_COMPARISON).default([]),
  })
  .strict();
export type ComparisonSelection = z.output<typeof comparisonSelectionSchema>;

export const overlayKindSchema = z.enum(['retention', 'capacity', 'coulombic_efficiency', 'voltage', 'dqdv']);
export type OverlayKind = z.infer<typeof overlayKindSchema>;

export const overlayQuerySchema = z
  .object({
    selection: comparisonSelectionSchema,
    kind: overlayKindSchema,
    /** For voltage and dQ/dV overlays: which cycle of every test. */
    cycle: z.number().int().min(1).default(1),
    halves: z.array(halfCycleSchema).min(1).default(['charge', 'discharge']),
    basis: capacityBasisSchema.default('cell'),
    widthPx: widthPxSchema,
    dqdv: dqdvSettingsSchema.default({ binWidthMV: 5, smoothing: { kind: 'savitzky_golay', windowBins: 9 }, minPeakFraction: 0.1 }),
  })
  .strict();

/** The design parameter that tells the compared builds apart, for the legend ("composite SE in cathode"). */
export const distinguishingParameterSchema = z.object({
  label: z.string(),
  unit: z.string(),
  /** Each build's value as the legend shows it ("10 wt%"), by build id. */
  valueByBuild: z.record(z.string(), z.string()),
});

export const overlaySeriesSchema = z.object({
  testId: z.number(),
  testName: z.string(),
  buildId: z.number().nullable(),
  buildName: z.string().nullable(),
  cellLabel: z.string().nullable(),
  /** The legend entry: "composite 10 wt% · #2" (or the build's name when no parameter distinguishes). */
  label: z.string(),
  /** Series of one build share a group (one colour, one legend group). */
  group: z.string(),
  synthetic: z.boolean(),
  half: halfCycleSchema.nullable(),
  x: z.array(z.number()),
  y: z.array(z.number()),
  shownPoints: z.number().int(),
  storedPoints: z.number().int(),
});

export const overlaySchema = z.object({
  kind: overlayKindSchema,
  xAxis: axisSchema,
  yAxis: axisSchema,
  legendTitle: z.string(),
  distinguishing: z.array(distinguishingParameterSchema),
  series: z.array(overlaySeriesSchema),
  /** dQ/dV's method sentence, when kind is dqdv. */
  method: z.string().nullable(),
  notes: z.array(z.string()),
});
export type Overlay = z.infer<typeof overlaySchema>;

export const tableOneQuerySchema = z
  .object({
    /** Builds to list; none = every active build that has a cycling test. */
    buildIds: z.array(recordIdSchema).max(MAX_TESTS_PER_COMPARISON).default([]),
    /** The cycle whose retention (% of the standard capacity) the table shows. */
    retentionAtCycle: z.number().int().min(1).default(100),
  })
  .strict();

export const tableOneRowSchema = z.object({
  buildId: z.number(),
  buildName: z.string(),
  cellId: z.number(),
  cellLabel: z.string(),
  testId: z.number(),
  testName: z.string(),
  synthetic: z.boolean(),
  shortCircuit: z.boolean(),
  shortCircuitCycle: z.number().int().nullable(),
  standardCapacityMAh: z.number().nullable(),
  lifespanCycle: z.number().int().nullable(),
  lifespanLabel: z.string(),
  grade: z.enum(['x', 'Δ', '○']).nullable(),
  /** Discharge at `retentionAtCycle` in % of the standard; null when the test did not reach that cycle. */
  retentionPct: z.number().nullable(),
  firstCycleCePct: z.number().nullable(),
});
export type TableOneRow = z.infer<typeof tableOneRowSchema>;

/** Mean ± sample standard deviation over n values (sd null for n < 2). */
export const replicateStatSchema = z.object({ mean: z.number().nullable(), sd: z.number().nullable(), n: z.number().int() });
export type ReplicateStat = z.infer<typeof replicateStatSchema>;

export const tableOneBuildSchema = z.object({
  buildId: z.number(),
  buildName: z.string(),
  /** Cells with a test. */
  n: z.number().int(),
  /** Over cells with a lifespan cycle; `lifespanCensored` more were still above the threshold. */
  lifespan: replicateStatSchema,
  lifespanCensored: z.number().int(),
  standardCapacityMAh: replicateStatSchema,
  retentionPct: replicateStatSchema,
  firstCycleCePct: replicateStatSchema,
  shortCircuits: z.number().int(),
  /** Every cell's grade, when all cells agree; null when they differ or none has one. */
  grade: z.enum(['x', 'Δ', '○']).nullable(),
  synthetic: z.boolean(),
});
export type TableOneBuild = z.infer<typeof tableOneBuildSchema>;

export const tableOneSchema = z.object({
  retentionAtCycle: z.number().int(),
  thresholdPct: z.number(),
  rows: z.array(tableOneRowSchema),
  builds: z.array(tableOneBuildSchema),
});
export type TableOne = z.infer<typeof tableOneSchema>;

/** A derived build number or an outcome the scatter can put on an axis. */
export const compareQuantitySchema = z.object({ key: z.string(), label: z.string(), unit: z.string() });
export type CompareQuantity = z.infer<typeof compareQuantitySchema>;

export const compareQuantitiesSchema = z.object({ parameters: z.array(compareQuantitySchema), outcomes: z.array(compareQuantitySchema) });

export const scatterOutcomeSchema = z.enum(['lifespan', 'retention', 'standard_capacity', 'first_cycle_ce']);

export const scatterQuerySchema = z
  .object({
    selection: comparisonSelectionSchema,
    /** A key of listCompareQuantities' parameters ("compositeSeWtPct", "cathodeActiveLoadingMgCm2", ...). */
    parameter: z.string().min(1).max(80),
    outcome: scatterOutcomeSchema,
    retentionAtCycle: z.number().int().min(1).default(100),
  })
  .strict();

export const scatterSchema = z.object({
  parameter: compareQuantitySchema,
  outcome: compareQuantitySchema,
  xAxis: axisSchema,
  yAxis: axisSchema,
  points: z.array(
    z.object({
      testId: z.number(),
      buildId: z.number(),
      buildName: z.string(),
      cellLabel: z.string(),
      x: z.number(),
      y: z.number(),
      /** The lifespan is beyond the data (still above the threshold): y is the last cycle, drawn as "> y". */
      censored: z.boolean(),
      synthetic: z.boolean(),
    }),
  ),
  /** Cells left out, each with why ("Example 3 #2: no active mass in the build"). */
  missing: z.array(z.string()),
});
export type Scatter = z.infer<typeof scatterSchema>;

export const designDifferencesQuerySchema = z
  .object({ buildIds: z.array(recordIdSchema).min(2, 'choose at least two builds').max(30, 'at most 30 builds') })
  .strict();

export const designDifferencesSchema = z.object({
  /** In the order chosen; the first is the reference. */
  builds: z.array(z.object({ id: z.number(), name: z.string() })),
  rows: z.array(
    z.object({
      /** "Cathode active layer (side a)", "Protocol", "Derived". */
      section: z.string(),
      /** A label in the lab's words, never an internal key: "Cathode active loading". */
      label: z.string(),
      /** "mg/cm²", "wt%", "" for text. */
      unit: z.string(),
      /** One shown value per build (with the number formatted, "—" when absent). */
      values: z.array(z.string()),
      /** Per build: differs from the reference (the first is always false). */
      differs: z.array(z.boolean()),
    }),
  ),
});
export type DesignDifferences = z.infer<typeof designDifferencesSchema>;
