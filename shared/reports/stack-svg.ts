// The layer stack as a cross-section (like the patent's FIG. 1 and FIG. 2): layers in stacking
// order, each as tall as its thickness on one linear scale and as wide as its lateral size, the
// inactive member (gasket) drawn around the cathode layer it frames. A layer too thin to see at
// that scale is drawn 2 px tall and marked "not to scale", so the figure never hides one.
import { escapeHtml } from './html';
import { LAYER_KIND_LABELS, type LayerKind, type Side } from '../cells/types';
import { formatQuantity } from '../format/quantity';

export interface StackLayer {
  kind: LayerKind;
  side: Side;
  thicknessUm: number | null;
  /** Lateral size in mm: a rectangle's width or a disc's diameter (√area for an area only). */
  widthMm: number | null;
}

const COLORS: Record<LayerKind, string> = {
  anode_collector: '#8c8c8c',
  thin_film: '#c9a227',
  first_anode_layer: '#4a4a4a',
  lithium_foil: '#b0c4de',
  solid_electrolyte: '#e8d38a',
  cathode_active_layer: '#2f6f8f',
  inactive_member: '#d98c5f',
  carbon_layer: '#222222',
  cathode_collector: '#a0a0a0',
};

const MIN_PX = 2;

export function stackCrossSectionSvg(layers: readonly StackLayer[], options: { heightPx?: number; widthPx?: number } = {}): string {
  const totalHeight = options.heightPx ?? 320;
  const width = options.widthPx ?? 680;
  const drawWidth = 300;
  const left = 20;
  const known = layers.filter((l) => l.thicknessUm !== null && l.kind !== 'inactive_member');
  const totalUm = known.reduce((sum, l) => sum + (l.thicknessUm ?? 0), 0);
  // Room for the caption below and for labels pushed down by thin layers.
  const pxPerUm = totalUm > 0 ? (totalHeight - 70) / totalUm : 0;
  const maxWidthMm = Math.max(...layers.map((l) => l.widthMm ?? 0), 1);
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${totalHeight}" width="${width}" height="${totalHeight}" role="img" aria-label="Layer stack cross-section" font-family="Helvetica, Arial, sans-serif" font-size="11">`];
  if (layers.length === 0) return `${parts[0]}<text x="20" y="40" fill="#666">No layers yet</text></svg>`;
  let y = 20;
  const cathodes = new Map<Side, { y: number; h: number; w: number }>();
  let belowScale = false;
  // Labels sit right of the stack, each at its layer's middle unless that would overlap the one above.
  const labels: Array<{ y: number; text: string; color: string }> = [];
  for (const layer of layers) {
    const widthPx = ((layer.widthMm ?? maxWidthMm) / maxWidthMm) * drawWidth;
    if (layer.kind === 'inactive_member') continue;
    const exact = layer.thicknessUm !== null ? layer.thicknessUm * pxPerUm : 0;
    const h = Math.max(MIN_PX, exact);
    const tooThin = layer.thicknessUm === null || exact < MIN_PX;
    belowScale ||= tooThin;
    const x = left + (drawWidth - widthPx) / 2;
    parts.push(`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${widthPx.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[layer.kind]}" stroke="#333" stroke-width="0.4"/>`);
    const side = layer.side === 'shared' ? '' : ` (side ${layer.side})`;
    const thickness = layer.thicknessUm === null ? 'thickness not entered' : formatQuantity(layer.thicknessUm, 'µm');
    labels.push({ y: y + h / 2, text: `${LAYER_KIND_LABELS[layer.kind]}${side}: ${thickness}${tooThin ? ' (not to scale)' : ''}`, color: '#111' });
    if (layer.kind === 'cathode_active_layer') cathodes.set(layer.side, { y, h, w: widthPx });
    y += h;
  }
  // The gasket frames the cathode layer of its own side at the same height: drawn on both sides of it.
  for (const gasket of layers.filter((l) => l.kind === 'inactive_member')) {
    const cathode = cathodes.get(gasket.side) ?? [...cathodes.values()][0];
    if (!cathode) continue;
    const band = Math.max(6, (drawWidth - cathode.w) / 2);
    const cx = left + (drawWidth - cathode.w) / 2;
    parts.push(`<rect x="${cx - band}" y="${cathode.y}" width="${band}" height="${cathode.h}" fill="${COLORS.inactive_member}"/><rect x="${cx + cathode.w}" y="${cathode.y}" width="${band}" height="${cathode.h}" fill="${COLORS.inactive_member}"/>`);
    labels.push({ y: cathode.y + cathode.h / 2 + 0.5, text: `${LAYER_KIND_LABELS.inactive_member}${gasket.side === 'shared' ? '' : ` (side ${gasket.side})`} around it${gasket.thicknessUm !== null ? `: ${formatQuantity(gasket.thicknessUm, 'µm')}` : ''}`, color: '#555' });
  }
  labels.sort((a, b) => a.y - b.y);
  let previous = -Infinity;
  for (const label of labels) {
    const at = Math.max(label.y, previous + 13);
    previous = at;
    parts.push(`<line x1="${left + drawWidth + 2}" y1="${label.y.toFixed(1)}" x2="${left + drawWidth + 14}" y2="${at.toFixed(1)}" stroke="#999" stroke-width="0.6"/><text x="${left + drawWidth + 16}" y="${(at + 4).toFixed(1)}" fill="${label.color}">${escapeHtml(label.text)}</text>`);
  }
  parts.push(`<text x="${left}" y="${totalHeight - 6}" fill="#666">Thickness to scale (${pxPerUm > 0 ? formatQuantity(1 / pxPerUm, 'µm') : '—'} per px)${belowScale ? '; layers marked not to scale are drawn 2 px tall' : ''}; width by lateral size.</text>`);
  parts.push('</svg>');
  return parts.join('');
}
