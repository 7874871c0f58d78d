// PEC SBT tester CSV (FORMATS.md section 7): 30-45 preamble lines of "Key:,value" (with an embedded
// #RESULTS CHECK ... #END RESULTS CHECK table), then the column line
//   Test,Cell,Rack,Shelf,Position,Cell ID,Step,[Instruction Name,]Cycle,Total Time (<unit>),...
// Units are read per column: the 2019 exports write mV/mA/mAh and seconds, later ones V/A and
// "(Hours in hh:mm:ss.xxx)". Current is signed (discharge negative) and kept.
import { CellbookError } from '../../../../shared/api-error';
import type { ColumnBinding } from '../canonical';
import type { CyclerFormat, FileHead, TextPlan } from '../format';
import { bindHeader, type FieldRule } from '../header-map';
import { splitHeader, unitScale } from '../header-units';

const RULES: FieldRule[] = [
  // Durations: "hh:mm:ss.xxx" or a number, scaled below by the unit PEC writes in words.
  { field: 'time_s', names: ['total time'], kind: 'duration' },
  { field: 'datetime', names: ['real time'], kind: 'datetime' },
  { field: 'step', names: ['step'] },
  { field: 'cycle', names: ['cycle'] },
  { field: 'current_A', names: ['current'], defaultUnit: 'A' },
  { field: 'voltage_V', names: ['voltage'], defaultUnit: 'V' },
  { field: 'charge_capacity_Ah', names: ['charge capacity'], defaultUnit: 'Ah' },
  { field: 'discharge_capacity_Ah', names: ['discharge capacity'], defaultUnit: 'Ah' },
  // One rule per name: within a rule the leftmost matching column wins, and the cell's own
  // temperature is wanted before the ambient one (which comes first in the 2019 layout).
  { field: 'temperature_C', names: ['cell surface temperature'], defaultUnit: 'C' },
  { field: 'temperature_C', names: ['cell temperature'], defaultUnit: 'C' },
  { field: 'temperature_C', names: ['ambient temperature'], defaultUnit: 'C' },
];

/** PEC's time units (cellpy pec_csv.py `_get_pec_times`) -> factor of the parsed duration. */
const TIME_SCALE: Record<string, number> = { seconds: 1, minutes: 60, 'decimal hours': 3600, 'hours in hh:mm:ss.xxx': 1 };

/** "Charge Capacity (mWh)": a capacity by name, an energy by unit. */
const isEnergyCalledCapacity = (header: string) => {
  const { name, unit } = splitHeader(header);
  return name.includes('capacity') && unit !== null && unit !== '' && unitScale('energy', unit, 1) !== null;
};

function headerIndex(head: FileHead): number {
  return head.lines.slice(0, 100).findIndex((line) => /^test,cell,rack,shelf,position,/i.test(line.trim()));
}

export const pecFormat: CyclerFormat = {
  id: 'pec',
  label: 'PEC SBT CSV',
  detect: (head) => {
    if (head.container !== 'text') return 0;
    if (headerIndex(head) >= 0) return 0.95;
    const preamble = head.lines.slice(0, 50);
    return preamble.some((line) => line.startsWith('Request Year:,')) && preamble.some((line) => line.startsWith('TestRegime Name:,')) ? 0.6 : 0;
  },
  plan: (head): TextPlan => {
    const index = headerIndex(head);
    if (index < 0) throw new CellbookError('validation', `${head.fileName}: no PEC column line (Test,Cell,Rack,Shelf,Position,...) was found`);
    const notes: string[] = [];
    const headerCells = head.lines[index]!.split(',').map((cell) => {
      // FORMATS.md 7 pitfall: the 2019 export labels energy "Charge Capacity (mWh)" /
      // "Discharge Capacity (mWh)". A column whose unit is an energy is hidden from binding, so
      // that only the mAh columns can become capacities.
      if (isEnergyCalledCapacity(cell)) {
        notes.push(`"${cell.trim()}" holds energy despite its name: not read as capacity`);
        return '';
      }
      return cell;
    });
    const bound = bindHeader(headerCells, RULES, head.fileName);
    const bindings = bound.bindings.map((binding): ColumnBinding => {
      if (binding.field !== 'time_s') return binding;
      const unit = (splitHeader(binding.header).unit ?? 'seconds').toLowerCase().replace(/\s+/g, ' ');
      const scale = TIME_SCALE[unit];
      if (scale === undefined) throw new CellbookError('validation', `${head.fileName}: column "${binding.header}" is in "${unit}", which Cellbook does not know for a time`);
      if (scale !== 1) notes.push(`"${binding.header}" is in ${unit}: converted`);
      return { ...binding, scale };
    });
    return {
      format: 'pec',
      label: pecFormat.label,
      delimiter: ',',
      decimalComma: false,
      dataStartLine: index + 1,
      bindings,
      currentSign: 'signed',
      notes: [...notes, ...bound.notes],
    };
  },
};
