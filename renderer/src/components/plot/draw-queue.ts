// Plotly draws one chart at a time, with a paint between two: a test page's four plots arrive
// within moments of each other, and drawn in one go none would show until the last was done.
// A draw with none in flight (a zoom's re-draw) starts at once.

let inFlight: Promise<unknown> | null = null;

/** After the frame following the previous draw (the browser has painted it). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function queueDraw<T>(draw: () => Promise<T>): Promise<T> {
  const previous = inFlight;
  const run = previous === null ? draw() : previous.then(afterPaint, afterPaint).then(draw);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  inFlight = settled;
  void settled.then(() => {
    if (inFlight === settled) inFlight = null;
  });
  return run;
}
