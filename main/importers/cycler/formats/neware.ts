// Neware BTSDA exports of the record table: the one-header-line CSV (BTSDA 7/8), the same table
// as the "record" sheet of an .xlsx, and the older layered CSV with three header lines (cycle /
// step / record). FORMATS.md section 3.
import { CellbookError } from '../../../../shared/api-error';
import type { ColumnBinding } from '../canonical';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, guessDelimiter, usesDecimalComma, type FieldRule } from '../header-map';
import { splitHeader } from '../header-units';
import { isLayeredNeware } from '../neware-layered';

const LABEL = 'Neware BTSDA (CSV, XLSX)';

// Header names as splitHeader gives them ("Chg. Cap.(Ah)" -> "chg cap"). Units are read from the
// header, because BTSDA lets the user export µA / mV / mAs (FORMATS.md 0.4, neware/fastnda__interp-test.csv).
const RECORD_RULES: FieldRule[] = [
  // "Time" is the step time and restarts at every step; the test time is "Total Time" (BTSDA 8) or
  // "Cumulative Time" (BTSDA 7), H:MM:SS with hours over 24 (FORMATS.md 0.5).
  { field: 'time_s', names: ['total time', 'cumulative time', '总时间'], kind: 'duration', defaultUnit: 's' },
  { field: 'datetime', names: ['date', 'realtime'], kind: 'datetime' },
  { field: 'current_A', names: ['current', '电流'], defaultUnit: 'A' },
  { field: 'voltage_V', names: ['voltage', '电压'], defaultUnit: 'V' },
  { field: 'cycle', names: ['cycle index'] },
  { field: 'step', names: ['step index'] },
  { field: 'state', names: ['step type'], kind: 'text' },
  // Per-step accumulators, one for each direction (FORMATS.md 0.6): kept as the vendor writes them.
  { field: 'charge_capacity_Ah', names: ['chg cap'], defaultUnit: 'Ah' },
  { field: 'discharge_capacity_Ah', names: ['dchg cap'], defaultUnit: 'Ah' },
  { field: 'temperature_C', names: ['t1'], defaultUnit: 'C' },
];

// The layered BTS 7 record line: ",,Record ID,Realtime,Time(h:min:s.ms),...,Current(mA),Voltage(V),
// Capacitance_Chg(mAh),..." (BEEP beep/structure/neware.py). Its "Time" is the step time.
const LAYERED_RULES: FieldRule[] = [
  { field: 'time_s', names: ['time'], kind: 'duration', defaultUnit: 's' },
  { field: 'datetime', names: ['realtime'], kind: 'datetime' },
  { field: 'current_A', names: ['current'], defaultUnit: 'mA' },
  { field: 'voltage_V', names: ['voltage'], defaultUnit: 'V' },
  { field: 'charge_capacity_Ah', names: ['capacitance chg'], defaultUnit: 'mAh' },
  { field: 'discharge_capacity_Ah', names: ['capacitance dchg'], defaultUnit: 'mAh' },
  { field: 'temperature_C', names: ['temperature'], defaultUnit: 'C' },
];

/** Step Type text -> +1 charge, -1 discharge, 0 rest. "CC DChg" contains "Chg": test discharge first. */
export function newareStateOf(text: string): -1 | 0 | 1 | null {
  const lower = text.toLowerCase();
  if (/dchg|discharge|放电/.test(lower)) return -1;
  if (/chg|charge|充电/.test(lower)) return 1;
  if (/rest|pause|idle|control|搁置|静置/.test(lower)) return 0;
  return null;
}

/** Header cells without the quotes and TABs the layered export puts in them (FORMATS.md 3). */
function cleanCells(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((cell) => cell.replace(/[\t"]/g, '').trim());
}

function isRecordHeader(line: string, delimiter: string): boolean {
  const names = cleanCells(line, delimiter).map((cell) => splitHeader(cell).name);
  return names.includes('datapoint') && names.includes('step type') && names.includes('current') && names.includes('voltage');
}

function recordHeaderIndex(head: FileHead): number {
  return head.lines.slice(0, 5).findIndex((line) => isRecordHeader(line, head.container === 'xlsx' ? '\t' : guessDelimiter(line)));
}

function isLayered(head: FileHead): boolean {
  const [cycle = '', step = '', record = ''] = head.lines.slice(0, 3).map((line) => line.replace(/[\t"]/g, ''));
  return head.container === 'text' && cycle.startsWith('Cycle ID') && step.startsWith(',Step ID') && record.startsWith(',,Record ID');
}

/**
 * bindHeader, but lenient with optional columns: an unknown or damaged unit in, say, a temperature
 * header (ANSI CSVs write "(?)" for ℃, FORMATS.md 3) must not stop the import. Time, current and
 * voltage stay strict.
 */
export function bindLeniently(cells: readonly string[], rules: readonly FieldRule[], fileName: string): { bindings: ColumnBinding[]; notes: string[] } {
  const required = new Set(['time_s', 'datetime', 'current_A', 'voltage_V']);
  const strict = bindHeader(cells, rules.filter((rule) => required.has(rule.field)), fileName);
  for (const rule of rules.filter((candidate) => !required.has(candidate.field))) {
    if (strict.bindings.some((binding) => binding.field === rule.field)) continue;
    try {
      const one = bindHeader(cells, [rule], fileName);
      strict.bindings.push(...one.bindings);
      strict.notes.push(...one.notes);
    } catch (error) {
      strict.notes.push(`${(error as Error).message}: that column was not read`);
    }
  }
  return strict;
}

function plan(head: FileHead): TextPlan {
  if (isLayered(head)) {
    const { bindings, notes } = bindLeniently(cleanCells(head.lines[2]!, ','), LAYERED_RULES, head.fileName);
    notes.push(
      'layered Neware export: only the record lines (starting ",,") are data; the cycle and step summary lines between them are skipped',
      'layered Neware export: its time is the step time, carried on across steps; cycle and step numbers are on the summary lines and were not read',
    );
    return { format: 'neware', label: LABEL, delimiter: ',', decimalComma: false, dataStartLine: 3, bindings, currentSign: 'signed', notes };
  }
  const index = recordHeaderIndex(head);
  if (index < 0) throw new CellbookError('validation', `${head.fileName}: no Neware record header (DataPoint, Step Type, Current, Voltage) in its first lines`);
  const delimiter = head.container === 'xlsx' ? '\t' : guessDelimiter(head.lines[index]!);
  const { bindings, notes } = bindLeniently(cleanCells(head.lines[index]!, delimiter), RECORD_RULES, head.fileName);
  return {
    format: 'neware',
    label: LABEL,
    delimiter,
    decimalComma: usesDecimalComma(head.lines.slice(index + 1), delimiter),
    dataStartLine: index + 1,
    bindings,
    stateOf: newareStateOf,
    currentSign: 'signed',
    notes,
  };
}

export const newareFormat: CyclerFormat = {
  id: 'neware',
  label: LABEL,
  // Layered exports by their structure, whatever their headers' language (neware-layered.ts reads them).
  detect: (head) => (isLayered(head) || isLayeredNeware(head) || recordHeaderIndex(head) >= 0 ? 0.9 : 0),
  plan,
};
