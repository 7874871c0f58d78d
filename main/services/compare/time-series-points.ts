// A test's points as the time plot reads them, prepared once and kept for the next request: a
// zoom or pan re-fetches the same test many times a second, and reading and converting a
// million stored points each time would take longer than the re-draw may. A test's stored points
// never change after its import (re-analysis rewrites the cycle table, not the points), so the
// copy cannot go stale; only the last few tests of each open notebook are kept.
import type { ReadingColumn } from '../../../shared/cycling/types';
import type { Db } from '../../db/query';
import { isAscending } from '../../../shared/plots/downsample';
import { readStoredSeries } from '../cycling/cycle-points-store';

export interface TimePoints {
  timeH: Float64Array;
  voltageV: ReadingColumn;
  currentA: ReadingColumn;
  cycleStarts: Array<{ cycle: number; timeH: number }>;
  maxCurrentA: number;
  /** Some point charges or discharges (the stored direction is not 0). */
  moving: boolean;
  /** Time never goes back, so a zoomed range is found by bisection (downsample.ts). */
  ascending: boolean;
}

const KEPT_TESTS = 2;
const kept = new WeakMap<Db, Map<number, TimePoints>>();

function prepare(db: Db, testId: number): TimePoints {
  const { series, cycleOfPoint } = readStoredSeries(db, testId);
  const count = series.timeS.length;
  const t0 = count > 0 ? series.timeS[0]! : 0;
  const timeH = new Float64Array(count);
  const cycleStarts: TimePoints['cycleStarts'] = [];
  let maxCurrentA = 0;
  let moving = false;
  for (let i = 0; i < count; i += 1) {
    timeH[i] = (series.timeS[i]! - t0) / 3600;
    const current = Math.abs(series.currentA[i]!);
    if (current > maxCurrentA) maxCurrentA = current;
    if (series.stateCode && series.stateCode[i] !== 0) moving = true;
    if (i === 0 || cycleOfPoint[i] !== cycleOfPoint[i - 1]) cycleStarts.push({ cycle: cycleOfPoint[i]!, timeH: Number(timeH[i]!.toFixed(6)) });
  }
  return { timeH, voltageV: series.voltageV, currentA: series.currentA, cycleStarts, maxCurrentA, moving, ascending: isAscending(timeH) };
}

export function timePoints(db: Db, testId: number): TimePoints {
  let tests = kept.get(db);
  if (!tests) kept.set(db, (tests = new Map()));
  const known = tests.get(testId);
  if (known) {
    // Most recently used last.
    tests.delete(testId);
    tests.set(testId, known);
    return known;
  }
  const points = prepare(db, testId);
  tests.set(testId, points);
  while (tests.size > KEPT_TESTS) tests.delete(tests.keys().next().value!);
  return points;
}
