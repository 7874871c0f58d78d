// Battery Data Format (BDF) CSV: one column line, either machine names ("test_time_second",
// "voltage_volt", "current_ampere", "unix_time_second", ...) or labels with units ("Test Time / s",
// "Voltage / V"). Charge is positive. Reference files carry real converter bugs (a cycle_count of
// 2π, step time written as test time, capacities that reset per step): the engine's plausibility
// checks and the cycle analysis deal with those, so the plan takes the columns at their word.
import { CellbookError } from '../../../../shared/api-error';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, type FieldRule } from '../header-map';
import { splitHeader } from '../header-units';

const RULES: FieldRule[] = [
  { field: 'time_s', names: ['test time second', 'test time'], kind: 'duration', defaultUnit: 's' },
  { field: 'datetime', names: ['unix time second', 'unix time'], kind: 'datetime' },
  { field: 'current_A', names: ['current ampere', 'current'], defaultUnit: 'A' },
  { field: 'voltage_V', names: ['voltage volt', 'voltage'], defaultUnit: 'V' },
  { field: 'cycle', names: ['cycle count'] },
  { field: 'step', names: ['step count', 'step index'] },
  { field: 'charge_capacity_Ah', names: ['charging capacity ah', 'charging capacity'], defaultUnit: 'Ah' },
  { field: 'discharge_capacity_Ah', names: ['discharging capacity ah', 'discharging capacity'], defaultUnit: 'Ah' },
  { field: 'temperature_C', names: ['surface temperature t1 celsius', 'temperature t1 celsius', 'surface temperature celsius', 'temperature celsius'], defaultUnit: 'C' },
];

const REQUIRED_MACHINE = ['test time second', 'voltage volt', 'current ampere'];
const REQUIRED_LABELS = ['Test Time / s', 'Voltage / V', 'Current / A'];

function columnLine(head: FileHead): string | null {
  const line = head.lines[0];
  if (line === undefined) return null;
  const names = line.split(',').map((cell) => splitHeader(cell).name);
  const labels = line.split(',').map((cell) => cell.replace(/^\uFEFF/, '').trim());
  const machine = REQUIRED_MACHINE.every((name) => names.includes(name));
  const labelled = REQUIRED_LABELS.every((label) => labels.includes(label));
  return machine || labelled ? line : null;
}

export const bdfFormat: CyclerFormat = {
  id: 'bdf',
  label: 'Battery Data Format (BDF) CSV',
  detect: (head) => (head.container === 'text' && columnLine(head) !== null ? 0.9 : 0),
  plan: (head): TextPlan => {
    const line = columnLine(head);
    if (line === null) throw new CellbookError('validation', `${head.fileName}: line 1 is not a BDF column line (test_time_second, voltage_volt, current_ampere)`);
    const { bindings, notes } = bindHeader(line.split(','), RULES, head.fileName);
    return { format: 'bdf', label: bdfFormat.label, delimiter: ',', decimalComma: false, dataStartLine: 1, bindings, currentSign: 'signed', notes };
  },
};
