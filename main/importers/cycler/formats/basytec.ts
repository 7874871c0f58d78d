// BaSyTec Battery Test System result files: a preamble of lines starting with "~", then a column
// line that also starts with "~" ("~Time[s]\tDataSet\t…\tU[V]\tI[A]\t…\tAh[Ah]\t…"), FORMATS.md 6.
import { CellbookError } from '../../../../shared/api-error';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, guessDelimiter, usesDecimalComma, type FieldRule } from '../header-map';
import { splitHeader } from '../header-units';

const LABEL = 'BaSyTec';

const RULES: FieldRule[] = [
  // "Time[s]" or "Time[h]": the unit comes from the brackets.
  { field: 'time_s', names: ['time'], defaultUnit: 's' },
  { field: 'cycle', names: ['cyc-count'] },
  // "Line" is the programme line, i.e. the step (FORMATS.md 6).
  { field: 'step', names: ['line'] },
  { field: 'state', names: ['command'], kind: 'text' },
  { field: 'current_A', names: ['i'], defaultUnit: 'A' },
  { field: 'voltage_V', names: ['u'], defaultUnit: 'V' },
  // Per-cycle accumulators. "Ah[Ah]" is the NET charge since the start (FORMATS.md 0.6), which is
  // neither a charge nor a discharge capacity, so it is not mapped.
  { field: 'charge_capacity_Ah', names: ['ah-cyc-charge'], defaultUnit: 'Ah' },
  { field: 'discharge_capacity_Ah', names: ['ah-cyc-discharge'], defaultUnit: 'Ah' },
  { field: 'temperature_C', names: ['t1'], defaultUnit: 'C' },
];

/** "Command": Pause, Charge, Discharge (German software may write Laden/Entladen). */
export function basytecState(text: string): -1 | 0 | 1 | null {
  const word = text.trim().toLowerCase();
  if (word.includes('discharge') || word.includes('entlad')) return -1;
  if (word.includes('charge') || word.includes('lad')) return 1;
  return /^(pause|rest|ocv|wait)/.test(word) ? 0 : null;
}

/** The "~"-prefixed line naming time, U and I. */
function columnLine(head: FileHead): number {
  return head.lines.findIndex((line) => {
    if (!line.startsWith('~')) return false;
    const names = line.slice(1).split(/[\t;,]/).map((cell) => splitHeader(cell).name);
    return names[0] === 'time' && names.includes('u') && names.includes('i');
  });
}

/**
 * The degree sign of "T1[°C]" arrives damaged (U+FFFD, or mojibake when the file was re-encoded:
 * FORMATS.md 0.1); any bracketed unit ending in C on a T column is degrees Celsius.
 */
const cleanCell = (cell: string) => cell.replace(/^~/, '').replace(/^(T\d*)\[[^\]]*C\]$/, '$1[C]');

export const basytecFormat: CyclerFormat = {
  id: 'basytec',
  label: LABEL,
  detect: (head) => {
    if (head.container !== 'text') return 0;
    if (/^~Resultfile from Basytec/i.test(head.lines[0] ?? '')) return 0.95;
    return columnLine(head) >= 0 ? 0.85 : 0;
  },
  plan: (head): TextPlan => {
    const index = columnLine(head);
    if (index < 0) throw new CellbookError('validation', `${head.fileName}: no BaSyTec column line ("~Time[s]…U[V]…I[A]") was found`);
    const line = head.lines[index]!;
    const delimiter = guessDelimiter(line);
    const { bindings, notes } = bindHeader(line.split(delimiter).map(cleanCell), RULES, head.fileName);
    const start = head.lines.slice(0, index).find((text) => text.startsWith('~Start of Test:'));
    if (start) notes.push(`the test started ${start.slice('~Start of Test:'.length).trim()} (from the preamble); times are counted from there`);
    return {
      format: 'basytec',
      label: LABEL,
      delimiter,
      decimalComma: usesDecimalComma(head.lines.slice(index + 1), delimiter),
      dataStartLine: index + 1,
      bindings,
      stateOf: basytecState,
      // BaSyTec signs the current itself: discharge negative (FORMATS.md 0.7).
      currentSign: 'signed',
      notes,
    };
  },
};
