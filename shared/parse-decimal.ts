/**
 * A number as typed in a lab spreadsheet: "12.5", "12,5" (decimal comma), "1e-3", " 25 ".
 * Null when the text is not one number (e.g. "12.5 g", "1,234.5", "ca. 3").
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
