// Where Compare lives: /compare (choose builds), /compare/builds/3,5,8 (those builds' tests) or
// /compare/tests/12,14 (tests picked in the Cycling list). The plot benchmark opens
// /compare/builds/<ids> for its overlay of 20 cells; keep these routes stable.
export interface CompareSelection {
  buildIds: number[];
  testIds: number[];
}

export function parseIds(text: string | undefined): number[] {
  return [...new Set((text ?? '').split(',').map(Number).filter((id) => Number.isInteger(id) && id > 0))];
}

export function comparePath(selection: Partial<CompareSelection>): string {
  if (selection.testIds && selection.testIds.length > 0) return `/compare/tests/${selection.testIds.join(',')}`;
  if (selection.buildIds && selection.buildIds.length > 0) return `/compare/builds/${selection.buildIds.join(',')}`;
  return '/compare';
}
