// Maccor MIMS/MacTest text exports (TAB) and Maccor CSV. The preamble differs per export style
// (1 free-text line, 3 key/value lines, 13 "Name:/Channel:/SCap" lines, or 2 CSV lines: FORMATS.md
// section 2), so the column line is found by its names, never by a line count (FORMATS.md 0.2).
import { CellbookError } from '../../../../shared/api-error';
import type { ColumnBinding } from '../canonical';
import { parseDateTimeCell, parseNumberCell } from '../cell-values';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, guessDelimiter, usesDecimalComma, type FieldRule } from '../header-map';
import { splitHeader, unitScale } from '../header-units';

const LABEL = 'Maccor (MacTest/MIMS text export, CSV)';

// Names as splitHeader gives them. Maccor writes the unit into the name ("Amps", "mAmps",
// "mAmp-hr"), so each unit gets its own rule; a later rule only binds when an earlier one did not.
const RULES: FieldRule[] = [
  // "Test (Min)"/"Test (Sec)", "TestTime" ("  3d 02:11:05.25", or a plain number in layout C), "Test Time (sec)".
  { field: 'time_s', names: ['test', 'testtime', 'test time', 'prog time'], kind: 'duration' },
  { field: 'datetime', names: ['dpt time'], kind: 'datetime' },
  // "Cycle P" is a second counter; "Cycle C" is the one to keep (FORMATS.md 2).
  { field: 'cycle', names: ['cyc#', 'cycle c', 'cycle', 'cycle id'] },
  { field: 'step', names: ['step'] },
  { field: 'state', names: ['state', 'md', 'status'], kind: 'text' },
  { field: 'current_A', names: ['amps', 'current'], defaultUnit: 'A' },
  { field: 'current_A', names: ['mamps'], defaultUnit: 'mA' },
  { field: 'voltage_V', names: ['volts', 'voltage'], defaultUnit: 'V' },
  { field: 'voltage_V', names: ['mvolts'], defaultUnit: 'mV' },
  { field: 'temperature_C', names: ['temp 1'], defaultUnit: 'C' },
  // "Amp-hr"/"Cap. [Ah]"/"Capacity" is ONE unsigned accumulator per step for both directions
  // (FORMATS.md 0.6): the engine splits it by the state. Not mapped: "Aux #n" channels may be
  // disconnected thermocouples at -2500 °C.
  { field: 'step_capacity_Ah', names: ['amp-hr', 'cap', 'capacity'], defaultUnit: 'Ah' },
  { field: 'step_capacity_Ah', names: ['mamp-hr'], defaultUnit: 'mAh' },
];

/** Maccor's State/Md codes: C charge, D discharge; R rest, O other, P pause, S stop, FRA (EIS). */
export function maccorState(text: string): -1 | 0 | 1 | null {
  const code = text.trim().toUpperCase();
  if (code === 'C') return 1;
  if (code === 'D') return -1;
  return ['R', 'O', 'P', 'S', 'FRA'].includes(code) ? 0 : null;
}

/** The column line: first cell "Rec#"/"Rec", a "Step" and a cycle counter among its cells. */
function columnLine(head: FileHead): number {
  return head.lines.findIndex((line) => {
    const names = line.split(/[\t,]/).map((cell) => splitHeader(cell).name);
    return (names[0] === 'rec#' || names[0] === 'rec') && names.includes('step') && names.some((name) => ['cyc#', 'cycle c', 'cycle p', 'cycle'].includes(name));
  });
}

type Rows = string[][];
const cellsOf = (rows: Rows, binding: ColumnBinding | undefined) => (binding ? rows.map((cells) => cells[binding.index] ?? '').filter((text) => text.trim() !== '') : []);

/**
 * 'dmy' when the DPT Time dates are day first. Ambiguous dates (06/05/2021) follow the number
 * locale: a decimal-comma export comes from a day-first locale (FORMATS.md 2, `…_two.txt`).
 */
function dateOrder(dates: string[], decimalComma: boolean): 'mdy' | 'dmy' {
  for (const text of dates) {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(text);
    if (match && Number(match[1]) > 12) return 'dmy';
    if (match && Number(match[2]) > 12) return 'mdy';
  }
  return decimalComma ? 'dmy' : 'mdy';
}

const asMdy = (text: string) => text.replace(/^(\s*)(\d{1,2})\/(\d{1,2})\//, '$1$3/$2/');

/** Nearest of 1, 60, 3600 to `ratio`, or null when it is near none of them (within 2x). */
function nearestUnit(ratio: number): number | null {
  if (!Number.isFinite(ratio) || ratio <= 0) return null;
  const best = [1, 60, 3600].reduce((a, b) => (Math.abs(Math.log(ratio / b)) < Math.abs(Math.log(ratio / a)) ? b : a));
  return Math.abs(Math.log(ratio / best)) < Math.log(2) ? best : null;
}

/**
 * Seconds per unit of a time column written as plain numbers without a unit (layout C's
 * "TestTime"): checked against the DPT Time clock, else against capacity = |I|·t (FORMATS.md 2).
 */
function inferTimeUnit(rows: Rows, time: ColumnBinding, parts: { date?: ColumnBinding; order: 'mdy' | 'dmy'; current?: ColumnBinding; capacityIndex: number }, decimalComma: boolean): number | null {
  const num = (cells: string[], index: number) => parseNumberCell(cells[index] ?? '', decimalComma);
  if (parts.date) {
    const points = rows
      .map((cells) => ({ t: num(cells, time.index), d: parseDateTimeCell(parts.order === 'dmy' ? asMdy(cells[parts.date!.index] ?? '') : (cells[parts.date!.index] ?? '')) }))
      .filter((point) => Number.isFinite(point.t) && Number.isFinite(point.d));
    const first = points[0];
    const last = points.at(-1);
    const unit = first && last && last.t > first.t ? nearestUnit((last.d - first.d) / (last.t - first.t)) : null;
    if (unit !== null) return unit;
  }
  if (parts.current && parts.capacityIndex >= 0) {
    let ampHours = 0;
    let ampUnits = 0;
    for (let i = 1; i < rows.length; i += 1) {
      const current = Math.abs(num(rows[i]!, parts.current.index) * parts.current.scale);
      const dq = num(rows[i]!, parts.capacityIndex) - num(rows[i - 1]!, parts.capacityIndex);
      const dt = num(rows[i]!, time.index) - num(rows[i - 1]!, time.index);
      if (current > 0 && dq > 0 && dt > 0) {
        ampHours += dq;
        ampUnits += current * dt;
      }
    }
    if (ampUnits > 0) return nearestUnit((ampHours * 3600) / ampUnits);
  }
  return null;
}

function plan(head: FileHead): TextPlan {
  const index = columnLine(head);
  if (index < 0) throw new CellbookError('validation', `${head.fileName}: no Maccor column line (Rec#, Cyc#, Step, …) was found`);
  const delimiter = guessDelimiter(head.lines[index]!);
  const header = head.lines[index]!.split(delimiter);
  const dataLines = head.lines.slice(index + 1).filter((line) => line.trim() !== '');
  const decimalComma = usesDecimalComma(dataLines, delimiter);
  const rows: Rows = dataLines.map((line) => line.split(delimiter));
  const { bindings: bound, notes } = bindHeader(header, RULES, head.fileName);
  const bindings = [...bound];
  const find = (field: ColumnBinding['field']) => bindings.find((binding) => binding.field === field);
  const replace = (old: ColumnBinding, next: ColumnBinding | null) => bindings.splice(bindings.indexOf(old), 1, ...(next ? [next] : []));

  const date = find('datetime');
  const order = dateOrder(cellsOf(rows, date), decimalComma);
  const time = find('time_s');
  if (time && !cellsOf(rows, time).some((text) => text.includes(':'))) {
    // Plain numbers: the header's unit ("Test (Min)" = minutes, FORMATS.md 0.5), else inferred.
    const headerUnit = splitHeader(time.header).unit;
    let scale = headerUnit ? unitScale('time', headerUnit, 1) : null;
    if (headerUnit && scale === null) throw new CellbookError('validation', `${head.fileName}: column "${time.header}" is in "${headerUnit}", which Cellbook does not know for a time`);
    if (scale === null) {
      const capacityIndex = header.findIndex((cell) => ['amp-hr', 'cap', 'capacity'].includes(splitHeader(cell).name));
      scale = inferTimeUnit(rows, time, { date, order, current: find('current_A'), capacityIndex }, decimalComma);
      if (scale === null) {
        scale = 1;
        notes.push(`"${time.header}" states no unit and could not be checked against the clock or the capacity: read as seconds`);
      } else {
        notes.push(`"${time.header}" states no unit: the DPT Time clock (or capacity) shows it is in ${scale === 60 ? 'minutes' : scale === 3600 ? 'hours' : 'seconds'}`);
      }
    } else if (scale !== 1) {
      notes.push(`"${time.header}" is in ${headerUnit}: converted to seconds`);
    }
    replace(time, { ...time, scale });
  }

  if (date) {
    // Cellbook's date reader takes a/b/yyyy as month/day, and a continuation file (.002) writes
    // only the time of day (FORMATS.md 2 pitfalls): keep such a column out rather than misread it.
    const dates = cellsOf(rows, date);
    if (!dates.some((text) => Number.isFinite(parseDateTimeCell(text)))) {
      replace(date, null);
      notes.push(`"${date.header}" holds only the time of day (a continuation file): the start date is in the preamble ("Date of Test:") and was not read`);
    } else if (order === 'dmy') {
      replace(date, null);
      notes.push(`"${date.header}" writes dates day/month/year (a decimal-comma locale): the start date was not read, test time is unaffected`);
    }
  }

  const voltage = find('voltage_V');
  if (voltage && voltage.scale === 1) {
    // "Volts" holding millivolts (FORMATS.md 0.4: `…_three.txt`, values 1300-3802): a cell never reaches 20 V.
    const highest = Math.max(0, ...cellsOf(rows, voltage).map((text) => Math.abs(parseNumberCell(text, decimalComma))).filter(Number.isFinite));
    if (highest > 20) {
      replace(voltage, { ...voltage, scale: 1e-3 });
      notes.push(`"${voltage.header}" holds millivolts (up to ${Math.round(highest)} in the first lines): divided by 1000`);
    }
  }

  // The current is unsigned in some exports and signed in others (FORMATS.md 0.7). The state
  // follows the current's direction in both, so taking the sign from the state is right for both;
  // 'signed' is kept only where the first lines show the export already signs discharge.
  const state = find('state');
  const current = find('current_A');
  let currentSign: TextPlan['currentSign'] = 'signed';
  if (state && current) {
    const signed = rows.some((cells) => maccorState(cells[state.index] ?? '') === -1 && parseNumberCell(cells[current.index] ?? '', decimalComma) < 0);
    currentSign = signed ? 'signed' : 'from_state';
  } else if (current) {
    notes.push('no State column: the current is taken with the sign the export wrote');
  }
  return { format: 'maccor', label: LABEL, delimiter, decimalComma, dataStartLine: index + 1, bindings, stateOf: maccorState, currentSign, notes };
}

export const maccorFormat: CyclerFormat = {
  id: 'maccor',
  label: LABEL,
  detect: (head) => {
    if (head.container !== 'text') return 0;
    const index = columnLine(head);
    if (index < 0) return 0;
    const preamble = head.lines.slice(0, index).join('\n');
    return /Today'{1,2}s Date|Maccor/i.test(preamble) ? 0.95 : 0.85;
  },
  plan,
};
