// Arbin MITS Pro / MITS 8 exports (FORMATS.md section 1), three dialects of one column set:
//   SQL/BEEP CSV   Data_Point,Test_Time,DateTime,Step_Index,Cycle_Index,Current,Voltage,...  (no units)
//   old Excel      Date_Time,Test_Time(s),Step_Index,Cycle_Index,Voltage(V),Current(A),...  (xlsx)
//   MITS 8 CSV     BOM + Data Point,Date Time,Test Time (s),Cycle Index,Step Index,...,Current (A)
// splitHeader folds "_", spaces and case, so one set of names covers all three. Current is written
// signed (discharge negative), which is Cellbook's convention: it is kept.
import { CellbookError } from '../../../../shared/api-error';
import type { ColumnBinding } from '../canonical';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, guessDelimiter, usesDecimalComma, type FieldRule } from '../header-map';
import { splitHeader } from '../header-units';

const RULES: FieldRule[] = [
  { field: 'time_s', names: ['test time'], defaultUnit: 's' },
  // Epoch seconds in the SQL CSV; "\t09/20/2024 08:32:34.558" in MITS 8 (parseDateTimeCell drops the TAB).
  { field: 'datetime', names: ['datetime', 'date time'], kind: 'datetime' },
  { field: 'step', names: ['step index'] },
  { field: 'cycle', names: ['cycle index'] },
  // Arbin's unit-less headers are in A, V, Ah, °C (FORMATS.md 1 "Map").
  { field: 'current_A', names: ['current'], defaultUnit: 'A' },
  { field: 'voltage_V', names: ['voltage'], defaultUnit: 'V' },
  { field: 'charge_capacity_Ah', names: ['charge capacity'], defaultUnit: 'Ah' },
  { field: 'discharge_capacity_Ah', names: ['discharge capacity'], defaultUnit: 'Ah' },
  { field: 'temperature_C', names: ['temperature', 'aux temperature 1'], defaultUnit: 'C' },
];

const REQUIRED = new Set<ColumnBinding['field']>(['time_s', 'current_A', 'voltage_V']);

/**
 * Columns named "Cycle Index", "Step Index" and "Test Time" (any case, "_" or space, any unit):
 * what tells Arbin from Maccor and Neware (ionworks detect.py). Whole column names, not substrings,
 * so that BEEP-style snake_case files ("cycle_index,step_index,test_time_s", the SINTEF Landt
 * CSV) are not taken for Arbin.
 */
function isArbinHeader(line: string): boolean {
  const names = new Set(line.split(guessDelimiter(line)).map((cell) => splitHeader(cell).name));
  return names.has('cycle index') && names.has('step index') && names.has('test time');
}

function headerIndex(head: FileHead): number {
  return head.lines.slice(0, 50).findIndex(isArbinHeader);
}

export const arbinFormat: CyclerFormat = {
  id: 'arbin',
  label: 'Arbin (MITS Pro / MITS 8 CSV, XLSX export)',
  detect: (head) => (headerIndex(head) >= 0 ? 0.9 : 0),
  plan: (head): TextPlan => {
    const index = headerIndex(head);
    if (index < 0) throw new CellbookError('validation', `${head.fileName}: no Arbin header line (Cycle Index, Step Index and Test Time) was found`);
    // Workbook rows come joined by tabs (xlsx-rows.ts).
    const delimiter = head.container === 'xlsx' ? '\t' : guessDelimiter(head.lines[index]!);
    const headerCells = head.lines[index]!.split(delimiter);
    const dataLines = head.lines.slice(index + 1).filter((line) => line.trim() !== '');
    const bound = bindHeader(headerCells, RULES, head.fileName);
    const notes = [...bound.notes];
    const cellsOf = (binding: ColumnBinding) => dataLines.map((line) => (line.split(delimiter)[binding.index] ?? '').trim());

    const bindings = bound.bindings.filter((binding) => {
      const cells = cellsOf(binding);
      // FORMATS.md 1 pitfall: the SQL CSV can leave Step_Index and Cycle_Index empty in every row
      // (beep CH33). A column of nothing is reported as absent rather than as a column of gaps.
      if (!REQUIRED.has(binding.field) && cells.length > 0 && cells.every((cell) => cell === '')) {
        notes.push(`"${binding.header}" is empty in ${head.complete ? 'every row' : `the first ${cells.length} rows`}: not read`);
        return false;
      }
      // The old Excel export stores Date_Time as an Excel day number (44123.48...), which the
      // engine's date-time cells do not read; the test time column still gives the time axis.
      if (binding.field === 'datetime' && head.container === 'xlsx' && /^\d{4,6}(\.\d+)?$/.test(cells[0] ?? '')) {
        notes.push(`"${binding.header}" holds Excel day numbers, which are not read: the start date and time are not known`);
        return false;
      }
      return true;
    });

    return {
      format: 'arbin',
      label: arbinFormat.label,
      delimiter,
      decimalComma: usesDecimalComma(dataLines, delimiter),
      dataStartLine: index + 1,
      bindings,
      currentSign: 'signed',
      notes,
    };
  },
};
