// One precision for a column of computed values: every row with the same places after the point,
// enough for the largest value to keep its significant digits. Each value to its own significant
// digits drops a zero that is a digit like any other (67.20 mAh read "67.2 mAh" beside "63.48 mAh").
import { isMissing, type Precision } from './number';

/** The places after the point that give the column's largest value `significant` digits (4, as computed values get alone). */
export function columnPrecision(values: ReadonlyArray<number | null | undefined>, significant = 4): Precision {
  const largest = Math.max(0, ...values.filter((value): value is number => !isMissing(value) && Number.isFinite(value)).map((value) => Math.abs(value)));
  if (largest === 0) return { significant };
  const integerDigits = Math.floor(Math.log10(largest)) + 1;
  return { decimals: Math.max(0, significant - integerDigits) };
}
