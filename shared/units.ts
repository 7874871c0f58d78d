// Quantities of lots: the units a lab counts stock in, and conversion between them. Mass and
// volume convert through the material's density, which is how "74.0 mL of formic acid" comes
// off a lot counted in grams.

export const QUANTITY_UNITS = ['mg', 'g', 'kg', 'mL', 'L', 'pieces', 'cm2'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

export const QUANTITY_UNIT_LABELS: Record<QuantityUnit, string> = { mg: 'mg', g: 'g', kg: 'kg', mL: 'mL', L: 'L', pieces: 'pieces', cm2: 'cm²' };

type Dimension = 'mass' | 'volume' | 'count' | 'area';

/** Each unit's dimension and its size in the dimension's base unit (g, mL, piece, cm²). */
const UNIT_SCALE: Record<QuantityUnit, { dimension: Dimension; toBase: number }> = {
  mg: { dimension: 'mass', toBase: 1e-3 },
  g: { dimension: 'mass', toBase: 1 },
  kg: { dimension: 'mass', toBase: 1e3 },
  mL: { dimension: 'volume', toBase: 1 },
  L: { dimension: 'volume', toBase: 1e3 },
  pieces: { dimension: 'count', toBase: 1 },
  cm2: { dimension: 'area', toBase: 1 },
};

export function unitDimension(unit: QuantityUnit): Dimension {
  return UNIT_SCALE[unit].dimension;
}

export function isQuantityUnit(text: string): text is QuantityUnit {
  return (QUANTITY_UNITS as readonly string[]).includes(text);
}

/** Reads a unit as people type it: "g", "G", "ml", "mL", "l", "pcs", "piece", "cm²", "cm^2". */
export function parseQuantityUnit(text: string): QuantityUnit | null {
  const compact = text.trim().replace(/\s+/g, '').replace('²', '2').replace('^2', '2');
  const lower = compact.toLowerCase();
  const aliases: Record<string, QuantityUnit> = {
    mg: 'mg', g: 'g', kg: 'kg', ml: 'mL', l: 'L', pieces: 'pieces', piece: 'pieces', pcs: 'pieces', pc: 'pieces', cm2: 'cm2',
  };
  return aliases[lower] ?? null;
}

export type ConversionResult = { ok: true; value: number } | { ok: false; reason: string };

/**
 * Converts `amount` from one unit to another. Mass <-> volume needs the density in g/cm³
 * (1 cm³ = 1 mL); counts and areas convert only to themselves.
 */
export function convertQuantity(amount: number, from: QuantityUnit, to: QuantityUnit, densityGCm3?: number | null): ConversionResult {
  const source = UNIT_SCALE[from];
  const target = UNIT_SCALE[to];
  const inBase = amount * source.toBase;
  if (source.dimension === target.dimension) return { ok: true, value: inBase / target.toBase };
  const massVolume = new Set<Dimension>([source.dimension, target.dimension]);
  if (massVolume.has('mass') && massVolume.has('volume')) {
    if (!densityGCm3 || densityGCm3 <= 0) {
      return { ok: false, reason: `converting ${QUANTITY_UNIT_LABELS[from]} to ${QUANTITY_UNIT_LABELS[to]} needs the material's density` };
    }
    const converted = source.dimension === 'volume' ? inBase * densityGCm3 : inBase / densityGCm3;
    return { ok: true, value: converted / target.toBase };
  }
  return { ok: false, reason: `${QUANTITY_UNIT_LABELS[from]} cannot be converted to ${QUANTITY_UNIT_LABELS[to]}` };
}
