// PEC exports from /work/shared/fixtures/cyclers/pec (facts from its MANIFEST.md), read through the
// engine with every vendor format competing.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../testing/cli-process';
import { readFileHead } from '../file-head';
import { readCyclerFile } from '../read-cycler-file';
import { arbinFormat } from './arbin';
import { genericFormat } from './generic';
import { novonixFormat } from './novonix';
import { pecFormat } from './pec';
import { REFUSALS } from './refusals';
import { asStored } from '../stored-precision';

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures/cyclers');
const DIR = path.join(FIXTURES, 'pec');
const present = existsSync(DIR);
if (!present) console.log(`PEC fixture tests skipped: ${DIR} does not exist (the shared cycler fixtures are not on this machine)`);

const FORMATS = [arbinFormat, novonixFormat, pecFormat, genericFormat];
const first = (column: ArrayLike<number> | null) => column![0]!;
const last = (column: ArrayLike<number> | null) => column![column!.length - 1]!;

describe.skipIf(!present)('PEC fixtures', () => {
  it('covers every file in the folder', () => {
    expect(readdirSync(DIR).sort()).toEqual(['cellpy__pec.csv']);
  });

  it('reads the 2019 export: mV and mA scaled, energy columns not taken as capacity', async () => {
    const result = await readCyclerFile(path.join(DIR, 'cellpy__pec.csv'), FORMATS, REFUSALS);
    expect(result.format.id).toBe('pec');
    expect(result.rows).toBe(16255); // MANIFEST: column line 33, 16255 data rows
    expect(result.warnings).toEqual([]);
    expect(result.notes).toEqual(
      expect.arrayContaining([
        '"Voltage (mV)" is in mV: converted',
        '"Current (mA)" is in mA: converted',
        '"Charge Capacity (mAh)" is in mAh: converted',
        '"Charge Capacity (mWh)" holds energy despite its name: not read as capacity',
        '"Discharge Capacity (mWh)" holds energy despite its name: not read as capacity',
      ]),
    );
    const { series } = result;
    // line 34: 187,1,SBT0550,001,1,,0,0,1,0,1,0,0,02/22/2019 16:23:27,02/22/2019 16:23:26,3272.632,0,0,0,0,0,30,...,25.83,24.9,,,,
    expect(first(series.timeS)).toBe(1);
    expect(first(series.currentA)).toBe(0);
    expect(first(series.voltageV)).toBe(asStored(3.272632));
    expect(first(series.stepIndex)).toBe(0);
    expect(first(series.vendorCycle)).toBe(0);
    expect(first(series.temperatureC)).toBe(24.9); // "Cell surface temperature (°C)", not ambient (25.83)
    expect(result.startEpochS).toBe(Date.UTC(2019, 1, 22, 16, 23, 27) / 1000);
    // line 40: ...,1,0,31.183,...,3268.6792,-1640.1,0,0.455,0,1.487,... — discharge: negative; 0.455 mAh, not 1.487 mWh
    expect(series.timeS[6]).toBe(31.183);
    expect(series.currentA[6]).toBe(asStored(-1.6401));
    expect(series.voltageV[6]).toBe(asStored(3.2686792));
    expect(series.dischargeCapacityAh![6]).toBeCloseTo(0.000455, 12);
    // line 16288: 187,1,SBT0550,001,1,,8,2,323010.183,...,3787.5572,1640.1,44258.93,0,147740.133,0,30,...
    expect(last(series.timeS)).toBe(323010.183);
    expect(last(series.currentA)).toBe(asStored(1.6401));
    expect(last(series.voltageV)).toBe(asStored(3.7875572));
    expect(last(series.chargeCapacityAh)).toBeCloseTo(44.25893, 9);
    expect(last(series.vendorCycle)).toBe(2);
    expect(last(series.stepIndex)).toBe(8);
  });

  it('does not claim any other folder\'s file (Maccor, Neware, BioLogic, BDF, Landt, ...)', async () => {
    const others = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'pec')
      .flatMap((entry) => readdirSync(path.join(FIXTURES, entry.name)).map((name) => `${entry.name}/${name}`));
    expect(others).toEqual(expect.arrayContaining(['maccor/batdata__maccor_example.001', 'neware/cellpy__neware_uio.csv', 'biologic/yadg__gcpl.issue_149.mpt']));
    for (const other of others) {
      const head = await readFileHead(path.join(FIXTURES, other));
      expect(pecFormat.detect(head), other).toBeLessThan(0.3);
    }
  });
});

describe('PEC 2026 dialect (no fixture: FORMATS.md 7)', () => {
  const tempDir = useTempDirs();

  it('reads hh:mm:ss.xxx times, V and A, and an Instruction Name column', async () => {
    const file = path.join(tempDir(), 'pec2026.csv');
    const lines = [
      'Request Year:,2026',
      'Test:,12',
      'TestRegime Name:,C/10 cycling',
      '#RESULTS CHECK',
      'ReqYear,Test,CellNr,Type,Value,Reason,',
      '2026,12,1,1,3.2,3,',
      '#END RESULTS CHECK',
      'Test,Cell,Rack,Shelf,Position,Cell ID,Step,Instruction Name,Cycle,Total Time (Hours in hh:mm:ss.xxx),Step Time (Hours in hh:mm:ss.xxx),Real Time,Voltage (V),Current (A),Charge Capacity (Ah),Discharge Capacity (Ah),Charge Energy (Wh),Discharge Energy (Wh),',
      '12,1,R1,001,1,,1,Discharge,0,00:00:01.000,00:00:01.000,01/05/2026 09:00:01,3.4,-0.5,0,0.0001,0,0.0003,',
      '12,1,R1,001,1,,2,Charge,0,26:00:00.500,00:10:00.000,01/06/2026 11:00:00,3.9,0.5,0.08,0,0.3,0,',
    ];
    writeFileSync(file, lines.join('\n'));
    const result = await readCyclerFile(file, FORMATS, REFUSALS);
    expect(result.format.id).toBe('pec');
    expect([...result.series.timeS]).toEqual([1, 26 * 3600 + 0.5]);
    expect([...result.series.currentA]).toEqual([-0.5, 0.5].map(asStored));
    expect([...result.series.voltageV]).toEqual([3.4, 3.9].map(asStored));
    expect([...result.series.vendorCycle!]).toEqual([0, 0]);
    expect([...result.series.chargeCapacityAh!]).toEqual([0, 0.08]);
    // Correctly named energy columns are simply not bound; no note about mislabelling.
    expect(result.notes.filter((note) => note.includes('holds energy'))).toEqual([]);
  });
});
