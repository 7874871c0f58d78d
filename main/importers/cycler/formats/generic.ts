// Any delimited text whose header names time, current and voltage in words Cellbook knows:
// BDF (Battery Data Format) CSV, Battery Archive time series, and a lab's own CSV/TSV. Used when
// no vendor format claims a file, and for column mappings saved as profiles.
import { CellbookError } from '../../../../shared/api-error';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, guessDelimiter, usesDecimalComma, type FieldRule } from '../header-map';

export const GENERIC_RULES: FieldRule[] = [
  { field: 'time_s', names: ['test time', 'time', 'total time', 'elapsed time', 'test time s', 'time s', 'run time', 'testtime'], kind: 'duration', defaultUnit: 's' },
  { field: 'datetime', names: ['date time', 'datetime', 'date', 'timestamp', 'date time iso string', 'unix time'], kind: 'datetime' },
  { field: 'current_A', names: ['current', 'i', 'current a', 'curr'], defaultUnit: 'A' },
  { field: 'voltage_V', names: ['voltage', 'potential', 'v', 'ecell', 'voltage v', 'volt'], defaultUnit: 'V' },
  { field: 'cycle', names: ['cycle', 'cycle index', 'cycle number', 'cycle count', 'cycle no'] },
  { field: 'step', names: ['step', 'step index', 'step number', 'step no', 'ns'] },
  { field: 'charge_capacity_Ah', names: ['charge capacity', 'chg capacity', 'charging capacity'], defaultUnit: 'Ah' },
  { field: 'discharge_capacity_Ah', names: ['discharge capacity', 'dchg capacity', 'discharging capacity'], defaultUnit: 'Ah' },
  { field: 'temperature_C', names: ['temperature', 'temp', 'cell temperature', 'temperature t1', 'ambient temperature'], defaultUnit: 'C' },
];

function headerIndex(head: FileHead): number {
  return head.lines.findIndex((line) => {
    const lower = line.toLowerCase();
    return /time/.test(lower) && /(current|\bi\b)/.test(lower) && /(voltage|potential|ecell)/.test(lower);
  });
}

export const genericFormat: CyclerFormat = {
  id: 'generic',
  label: 'Delimited text (CSV/TSV) with named columns',
  detect: (head) => (head.container === 'text' && headerIndex(head) >= 0 ? 0.3 : 0),
  plan: (head): TextPlan => {
    const index = headerIndex(head);
    if (index < 0) throw new CellbookError('validation', `${head.fileName}: no header line names time, current and voltage`);
    const delimiter = guessDelimiter(head.lines[index]!);
    const { bindings, notes } = bindHeader(head.lines[index]!.split(delimiter), GENERIC_RULES, head.fileName);
    return {
      format: 'generic',
      label: genericFormat.label,
      delimiter,
      decimalComma: usesDecimalComma(head.lines.slice(index + 1), delimiter),
      dataStartLine: index + 1,
      bindings,
      currentSign: 'signed',
      notes,
    };
  },
};
