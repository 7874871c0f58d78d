// Neware's layered export (BTS 7 and older BTSDA; FORMATS.md section 3): three header lines, then
// a cycle line ("1,cap chg,cap dchg,..."), its step lines (",1,CC_Chg,...") and their record lines
// (",,1,realtime,step time,current,voltage,..."). It is recognised by that structure, not by one
// spelling of its headers (English and Chinese BTS versions name them differently), and read as a
// flat record table: each record gets the cycle and step numbers and the step type of the summary
// lines above it, and the test time that goes on across steps: a total-time column when there is
// one, else the records' date-times, else rebuilt by adding up the step times (which restart at
// every step, and lose the interval before each step's first record). The cycle lines' capacities are kept as the
// vendor's summaries, to compare with coulomb counting, never as data.
import { createReadStream, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { makeOwnedTempDir } from '../../files/owned-temporaries';
import { parseDurationCell } from './cell-values';
import type { FileHead } from './format';
import { splitHeader } from './header-units';

/** A cell without the quotes and TABs the layered export puts in them. */
const clean = (cell: string) => cell.replace(/[\t"]/g, '').trim();
const cellsOf = (line: string) => line.split(',').map(clean);
const leadingEmpty = (cells: readonly string[]) => {
  let count = 0;
  while (count < cells.length && cells[count] === '') count += 1;
  return count;
};

const NAMES = {
  current: ['current', '电流'],
  voltage: ['voltage', '电压'],
  totalTime: ['total time', 'test time', 'cumulative time', '总时间', '测试时间', '累计时间'],
  stepTime: ['time', 'step time', 'record time', 'relative time', '记录时间', '相对时间', '时间'],
  realtime: ['realtime', 'real time', 'absolute time', 'date', '绝对时间', '系统时间', '实际时间'],
  chargeCapacity: ['capacitance chg', 'capacity chg', 'chg cap', 'cap chg', '充电容量'],
  dischargeCapacity: ['capacitance dchg', 'capacity dchg', 'dchg cap', 'cap dchg', '放电容量'],
  stepType: ['step name', 'step type', 'step', '工步名称', '工步类型', '状态'],
};

function indexOf(names: readonly string[], wanted: readonly string[]): number {
  return names.findIndex((name) => wanted.includes(name));
}

/** The three header lines a layered export starts with: no cell, one and two empty cells before the names. */
export function isLayeredNeware(head: FileHead): boolean {
  if (head.container !== 'text' || head.lines.length < 4) return false;
  const [cycle, step, record] = head.lines.slice(0, 3).map(cellsOf) as [string[], string[], string[]];
  if (leadingEmpty(cycle) !== 0 || leadingEmpty(step) !== 1 || leadingEmpty(record) !== 2) return false;
  const names = record.map((cell) => splitHeader(cell).name);
  return indexOf(names, NAMES.current) >= 0 && indexOf(names, NAMES.voltage) >= 0 && (indexOf(names, NAMES.totalTime) >= 0 || indexOf(names, NAMES.stepTime) >= 0);
}

export interface LayeredCopy {
  filePath: string;
  notes: string[];
  /** The cycle lines' own capacities, mAh, by the export's cycle number. */
  cycleSummaries: Map<number, { chargeMAh: number | null; dischargeMAh: number | null }>;
  remove: () => void;
}

/** A flat record table of a layered export, in a temporary file; removed by `remove`. */
export async function flattenLayeredNeware(filePath: string, head: FileHead): Promise<LayeredCopy> {
  const [cycleHeader, stepHeader, recordHeader] = head.lines.slice(0, 3).map(cellsOf) as [string[], string[], string[]];
  const recordNames = recordHeader.map((cell) => splitHeader(cell).name);
  const at = (wanted: readonly string[]) => indexOf(recordNames, wanted);
  const total = at(NAMES.totalTime);
  const realtime = at(NAMES.realtime);
  const stepTime = total >= 0 || realtime >= 0 ? -1 : at(NAMES.stepTime);
  // Without a test-time column the date-times are the time (the flat table then has no time column).
  const timeColumn = total >= 0 || stepTime >= 0;
  const columns = { current: at(NAMES.current), voltage: at(NAMES.voltage), realtime, charge: at(NAMES.chargeCapacity), discharge: at(NAMES.dischargeCapacity) };
  const unit = (index: number, fallback: string) => (index >= 0 ? (splitHeader(recordHeader[index]!).unit ?? fallback) : fallback);
  const stepNames = stepHeader.map((cell) => splitHeader(cell).name);
  const stepTypeAt = indexOf(stepNames.slice(2), NAMES.stepType);
  const cycleNames = cycleHeader.map((cell) => splitHeader(cell).name);
  const cycleCharge = indexOf(cycleNames, NAMES.chargeCapacity);
  const cycleDischarge = indexOf(cycleNames, NAMES.dischargeCapacity);
  const cycleUnit = (index: number) => (index >= 0 ? (splitHeader(cycleHeader[index]!).unit ?? 'mAh') : 'mAh').toLowerCase();

  const out: string[] = [
    ['DataPoint', 'Cycle Index', 'Step Index', 'Step Type', ...(timeColumn ? ['Total Time(s)'] : []), 'Date', `Current(${unit(columns.current, 'mA')})`, `Voltage(${unit(columns.voltage, 'V')})`, `Chg. Cap.(${unit(columns.charge, 'mAh')})`, `DChg. Cap.(${unit(columns.discharge, 'mAh')})`].join(','),
  ];
  const cycleSummaries = new Map<number, { chargeMAh: number | null; dischargeMAh: number | null }>();
  let cycle = Number.NaN;
  let step = Number.NaN;
  let stepType = '';
  let stepStartS = 0;
  let lastS = 0;
  let records = 0;
  let cycleLines = 0;
  let stepLines = 0;
  const toMAh = (text: string | undefined, unitText: string) => {
    const value = Number(text);
    if (text === undefined || text === '' || !Number.isFinite(value)) return null;
    return unitText === 'ah' ? value * 1000 : value;
  };
  const lines = createInterface({ input: createReadStream(filePath, head.encoding === 'latin1' ? 'latin1' : 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (lineNumber <= 3 || line.trim() === '') continue;
    const cells = cellsOf(line);
    const depth = leadingEmpty(cells);
    if (depth === 0) {
      cycleLines += 1;
      cycle = Number(cells[0]);
      if (Number.isFinite(cycle)) cycleSummaries.set(cycle, { chargeMAh: toMAh(cells[cycleCharge], cycleUnit(cycleCharge)), dischargeMAh: toMAh(cells[cycleDischarge], cycleUnit(cycleDischarge)) });
    } else if (depth === 1) {
      stepLines += 1;
      step = Number(cells[1]);
      stepType = stepTypeAt >= 0 ? (cells[2 + stepTypeAt] ?? '') : '';
      // A step's time restarts at 0: the test time goes on from where the last step ended.
      stepStartS = lastS;
    } else {
      records += 1;
      const timeS = total >= 0 ? parseDurationCell(cells[total] ?? '', false) : stepTime >= 0 ? stepStartS + parseDurationCell(cells[stepTime] ?? '', false) : Number.NaN;
      if (Number.isFinite(timeS)) lastS = timeS;
      const cell = (index: number) => (index >= 0 ? (cells[index] ?? '') : '');
      out.push([cells[2], cycle, step, stepType, ...(timeColumn ? [Number.isFinite(timeS) ? timeS : ''] : []), cell(columns.realtime), cell(columns.current), cell(columns.voltage), cell(columns.charge), cell(columns.discharge)].join(','));
    }
  }
  const dir = makeOwnedTempDir('neware');
  const copyPath = path.join(dir, 'records.csv');
  writeFileSync(copyPath, `${out.join('\n')}\n`);
  const time =
    total >= 0
      ? `its total-time column "${recordHeader[total]}"`
      : realtime >= 0
        ? `from its date-times "${recordHeader[realtime]}" (its "time" restarts at every step)`
        : `its step times ("${recordHeader[at(NAMES.stepTime)]}", restarting at every step) added up`;
  const notes = [
    `${head.fileName} is a layered Neware export (cycle, step and record lines): ${records.toLocaleString('en')} record lines read as data; ${cycleLines} cycle and ${stepLines} step summary lines read as Neware's own summaries (cycle and step numbers, step types), not as points`,
    `the test time is ${time}`,
  ];
  return { filePath: copyPath, notes, cycleSummaries, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
