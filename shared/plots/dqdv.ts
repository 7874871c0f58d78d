// Differential capacity dQ/dV of one half-cycle, by voltage binning (incremental capacity
// analysis as in Dubarry et al., J. Power Sources 2012): the capacity added between two recorded
// points is spread over the voltage bins the step between them spans, each bin's capacity is
// divided by the bin width, and the binned curve is smoothed. Raw neighbouring points are never
// divided (ΔQ/ΔV of two points 0.1 mV apart is noise). Peaks are the local maxima of |dQ/dV|,
// placed between bins by a parabola through the top three. Discharge is negative by convention.
import type { DqdvSettings, HalfCycle } from '../schemas/plots';
import { describeSmoothing, smooth } from './smoothing';

export interface DqdvPeak {
  voltageV: number;
  height: number;
}

export interface DqdvCurve {
  /** Bin centres, ascending. */
  voltageV: number[];
  /** In capacity units per V (mAh/V when the capacity is in mAh). */
  dqdv: number[];
  peaks: DqdvPeak[];
  /** Why there is no curve; null when there is one. */
  note: string | null;
}

export function describeDqdvMethod(settings: DqdvSettings): string {
  return `Capacity binned by voltage (${settings.binWidthMV} mV bins; each step's capacity spread over the bins it spans), divided by the bin width, then ${describeSmoothing(settings.smoothing)}; peaks are local maxima of |dQ/dV| above ${Math.round(settings.minPeakFraction * 100)} % of the highest.`;
}

/** Capacity per voltage bin, from points of one half-cycle (capacity counted up from its start). */
function binCapacity(voltageV: ArrayLike<number>, capacity: ArrayLike<number>, lowV: number, binV: number, bins: number): number[] {
  const perBin = new Array<number>(bins).fill(0);
  let previous = -1;
  for (let i = 0; i < voltageV.length; i += 1) {
    if (!Number.isFinite(voltageV[i]!) || !Number.isFinite(capacity[i]!)) continue;
    if (previous !== -1) {
      const dQ = Math.abs(capacity[i]! - capacity[previous]!);
      const a = Math.min(voltageV[previous]!, voltageV[i]!);
      const b = Math.max(voltageV[previous]!, voltageV[i]!);
      const first = Math.min(bins - 1, Math.max(0, Math.floor((a - lowV) / binV)));
      const last = Math.min(bins - 1, Math.max(0, Math.floor((b - lowV) / binV)));
      if (first === last || b === a) perBin[first]! += dQ;
      else {
        // Spread in proportion to the voltage the step spends in each bin.
        for (let k = first; k <= last; k += 1) {
          const overlap = Math.min(b, lowV + (k + 1) * binV) - Math.max(a, lowV + k * binV);
          if (overlap > 0) perBin[k]! += (dQ * overlap) / (b - a);
        }
      }
    }
    previous = i;
  }
  return perBin;
}

export function findPeaks(voltageV: readonly number[], values: readonly number[], minFraction: number): DqdvPeak[] {
  const magnitude = values.map(Math.abs);
  const highest = Math.max(0, ...magnitude);
  if (highest === 0) return [];
  const peaks: DqdvPeak[] = [];
  for (let k = 1; k < values.length - 1; k += 1) {
    const here = magnitude[k]!;
    if (here < minFraction * highest || here < magnitude[k - 1]! || here <= magnitude[k + 1]!) continue;
    // Parabolic vertex through the three bins around the maximum.
    const left = magnitude[k - 1]!;
    const right = magnitude[k + 1]!;
    const curvature = left - 2 * here + right;
    const shift = curvature === 0 ? 0 : (0.5 * (left - right)) / curvature;
    const binV = voltageV[k + 1]! - voltageV[k]!;
    peaks.push({ voltageV: voltageV[k]! + shift * binV, height: values[k]! });
  }
  return peaks;
}

export function dqdvOfHalfCycle(voltageV: ArrayLike<number>, capacity: ArrayLike<number>, half: HalfCycle, settings: DqdvSettings, what = `the ${half}`): DqdvCurve {
  const binV = settings.binWidthMV / 1000;
  let lowV = Infinity;
  let highV = -Infinity;
  let finite = 0;
  for (let i = 0; i < voltageV.length; i += 1) {
    const v = voltageV[i]!;
    if (!Number.isFinite(v) || !Number.isFinite(capacity[i]!)) continue;
    finite += 1;
    if (v < lowV) lowV = v;
    if (v > highV) highV = v;
  }
  const empty = (note: string): DqdvCurve => ({ voltageV: [], dqdv: [], peaks: [], note });
  if (finite < 2) return empty(`${what} has ${finite === 0 ? 'no points' : 'one point'}: no dQ/dV`);
  if (highV - lowV < 2 * binV) return empty(`the voltage of ${what} does not move (${lowV.toFixed(3)}–${highV.toFixed(3)} V, less than two ${settings.binWidthMV} mV bins): no dQ/dV`);
  const start = Math.floor(lowV / binV) * binV;
  const bins = Math.max(1, Math.ceil((highV - start) / binV - 1e-9));
  const sign = half === 'discharge' ? -1 : 1;
  const raw = binCapacity(voltageV, capacity, start, binV, bins).map((q) => (sign * q) / binV);
  const centres = raw.map((_, k) => Number((start + (k + 0.5) * binV).toFixed(6)));
  const dqdv = smooth(raw, settings.smoothing);
  return { voltageV: centres, dqdv, peaks: findPeaks(centres, dqdv, settings.minPeakFraction), note: null };
}
