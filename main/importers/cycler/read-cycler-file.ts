// Reads one cycler export into a CyclerSeries: recognise (or take the chosen format), plan, then
// stream its rows into columns. Everything the user should know — which format, what was
// rescaled, which rows were skipped and where — comes back as notes and warnings.
import os from 'node:os';
import { CellbookError } from '../../../shared/api-error';
import type { CyclerSeries, NumberColumn, ReadingColumn, SpilledColumn, SpilledColumns } from '../../../shared/cycling/types';
import { SPILLED_FIELDS, splitSpilledStepCapacity } from './column-spill';
import type { ColumnBinding } from './canonical';
import { readFileHead } from './file-head';
import type { CyclerFormat, FileHead, Refusal, TextPlan } from './format';
import { CYCLER_FORMATS } from './formats/index';
import { readTextInParts } from './parallel-read';
import { RowReader, type RowTally } from './row-reader';
import { float64Column } from './series-builder';
import { readTextPart, requiredBindings } from './text-part';
import { evenCuts, PARALLEL_MIN_BYTES, partRanges } from './text-parts';
import { xlsxRows } from './xlsx-rows';

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export interface ReadOptions {
  formatId?: string;
  /** The name the user knows the file by, for messages. */
  displayName?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  /**
   * Where to cut a text file into parts read in parallel (each cut moves to the next line start);
   * [] reads it on one thread. By default a file of 8 MiB or more is cut evenly, one part per core.
   */
  cuts?: readonly number[];
  /**
   * A folder of the caller's own where a file read in parts keeps its capacity and temperature
   * columns instead of memory (column-spill.ts); the series then names them in `spilled`.
   */
  spillDir?: string;
}

export interface CyclerFileResult {
  fileName: string;
  sizeBytes: number;
  format: { id: string; label: string; detectedBy: 'content' | 'choice' };
  rows: number;
  series: CyclerSeries;
  /** Seconds since 1970 of the first point, when the export has date-times. */
  startEpochS: number | null;
  /** How many parts the file was read in at once (1: on one thread). */
  parts: number;
  notes: string[];
  warnings: string[];
}

export function chooseFormat(head: FileHead, formats: readonly CyclerFormat[], refusals: readonly Refusal[], formatId?: string): CyclerFormat {
  if (formatId) {
    const chosen = formats.find((format) => format.id === formatId);
    if (!chosen) throw new CellbookError('validation', `format: "${formatId}" is not one of ${formats.map((format) => format.id).join(', ')}`);
    return chosen;
  }
  for (const refusal of refusals) {
    const reason = refusal.test(head);
    if (reason) throw new CellbookError('refused', `${head.fileName}: ${reason}`);
  }
  const scored = formats.map((format) => ({ format, score: format.detect(head) })).sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < 0.3) {
    throw new CellbookError('validation', `${head.fileName} is not a cycler export Cellbook recognises: choose its format, or map its columns with the generic CSV/TSV importer`);
  }
  return best.format;
}

export async function readCyclerFile(filePath: string, formats: readonly CyclerFormat[], refusals: readonly Refusal[], options: ReadOptions = {}): Promise<CyclerFileResult> {
  const head = await readFileHead(filePath, options.displayName);
  const format = chooseFormat(head, formats, refusals, options.formatId);
  const plan = format.plan(head);
  const warnings: string[] = [];
  const notes = [...plan.notes];
  if (head.encoding === 'latin1') notes.push(`${head.fileName} is not UTF-8: read as Latin-1 (Windows-1252), as EC-Lab and older exports write`);

  const field = (name: ColumnBinding['field']) => plan.bindings.find((binding) => binding.field === name);
  const timeBinding = field('time_s') ?? field('datetime');
  if (!timeBinding) throw new CellbookError('validation', `${head.fileName}: no time column was found`);
  if (!field('current_A')) throw new CellbookError('validation', `${head.fileName}: no current column was found`);
  if (!field('voltage_V')) throw new CellbookError('validation', `${head.fileName}: no voltage column was found`);

  // With a test-time column, the date-times only give the start: read from the head, not per row.
  const dated = field('time_s') && field('datetime') ? firstDateFromHead(head, plan) : undefined;
  const readPlan = dated === undefined ? plan : { ...plan, bindings: plan.bindings.filter((binding) => binding.field !== 'datetime') };
  const { columns, spilled, tally, parts } = await readColumns(filePath, head, format, readPlan, options);
  const { rows, skipped, firstSkippedLine, damaged, timeResets, firstResetLine, cutLastLine } = tally;
  if (rows === 0) throw new CellbookError('validation', `${head.fileName}: a header but no data rows${skipped ? ` (${skipped} row(s) had no number in the time, current or voltage column, first at line ${firstSkippedLine})` : ''}`);
  if (skipped > 0) warnings.push(`${skipped} row(s) without a number in the time, current or voltage column were skipped (first at line ${firstSkippedLine})`);
  if (cutLastLine > 0) warnings.push(`the file ends inside line ${cutLastLine} (fewer cells than the columns read, no line break): that line was skipped`);
  if (timeResets > 0) warnings.push(`time went backwards ${timeResets} time(s), first at line ${firstResetLine} (a reset per step or part): it was carried on so that the test time keeps increasing`);
  if (damaged > 0) notes.push(`${damaged} line(s) hold characters damaged before export (shown as �); numbers were unaffected`);

  // Step, cycle and state numbers stay as the reader kept them (the narrowest array that holds
  // them exactly: run-column.ts), current and voltage as Float32 (stored-precision.ts); every other
  // column is Float64, widened in its own memory where it has the room.
  // A column kept on disk (`spilled`) is not in memory: null here, named by the series' `spilled`.
  const numbersOf = (name: ColumnBinding['field']): NumberColumn | null => {
    const index = readPlan.bindings.findIndex((binding) => binding.field === name);
    return index < 0 || spilled[index] ? null : columns[index]!;
  };
  const columnOf = (name: ColumnBinding['field']): Float64Array | null => {
    const index = readPlan.bindings.findIndex((binding) => binding.field === name);
    if (index < 0 || spilled[index]) return null;
    const wide = float64Column(columns[index]!);
    columns[index] = wide;
    return wide;
  };
  const readingOf = (name: 'current_A' | 'voltage_V'): Float32Array => {
    const column = numbersOf(name)!;
    return column instanceof Float32Array ? column : Float32Array.from(column);
  };
  const series = assembleSeries(columnOf, numbersOf, readingOf, plan, warnings, notes, head.fileName);
  const spilledColumns = spilledOf(readPlan, spilled, series, options.spillDir);
  if (spilledColumns) series.spilled = spilledColumns;
  const datetimes = columnOf('datetime');
  const firstDate = dated ?? datetimes?.find((value) => Number.isFinite(value));
  options.onProgress?.({ bytesRead: head.sizeBytes, totalBytes: head.sizeBytes, rows });
  return {
    fileName: head.fileName,
    sizeBytes: head.sizeBytes,
    format: { id: format.id, label: format.label, detectedBy: options.formatId ? 'choice' : 'content' },
    rows,
    series,
    startEpochS: firstDate ?? plan.startEpochS ?? null,
    parts,
    notes,
    warnings,
  };
}

/** The columns of the plan's bindings: a workbook row by row; a text file whole, or in parts on every core. */
async function readColumns(
  filePath: string,
  head: FileHead & { sizeBytes: number },
  format: CyclerFormat,
  plan: TextPlan,
  options: ReadOptions,
): Promise<{ columns: NumberColumn[]; spilled: Array<SpilledColumn | null>; tally: RowTally; parts: number }> {
  const none = plan.bindings.map(() => null);
  const onProgress = (progress: { bytesRead: number; rows: number }) => options.onProgress?.({ ...progress, totalBytes: head.sizeBytes });
  if (head.container === 'xlsx') {
    const { required, time } = requiredBindings(plan);
    const reader = new RowReader(plan, head, required, time, options.signal, head.fileName);
    for await (const { line, lineNumber, unterminated } of xlsxRows(filePath)) {
      reader.stringLine(line, lineNumber, unterminated === true);
      if ((reader.tally.rows & 0x3fff) === 0) onProgress({ bytesRead: 0, rows: reader.tally.rows });
    }
    return { columns: reader.columns.map((column) => column.toArray()), spilled: none, tally: reader.tally, parts: 1 };
  }
  // A worker rebuilds the state column's reading from a built-in format's plan; a plan with one
  // from elsewhere is read on this thread.
  const stateFormatId = plan.stateOf ? (CYCLER_FORMATS.includes(format) ? format.id : undefined) : null;
  const cores = Math.min(4, os.availableParallelism());
  const cuts = options.cuts ?? (head.sizeBytes >= PARALLEL_MIN_BYTES && cores > 1 ? evenCuts(head.sizeBytes, cores) : []);
  const ranges = cuts.length > 0 && stateFormatId !== undefined ? partRanges(filePath, head, plan, cuts) : null;
  if (ranges && stateFormatId !== undefined) {
    const spill = options.spillDir !== undefined ? { spillDir: options.spillDir } : {};
    return { ...(await readTextInParts(filePath, head, plan, stateFormatId, ranges, { signal: options.signal, onProgress, ...spill })), parts: ranges.length };
  }
  // A file read on one thread is small (under PARALLEL_MIN_BYTES, or a plan a worker cannot rebuild): its columns stay in memory.
  return { ...(await readTextPart(filePath, head, plan, { signal: options.signal, onChunk: onProgress })), spilled: none, parts: 1 };
}

/**
 * The first date-time of the file's rows, from the lines of its head read as the whole file is
 * read (the first row kept that has one); undefined when the head cannot tell (a small file read
 * whole anyway, a workbook, no dated row kept in the head): then every row's date-time is read.
 */
function firstDateFromHead(head: FileHead & { sizeBytes: number }, plan: TextPlan): number | undefined {
  if (head.container !== 'text' || head.complete) return undefined;
  const { required, time } = requiredBindings(plan);
  const reader = new RowReader(plan, head, required, time, undefined, head.fileName, { expectedRows: head.lines.length });
  head.lines.forEach((line, index) => reader.stringLine(line, index + 1, false));
  const index = plan.bindings.findIndex((binding) => binding.field === 'datetime');
  return reader.columns[index]!.toArray().find((value) => Number.isFinite(value));
}

/** Time from a time column (or date-times), signs from the state, and plausibility repairs. */
function assembleSeries(
  columnOf: (name: ColumnBinding['field']) => Float64Array | null,
  numbersOf: (name: ColumnBinding['field']) => NumberColumn | null,
  readingOf: (name: 'current_A' | 'voltage_V') => Float32Array,
  plan: TextPlan,
  warnings: string[],
  notes: string[],
  fileName: string,
): CyclerSeries {
  const datetimes = columnOf('datetime');
  let time = columnOf('time_s');
  if (!time && datetimes) time = datetimes.map((value) => value - datetimes[0]!);
  const timeS = time as Float64Array;
  // Time that jumps back (a reset per step or per file part) is carried on from where it was;
  // the reading loop has already said where.
  let offset = 0;
  for (let i = 1; i < timeS.length; i += 1) {
    const raw = timeS[i]! + offset;
    if (raw < timeS[i - 1]! - 1e-6) offset += timeS[i - 1]! - raw;
    timeS[i] = timeS[i]! + offset;
  }

  const currentA = readingOf('current_A');
  const voltageV = readingOf('voltage_V');
  const stateColumn = numbersOf('state');
  // Read as runs, a state column of -1, 0 and 1 comes as Int8 already (run-column.ts).
  let stateCode: Int8Array | null = stateColumn instanceof Int8Array ? stateColumn : null;
  if (stateColumn && !stateCode) {
    stateCode = new Int8Array(stateColumn.length);
    for (let i = 0; i < stateColumn.length; i += 1) stateCode[i] = Number.isFinite(stateColumn[i]!) ? stateColumn[i]! : 0;
  }
  if (plan.currentSign === 'from_state' && stateCode) {
    let flipped = 0;
    for (let i = 0; i < currentA.length; i += 1) {
      const state = stateCode[i]!;
      if (state === 0) continue;
      const signed = state * Math.abs(currentA[i]!);
      if (signed !== currentA[i]) flipped += 1;
      currentA[i] = signed;
    }
    if (flipped > 0) notes.push(`the sign of the current was taken from the state column (${flipped} point(s) changed sign)`);
  }
  let maxVoltage = 0;
  // Indexed: for-of over a typed array boxed each of a long file's values (hundreds of MB of garbage).
  // A value beyond Float32's range reads as ±Infinity: impossible (impossible-values.ts), it says nothing of the unit.
  for (let i = 0; i < voltageV.length; i += 1) if (Math.abs(voltageV[i]!) !== Number.POSITIVE_INFINITY) maxVoltage = Math.max(maxVoltage, Math.abs(voltageV[i]!));
  // A cell does not reach 20 V: a "V" column with such values holds millivolts (FORMATS.md 0.4).
  if (maxVoltage > 20) {
    for (let i = 0; i < voltageV.length; i += 1) voltageV[i] = voltageV[i]! / 1000;
    notes.push(`${fileName}: the voltage column reaches ${Math.round(maxVoltage)}, which no cell does in volts: read as millivolts`);
  }
  const { chargeCapacityAh, dischargeCapacityAh } = splitStepCapacity(columnOf, currentA, stateCode);
  return {
    timeS,
    currentA,
    voltageV,
    stepIndex: numbersOf('step'),
    vendorCycle: numbersOf('cycle'),
    stateCode,
    chargeCapacityAh,
    dischargeCapacityAh,
    temperatureC: columnOf('temperature_C'),
    currentIsIntervalMean: plan.currentIsIntervalMean ?? false,
  };
}

/** The columns a file read in parts kept on disk, named as the series names them; null when none. */
function spilledOf(plan: TextPlan, spilled: ReadonlyArray<SpilledColumn | null>, series: CyclerSeries, spillDir: string | undefined): SpilledColumns | null {
  const byName: Partial<Record<keyof SpilledColumns | 'stepCapacityAh', SpilledColumn>> = {};
  plan.bindings.forEach((binding, index) => {
    const name = SPILLED_FIELDS[binding.field];
    if (name && spilled[index]) byName[name] = spilled[index]!;
  });
  const { stepCapacityAh, ...columns } = byName;
  // As in memory (splitStepCapacity): a per-step capacity counts only where the file has no charge and discharge columns.
  const split = stepCapacityAh && !columns.chargeCapacityAh && !columns.dischargeCapacityAh && spillDir !== undefined ? splitSpilledStepCapacity(stepCapacityAh, series.currentA, series.stateCode, spillDir) : {};
  const all: SpilledColumns = { ...columns, ...split };
  return Object.keys(all).length > 0 ? all : null;
}

/**
 * Charge and discharge capacity columns. A direction-less per-step counter is split by the
 * direction of each point (state, else the sign of the current); the other direction is NaN there.
 */
function splitStepCapacity(columnOf: (name: ColumnBinding['field']) => Float64Array | null, currentA: ReadingColumn, stateCode: Int8Array | null): { chargeCapacityAh: Float64Array | null; dischargeCapacityAh: Float64Array | null } {
  const stepCapacity = columnOf('step_capacity_Ah');
  const charge = columnOf('charge_capacity_Ah');
  const discharge = columnOf('discharge_capacity_Ah');
  if (!stepCapacity || charge || discharge) return { chargeCapacityAh: charge, dischargeCapacityAh: discharge };
  const chargeCapacityAh = new Float64Array(stepCapacity.length).fill(Number.NaN);
  const dischargeCapacityAh = new Float64Array(stepCapacity.length).fill(Number.NaN);
  for (let i = 0; i < stepCapacity.length; i += 1) {
    const direction = stateCode && stateCode[i] !== 0 ? stateCode[i]! : Math.sign(currentA[i]!);
    if (direction > 0) chargeCapacityAh[i] = Math.abs(stepCapacity[i]!);
    else if (direction < 0) dischargeCapacityAh[i] = Math.abs(stepCapacity[i]!);
  }
  return { chargeCapacityAh, dischargeCapacityAh };
}
