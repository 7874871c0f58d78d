// An independent count for tests: discharge per cycle (mAh) as |I|·Δt summed over the discharging
// intervals of a generated series, by the series' own cycle numbers. Constant-current data, so
// the integration rule matters little; it shares no code with the importer's coulomb counting.
import type { CyclerSeries } from '../../shared/cycling/types';

export function dischargeByCycle(series: CyclerSeries): Map<number, number> {
  const discharge = new Map<number, number>();
  for (let i = 1; i < series.timeS.length; i += 1) {
    if (series.currentA[i]! >= 0) continue;
    const cycle = series.vendorCycle![i]!;
    discharge.set(cycle, (discharge.get(cycle) ?? 0) + (-series.currentA[i]! * (series.timeS[i]! - series.timeS[i - 1]!)) / 3.6);
  }
  return discharge;
}
