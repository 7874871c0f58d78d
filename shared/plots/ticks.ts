// Tick marks whose labels are all different: a step of 1, 2 or 5 × 10^k chosen so that about
// `targetTicks` ticks span the data, and as many decimals as the step needs. Plotly's own choice
// on a CE axis of 99.52–99.61 % wrote "99.5, 99.5, 99.6"; these ticks read 99.52, 99.54, ...

export interface Ticks {
  min: number;
  max: number;
  step: number;
  decimals: number;
}

/** Decimals a step needs to be written exactly (0.05 -> 2, 20 -> 0). */
export function decimalsOf(step: number): number {
  for (let decimals = 0; decimals < 12; decimals += 1) {
    if (Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) < 1e-6) return decimals;
  }
  return 12;
}

/** Ticks for data between `low` and `high`; null when there is nothing finite to span. */
export function niceTicks(low: number, high: number, targetTicks = 6): Ticks | null {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return null;
  let lo = Math.min(low, high);
  let hi = Math.max(low, high);
  if (hi - lo === 0) {
    // One value: a span around it so that the axis still has ticks.
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.01;
    lo -= pad;
    hi += pad;
  }
  const rough = (hi - lo) / Math.max(1, targetTicks - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough * (1 - 1e-9)) ?? 10 * power;
  const decimals = decimalsOf(step);
  const round = (value: number) => Number(value.toFixed(decimals));
  return { min: round(Math.floor(lo / step + 1e-9) * step), max: round(Math.ceil(hi / step - 1e-9) * step), step: round(step), decimals };
}

/** The tick values themselves, for tests and for plots that take an explicit list. */
export function tickValues(ticks: Ticks): number[] {
  const count = Math.round((ticks.max - ticks.min) / ticks.step);
  return Array.from({ length: count + 1 }, (_, k) => Number((ticks.min + k * ticks.step).toFixed(ticks.decimals)));
}

/** Data range of numbers, NaN and null skipped; null when there is none. */
export function rangeOf(values: Iterable<number | null>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const value of values) {
    if (value === null || !Number.isFinite(value)) continue;
    if (value < lo) lo = value;
    if (value > hi) hi = value;
  }
  return lo <= hi ? [lo, hi] : null;
}
