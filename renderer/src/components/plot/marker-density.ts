// Whether a per-cycle series is drawn with a marker on each point: up to 150 points, yes; beyond,
// as a line alone. An SVG marker is an element of its own (a 1,000-cycle test, or 20 cells × 500
// cycles, would be thousands of them, each styled on every draw), and at that density the markers
// merge into the line anyway.
export const MARKERS_MAX_POINTS = 150;

export function markersFit(pointsPerSeries: number): boolean {
  return pointsPerSeries <= MARKERS_MAX_POINTS;
}

/**
 * Whether a line with gaps (null) holds a point with no neighbour on either side: a line draws
 * nothing there, so such a series needs its markers even when it is too long for them otherwise.
 */
export function hasIsolatedPoint(values: readonly (number | null)[]): boolean {
  return values.some((value, index) => value !== null && (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null);
}
