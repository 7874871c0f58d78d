// Novonix HPC / UHPC CSV (FORMATS.md section 5): a [Summary] ... [End Summary], [Protocol] ...
// [End Protocol] preamble, then "[Data]" and the column line
//   Date and Time,Cycle Number,Step Type,Run Time (h),Step Time (h),Current (A),Potential (V),Capacity (Ah),...
// Time is in hours; the step type is a number code; one capacity column counts up within each step.
import { CellbookError } from '../../../../shared/api-error';
import type { ColumnBinding } from '../canonical';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, type FieldRule } from '../header-map';

const RULES: FieldRule[] = [
  // "Run Time (h)": bindHeader scales hours to seconds from the header's unit.
  { field: 'time_s', names: ['run time'], defaultUnit: 'h' },
  { field: 'datetime', names: ['date and time'], kind: 'datetime' },
  { field: 'cycle', names: ['cycle number'] },
  { field: 'step', names: ['step number'] },
  { field: 'state', names: ['step type'], kind: 'text' },
  { field: 'current_A', names: ['current'], defaultUnit: 'A' },
  { field: 'voltage_V', names: ['potential', 'voltage'], defaultUnit: 'V' },
  // One unsigned counter per step; the engine splits it into charge and discharge by direction.
  { field: 'step_capacity_Ah', names: ['capacity'], defaultUnit: 'Ah' },
  // The cell's probe, not "Circuit Temperature" (the instrument's board).
  { field: 'temperature_C', names: ['temperature'], defaultUnit: 'C' },
];

/** Step Type codes (beep novonix_conversion.yaml via FORMATS.md 5): 0 rest; 1 CC, 7 CCCV, 8 CV hold charge; 2 CC, 9 CCCV, 10 CV hold discharge. */
const STATE_OF_CODE: Record<string, -1 | 0 | 1> = { '0': 0, '1': 1, '7': 1, '8': 1, '2': -1, '9': -1, '10': -1 };

function novonixStateOf(text: string): -1 | 0 | 1 | null {
  return STATE_OF_CODE[text.trim()] ?? null;
}

/** 0-based index of the column line: the first non-empty line after "[Data]"; -1 when none. */
function headerIndex(head: FileHead): number {
  const data = head.lines.findIndex((line) => line.trim() === '[Data]');
  if (data < 0) return -1;
  for (let i = data + 1; i < head.lines.length; i += 1) if (head.lines[i]!.trim() !== '') return i;
  return -1;
}

const unquote = (line: string) => line.trim().replace(/^"(.*)"$/, '$1');

export const novonixFormat: CyclerFormat = {
  id: 'novonix',
  label: 'Novonix HPC CSV',
  detect: (head) => {
    if (head.container !== 'text') return 0;
    const summary = head.lines[0]?.trim() === '[Summary]' && head.lines.slice(0, 30).some((line) => /^novonix/i.test(line.trim()));
    const index = headerIndex(head);
    const columns = index >= 0 && /run time \(h\)/i.test(head.lines[index]!) && /step type/i.test(head.lines[index]!);
    return summary ? 0.95 : columns ? 0.8 : 0;
  },
  plan: (head): TextPlan => {
    const index = headerIndex(head);
    if (index < 0) throw new CellbookError('validation', `${head.fileName}: no "[Data]" section with a column line was found`);
    const headerLine = head.lines[index]!;
    const headerCells = unquote(headerLine).split(',');
    const bound = bindHeader(headerCells, RULES, head.fileName);
    const notes = [...bound.notes];
    const bindings: ColumnBinding[] = bound.bindings;

    return {
      format: 'novonix',
      label: novonixFormat.label,
      delimiter: ',',
      decimalComma: false,
      dataStartLine: index + 1,
      bindings,
      stateOf: novonixStateOf,
      // FORMATS.md 5: "verify current sign with a real file" — our samples hold no discharge. Taking
      // the sign from the Step Type is right whether the export signs the current or not.
      currentSign: 'from_state',
      notes,
    };
  },
};
