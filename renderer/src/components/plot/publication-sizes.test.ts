import { describe, expect, it } from 'vitest';
import { layoutPixels, PUBLICATION_SIZES, withPhysicalSize } from './publication-sizes';

describe('publication sizes', () => {
  it('lays an 85 mm figure out at 321 CSS px and rasterises it to 1004 px at 300 dpi', () => {
    const single = PUBLICATION_SIZES.find((size) => size.id === 'single')!;
    const { width, scale } = layoutPixels(single);
    expect(width).toBe(Math.round((85 / 25.4) * 96));
    expect(Math.round(width * scale)).toBe(Math.round((85 / 25.4) * 300));
  });

  it('writes the physical size on the SVG root and keeps the drawing in a viewBox', () => {
    const single = PUBLICATION_SIZES[0]!;
    expect(withPhysicalSize('<svg class="main-svg" xmlns="http://www.w3.org/2000/svg" width="321" height="246" style="">', single)).toBe(
      '<svg class="main-svg" xmlns="http://www.w3.org/2000/svg" width="85mm" height="65mm" style="" viewBox="0 0 321 246">',
    );
    // Plotly's own viewBox is kept, never doubled (a second one makes the file unreadable).
    expect(withPhysicalSize('<svg width="680" height="378" viewBox="0 0 680 378"><rect width="680"/></svg>', single)).toBe('<svg width="85mm" height="65mm" viewBox="0 0 680 378"><rect width="680"/></svg>');
  });
});
