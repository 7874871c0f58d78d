// One switch for every reliability harness: a small count in `npm test` (so CI stays inside its
// time budget) and a large one in `npm run test:stress` (CELLBOOK_STRESS=1).
export const stressRun = process.env.CELLBOOK_STRESS === '1';

export function stressCount(small: number, large: number): number {
  return stressRun ? large : small;
}

/** Harnesses print their figures in one recognisable line so a run can be quoted in the README. */
export function reportFigures(harness: string, figures: Record<string, number | string>): void {
  const text = Object.entries(figures)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  process.stdout.write(`[reliability] ${harness}: ${text}\n`);
}
