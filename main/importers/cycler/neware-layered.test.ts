// Neware's layered export recognised by its structure in English and Chinese BTS headers, its
// summary lines read as Neware's summaries (never as points), and its test time taken from a
// total-time column or rebuilt from the step times. Files written here; modelled on the layout
// BEEP's beep/structure/neware.py parses (FORMATS.md 3: no fixture has it).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../testing/cli-process';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from './formats/index';
import { readCyclerExport } from './read-export';

const tempDir = useTempDirs();

function layered(headers: readonly [string, string, string], stepTypes: readonly [string, string], withTotal: boolean): string {
  const total = (s: number) => (withTotal ? `,0:00:${String(s).padStart(2, '0')}.0` : '');
  return [
    ...headers,
    '1,2.7778,1.3889',
    `,1,${stepTypes[0]}`,
    `,,1,\t2019-01-01 00:00:00,0:00:00.0${total(0)},3.50,1000,0,0`,
    `,,2,\t2019-01-01 00:00:10,0:00:10.0${total(10)},3.60,1000,2.7778,0`,
    `,2,${stepTypes[1]}`,
    // A step's first record is written when the step before it ends (step time 0).
    `,,3,\t2019-01-01 00:00:10,0:00:00.0${total(10)},3.55,-500,0,0`,
    `,,4,\t2019-01-01 00:00:20,0:00:10.0${total(20)},3.40,-500,0,1.3889`,
  ].join('\r\n');
}

const ENGLISH: [string, string, string] = ['Cycle ID,Cap_Chg(mAh),Cap_DChg(mAh)', ',Step ID,Step Name', ',,Record ID,Realtime,Time(h:min:s.ms),Voltage(V),Current(mA),Capacitance_Chg(mAh),Capacitance_DChg(mAh)'];
const CHINESE: [string, string, string] = ['循环序号,充电容量(mAh),放电容量(mAh)', ',工步序号,工步类型', ',,记录序号,绝对时间,相对时间(h:min:s.ms),电压(V),电流(mA),充电容量(mAh),放电容量(mAh)'];
const WITH_TOTAL: [string, string, string] = ['Cycle,Chg Cap(mAh),DChg Cap(mAh)', ',Step,Step Type', ',,Record,Real Time,Step Time(h:min:s.ms),Total Time(h:min:s.ms),Voltage(V),Current(mA),Chg Cap(mAh),DChg Cap(mAh)'];

describe('Neware layered export', () => {
  it.each([
    ['English BTS 7 headers', ENGLISH, ['CC_Chg', 'CC_DChg'], false, 'from its date-times "Realtime" (its "time" restarts at every step)'],
    ['Chinese headers', CHINESE, ['恒流充电', '恒流放电'], false, 'from its date-times "绝对时间" (its "time" restarts at every step)'],
    ['a total-time column', WITH_TOTAL, ['CC Chg', 'CC DChg'], true, 'its total-time column "Total Time(h:min:s.ms)"'],
  ] as const)('with %s: records only, cycles and step types from the summary lines, test time that goes on', async (_, headers, steps, withTotal, timeNote) => {
    const filePath = path.join(tempDir(), 'layered.csv');
    writeFileSync(filePath, layered(headers, steps, withTotal));
    const result = await readCyclerExport(filePath, CYCLER_FORMATS, CYCLER_REFUSALS);
    expect(result.format.id).toBe('neware');
    expect(result.rows).toBe(4);
    // No summary line taken for a skipped row or a clock going back.
    expect(result.warnings).toEqual([]);
    expect([...result.series.timeS]).toEqual([0, 10, 10, 20]);
    expect([...result.series.currentA]).toEqual([1, 1, -0.5, -0.5]);
    expect([...result.series.vendorCycle!]).toEqual([1, 1, 1, 1]);
    expect([...result.series.stateCode!]).toEqual([1, 1, -1, -1]);
    expect(result.notes).toContain(`the test time is ${timeNote}`);
    expect(result.notes).toContain("layered.csv is a layered Neware export (cycle, step and record lines): 4 record lines read as data; 1 cycle and 2 step summary lines read as Neware's own summaries (cycle and step numbers, step types), not as points");
    // 1 A for 10 s = 2.7778 mAh; 0.5 A for 10 s = 1.3889 mAh: as the cycle line says.
    expect(result.notes.some((note) => /^Neware's cycle summaries \(2 capacities compared\) differ from coulomb counting of the records by at most 0\.00\d+ %$/.test(note))).toBe(true);
  });

  it('rebuilds the test time from the step times when the records carry no date-time', async () => {
    const headers: [string, string, string] = ['Cycle ID,Cap_Chg(mAh),Cap_DChg(mAh)', ',Step ID,Step Name', ',,Record ID,Time(h:min:s.ms),Voltage(V),Current(mA)'];
    const text = [...headers, '1,2.7778,1.3889', ',1,CC_Chg', ',,1,0:00:00.0,3.5,1000', ',,2,0:00:10.0,3.6,1000', ',2,CC_DChg', ',,3,0:00:00.0,3.55,-500', ',,4,0:00:10.0,3.4,-500'].join('\n');
    const filePath = path.join(tempDir(), 'no dates.csv');
    writeFileSync(filePath, text);
    const result = await readCyclerExport(filePath, CYCLER_FORMATS, CYCLER_REFUSALS);
    // Each step goes on from the last record of the one before it.
    expect([...result.series.timeS]).toEqual([0, 10, 10, 20]);
    expect(result.warnings).toEqual([]);
    expect(result.notes).toContain('the test time is its step times ("Time(h:min:s.ms)", restarting at every step) added up');
  });
});
