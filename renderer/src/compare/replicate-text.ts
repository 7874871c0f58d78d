// Replicate statistics as a lab writes them: "152 ± 12 (n = 3)", or the single value "(n = 1)".
import { formatQuantity, MISSING } from '../../../shared/format/quantity';
import type { ReplicateStat } from '../../../shared/schemas/plots';

export function replicateText(stat: ReplicateStat, unit = ''): string {
  if (stat.mean === null || stat.n === 0) return MISSING;
  const mean = formatQuantity(stat.mean, '');
  const spread = stat.sd === null ? mean : `${mean} ± ${formatQuantity(stat.sd, '')}`;
  return `${spread}${unit ? ` ${unit}` : ''} (n = ${stat.n})`;
}
