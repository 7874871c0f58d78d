// Reads one cycler export into a CyclerSeries: recognise (or take the chosen format), plan, then
// stream its rows into columns. Everything the user should know — which format, what was
// rescaled, which rows were skipped and where — comes back as notes and warnings.
import { CellbookError } from '../../../shared/api-error';
import type { CyclerSeries } from '../../../shared/cycling/types';
import type { ColumnBinding } from './canonical';
import { readFileHead } from './file-head';
import type { CyclerFormat, FileHead, Refusal, TextPlan } from './format';
import { RowReader } from './row-reader';
import { scanTextLines } from './text-lines';
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
}

export interface CyclerFileResult {
  fileName: string;
  sizeBytes: number;
  format: { id: string; label: string; detectedBy: 'content' | 'choice' };
  rows: number;
  series: CyclerSeries;
  /** Seconds since 1970 of the first point, when the export has date-times. */
  startEpochS: number | null;
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

  const reader = new RowReader(plan, head, [field('current_A')!, field('voltage_V')!, timeBinding], timeBinding, options.signal, head.fileName);
  const tally = reader.tally;
  if (head.container === 'xlsx') {
    for await (const { line, lineNumber, unterminated } of xlsxRows(filePath)) {
      reader.stringLine(line, lineNumber, unterminated === true);
      if ((tally.rows & 0x3fff) === 0) options.onProgress?.({ bytesRead: 0, totalBytes: head.sizeBytes, rows: tally.rows });
    }
  } else {
    await scanTextLines(
      filePath,
      head.encoding,
      head.fileName,
      (bytes, start, end, lineNumber, unterminated, plain) => reader.byteLine(bytes, start, end, lineNumber, unterminated, plain),
      (progress) => options.onProgress?.({ bytesRead: progress.bytesRead, totalBytes: head.sizeBytes, rows: tally.rows }),
    );
  }
  const { rows, skipped, firstSkippedLine, damaged, timeResets, firstResetLine, cutLastLine } = tally;
  if (rows === 0) throw new CellbookError('validation', `${head.fileName}: a header but no data rows${skipped ? ` (${skipped} row(s) had no number in the time, current or voltage column, first at line ${firstSkippedLine})` : ''}`);
  if (skipped > 0) warnings.push(`${skipped} row(s) without a number in the time, current or voltage column were skipped (first at line ${firstSkippedLine})`);
  if (cutLastLine > 0) warnings.push(`the file ends inside line ${cutLastLine} (fewer cells than the columns read, no line break): that line was skipped`);
  if (timeResets > 0) warnings.push(`time went backwards ${timeResets} time(s), first at line ${firstResetLine} (a reset per step or part): it was carried on so that the test time keeps increasing`);
  if (damaged > 0) notes.push(`${damaged} line(s) hold characters damaged before export (shown as �); numbers were unaffected`);

  const columnOf = (name: ColumnBinding['field']) => {
    const index = plan.bindings.findIndex((binding) => binding.field === name);
    return index < 0 ? null : reader.columns[index]!.toArray();
  };
  const series = assembleSeries(columnOf, plan, warnings, notes, head.fileName);
  const datetimes = columnOf('datetime');
  const firstDate = datetimes?.find((value) => Number.isFinite(value));
  options.onProgress?.({ bytesRead: head.sizeBytes, totalBytes: head.sizeBytes, rows });
  return {
    fileName: head.fileName,
    sizeBytes: head.sizeBytes,
    format: { id: format.id, label: format.label, detectedBy: options.formatId ? 'choice' : 'content' },
    rows,
    series,
    startEpochS: firstDate ?? plan.startEpochS ?? null,
    notes,
    warnings,
  };
}

/** Time from a time column (or date-times), signs from the state, and plausibility repairs. */
function assembleSeries(columnOf: (name: ColumnBinding['field']) => Float64Array | null, plan: TextPlan, warnings: string[], notes: string[], fileName: string): CyclerSeries {
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

  const currentA = columnOf('current_A') as Float64Array;
  const voltageV = columnOf('voltage_V') as Float64Array;
  const stateColumn = columnOf('state');
  let stateCode: Int8Array | null = null;
  if (stateColumn) {
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
  for (const value of voltageV) maxVoltage = Math.max(maxVoltage, Math.abs(value));
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
    stepIndex: columnOf('step'),
    vendorCycle: columnOf('cycle'),
    stateCode,
    chargeCapacityAh,
    dischargeCapacityAh,
    temperatureC: columnOf('temperature_C'),
    currentIsIntervalMean: plan.currentIsIntervalMean ?? false,
  };
}

/**
 * Charge and discharge capacity columns. A direction-less per-step counter is split by the
 * direction of each point (state, else the sign of the current); the other direction is NaN there.
 */
function splitStepCapacity(columnOf: (name: ColumnBinding['field']) => Float64Array | null, currentA: Float64Array, stateCode: Int8Array | null): { chargeCapacityAh: Float64Array | null; dischargeCapacityAh: Float64Array | null } {
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
