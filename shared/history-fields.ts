// How a stored column is named for people in the history: "molar_mass_g_mol" is "Molar mass
// (g/mol)". The unit comes from the column's suffix (the schema names every column with its unit),
// so a new column is labelled without a list to keep up to date; a few names are spelled out.
import { capitalized } from './text-case';

export interface FieldLabel {
  /** "Molar mass", "CAS number". */
  name: string;
  /** "g/mol", "%", or null for a unitless field. */
  unit: string | null;
  /** How the stored value reads: a number, a 0/1 flag, a JSON document, or text. */
  kind: 'number' | 'flag' | 'json' | 'text';
}

/** Column suffixes and the unit they stand for, longest first so `_mah_g` wins over `_g`. */
const UNIT_SUFFIXES: ReadonlyArray<[string, string]> = [
  ['_g_cm3', 'g/cm³'],
  ['_g_mol', 'g/mol'],
  ['_mah_g', 'mAh/g'],
  ['_ppm', 'ppm'],
  ['_pct', '%'],
  ['_mah', 'mAh'],
  ['_mwh', 'mWh'],
  ['_gpa', 'GPa'],
  ['_mpa', 'MPa'],
  ['_um', 'µm'],
  ['_nm', 'nm'],
  ['_mm', 'mm'],
  ['_mg', 'mg'],
  ['_ah', 'Ah'],
  ['_wh', 'Wh'],
  ['_days', 'days'],
  ['_g', 'g'],
  ['_v', 'V'],
  ['_a', 'A'],
  ['_c', '°C'],
  ['_s', 's'],
  ['_h', 'h'],
];

/** Names a suffix rule would get wrong or a lab spells differently. */
const NAMED: Record<string, Partial<FieldLabel> & { name: string }> = {
  cas_number: { name: 'CAS number' },
  d50_um: { name: 'D50', unit: 'µm' },
  glovebox_h2o_ppm: { name: 'Glovebox H₂O', unit: 'ppm' },
  glovebox_o2_ppm: { name: 'Glovebox O₂', unit: 'ppm' },
  youngs_modulus_gpa: { name: "Young's modulus", unit: 'GPa' },
  hygroscopic_warn_days: { name: 'Hygroscopic warning after', unit: 'days' },
  coulombic_efficiency: { name: 'Coulombic efficiency', kind: 'number' },
  scale_factor: { name: 'Scale factor', unit: '×', kind: 'number' },
  position: { name: 'Position', kind: 'number' },
  version: { name: 'Version', kind: 'number' },
  cycle: { name: 'Cycle', kind: 'number' },
  cycle_count: { name: 'Cycles', kind: 'number' },
  point_count: { name: 'Points', kind: 'number' },
  row_count: { name: 'Rows', kind: 'number' },
  seq: { name: 'Sequence', kind: 'number' },
  size_bytes: { name: 'Size', unit: 'bytes', kind: 'number' },
  byte_length: { name: 'Size', unit: 'bytes', kind: 'number' },
  quantity: { name: 'Quantity', kind: 'number' },
  amount: { name: 'Amount', kind: 'number' },
  low_stock_threshold: { name: 'Low-stock threshold', kind: 'number' },
  balance_resolution: { name: 'Balance resolution' },
  value_json: { name: 'Value', kind: 'json' },
};

/** Stored as 0/1 in SQLite. */
const FLAGS = new Set(['is_template', 'made_in_house', 'synthetic', 'gzip', 'has_temperature', 'current_is_interval_mean']);

/** Amount columns whose unit sits in a neighbouring column (planned_unit): a number, no fixed unit. */
const NUMBER_WITHOUT_UNIT = /(^|_)(amount|quantity|value)(_in_lot_unit)?$/;

function sentenceCase(words: string): string {
  return capitalized(words.replace(/_/g, ' ').trim());
}

export function fieldLabel(field: string): FieldLabel {
  const named = NAMED[field];
  if (named) return { unit: null, kind: named.unit ? 'number' : 'text', ...named };
  if (FLAGS.has(field)) return { name: sentenceCase(field.replace(/^is_/, '')), unit: null, kind: 'flag' };
  if (field.endsWith('_json')) return { name: sentenceCase(field.slice(0, -'_json'.length)), unit: null, kind: 'json' };
  // Dates, references and identifiers carry no unit even where the suffix would suggest one.
  if (/_(at|on|id|by|sha256|hash)$/.test(field)) return { name: sentenceCase(field.replace(/_id$/, '')), unit: null, kind: 'text' };
  for (const [suffix, unit] of UNIT_SUFFIXES) {
    if (field.endsWith(suffix) && field.length > suffix.length) return { name: sentenceCase(field.slice(0, -suffix.length)), unit, kind: 'number' };
  }
  if (NUMBER_WITHOUT_UNIT.test(field)) return { name: sentenceCase(field), unit: null, kind: 'number' };
  return { name: sentenceCase(field), unit: null, kind: 'text' };
}

/** "Molar mass (g/mol)", "Name". */
export function fieldLabelText(field: string): string {
  const label = fieldLabel(field);
  return label.unit ? `${label.name} (${label.unit})` : label.name;
}

/** Record kinds whose table name does not become a word by dropping a final "s". */
const RECORD_WORDS: Record<string, string> = {
  batches: 'Batch',
  lot_movements: 'Lot movement',
  pick_list_values: 'Pick-list value',
  settings: 'Setting',
  cycle_summaries: 'Cycle summary',
  blobs: 'Stored file',
};

/** "cycling_tests", "3" -> "Cycling test 3": the record an entry is about, in words. */
export function recordLabel(table: string, recordId: string): string {
  const word = RECORD_WORDS[table] ?? sentenceCase(table.replace(/s$/, ''));
  return `${word} ${recordId}`;
}
