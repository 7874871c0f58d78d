// What a zoom or pan did to the x axis, read from Plotly's relayout event: a new range, back to
// the whole data (double-click, autoscale), or nothing about x (a y-only zoom, a legend click).
export type XRangeChange = { kind: 'range'; from: number; to: number } | { kind: 'all' } | { kind: 'none' };

export function xRangeChange(event: Record<string, unknown>): XRangeChange {
  if (event['xaxis.autorange'] === true) return { kind: 'all' };
  const pair = event['xaxis.range'];
  const from = Array.isArray(pair) ? pair[0] : event['xaxis.range[0]'];
  const to = Array.isArray(pair) ? pair[1] : event['xaxis.range[1]'];
  if (typeof from === 'number' && typeof to === 'number' && Number.isFinite(from) && Number.isFinite(to) && to !== from) {
    return { kind: 'range', from: Math.min(from, to), to: Math.max(from, to) };
  }
  return { kind: 'none' };
}
