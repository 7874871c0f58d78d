// Turns the data lines of an export into columns of numbers, one bound column at a time, and keeps
// count of what it could not use (and where) for the import report.
//
// Two ways in, one result. Text files come as bytes (text-lines.ts): a plain ASCII line without
// quotes is parsed straight from them, number by number (CellBytes), without a string per line or
// per cell; that is most of the time of a large import. A line with quotes or non-ASCII characters,
// and every workbook row, goes the string way (split, then parse each cell), which is the
// reference: the byte way gives exactly what it gives (cell-values.test.ts), and falls back to it
// cell by cell for anything but a plain number (a "144:02:18" duration, a written date).
import { CellbookError } from '../../../shared/api-error';
import type { ColumnBinding } from './canonical';
import { CellBytes, excelSerialToEpoch, isBlank, parseDateTimeCell, parseDurationCell, parseNumberCell, POW10, SIMPLE_EPOCH_SECONDS, SIMPLE_NUMBER } from './cell-values';
import type { FileHead, TextPlan } from './format';
import { splitQuotedLine } from './quoted-line';
import type { ColumnSpill } from './column-spill';
import { RUN_FIELDS, RunColumn } from './run-column';
import { GrowableColumn } from './series-builder';
import { READING_FIELDS } from './stored-precision';
import { lineDecoder } from './text-lines';

/** Longer than any test or date since 1970 in seconds (3,000 years): a time beyond it is not one. */
export const MAX_TEST_TIME_S = 1e11;

type Parsed = (text: string) => number;

function cellParser(binding: ColumnBinding, plan: TextPlan, container: FileHead['container']): Parsed {
  const decimalComma = plan.decimalComma;
  if (binding.kind === 'duration') return (text) => parseDurationCell(text, decimalComma, binding.scale);
  if (binding.kind === 'datetime') {
    const order = plan.dateOrder ?? 'mdy';
    // Workbooks store date-times as Excel serial numbers (the sheet is read without its styles).
    if (container === 'xlsx') return (text) => (/^\d+(\.\d+)?$/.test(text.trim()) ? excelSerialToEpoch(Number(text)) : parseDateTimeCell(text, order));
    return (text) => parseDateTimeCell(text, order);
  }
  if (binding.kind === 'text') {
    const stateOf = plan.stateOf ?? (() => null);
    return (text) => {
      const code = stateOf(text.trim());
      return code === null ? Number.NaN : code;
    };
  }
  if (binding.scale === 1) return (text) => parseNumberCell(text, decimalComma);
  return (text) => parseNumberCell(text, decimalComma) * binding.scale;
}

/** How the byte way reads a bound cell: as a plain number, as epoch seconds, or never (text). */
const NEVER = -1;
function byteKind(binding: ColumnBinding): number {
  if (binding.kind === 'number' || binding.kind === 'duration') return SIMPLE_NUMBER;
  if (binding.kind === 'datetime') return SIMPLE_EPOCH_SECONDS;
  return NEVER;
}

/**
 * About how many data rows a text file holds: its size over the mean length of the data lines its
 * head shows (a little more, so that the guess is rarely short). Workbooks: a small start.
 */
export function expectedRowCount(plan: TextPlan, head: FileHead & { sizeBytes: number }): number {
  const sample = head.container === 'xlsx' ? [] : head.lines.slice(plan.dataStartLine, plan.dataStartLine + 200).filter((line) => line.trim() !== '');
  if (head.complete) return Math.max(1, head.lines.length - plan.dataStartLine);
  if (sample.length === 0) return 1 << 14;
  const meanBytes = sample.reduce((sum, line) => sum + line.length + 1, 0) / sample.length;
  return Math.ceil((head.sizeBytes / meanBytes) * 1.03);
}

export interface RowTally {
  rows: number;
  /** Rows without a number in time, current or voltage. */
  skipped: number;
  firstSkippedLine: number;
  /** Lines with characters damaged before export (U+FFFD). */
  damaged: number;
  timeResets: number;
  firstResetLine: number;
  /** The last line, cut short by the end of the file (0: none). */
  cutLastLine: number;
}

export class RowReader {
  /** One column per binding; a spilled binding's stays empty (its values go to its spill); step, cycle and state as runs (run-column.ts). */
  readonly columns: Array<GrowableColumn | RunColumn>;
  /** Per binding, the file its values go to instead of memory (column-spill.ts), or null. */
  readonly spills: Array<ColumnSpill | null>;
  /** Where each binding's values go: its column or its spill. */
  private readonly sinks: Array<GrowableColumn | RunColumn | ColumnSpill>;
  readonly tally: RowTally = { rows: 0, skipped: 0, firstSkippedLine: 0, damaged: 0, timeResets: 0, firstResetLine: 0, cutLastLine: 0 };
  private readonly parsers: Parsed[];
  private readonly indexes: Int32Array;
  private readonly kinds: Int32Array;
  private readonly scales: Float64Array;
  private readonly required: number[];
  private readonly timeIndex: number;
  private readonly values: Float64Array;
  /** Cells a line must have not to be taken as cut short at the end of the file. */
  private readonly cellsRead: number;
  private readonly delimiterCode: number;
  private readonly decode: (bytes: Uint8Array, start: number, end: number) => string;
  /** Start offset of each cell of the current line, up to the last bound cell. */
  private readonly cellStarts: Int32Array;
  /** For each cell up to the last bound one, the binding that reads it (-1: none); null when a cell is bound twice. */
  private readonly bindingOfCell: Int32Array | null;
  private readonly cell = new CellBytes();
  /** Lines before the data (the preamble and the column line); 0 for a later part of a file. */
  private readonly headerLines: number;
  private previousTime = Number.NEGATIVE_INFINITY;
  /** The time and line of the first row kept (NaN, 0: none yet), to join parts of a file read apart. */
  firstTime = Number.NaN;
  firstRowLine = 0;

  constructor(
    private readonly plan: TextPlan,
    head: FileHead & { sizeBytes: number },
    requiredFields: readonly ColumnBinding[],
    timeBinding: ColumnBinding,
    private readonly signal: AbortSignal | undefined,
    private readonly fileName: string,
    options: { headerLines?: number; expectedRows?: number; firstBlocks?: ReadonlyArray<Float64Array | Float32Array>; spillOf?: (binding: ColumnBinding) => ColumnSpill | null } = {},
  ) {
    this.headerLines = options.headerLines ?? plan.dataStartLine;
    const bindings = plan.bindings;
    const expectedRows = options.expectedRows ?? expectedRowCount(plan, head);
    this.spills = bindings.map((binding) => options.spillOf?.(binding) ?? null);
    this.columns = bindings.map((binding, i) =>
      this.spills[i] ? new GrowableColumn(16) : RUN_FIELDS.has(binding.field) ? new RunColumn(expectedRows) : new GrowableColumn(expectedRows, options.firstBlocks?.[i], READING_FIELDS.has(binding.field)),
    );
    this.sinks = bindings.map((_, i) => this.spills[i] ?? this.columns[i]!);
    this.parsers = bindings.map((binding) => cellParser(binding, plan, head.container));
    this.indexes = Int32Array.from(bindings, (binding) => binding.index);
    this.kinds = Int32Array.from(bindings, byteKind);
    this.scales = Float64Array.from(bindings, (binding) => binding.scale);
    this.required = requiredFields.map((binding) => bindings.indexOf(binding));
    this.timeIndex = bindings.indexOf(timeBinding);
    this.values = new Float64Array(bindings.length);
    this.cellsRead = head.container === 'xlsx' ? 0 : bindings.reduce((most, binding) => Math.max(most, binding.index + 1), 0);
    // A delimiter the byte way can look for: one ASCII character.
    this.delimiterCode = plan.delimiter.length === 1 && plan.delimiter.charCodeAt(0) < 128 ? plan.delimiter.charCodeAt(0) : -1;
    this.decode = lineDecoder(head.encoding);
    this.cellStarts = new Int32Array(this.cellsRead + 1);
    const bindingOfCell = new Int32Array(this.cellsRead).fill(-1);
    let twice = false;
    bindings.forEach((binding, i) => {
      if (bindingOfCell[binding.index] !== -1) twice = true;
      bindingOfCell[binding.index] = i;
    });
    this.bindingOfCell = twice ? null : bindingOfCell;
  }

  /** A line as text: workbook rows, and text lines the byte way leaves to it. */
  stringLine(line: string, lineNumber: number, unterminated: boolean): void {
    if (lineNumber <= this.headerLines) return;
    if (line.trim() === '') return;
    this.checkCancel();
    if (line.includes('\uFFFD')) this.tally.damaged += 1;
    // Quotes are rare in cycler exports (Novonix 2.2 wraps every line): only then the slow split.
    const cells = line.includes('"') ? splitQuotedLine(line, this.plan.delimiter) : line.split(this.plan.delimiter);
    // A file cut while it was written ends inside a line: "3." of "3.4217" would read as 3 V.
    if (unterminated && cells.length < this.cellsRead) {
      this.tally.cutLastLine = lineNumber;
      return;
    }
    for (let i = 0; i < this.parsers.length; i += 1) {
      const text = cells[this.indexes[i]!];
      this.values[i] = text === undefined ? Number.NaN : this.parsers[i]!(text);
    }
    this.take(lineNumber);
  }

  /** A text line as bytes [start, end) of `bytes` (see text-lines.ts). */
  byteLine(bytes: Uint8Array, start: number, end: number, lineNumber: number, unterminated: boolean, plain: boolean): void {
    if (lineNumber <= this.headerLines) return;
    const delimiter = this.delimiterCode;
    // The common line: plain, whole, not starting blank. Its cells are read in one walk from left
    // to right, each byte looked at once (the way below looks at each twice).
    if (plain && !unterminated && delimiter >= 0 && this.bindingOfCell !== null && start < end && !isBlank(bytes[start]!)) {
      this.plainLine(bytes, start, end, lineNumber, delimiter, this.bindingOfCell);
      return;
    }
    if (delimiter < 0) {
      this.stringLine(this.decode(bytes, start, end), lineNumber, unterminated);
      return;
    }
    // One pass: where the bound cells start, how many cells there are, and whether the line is
    // blank or needs the string way (quotes, non-ASCII).
    const starts = this.cellStarts;
    const wanted = starts.length;
    starts[0] = start;
    let cells = 1;
    let blank = true;
    for (let p = start; p < end; p += 1) {
      const c = bytes[p]!;
      if (c === delimiter) {
        if (cells < wanted) starts[cells] = p + 1;
        cells += 1;
        blank = false;
      } else if (c === 34 || c >= 128) {
        this.stringLine(this.decode(bytes, start, end), lineNumber, unterminated);
        return;
      } else if (blank && !isBlank(c)) blank = false;
    }
    if (blank) return;
    this.checkCancel();
    if (unterminated && cells < this.cellsRead) {
      this.tally.cutLastLine = lineNumber;
      return;
    }
    const decimalComma = this.plan.decimalComma;
    const cell = this.cell;
    for (let i = 0; i < this.parsers.length; i += 1) {
      const index = this.indexes[i]!;
      if (index >= cells) {
        this.values[i] = Number.NaN;
        continue;
      }
      const from = starts[index]!;
      const kind = this.kinds[i]!;
      if (kind !== NEVER && cell.read(bytes, from, end, delimiter, decimalComma, kind)) {
        this.values[i] = kind === SIMPLE_NUMBER ? cell.value * this.scales[i]! : cell.value;
        continue;
      }
      let to = from;
      while (to < end && bytes[to] !== delimiter) to += 1;
      this.values[i] = this.parsers[i]!(this.decode(bytes, from, to));
    }
    this.take(lineNumber);
  }

  /**
   * The common line, read in one walk from left to right. The most common cell, a plain decimal
   * ("-0.0005123", "3.4217", "17") between delimiters, is read right here into locals: a call to
   * CellBytes.read per cell, and its two property writes, cost a third of the whole reading of a
   * large export. Anything else in a bound cell (blanks, an exponent, "+", more than 15 digits, a
   * written date) starts again at the cell with CellBytes.read, which gives what parseNumberCell
   * gives; for the cells read here it computes the same value (one exact integer divided by one
   * exact power of ten), so the result does not depend on which way a cell went.
   */
  private plainLine(bytes: Uint8Array, start: number, end: number, lineNumber: number, delimiter: number, bindingOfCell: Int32Array): void {
    this.checkCancel();
    const values = this.values;
    const kinds = this.kinds;
    const scales = this.scales;
    // The decimal mark the fast way takes besides ".": "," in a decimal-comma file (never the delimiter).
    const comma = this.plan.decimalComma && delimiter !== 44 ? 44 : 46;
    let position = start;
    let index = 0;
    const cells = bindingOfCell.length;
    for (; index < cells; index += 1) {
      const binding = bindingOfCell[index]!;
      if (binding >= 0) {
        const kind = kinds[binding]!;
        if (kind === SIMPLE_NUMBER) {
          let p = position;
          let c = p < end ? bytes[p]! : delimiter;
          const negative = c === 45;
          if (negative) p += 1;
          let mantissa = 0;
          let digits = 0;
          let fraction = 0;
          while (p < end && (c = bytes[p]! - 48) >= 0 && c <= 9) {
            mantissa = mantissa * 10 + c;
            digits += 1;
            p += 1;
          }
          if (p < end && ((c = bytes[p]!) === 46 || c === comma) && c !== delimiter) {
            p += 1;
            while (p < end && (c = bytes[p]! - 48) >= 0 && c <= 9) {
              mantissa = mantissa * 10 + c;
              fraction += 1;
              p += 1;
            }
            digits += fraction;
          }
          if (digits > 0 && digits <= 15 && (p === end || bytes[p] === delimiter)) {
            const value = mantissa === 0 || fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
            values[binding] = (negative ? -value : value) * scales[binding]!;
            position = p;
            if (position >= end) break;
            position += 1;
            continue;
          }
        }
        position = this.otherCell(bytes, position, end, delimiter, binding, kind);
      } else {
        while (position < end && bytes[position] !== delimiter) position += 1;
      }
      // At the delimiter after the cell, or at the line's end (then the line has no more cells).
      if (position >= end) break;
      position += 1;
    }
    // Bound cells past the line's last: no value.
    for (index += 1; index < cells; index += 1) if (bindingOfCell[index]! >= 0) values[bindingOfCell[index]!] = Number.NaN;
    this.take(lineNumber);
  }

  /** A bound cell that is not a plain decimal: CellBytes.read, else its text parsed. Returns where the cell ends. */
  private otherCell(bytes: Uint8Array, position: number, end: number, delimiter: number, binding: number, kind: number): number {
    const cell = this.cell;
    if (kind !== NEVER && cell.read(bytes, position, end, delimiter, this.plan.decimalComma, kind)) {
      this.values[binding] = kind === SIMPLE_NUMBER ? cell.value * this.scales[binding]! : cell.value;
      return cell.end;
    }
    let to = position;
    while (to < end && bytes[to] !== delimiter) to += 1;
    this.values[binding] = this.parsers[binding]!(this.decode(bytes, position, to));
    return to;
  }

  /** The time of the last row kept (-Infinity: none). */
  get lastTime(): number {
    return this.previousTime;
  }

  private checkCancel(): void {
    if ((this.tally.rows & 0x3fff) === 0 && this.signal?.aborted) throw new CellbookError('cancelled', `import of ${this.fileName} cancelled; nothing was saved`);
  }

  /** Keeps the parsed row, or counts it as skipped when time, current or voltage is missing. */
  private take(lineNumber: number): void {
    const values = this.values;
    const tally = this.tally;
    for (const index of this.required) {
      // A time beyond any test (1e308 s, a float's "no value" written out) is no time: carried on
      // after a reset it would add up to Infinity and leave the cycle table without durations.
      if (!Number.isFinite(values[index]!) || (index === this.timeIndex && Math.abs(values[index]!) > MAX_TEST_TIME_S)) {
        tally.skipped += 1;
        if (tally.firstSkippedLine === 0) tally.firstSkippedLine = lineNumber;
        return;
      }
    }
    const time = values[this.timeIndex]!;
    if (time < this.previousTime - 1e-6) {
      tally.timeResets += 1;
      if (tally.firstResetLine === 0) tally.firstResetLine = lineNumber;
    }
    if (tally.rows === 0) {
      this.firstTime = time;
      this.firstRowLine = lineNumber;
    }
    this.previousTime = time;
    for (let i = 0; i < values.length; i += 1) this.sinks[i]!.push(values[i]!);
    tally.rows += 1;
  }
}
