// Several exports of one cell's test (a test continued after a pause, a tester that splits long
// runs into parts) become one series in time order. Each file's own time is placed after the
// previous file's end: by the date-times when both files have them, else right after it.
// The gap between two files counts no charge unless the tester recorded straight on (file-breaks.ts).
import { typicalIntervalS, unrecordedGapsBefore } from '../../../shared/cycling/file-breaks';
import type { CyclerSeries, SpilledColumns } from '../../../shared/cycling/types';
import { joinSpilled } from '../../importers/cycler/column-spill';
import type { CyclerFileResult } from '../../importers/cycler/read-cycler-file';

export interface StitchedSeries {
  series: CyclerSeries;
  /** Per file, in the order stitched: seconds added to its own (zero-based) times. */
  files: Array<{ result: CyclerFileResult; timeOffsetS: number }>;
  startEpochS: number | null;
  notes: string[];
}

/** Dates are written to the millisecond; a next file that starts this little before the previous end starts at it. */
const DATE_ROUNDING_S = 0.01;

type ColumnName = 'stepIndex' | 'vendorCycle' | 'chargeCapacityAh' | 'dischargeCapacityAh' | 'temperatureC';
type SpillableName = keyof SpilledColumns;
const SPILLABLE: SpillableName[] = ['chargeCapacityAh', 'dischargeCapacityAh', 'temperatureC'];

export function stitchFiles(results: readonly CyclerFileResult[]): StitchedSeries {
  if (results.length === 1) {
    // One file: its own columns, with time counted from its first point (no copy of a large file).
    const result = results[0]!;
    const firstS = result.series.timeS[0]!;
    const timeS = result.series.timeS;
    for (let i = 0; i < timeS.length; i += 1) timeS[i] = timeS[i]! - firstS;
    return { series: result.series, files: [{ result, timeOffsetS: -firstS }], startEpochS: result.startEpochS, notes: [] };
  }
  const notes: string[] = [];
  const dated = results.every((result) => result.startEpochS !== null);
  const ordered = dated ? [...results].sort((a, b) => a.startEpochS! - b.startEpochS!) : [...results];
  const reordered = ordered.some((result, index) => result !== results[index]);
  notes.push(dated ? `${results.length} files stitched in the order of their dates${reordered ? ' (not the order they were given in)' : ''}` : `${results.length} files stitched in the order given (they carry no dates)`);
  const total = ordered.reduce((sum, result) => sum + result.rows, 0);
  const timeS = new Float64Array(total);
  // Readings as the files hold them: Float32 from an import (stored-precision.ts), Float64 if any file's are.
  const readings = () => (ordered.every((result) => result.series.currentA instanceof Float32Array && result.series.voltageV instanceof Float32Array) ? new Float32Array(total) : new Float64Array(total));
  const currentA = readings();
  const voltageV = readings();
  // A column a long file kept on disk (column-spill.ts) stays there: the stitched one is the files' pieces in order.
  const spilledNames = SPILLABLE.filter((name) => ordered.some((result) => result.series.spilled?.[name]));
  const optional = (name: ColumnName) => (!spilledNames.includes(name as SpillableName) && ordered.some((result) => result.series[name] !== null) ? new Float64Array(total).fill(Number.NaN) : null);
  const columns: Record<ColumnName, Float64Array | null> = {
    stepIndex: optional('stepIndex'),
    vendorCycle: optional('vendorCycle'),
    chargeCapacityAh: optional('chargeCapacityAh'),
    dischargeCapacityAh: optional('dischargeCapacityAh'),
    temperatureC: optional('temperatureC'),
  };
  const stateCode = ordered.some((result) => result.series.stateCode !== null) ? new Int8Array(total) : null;
  const files: StitchedSeries['files'] = [];
  const fileStarts: number[] = [];
  let at = 0;
  let endS = 0;
  let ownEndS = 0;
  let lastCycle = 0;
  let lastStep = 0;
  for (const [index, result] of ordered.entries()) {
    const { series } = result;
    const firstS = series.timeS[0]!;
    let offsetS = -firstS;
    let cycleShift = 0;
    let stepShift = 0;
    if (index > 0) {
      const byDate = dated ? result.startEpochS! - ordered[0]!.startEpochS! : null;
      if (byDate !== null && byDate >= endS - DATE_ROUNDING_S) offsetS = Math.max(byDate, endS) - firstS;
      else offsetS = endS + typicalIntervalS(series.timeS, 0, series.timeS.length) - firstS;
      if (byDate !== null && byDate < endS - DATE_ROUNDING_S) notes.push(`${result.fileName} starts before the previous file ends (by its date): placed right after it`);
      // A file that numbers its cycles (or steps) from the start again is counted on after the
      // previous file's; one that goes on with the same number goes on in that cycle (a run split
      // mid-cycle), unless its own clock restarted too.
      const clockRestarted = firstS < ownEndS;
      const firstCycle = series.vendorCycle?.[0];
      if (firstCycle !== undefined && (firstCycle < lastCycle || (firstCycle === lastCycle && clockRestarted))) {
        cycleShift = lastCycle + 1 - firstCycle;
        notes.push(`${result.fileName} numbers its cycles from ${firstCycle} again: counted on from cycle ${lastCycle + 1}`);
      }
      const firstStep = series.stepIndex?.[0];
      if (firstStep !== undefined && (firstStep < lastStep || (firstStep === lastStep && (clockRestarted || cycleShift > 0)))) stepShift = lastStep + 1 - firstStep;
    }
    fileStarts.push(at);
    timeS.set(series.timeS.map((t) => t + offsetS), at);
    currentA.set(series.currentA, at);
    voltageV.set(series.voltageV, at);
    if (stateCode && series.stateCode) stateCode.set(series.stateCode, at);
    for (const name of Object.keys(columns) as ColumnName[]) {
      const target = columns[name];
      const source = series[name];
      if (!target || !source) continue;
      const shift = name === 'vendorCycle' ? cycleShift : name === 'stepIndex' ? stepShift : 0;
      // Shifted in doubles (a Float32 step column's map would round a number past 2^24).
      if (shift === 0) target.set(source, at);
      else for (let i = 0; i < source.length; i += 1) target[at + i] = source[i]! + shift;
    }
    at += result.rows;
    endS = timeS[at - 1]!;
    ownEndS = series.timeS[series.timeS.length - 1]!;
    lastCycle = columns.vendorCycle?.[at - 1] ?? 0;
    lastStep = columns.stepIndex?.[at - 1] ?? 0;
    files.push({ result, timeOffsetS: offsetS });
  }
  const spilled: SpilledColumns = {};
  for (const name of spilledNames) {
    spilled[name] = joinSpilled(ordered.map(({ series, rows }) => series.spilled?.[name] ?? (series[name] ? { rows, values: series[name] } : { rows, empty: true as const })));
  }
  return {
    // Files of one test come from one tester, so one meaning of the current column; all must say so.
    series: { timeS, currentA, voltageV, stateCode, ...columns, currentIsIntervalMean: ordered.every((result) => result.series.currentIsIntervalMean === true),
      unrecordedGapsBefore: unrecordedGapsBefore(timeS, fileStarts, dated),
      ...(spilledNames.length > 0 ? { spilled } : {}),
    },
    files,
    startEpochS: ordered[0]!.startEpochS,
    notes,
  };
}
