// One colour per build in every comparison plot, in the order the builds were chosen, from a
// palette whose neighbours stay apart in light and dark themes and for common colour blindness.
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

export function groupColours(groups: readonly string[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const group of groups) if (!colours.has(group)) colours.set(group, PALETTE[colours.size % PALETTE.length]!);
  return colours;
}

/** Replicate cells of one build: same colour, told apart by the line's dash. */
export const CELL_DASHES = ['solid', 'dash', 'dot', 'dashdot', 'longdash', 'longdashdot'] as const;
