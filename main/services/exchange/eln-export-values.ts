// A record's numbers as RO-Crate PropertyValues. Cellbook's field names carry their unit
// (`areaCm2`, `capacityMAh`, `pressureMPa`), so the unit another notebook reads as `unitText` is
// taken from the name itself: one rule for every record, and a renamed field keeps its unit.

export interface PropertyValueEntity {
  '@id': string;
  '@type': 'PropertyValue';
  propertyID: string;
  name: string;
  value: number | string | boolean;
  unitText?: string;
}

// Longest suffix first, so `MAhCm2` wins over `Cm2` and `MAh` over `MA`.
const UNIT_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['MAhCm2', 'mAh/cm²'],
  ['MgCm2', 'mg/cm²'],
  ['GCm3', 'g/cm³'],
  ['MAhG', 'mAh/g'],
  ['GMol', 'g/mol'],
  ['Days', 'd'],
  ['MAh', 'mAh'],
  ['Cm2', 'cm²'],
  ['Pct', '%'],
  ['Ppm', 'ppm'],
  ['GPa', 'GPa'],
  ['MPa', 'MPa'],
  ['Min', 'min'],
  ['Tf', 'tf'],
  ['KN', 'kN'],
  ['MA', 'mA'],
  ['Mg', 'mg'],
  ['Um', 'µm'],
  ['Nm', 'nm'],
  ['Mm', 'mm'],
  ['C', '°C'],
  ['S', 's'],
  ['H', 'h'],
  ['G', 'g'],
  ['V', 'V'],
];

/** The unit a field name ends in (`thicknessUm` → µm); `cRate` is in C; anything else is a plain number ("1"). */
export function unitOfField(key: string): string | null {
  if (key === 'cRate') return 'C';
  for (const [suffix, unit] of UNIT_SUFFIXES) {
    if (key.length > suffix.length && key.endsWith(suffix) && /[a-z0-9]/.test(key[key.length - suffix.length - 1] ?? '')) return unit;
  }
  return null;
}

/** "cathodeLoadingMgCm2" → "cathode loading"; numbers in a path stay as they are. */
function wordsOf(key: string): string {
  return key.replace(/(MAhCm2|MgCm2|GCm3|MAhG|GMol|MAh|Cm2|Pct|Ppm|GPa|MPa|KN|MA|Mg|Um|Nm|Mm)$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

const SKIPPED = /(^id$|Id$|Json$|^archivedAt$|^createdAt$|^updatedAt$)/;

export interface PropertyOptions {
  /** Keep text and yes/no values as well as numbers (flat records); derived trees keep numbers only. */
  strings?: boolean;
  /** Units a record states beside its numbers (a lot's `unit`), by field name. */
  units?: Readonly<Record<string, string>>;
}

/**
 * Every number (and, with `strings`, every short text or yes/no) in `record`, nested objects and
 * arrays walked with dotted paths (`layers.0.thicknessUm`). A number's unit comes from the nearest
 * field name on its path that names one.
 */
export function propertyValues(entityId: string, record: object, options: PropertyOptions = {}): PropertyValueEntity[] {
  const out: PropertyValueEntity[] = [];
  const walk = (value: unknown, path: string[], unit: string | null): void => {
    const key = path.at(-1) ?? '';
    if (value === null || value === undefined || SKIPPED.test(key)) return;
    const propertyID = path.join('.');
    const base = { '@id': `${entityId}#${encodeURIComponent(propertyID)}`, '@type': 'PropertyValue' as const, propertyID, name: path.map((part) => wordsOf(part)).join(' › ') };
    if (typeof value === 'number') {
      if (Number.isFinite(value)) out.push({ ...base, value, unitText: options.units?.[key] ?? unit ?? '1' });
    } else if (typeof value === 'string' || typeof value === 'boolean') {
      if (options.strings && (typeof value === 'boolean' || (value.length > 0 && value.length <= 500))) out.push({ ...base, value });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, String(index)], unit));
    } else if (typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) walk(inner, [...path, child], unitOfField(child) ?? unit);
    }
  };
  for (const [key, value] of Object.entries(record)) walk(value, [key], unitOfField(key));
  return out;
}
