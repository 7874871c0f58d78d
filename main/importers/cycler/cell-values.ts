// Reading the cells of cycler exports: numbers with either decimal mark, durations in the shapes
// testers write (seconds, H:MM:SS with hours over 24, Maccor's "3d 02:11:05.25"), date-times.

/** A number or NaN. `decimalComma` files write 3,4512; a point file may write 1E-05. */
export function parseNumberCell(text: string, decimalComma: boolean): number {
  const trimmed = text.trim();
  if (trimmed === '') return Number.NaN;
  return Number(decimalComma ? trimmed.replace(',', '.') : trimmed);
}

const HMS = /^(-?\d+):(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$/;
const DAYS_HMS = /^(\d+)\s*d\s+(\d{1,2}):(\d{1,2}):(\d{1,2}(?:[.,]\d+)?)$/;

/**
 * Seconds from "144:02:18", "00:00:05.123", "3d 02:11:05.25", or a plain number times
 * `numberScale` (60 for a column in minutes: the header's unit applies to plain numbers only).
 */
export function parseDurationCell(text: string, decimalComma: boolean, numberScale = 1): number {
  const trimmed = text.trim();
  const days = DAYS_HMS.exec(trimmed);
  if (days) return Number(days[1]) * 86400 + Number(days[2]) * 3600 + Number(days[3]) * 60 + Number(days[4]!.replace(',', '.'));
  const hms = HMS.exec(trimmed);
  if (hms) {
    const sign = hms[1]!.startsWith('-') ? -1 : 1;
    return sign * (Math.abs(Number(hms[1])) * 3600 + Number(hms[2]) * 60 + Number(hms[3]!.replace(',', '.')));
  }
  return parseNumberCell(trimmed, decimalComma) * numberScale;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

export type DateOrder = 'mdy' | 'dmy';

/**
 * Seconds since 1970 (read as UTC: exports carry naive local times, and only differences matter
 * for a test). Accepts ISO "2022-05-18 16:27:52", slashed "12/11/2020 12:22:12 PM" (month first
 * unless `order` is 'dmy'), European "19.06.2023 17:56:53", "11-Dec-20 12:22:12 PM", and epoch
 * seconds. NaN when unreadable.
 */
export function parseDateTimeCell(text: string, order: DateOrder = 'mdy'): number {
  const trimmed = text.trim().replace(/^\t/, '');
  if (/^\d{9,11}(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*(AM|PM)?/i.exec(trimmed);
  if (match) return toEpoch(+match[1]!, +match[2]!, +match[3]!, +match[4]!, +match[5]!, Number(match[6] ?? 0), match[7]);
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*(AM|PM)?/i.exec(trimmed);
  if (match) {
    const [month, day] = order === 'dmy' ? [+match[2]!, +match[1]!] : [+match[1]!, +match[2]!];
    return toEpoch(+match[3]!, month, day, +match[4]!, +match[5]!, Number(match[6] ?? 0), match[7]);
  }
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}(?:[.,]\d+)?))?/.exec(trimmed);
  if (match) return toEpoch(+match[3]!, +match[2]!, +match[1]!, +match[4]!, +match[5]!, Number((match[6] ?? '0').replace(',', '.')), undefined);
  match = /^(\d{1,2})-([A-Za-z]{3})-(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?\s*(AM|PM)?/.exec(trimmed);
  if (match) {
    const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return toEpoch(year, MONTHS[match[2]!.toLowerCase()] ?? Number.NaN, +match[1]!, +match[4]!, +match[5]!, Number(match[6] ?? 0), match[7]);
  }
  return Number.NaN;
}

function toEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, meridiem: string | undefined): number {
  let h = hour;
  if (meridiem) {
    const pm = meridiem.toUpperCase() === 'PM';
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  return Date.UTC(year, month - 1, day, h, minute, 0) / 1000 + second;
}

/** Excel's date serial (days since 1899-12-30, as a workbook stores a date-time) to epoch seconds. */
export function excelSerialToEpoch(serial: number): number {
  // 1 (1900-01-01) .. 2958465 (9999-12-31) are the serials Excel can show as dates.
  if (!(serial >= 1 && serial < 2958466)) return Number.NaN;
  return Math.round((serial - 25569) * 86400 * 1000) / 1000;
}

/** The powers of ten that are exact doubles (10^22 is the last). */
export const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** How CellBytes.read reads a cell. */
export const SIMPLE_NUMBER = 0;
/** Epoch seconds as parseDateTimeCell takes them: 9 to 11 digits, then perhaps "." and digits. */
export const SIMPLE_EPOCH_SECONDS = 1;

/** The blanks that String.prototype.trim removes, as far as ASCII goes (TAB, LF, VT, FF, CR, space). */
export function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Reads the common cell, a plain decimal number between two delimiters, straight from the bytes of
 * a line, without making a string. `read` gives exactly what parseNumberCell (SIMPLE_NUMBER) or
 * parseDateTimeCell (SIMPLE_EPOCH_SECONDS) gives for the cell's text, or says that it cannot: then
 * the caller decodes the cell and calls those. Exact, not approximate: the digits are gathered into
 * an integer below 2^53 and scaled by at most 10^22, both exact doubles, so the one rounding of the
 * one multiplication or division is the correctly rounded value, which is what Number() gives.
 */
export class CellBytes {
  value = Number.NaN;
  /** Index of the delimiter (or the line's end) after the cell. */
  end = 0;

  /**
   * The cell starting at `start` and ending at the next `delimiter` byte or at `limit`. The bytes
   * must be ASCII. `decimalComma`: a "," may be the decimal mark too (parseNumberCell's rule).
   */
  read(bytes: Uint8Array, start: number, limit: number, delimiter: number, decimalComma: boolean, kind: number): boolean {
    let p = start;
    let c = 0;
    while (p < limit && (c = bytes[p]!) !== delimiter && isBlank(c)) p += 1;
    if (p === limit || c === delimiter) {
      // An empty cell: no number.
      this.value = Number.NaN;
      this.end = p;
      return true;
    }
    let negative = false;
    if (kind === SIMPLE_NUMBER && (c === 45 || c === 43)) {
      negative = c === 45;
      p += 1;
    }
    let mantissa = 0;
    let digits = 0;
    while (p < limit && (c = bytes[p]! - 48) >= 0 && c <= 9) {
      mantissa = mantissa * 10 + c;
      digits += 1;
      p += 1;
    }
    const whole = digits;
    let fraction = 0;
    let point = false;
    if (p < limit && (c = bytes[p]!) !== delimiter && (c === 46 || (c === 44 && decimalComma && kind === SIMPLE_NUMBER))) {
      point = true;
      p += 1;
      while (p < limit && (c = bytes[p]! - 48) >= 0 && c <= 9) {
        mantissa = mantissa * 10 + c;
        fraction += 1;
        p += 1;
      }
      digits += fraction;
    }
    let exponent = 0;
    if (kind === SIMPLE_NUMBER) {
      if (digits === 0) return false;
      if (p < limit && ((c = bytes[p]!) === 101 || c === 69) && c !== delimiter) {
        p += 1;
        let exponentNegative = false;
        if (p < limit && ((c = bytes[p]!) === 45 || c === 43) && c !== delimiter) {
          exponentNegative = c === 45;
          p += 1;
        }
        const exponentStart = p;
        while (p < limit && (c = bytes[p]! - 48) >= 0 && c <= 9) {
          if (exponent < 1_000_000) exponent = exponent * 10 + c;
          p += 1;
        }
        if (p === exponentStart) return false;
        if (exponentNegative) exponent = -exponent;
      }
    } else if (whole < 9 || whole > 11 || (point && fraction === 0)) return false;
    while (p < limit && (c = bytes[p]!) !== delimiter && isBlank(c)) p += 1;
    if (p < limit && bytes[p] !== delimiter) return false;
    if (mantissa > Number.MAX_SAFE_INTEGER) return false;
    const scale = exponent - fraction;
    let value: number;
    if (mantissa === 0 || scale === 0) value = mantissa;
    else if (scale > 0 && scale <= 22) value = mantissa * POW10[scale]!;
    else if (scale < 0 && scale >= -22) value = mantissa / POW10[-scale]!;
    else return false;
    this.value = negative ? -value : value;
    this.end = p;
    return true;
  }
}
