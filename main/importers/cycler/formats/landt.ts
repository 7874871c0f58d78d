// Landt / Lanhe data as exported to CSV with snake_case column names (SINTEF's Landt export,
// FORMATS.md 8): "key:,,,," preamble lines, then
// "channel_index,cycle_index,step_index,date_time_iso_string,test_time_s,…,step_name", with a
// trailing comma on data lines. The BDF conversion of the same test (`bdf/…Landt.bdf.csv`,
// "test_time_second,…") is not this format: the generic reader takes BDF files.
import { CellbookError } from '../../../../shared/api-error';
import { parseNumberCell } from '../cell-values';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, guessDelimiter, usesDecimalComma, type FieldRule } from '../header-map';

const LABEL = 'Landt / Lanhe export';

// The unit is the snake_case suffix ("current_A"), which splitHeader keeps in the name.
const RULES: FieldRule[] = [
  { field: 'time_s', names: ['test time s'], defaultUnit: 's' },
  // "date_time_iso_string" is US "MM/DD/YYYY HH:MM:SS", not ISO (MANIFEST); the date reader takes that.
  { field: 'datetime', names: ['date time iso string'], kind: 'datetime' },
  { field: 'cycle', names: ['cycle index'] },
  { field: 'step', names: ['step index'] },
  { field: 'state', names: ['step name'], kind: 'text' },
  { field: 'current_A', names: ['current a'], defaultUnit: 'A' },
  { field: 'current_A', names: ['current ma'], defaultUnit: 'mA' },
  { field: 'voltage_V', names: ['voltage v'], defaultUnit: 'V' },
  // Per STEP in this export (they return to 0 when the other direction starts).
  { field: 'charge_capacity_Ah', names: ['charge capacity ah'], defaultUnit: 'Ah' },
  { field: 'discharge_capacity_Ah', names: ['discharge capacity ah'], defaultUnit: 'Ah' },
  { field: 'temperature_C', names: ['temperature 1 c'], defaultUnit: 'C' },
];

/** "rest", "charge CC", "discharge CC"; LANDdt codes R, C_CC, C_CV, D_CC, D_Rate (FORMATS.md 8). */
export function landtState(text: string): -1 | 0 | 1 | null {
  const word = text.trim().toLowerCase();
  if (word.startsWith('discharge') || word.startsWith('d_') || word === 'rated') return -1;
  if (word.startsWith('charge') || word.startsWith('c_') || word === 'ratec') return 1;
  return word === 'rest' || word === 'r' ? 0 : null;
}

function columnLine(head: FileHead): number {
  return head.lines.findIndex((line) => {
    const names = line.toLowerCase().split(',');
    return ['test_time_s', 'current_a', 'voltage_v', 'step_name'].every((name) => names.includes(name));
  });
}

export const landtFormat: CyclerFormat = {
  id: 'landt',
  label: LABEL,
  detect: (head) => {
    if (head.container !== 'text') return 0;
    const index = columnLine(head);
    if (index < 0) return 0;
    // The "key:,,,,,," preamble lines are the export's own; without them the names alone still say it.
    const preamble = head.lines.slice(0, index);
    return index > 0 && preamble.every((line) => /^[^,]*:[^,]*,{3,}\s*$/.test(line)) ? 0.85 : 0.7;
  },
  plan: (head): TextPlan => {
    const index = columnLine(head);
    if (index < 0) throw new CellbookError('validation', `${head.fileName}: no Landt column line (test_time_s, current_A, voltage_V, step_name) was found`);
    const line = head.lines[index]!;
    const delimiter = guessDelimiter(line);
    const { bindings, notes } = bindHeader(line.split(delimiter), RULES, head.fileName);
    const dataLines = head.lines.slice(index + 1).filter((text) => text.trim() !== '');
    const decimalComma = usesDecimalComma(dataLines, delimiter);
    // An absent sensor is written as 0, not left blank (MANIFEST: temperatures all 0): drop it.
    const temperature = bindings.find((binding) => binding.field === 'temperature_C');
    if (temperature && dataLines.length > 0 && dataLines.every((text) => parseNumberCell(text.split(delimiter)[temperature.index] ?? '', decimalComma) === 0)) {
      bindings.splice(bindings.indexOf(temperature), 1);
      notes.push(`"${temperature.header}" reads 0 in every line of the head (no sensor): not imported`);
    }
    return {
      format: 'landt',
      label: LABEL,
      delimiter,
      decimalComma,
      dataStartLine: index + 1,
      bindings,
      stateOf: landtState,
      // The export signs the current: discharge negative.
      currentSign: 'signed',
      notes,
    };
  },
};
