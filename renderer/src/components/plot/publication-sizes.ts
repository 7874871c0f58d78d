// Figure sizes journals ask for: a single column is about 85 mm wide, a double column about
// 180 mm; raster figures at 300 dpi. Plotly lays out in CSS pixels (96 per inch), so a figure is
// laid out at its physical size and rasterised at dpi/96 times that.
export interface PublicationSize {
  id: string;
  label: string;
  widthMm: number;
  heightMm: number;
}

export const PUBLICATION_SIZES: readonly PublicationSize[] = [
  { id: 'single', label: 'single column, 85 × 65 mm', widthMm: 85, heightMm: 65 },
  { id: 'double', label: 'double column, 180 × 100 mm', widthMm: 180, heightMm: 100 },
];

export const PUBLICATION_DPI = 300;
const CSS_PX_PER_INCH = 96;
const MM_PER_INCH = 25.4;

/** The layout size in CSS px and the raster scale for a size at `dpi`. */
export function layoutPixels(size: PublicationSize, dpi = PUBLICATION_DPI): { width: number; height: number; scale: number } {
  const width = Math.round((size.widthMm / MM_PER_INCH) * CSS_PX_PER_INCH);
  // The scale that makes the raster exactly the size's width at `dpi` (width is rounded to a pixel).
  const rasterWidth = Math.round((size.widthMm / MM_PER_INCH) * dpi);
  return { width, height: Math.round((size.heightMm / MM_PER_INCH) * CSS_PX_PER_INCH), scale: rasterWidth / width };
}

/** Gives an SVG figure its physical size (width="85mm"), keeping its drawing in a viewBox (Plotly's, or one made from its pixel size). */
export function withPhysicalSize(svg: string, size: PublicationSize): string {
  const end = svg.indexOf('>');
  const root = svg.slice(0, end);
  const width = /\swidth="([\d.]+)"/.exec(root)?.[1];
  const height = /\sheight="([\d.]+)"/.exec(root)?.[1];
  if (width === undefined || height === undefined) return svg;
  let sized = root.replace(/\swidth="[\d.]+"/, ` width="${size.widthMm}mm"`).replace(/\sheight="[\d.]+"/, ` height="${size.heightMm}mm"`);
  if (!/\sviewBox=/.test(sized)) sized += ` viewBox="0 0 ${width} ${height}"`;
  return sized + svg.slice(end);
}
