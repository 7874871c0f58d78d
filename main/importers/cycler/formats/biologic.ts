// BioLogic EC-Lab / BT-Lab text exports (.mpt, .txt): a header block announced by "EC-Lab ASCII
// FILE" + "Nb header lines : N", or no header block at all, then one TAB-separated column line.
// FORMATS.md section 4.
import { CellbookError } from '../../../../shared/api-error';
import { parseDateTimeCell, parseNumberCell } from '../cell-values';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { usesDecimalComma, type FieldRule } from '../header-map';
import { splitHeader, unitScale } from '../header-units';
import { bindLeniently } from './neware';

const LABEL = 'BioLogic EC-Lab / BT-Lab text (.mpt, .txt)';

// Several rules for one field: the first that finds a column wins, so "I/mA" is preferred to
// "<I>/mA" when both exist (navani PR #57, FORMATS.md 4), and Ewe to Ecell.
const RULES: FieldRule[] = [
  { field: 'time_s', names: ['time'], kind: 'duration', defaultUnit: 's' },
  { field: 'current_A', names: ['i'], defaultUnit: 'mA' },
  { field: 'current_A', names: ['<i>'], defaultUnit: 'mA' },
  { field: 'voltage_V', names: ['ewe'], defaultUnit: 'V' },
  { field: 'voltage_V', names: ['ecell'], defaultUnit: 'V' },
  { field: 'voltage_V', names: ['ewe-ece'], defaultUnit: 'V' },
  // "cycle number" is a float starting at 0; kept as the vendor writes it (FORMATS.md 0.8).
  { field: 'cycle', names: ['cycle number'] },
  // Ns is the Modulo Bat sequence; GCPL files also have "half cycle".
  { field: 'step', names: ['ns'] },
  { field: 'step', names: ['half cycle'] },
  // Unsigned per-cycle accumulators (FORMATS.md 0.6); (Q-Qo) is net charge, which Cellbook has no field for.
  { field: 'charge_capacity_Ah', names: ['q charge'], defaultUnit: 'mAh' },
  { field: 'discharge_capacity_Ah', names: ['q discharge'], defaultUnit: 'mAh' },
  { field: 'temperature_C', names: ['temperature'], defaultUnit: 'C' },
];
// Not bound: "ox/red" is 0 or 1 at rest too, so it cannot tell rest from reduction, and the
// current is already signed (+ = oxidation at the working electrode, FORMATS.md 0.7).

const BANNER = /^(EC|BT)-Lab ASCII FILE/i;

function cells(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim());
}

/** The column line: the one "Nb header lines" names (it counts the column line), else found by its cells. */
function columnLineIndex(head: FileHead): number {
  const declared = /^Nb header lines\s*:\s*(\d+)/i.exec(head.lines[1] ?? '');
  if (BANNER.test(head.lines[0] ?? '') && declared) {
    const index = Number(declared[1]) - 1;
    if (cells(head.lines[index] ?? '').includes('time/s')) return index;
  }
  // A file without a header block (…no_header.mpt), or a count that does not fit: look for the line.
  return head.lines.slice(0, 200).findIndex((line) => {
    const row = cells(line);
    return row.includes('time/s') && (row.includes('mode') || row.some((cell) => /^(Ewe|Ecell)\/V$/.test(cell)));
  });
}

export const biologicFormat: CyclerFormat = {
  id: 'biologic',
  label: LABEL,
  detect: (head) => {
    if (head.container !== 'text') return 0;
    if (BANNER.test(head.lines[0] ?? '')) return 1;
    const index = columnLineIndex(head);
    if (index < 0) return 0;
    const row = cells(head.lines[index]!);
    return row.includes('mode') && row.includes('ox/red') && row.includes('error') ? 0.9 : 0.8;
  },
  plan: (head): TextPlan => {
    const index = columnLineIndex(head);
    if (index < 0) throw new CellbookError('validation', `${head.fileName}: no BioLogic column line (time/s with Ewe/V or Ecell/V) was found`);
    const header = head.lines[index]!.split('\t');
    const dataLines = head.lines.slice(index + 1);
    // German-locale exports write 3,4512 (FORMATS.md 0.3, yadg__mb.issue_95.de.mpt): decided from the data.
    const decimalComma = usesDecimalComma(dataLines, '\t');
    // "time as date" exports keep the header time/s over date strings (…timestamped.txt).
    const timeIndex = header.findIndex((cell) => cell.trim() === 'time/s');
    const firstTime = dataLines.find((line) => line.trim() !== '')?.split('\t')[timeIndex] ?? '';
    const datedTime = Number.isNaN(parseNumberCell(firstTime, decimalComma)) && Number.isFinite(parseDateTimeCell(firstTime));
    const rules = datedTime ? RULES.map((rule) => (rule.field === 'time_s' ? { field: 'datetime' as const, names: rule.names, kind: 'datetime' as const } : rule)) : RULES;
    const { bindings, notes } = bindLeniently(header, rules, head.fileName);
    if (datedTime) notes.push('the time/s column holds dates ("time as date" export): time was counted from the first point');
    if (!bindings.some((binding) => binding.field === 'current_A')) {
      // Only the set-point is left: better than nothing, but the user should know.
      const control = header.findIndex((cell) => splitHeader(cell).name === 'control' && unitScale('current', splitHeader(cell).unit, 1) !== null);
      if (control >= 0) {
        bindings.push({ field: 'current_A', index: control, header: header[control]!.trim(), kind: 'number', scale: unitScale('current', splitHeader(header[control]!).unit, 1)! });
        notes.push(`no measured current column: the control (set-point) current "${header[control]!.trim()}" was used`);
      }
    }
    // "<I>/mA" is the mean current over the interval before each point (EC-Lab's averaged current).
    const current = bindings.find((binding) => binding.field === 'current_A');
    const currentIsIntervalMean = current !== undefined && current.header.startsWith('<I>');
    if (currentIsIntervalMean) notes.push(`"${current.header}" is the mean current of each interval: capacities hold it over the interval`);
    return { format: 'biologic', label: LABEL, delimiter: '\t', decimalComma, dataStartLine: index + 1, bindings, currentSign: 'signed', currentIsIntervalMean, notes };
  },
};
