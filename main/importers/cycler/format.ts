// What a cycler format module provides: recognising its files from their first lines, and a plan
// for reading them (which line the data starts on, which column is what, in which unit).
import type { ColumnBinding } from './canonical';
import type { DateOrder } from './cell-values';

export interface FileHead {
  fileName: string;
  /** The first bytes, for signatures of binary files. */
  firstBytes: Uint8Array;
  container: 'text' | 'xlsx';
  encoding: 'utf-8' | 'utf-8-bom' | 'latin1';
  /**
   * The first lines of text (up to ~500). For a workbook: the first sheet's rows with cells
   * joined by tabs, so that text and sheets are planned the same way.
   */
  lines: string[];
  /** True when `lines` is the whole file. */
  complete: boolean;
  /**
   * Text the line reader cannot take as it is: UTF-16 (with its byte order mark) or lines ended by
   * CR alone. `lines` are already decoded; the file is read through a UTF-8, LF copy (text-form.ts).
   */
  textForm?: 'utf-16le' | 'utf-16be' | 'cr';
}

export interface TextPlan {
  format: string;
  label: string;
  delimiter: string;
  decimalComma: boolean;
  /** 0-based index of the first data line. */
  dataStartLine: number;
  bindings: ColumnBinding[];
  /** Text of the state / step-type column -> +1 charge, -1 discharge, 0 rest/other, null unknown. */
  stateOf?: (text: string) => -1 | 0 | 1 | null;
  /** The current column holds each interval's mean current (BioLogic "<I>/mA"), not instant values. */
  currentIsIntervalMean?: boolean;
  /** 'from_state': the export writes |I|; the sign comes from the state column (Maccor). */
  currentSign: 'signed' | 'from_state';
  /** How slashed dates read; month first unless the export is known to be day first. */
  dateOrder?: DateOrder;
  /** The test's start from the preamble (BaSyTec "Start of Test"), when rows carry no date. */
  startEpochS?: number;
  /** Decisions worth telling the user ("Volts column holds millivolts: divided by 1000"). */
  notes: string[];
}

export interface CyclerFormat {
  id: string;
  label: string;
  /** 0 when the file is not this format, up to 1 when it surely is. */
  detect(head: FileHead): number;
  /** Throws a CellbookError naming what is missing when the file cannot be read as this format. */
  plan(head: FileHead): TextPlan;
}

/** Files Cellbook recognises but does not read: a sentence saying what the file is and what to export. */
export interface Refusal {
  id: string;
  test(head: FileHead): string | null;
}
