// Replicate statistics as a lab writes them: "152 ± 12 (n = 3)": the SD to two significant
// digits, the mean to no more places than the SD has (a mean past its scatter's precision says
// nothing), or the single value "(n = 1)".
import { decimalsOf, formatFixed, formatQuantity, formatSignificant, MISSING } from '../../../shared/format/quantity';
import type { ReplicateStat } from '../../../shared/schemas/plots';

export function replicateText(stat: ReplicateStat, unit = ''): string {
  if (stat.mean === null || stat.n === 0) return MISSING;
  const suffix = `${unit ? ` ${unit}` : ''} (n = ${stat.n})`;
  const mean = formatQuantity(stat.mean, '');
  if (stat.sd === null) return `${mean}${suffix}`;
  const sd = formatSignificant(stat.sd, 2);
  const places = decimalsOf(sd);
  const shortMean = decimalsOf(mean) > places ? formatFixed(stat.mean, places) : mean;
  return `${shortMean} ± ${sd}${suffix}`;
}
