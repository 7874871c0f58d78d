// Units written in column headers — "Current(mA)", "Voltage (V)", "Capacity/mA.h", "Time [h]",
// "I#A" — and the factor that turns each into Cellbook's unit.

export interface HeaderParts {
  /** Lower-case name with spaces and underscores collapsed: "test time", "charge capacity". */
  name: string;
  unit: string | null;
}

/** Splits "Test Time (s)", "Current(uA)", "Ecell/V", "Ah[Ah]", "Current / A", "I#mA" into name and unit. */
export function splitHeader(header: string): HeaderParts {
  const text = header.replace(/^\uFEFF/, '').trim();
  const bracket = /^(.*?)\s*[([]\s*([^()[\]]*)\s*[)\]]\s*$/.exec(text);
  const slash = /^(.*?)\s*\/\s*([^/]+)$/.exec(text);
  const hash = /^(.*?)#(.+)$/.exec(text);
  const match = bracket ?? slash ?? hash;
  const name = (match ? match[1]! : text).toLowerCase().replace(/[_\s.]+/g, ' ').trim();
  return { name, unit: match ? match[2]!.trim() : null };
}

const CURRENT: Record<string, number> = { a: 1, ma: 1e-3, ua: 1e-6, µa: 1e-6, μa: 1e-6, na: 1e-9, amps: 1, amp: 1, mamps: 1e-3, mamp: 1e-3 };
const VOLTAGE: Record<string, number> = { v: 1, mv: 1e-3, volts: 1, volt: 1 };
const CAPACITY: Record<string, number> = {
  ah: 1, mah: 1e-3, 'ma h': 1e-3, 'ma.h': 1e-3, 'ma·h': 1e-3, 'amp hr': 1, 'amp-hr': 1, 'mamp-hr': 1e-3, 'mamp hr': 1e-3,
  as: 1 / 3600, mas: 1e-3 / 3600, c: 1 / 3600, mc: 1e-3 / 3600, uah: 1e-6, µah: 1e-6,
};
const ENERGY: Record<string, number> = { wh: 1, mwh: 1e-3, 'watt-hr': 1, j: 1 / 3600 };
const TIME: Record<string, number> = { s: 1, sec: 1, secs: 1, seconds: 1, min: 60, mins: 60, minutes: 60, h: 3600, hr: 3600, hrs: 3600, hours: 3600, ms: 1e-3 };
const TEMPERATURE: Record<string, number> = { c: 1, '°c': 1, '℃': 1, 'deg c': 1, degc: 1, '�c': 1, '(?)': 1 };

export type Quantity = 'current' | 'voltage' | 'capacity' | 'energy' | 'time' | 'temperature';
const TABLES: Record<Quantity, Record<string, number>> = { current: CURRENT, voltage: VOLTAGE, capacity: CAPACITY, energy: ENERGY, time: TIME, temperature: TEMPERATURE };

/** The factor to Cellbook's unit (A, V, Ah, Wh, s, °C), or null for a unit it does not know. */
export function unitScale(quantity: Quantity, unit: string | null, fallback: number): number | null {
  if (unit === null || unit.trim() === '') return fallback;
  const key = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  return TABLES[quantity][key] ?? null;
}
