// A plot axis from the contract's axis (title with unit, ticks chosen so no two labels read the
// same): Plotly is given the step and the decimals, never left to print 99.5 twice.
import type { LayoutAxis } from 'plotly.js';
import type { Axis } from '../../../../shared/schemas/plots';

export function axisLayout(axis: Axis, extra: Partial<LayoutAxis> = {}): Partial<LayoutAxis> {
  const ticks = axis.ticks;
  return {
    title: { text: axis.title },
    ...(ticks
      ? { range: [ticks.min, ticks.max], tick0: ticks.min, dtick: ticks.step, tickformat: `.${ticks.decimals}f`, hoverformat: `.${ticks.decimals + 2}f` }
      : { hoverformat: '.4~g' }),
    ...extra,
  };
}

/** The x axis of a zoomable plot: its title and tick format, but no fixed range (the user's zoom owns it). */
export function zoomableAxisLayout(axis: Axis): Partial<LayoutAxis> {
  const { range: _range, ...rest } = axisLayout(axis);
  return rest;
}

/** `%{x}` with the axis' hover format and unit, for hovertemplates: "%{x:.3f} mAh". */
export function hoverValue(letter: 'x' | 'y', axis: Axis): string {
  const format = axis.ticks ? `.${axis.ticks.decimals + 2}f` : '.4~g';
  return `%{${letter}:${format}}${axis.unit ? ` ${axis.unit}` : ''}`;
}
