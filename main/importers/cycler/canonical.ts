// The fields every cycler export is mapped onto, in the units Cellbook stores: seconds, amperes
// (charge positive), volts, ampere-hours, watt-hours, degrees Celsius.

export const CANONICAL_FIELDS = [
  'time_s',
  'datetime',
  'step',
  'cycle',
  'state',
  'current_A',
  'voltage_V',
  'charge_capacity_Ah',
  'discharge_capacity_Ah',
  // One unsigned counter per step for both directions (Maccor "Amp-hr", Novonix "Capacity"): the
  // engine splits it into charge and discharge capacity by the sign of the current.
  'step_capacity_Ah',
  'temperature_C',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** How a cell's text is read. */
export type ValueKind = 'number' | 'duration' | 'datetime' | 'text';

export interface ColumnBinding {
  field: CanonicalField;
  /** Column index in a data row. */
  index: number;
  /** The header text, for messages. */
  header: string;
  kind: ValueKind;
  /** Multiplies the parsed number into the canonical unit (mA -> A: 0.001; min -> s: 60). */
  scale: number;
}
