// Every BioLogic fixture in /work/shared/fixtures/cyclers/biologic read through the engine, checked
// against the file's own lines (MANIFEST.md gives header lengths and row counts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileHead } from '../file-head';
import { readCyclerFile } from '../read-cycler-file';
import { biologicFormat } from './biologic';
import { genericFormat } from './generic';
import { newareFormat } from './neware';
import { REFUSALS } from './refusals';
import { asStored } from '../stored-precision';

const ROOT = path.resolve(__dirname, '../../../../../shared/fixtures/cyclers');
const DIR = path.join(ROOT, 'biologic');
const PRESENT = existsSync(DIR);
if (!PRESENT) console.warn(`BioLogic fixture tests skipped: ${DIR} is absent`);

const FORMATS = [newareFormat, biologicFormat, genericFormat];
const read = (name: string) => readCyclerFile(path.join(DIR, name), FORMATS, REFUSALS);

interface Case {
  file: string;
  /** MANIFEST: "Header lines" (the column line is the last of them) and "data rows". */
  headerLines: number;
  rows: number;
  current: string;
  voltage: string;
  /** Smallest and largest current in the file, in mA, as the file signs them. */
  range: [number, number];
}
const CASES: Case[] = [
  { file: 'pyprobe__Sample_data_biologic_01_MB_CA1.txt', headerLines: 103, rows: 1397, current: 'I/mA', voltage: 'Ecell/V', range: [-900.06274, 0] },
  { file: 'pyprobe__Sample_data_biologic_no_header.mpt', headerLines: 1, rows: 13, current: 'I/mA', voltage: 'Ecell/V', range: [0, 0] },
  { file: 'pyprobe__Sample_data_biologic_timestamped.txt', headerLines: 98, rows: 8, current: 'I/mA', voltage: 'Ecell/V', range: [0, 450.01691] },
  { file: 'yadg__gcpl.issue_149.mpt', headerLines: 81, rows: 132, current: '<I>/mA', voltage: 'Ewe/V', range: [-0.02999932433341786, 0.03001141560008716] },
  { file: 'yadg__gcpl.issue_211.mpt', headerLines: 80, rows: 2767, current: '<I>/mA', voltage: 'Ewe/V', range: [-0.06795376495541657, 0.06803582520462914] },
  { file: 'yadg__gcpl.issue_226.CxN.mpt', headerLines: 77, rows: 15, current: '<I>/mA', voltage: 'Ewe/V', range: [-0.1199650805355355, 0.1200271949836359] },
  { file: 'yadg__mb.issue_95.de.mpt', headerLines: 94, rows: 33, current: 'I/mA', voltage: 'Ewe/V', range: [-64.990448, 100.01924] },
  { file: 'yadg__mb.issue_95.mpt', headerLines: 93, rows: 33, current: 'I/mA', voltage: 'Ewe/V', range: [-64.990448, 100.01924] },
];

/** The file's column line and data lines, split on TABs (Latin-1 keeps every byte). */
function table(name: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path.join(DIR, name)).toString('latin1').split('\n');
  const c = CASES.find((candidate) => candidate.file === name)!;
  const rows = lines.slice(c.headerLines).filter((line) => line.trim() !== '').map((line) => line.split('\t'));
  return { header: lines[c.headerLines - 1]!.split('\t'), rows };
}
/** A number as the file writes it, decimal comma or not. */
const number = (cell: string) => Number(cell.replace(',', '.'));

describe.skipIf(!PRESENT)('BioLogic fixtures', () => {
  it('covers every file in the folder', () => {
    expect(readdirSync(DIR).sort()).toEqual([...CASES.map((c) => c.file), 'yadg__gcpl.issue_149.mpr'].sort());
  });

  for (const c of CASES) {
    it(`${c.file}: BioLogic, ${c.rows} rows, first and last points as in the file`, async () => {
      const result = await read(c.file);
      expect(result.format).toEqual({ id: 'biologic', label: 'BioLogic EC-Lab / BT-Lab text (.mpt, .txt)', detectedBy: 'content' });
      expect(result.rows).toBe(c.rows);
      expect(result.warnings).toEqual([]);
      const { header, rows } = table(c.file);
      expect(rows).toHaveLength(c.rows);
      const [t, i, v] = ['time/s', c.current, c.voltage].map((name) => header.indexOf(name));
      expect(Math.min(t!, i!, v!), `columns of ${c.file}`).toBeGreaterThanOrEqual(0);
      const { timeS, currentA, voltageV } = result.series;
      const dated = c.file.includes('timestamped');
      for (const [k, row] of [[0, rows[0]!], [c.rows - 1, rows[c.rows - 1]!]] as const) {
        // mA -> A; the sign is the file's (+ = oxidation at the working electrode, FORMATS.md 0.7).
        expect(currentA[k]).toBe(asStored(number(row[i!]!) / 1000));
        expect(voltageV[k]).toBe(asStored(number(row[v!]!)));
        if (!dated) expect(timeS[k]).toBeCloseTo(number(row[t!]!), 9);
      }
      expect(Math.min(...currentA)).toBe(asStored(c.range[0] / 1000));
      expect(Math.max(...currentA)).toBe(asStored(c.range[1] / 1000));
    });
  }

  it('reads decimal commas and "Nb header lines" (the German twin has one more header line)', async () => {
    // yadg__gcpl.issue_149.mpt line 82: time/s "3,015299923827115E+001", Ewe/V "3,4228721E+000".
    const result = await read('yadg__gcpl.issue_149.mpt');
    expect(result.series.timeS[0]).toBe(30.15299923827115);
    expect(result.series.voltageV[0]).toBe(asStored(3.4228721));
    // line 213: <I>/mA "-2,999591381717431E-002" -> -2.999591381717431e-5 A (discharge, negative).
    expect(result.series.currentA[131]).toBe(asStored(-2.999591381717431e-5));
  });

  it('yadg__mb.issue_95: English and German exports give the same numbers', async () => {
    const english = await read('yadg__mb.issue_95.mpt');
    const german = await read('yadg__mb.issue_95.de.mpt');
    expect(german.rows).toBe(english.rows);
    for (const key of ['timeS', 'currentA', 'voltageV', 'chargeCapacityAh', 'dischargeCapacityAh', 'vendorCycle', 'stepIndex'] as const) {
      const a = english.series[key]!;
      const b = german.series[key]!;
      expect(b.length, key).toBe(a.length);
      for (let k = 0; k < a.length; k += 1) expect(Math.abs(b[k]! - a[k]!), `${key}[${k}]`).toBeLessThanOrEqual(1e-9);
    }
    // +100 mA charge and -65 mA discharge (MANIFEST), in A.
    expect(Math.max(...english.series.currentA)).toBe(asStored(0.10001924));
    expect(Math.min(...english.series.currentA)).toBe(asStored(-0.064990448));
  });

  it('scales mA and mA.h, and keeps float cycle numbers and Ns as written', async () => {
    const head = await readFileHead(path.join(DIR, 'yadg__mb.issue_95.mpt'));
    const plan = biologicFormat.plan(head);
    const binding = (field: string) => plan.bindings.find((candidate) => candidate.field === field);
    expect(binding('current_A')).toMatchObject({ header: 'I/mA', scale: 1e-3 });
    expect(binding('voltage_V')).toMatchObject({ header: 'Ewe/V', scale: 1 });
    expect(binding('charge_capacity_Ah')).toMatchObject({ header: 'Q charge/mA.h', scale: 1e-3 });
    expect(binding('discharge_capacity_Ah')).toMatchObject({ header: 'Q discharge/mA.h', scale: 1e-3 });
    expect(binding('cycle')?.header).toBe('cycle number');
    expect(binding('step')?.header).toBe('Ns');
    // The MB file has "control/mA" before "I/mA": the measured current must win over the set-point.
    expect(plan.bindings.filter((candidate) => candidate.field === 'current_A')).toHaveLength(1);

    const result = await read('pyprobe__Sample_data_biologic_01_MB_CA1.txt');
    const { header, rows } = table('pyprobe__Sample_data_biologic_01_MB_CA1.txt');
    const last = rows[rows.length - 1]!;
    // line 1500: Q discharge/mA.h 3.237135133365209E+001, cycle number 0, Ns 1.
    expect(result.series.dischargeCapacityAh?.[1396]).toBeCloseTo(number(last[header.indexOf('Q discharge/mA.h')]!) / 1000, 15);
    expect(result.series.vendorCycle?.[1396]).toBe(0);
    expect(result.series.stepIndex?.[1396]).toBe(1);
    // The temperature header was damaged upstream ("Temperature/\uFFFDC") and is still read.
    expect(result.series.temperatureC?.[1396]).toBeCloseTo(23.029291, 9);
  });

  it('no header block; time that does not start at 0', async () => {
    const noHeader = await read('pyprobe__Sample_data_biologic_no_header.mpt');
    expect(noHeader.series.timeS[0]).toBe(281672.3801174285);
    // yadg__gcpl.issue_211.mpt line 81: time/s 8.824651726436929E+004, Ewe/V -3.2233408E-001 (symmetric cell).
    const continued = await read('yadg__gcpl.issue_211.mpt');
    expect(continued.series.timeS[0]).toBe(88246.51726436929);
    expect(continued.series.voltageV[0]).toBe(asStored(-0.32233408));
  });

  it('"time as date" export: time/s holds dates, time is counted from the first', async () => {
    // line 99: 11/20/2024 11:38:41.707; line 106: 11/20/2024 11:38:54.171.
    const result = await read('pyprobe__Sample_data_biologic_timestamped.txt');
    expect(result.series.timeS[0]).toBe(0);
    expect(result.series.timeS[7]).toBeCloseTo(12.464, 6);
    expect(result.startEpochS).toBeCloseTo(Date.UTC(2024, 10, 20, 11, 38, 41, 707) / 1000, 6);
    expect(result.notes).toContain('the time/s column holds dates ("time as date" export): time was counted from the first point');
  });

  it('yadg__gcpl.issue_149.mpr is refused with its sentence', async () => {
    await expect(read('yadg__gcpl.issue_149.mpr')).rejects.toThrow(
      'yadg__gcpl.issue_149.mpr: a BioLogic EC-Lab binary file (.mpr); export it as text from EC-Lab (File > Export as Text, .mpt) and import that',
    );
  });

  it('does not claim Arbin, Maccor, Novonix or Neware files', async () => {
    for (const vendor of ['arbin', 'maccor', 'novonix', 'neware']) {
      const folder = path.join(ROOT, vendor);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder)) {
        const head = await readFileHead(path.join(folder, name));
        expect(biologicFormat.detect(head), `${vendor}/${name}`).toBeLessThan(0.3);
      }
    }
  });
});
