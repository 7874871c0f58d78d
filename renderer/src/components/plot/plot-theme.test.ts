import { describe, expect, it } from 'vitest';
import { themedLayout } from './plot-theme';

describe('themedLayout', () => {
  it('keeps the legend below the plot when a plot only titles it', () => {
    const layout = themedLayout({ legend: { title: { text: 'half-cycle' } }, xaxis: { title: { text: 'Capacity (mAh)' } } }, 'light', 300);
    expect(layout.legend).toMatchObject({ orientation: 'h', yanchor: 'top', title: { text: 'half-cycle', side: 'top left' } });
    expect(layout.legend!.y).toBeLessThan(0);
  });

  it('writes tick labels without SI exponents (no "20μ" on a mAh axis) and exports on white paper', () => {
    const layout = themedLayout({ yaxis2: { overlaying: 'y' } }, 'paper', 300);
    for (const axis of [layout.xaxis, layout.yaxis, layout.yaxis2]) expect(axis!.exponentformat).toBe('none');
    expect(layout.paper_bgcolor).toBe('#ffffff');
  });
});
