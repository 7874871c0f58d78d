// Where a test stitched from several files has a gap the tester did not record. The interval from
// one file's last point to the next file's first counts like any other only when the files carry
// dates and the next one starts within about one sampling interval (a tester that splits a long
// run into parts). Otherwise the time between them is a pause (or unknown, without dates) in which
// the cell was not driven, and giving it the next point's current would add charge that never
// flowed: ten hours of pause before a charge step would add ten hours of charge.

import { upperMedian } from './upper-median';

/** How much longer than the next file's typical interval a gap may be and still count. */
const RECORDED_GAP_FACTOR = 1.5;

/** Median spacing of up to ~1000 samples of [from, to), in seconds (0 for fewer than two points). */
export function typicalIntervalS(timeS: ArrayLike<number>, from: number, to: number): number {
  const count = to - from;
  if (count < 2) return 0;
  const stride = Math.max(1, Math.floor(count / 1000));
  const sample: number[] = [];
  for (let i = from + stride; i < to; i += stride) sample.push((timeS[i]! - timeS[i - stride]!) / stride);
  return Math.max(0, upperMedian(sample) ?? 0);
}

/**
 * The first points of the later files whose interval before them counts nothing, given where each
 * file starts in the stitched series (`fileStarts[0]` is 0) and whether the files were placed by
 * their dates.
 */
export function unrecordedGapsBefore(timeS: ArrayLike<number>, fileStarts: readonly number[], dated: boolean): number[] {
  const breaks: number[] = [];
  for (let f = 1; f < fileStarts.length; f += 1) {
    const start = fileStarts[f]!;
    if (start <= 0 || start >= timeS.length) continue;
    if (!dated) {
      breaks.push(start);
      continue;
    }
    const end = f + 1 < fileStarts.length ? fileStarts[f + 1]! : timeS.length;
    const gapS = timeS[start]! - timeS[start - 1]!;
    if (gapS > RECORDED_GAP_FACTOR * typicalIntervalS(timeS, start, end)) breaks.push(start);
  }
  return breaks;
}
