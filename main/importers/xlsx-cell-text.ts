// The text of an XLSX cell as the later import expects it: the same text a CSV of the sheet would
// hold, except that dates are ISO (YYYY-MM-DD) instead of the locale's display format.
import type { CellValue } from 'exceljs';

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return plainDecimal(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('').trim();
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  // A formula cell: its result as last calculated by the program that saved the file.
  return cellText(value.result as CellValue);
}

/** exceljs builds dates from the serial number in UTC, so the UTC fields are the sheet's date. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A number as plain decimal text ("0.00000015", never "1.5e-7"), rounded to the 15 significant
 * digits Excel shows so that a stored 0.30000000000000004 reads as 0.3.
 */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  const text = String(rounded);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = '', exponentText] = match;
  const digits = `${first}${rest}`;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  return `${sign}${digits.padEnd(exponent + 1, '0')}`;
}
