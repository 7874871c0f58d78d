// One look for every plot: ink and grid for the light or dark theme (or white paper for an
// exported figure), legends below the plot so they never cover a curve or sit under the toolbar,
// and tick labels without SI exponents (the axis title names the unit; "20μ" on a mAh axis would
// read as µmAh).
import type { Layout, LayoutAxis } from 'plotly.js';

export type PlotInk = 'light' | 'dark' | 'paper';

const INK: Record<PlotInk, { ink: string; grid: string; background: string }> = {
  light: { ink: '#333', grid: '#e5e5e5', background: 'rgba(0,0,0,0)' },
  dark: { ink: '#c9c9c9', grid: '#3a3a3a', background: 'rgba(0,0,0,0)' },
  paper: { ink: '#111', grid: '#dddddd', background: '#ffffff' },
};

const AXES = ['xaxis', 'yaxis', 'yaxis2'] as const;

export function themedLayout(layout: Partial<Layout>, ink: PlotInk, height: number): Partial<Layout> {
  const colours = INK[ink];
  const axis: Partial<LayoutAxis> = { gridcolor: colours.grid, zerolinecolor: colours.grid, linecolor: colours.grid, automargin: true, exponentformat: 'none' };
  const themed: Partial<Layout> = {
    height,
    margin: { l: 60, r: 20, t: 36, b: 40 },
    paper_bgcolor: colours.background,
    plot_bgcolor: colours.background,
    font: { size: ink === 'paper' ? 10 : 11, color: colours.ink, family: 'Inter, "Segoe UI", Arial, sans-serif' },
    hoverlabel: { namelength: -1 },
    ...layout,
    // Below the x axis title, left-aligned: the plot area stays the curves', the toolbar's corner stays free.
    // A legend title stands above its entries: beside them, Plotly wraps the entries too late and cuts the last.
    legend: { orientation: 'h', x: 0, xanchor: 'left', y: -0.22, yanchor: 'top', ...layout.legend, ...(layout.legend?.title ? { title: { side: 'top left', ...layout.legend.title } } : {}) },
  };
  for (const name of AXES) {
    if (layout[name]) themed[name] = { ...axis, ...layout[name] };
  }
  if (!layout.xaxis) themed.xaxis = axis;
  if (!layout.yaxis) themed.yaxis = axis;
  return themed;
}
