// A cycling test as columns: one entry per recorded point, in time order, with charge current
// positive (the convention every importer converts to). Optional columns are null when the
// export did not have them.
import type { VendorStepCapacities } from './vendor-capacity';

/**
 * A column of numbers. Step, cycle and state numbers are kept in the narrowest array that holds
 * every one of them exactly (Int8, Int16, else Float32: main/importers/cycler/run-column.ts), so a
 * 5-million-point test holds 5 or 10 MB per such column instead of 40; everything else is Float64.
 */
export type NumberColumn = Float64Array | Float32Array | Int16Array | Int8Array;

/**
 * Current and voltage readings. An import keeps them as Float32, as the points store does
 * (main/importers/cycler/stored-precision.ts): a reading to 6e-8 of its value, and 4 bytes a point
 * instead of 8. A series made in code (synthetic tests, fixtures) may hold Float64.
 */
export type ReadingColumn = Float32Array | Float64Array;

export interface CyclerSeries {
  timeS: Float64Array;
  currentA: ReadingColumn;
  voltageV: ReadingColumn;
  /** The export's own step number (increments at each programme step), when it has one. */
  stepIndex: NumberColumn | null;
  /** The export's own cycle number, when it has one (may start at 0, may never increment). */
  vendorCycle: NumberColumn | null;
  /** +1 charge, -1 discharge, 0 rest/other, from the export's state or step-type column. */
  stateCode: Int8Array | null;
  /** Vendor capacity columns in Ah, as the export defines them (cumulative, per step or per cycle). */
  chargeCapacityAh: Float64Array | null;
  dischargeCapacityAh: Float64Array | null;
  /**
   * The capacity columns summarised per step (vendor-capacity.ts), set when a long import lets the
   * columns themselves go before the analysis: the cycle table's vendor capacities are the same.
   */
  vendorStepCapacities?: VendorStepCapacities;
  temperatureC: Float64Array | null;
  /**
   * True when each point's current is the mean over the interval since the previous point
   * (BioLogic "<I>/mA"): integrals then take it over that interval instead of the trapezoid.
   */
  currentIsIntervalMean?: boolean;
  /**
   * In a test stitched from several files: the first points of later files whose interval before
   * them was not recorded (a pause between files, or no dates to tell): it counts no charge.
   */
  unrecordedGapsBefore?: readonly number[];
  /**
   * Columns a long import keeps in temporary files instead of memory, because the analysis needs
   * them only per step or per cycle (main/importers/cycler/column-spill.ts): the capacity columns
   * (summarised per step) and the temperature (stored per cycle). The in-memory field is null then.
   */
  spilled?: SpilledColumns;
}

export interface CycleSummary {
  cycle: number;
  /** Coulomb counting: the integral of |I| dt over the cycle's charge (I > 0) and discharge (I < 0) points. */
  chargeMAh: number;
  dischargeMAh: number;
  /** discharge / charge; null unless the cycle has both a charge and a discharge. */
  coulombicEfficiency: number | null;
  /**
   * False when the data end inside this cycle (completeness.ts) and for cycle 0, the half-cycle set
   * apart before the first charge: such a cycle never decides a lifespan or a grade.
   */
  complete: boolean;
  chargeMWh: number;
  dischargeMWh: number;
  meanChargeV: number | null;
  meanDischargeV: number | null;
  endOfChargeV: number | null;
  endOfDischargeV: number | null;
  chargeDurationS: number;
  dischargeDurationS: number;
  /** How the charge ended: at the voltage limit, on the time limit, or not known. */
  chargeStop: 'voltage' | 'time' | 'unknown';
  /** Per unit of active mass and area, when the build gives them. */
  dischargeMAhG: number | null;
  dischargeMAhCm2: number | null;
  /** The vendor's own capacity for this cycle (from its columns), for comparison. */
  vendorChargeMAh: number | null;
  vendorDischargeMAh: number | null;
  points: number;
  startTimeS: number;
  endTimeS: number;
}

/** A column of Float64 values, in order, in pieces: a temporary file, values in memory, or empty cells. */
export type SpilledPiece = { rows: number; path: string } | { rows: number; values: Float64Array } | { rows: number; empty: true };

export interface SpilledColumn {
  pieces: SpilledPiece[];
}

export interface SpilledColumns {
  chargeCapacityAh?: SpilledColumn;
  dischargeCapacityAh?: SpilledColumn;
  temperatureC?: SpilledColumn;
}
