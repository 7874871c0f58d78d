// Text that a spreadsheet program would run as a formula is kept as text. A cell that starts with
// = + - @ (or a tab or carriage return, which some programs strip before looking) is prefixed with
// an apostrophe, the form Excel and LibreOffice both show as the literal text. Numbers are written
// as numbers and never escaped: -1.5 is a number, "-1+2" is text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeSpreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type SheetCell = string | number | boolean | null;

/** One CSV field (RFC 4180): numbers as JavaScript writes them (the shortest exact form), text escaped and quoted when needed. */
export function csvField(value: SheetCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = escapeSpreadsheetText(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly SheetCell[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
