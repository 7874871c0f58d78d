// Every real export in ../shared/fixtures/cyclers: detected (or refused) as what it is, read to the
// row counts MANIFEST.md gives (maccor_two: 213 of 214, its line 229 is cut short and reported),
// cut into cycles, and its capacities checked twice: against coulomb counting written here
// independently (each point's current over the interval before it), and against the vendor's own
// capacity columns where the import report says they agree.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseSeries } from '../../../shared/cycling/analyse-series';
import type { CyclerSeries } from '../../../shared/cycling/types';
import { CYCLER_FORMATS, CYCLER_REFUSALS } from './formats/index';
import { readCyclerFile } from './read-cycler-file';

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures/cyclers');
const present = existsSync(FIXTURES);
if (!present) console.log(`cycler fixture tests skipped: ${FIXTURES} does not exist`);

type Expected = { format: string; rows: number; cycles: number; vendor: 'agree' | 'differ' | 'none' | 'zeros'; setApart?: boolean } | { refused: string };

const EXPECTED: Record<string, Expected> = {
  // Starts charged: its first cycle gives back 559 % of a 192 mAh top-up, so it is set apart as cycle 0.
  'arbin/batdata__arbin_example.csv': { format: 'arbin', rows: 2142, cycles: 1, vendor: 'agree', setApart: true },
  'arbin/bdf__mits7-0.res.gz': { refused: 'a gzip-compressed file; unpack it first' },
  'arbin/beep__2017-05-09_test-TC-contact_CH33.csv': { format: 'arbin', rows: 287, cycles: 1, vendor: 'agree' },
  'arbin/beep__2017-05-09_test-TC-contact_CH33_Metadata.csv': { refused: 'the metadata of an Arbin export (test, channel and schedule, no measured points); import its data file' },
  // Cycle_Index stays 1 while the schedule loops (MANIFEST): cycles come from the steps. It starts
  // with a discharge, set apart; counted with cycle 1 (as before) the accumulators differed by 1.5 %.
  'arbin/navani__bs542_004_gr_li_50ua_50mv_1v_191020_Channel_11.xlsx': { format: 'arbin', rows: 4526, cycles: 2, vendor: 'agree', setApart: true },
  // Accumulators not zero at the file's start (13 rows of a longer test).
  'arbin/pyprobe__sample_data_arbin.csv': { format: 'arbin', rows: 13, cycles: 1, vendor: 'differ' },
  'basytec/pyprobe__sample_data_basytec.txt': { format: 'basytec', rows: 74, cycles: 1, vendor: 'agree' },
  'battery-archive/batdata__CALCE_CX2-33_prism_LCO_25C_0-100_0.5-0.5C_d_cycle_data.csv': { refused: 'a per-cycle summary (one row per cycle)' },
  'battery-archive/batdata__CALCE_CX2-33_prism_LCO_25C_0-100_0.5-0.5C_d_timeseries.csv': { format: 'generic', rows: 15, cycles: 1, vendor: 'differ' },
  // Capacity columns that reset per step although BDF names them test-cumulative (MANIFEST).
  'bdf/bdf__SINTEF__G20M7-202512-Gru6mV__20251228__C30__25degC__Neware.bdf.csv': { format: 'bdf', rows: 17587, cycles: 1, vendor: 'differ' },
  'bdf/bdf__SINTEF__LiGrR2032__2024-04-30__25degC__Landt.bdf.csv': { format: 'bdf', rows: 25162, cycles: 1, vendor: 'differ', setApart: true },
  'bdf/bdf__SINTEF__SLPBA842124HV__2024-10-23__Rate_25degC__Neware__Time_Bug.bdf.csv': { format: 'bdf', rows: 13086, cycles: 5, vendor: 'none' },
  'bdf/bdf__sample.bdf.csv': { format: 'bdf', rows: 3, cycles: 1, vendor: 'none' },
  'biologic/pyprobe__Sample_data_biologic_01_MB_CA1.txt': { format: 'biologic', rows: 1397, cycles: 1, vendor: 'agree' },
  'biologic/pyprobe__Sample_data_biologic_no_header.mpt': { format: 'biologic', rows: 13, cycles: 1, vendor: 'zeros' },
  'biologic/pyprobe__Sample_data_biologic_timestamped.txt': { format: 'biologic', rows: 8, cycles: 1, vendor: 'differ' },
  'biologic/yadg__gcpl.issue_149.mpr': { refused: 'a BioLogic EC-Lab binary file (.mpr)' },
  'biologic/yadg__gcpl.issue_149.mpt': { format: 'biologic', rows: 132, cycles: 4, vendor: 'agree' },
  'biologic/yadg__gcpl.issue_211.mpt': { format: 'biologic', rows: 2767, cycles: 5, vendor: 'agree' },
  'biologic/yadg__gcpl.issue_226.CxN.mpt': { format: 'biologic', rows: 15, cycles: 1, vendor: 'agree' },
  'biologic/yadg__mb.issue_95.de.mpt': { format: 'biologic', rows: 33, cycles: 1, vendor: 'agree' },
  'biologic/yadg__mb.issue_95.mpt': { format: 'biologic', rows: 33, cycles: 1, vendor: 'agree' },
  'gamry/gamryparser__chronoa_data.dta': { refused: 'a Gamry Framework file (.DTA) holding a chronoamperometry experiment' },
  'gamry/gamryparser__chronoa_de_data.dta': { refused: 'a Gamry Framework file (.DTA) holding a chronoamperometry experiment' },
  // A short discharge before the first charge is set apart; then a C/100 charge and discharge
  // (0.95 mA of a 95 mA test): a cycle, not rest.
  'generic/batdata__p492-13-raw.csv': { format: 'generic', rows: 2021, cycles: 13, vendor: 'none', setApart: true },
  'generic/batdata__p492-13-summary.csv': { refused: 'a per-cycle summary (one row per cycle)' },
  'indigo/beep__indigo_test_sample.h5': { refused: 'an HDF5 file' },
  'landt/bdf__SINTEF__LiGrR2032__2024-04-30__25degC__Landt.csv': { format: 'landt', rows: 25162, cycles: 1, vendor: 'differ', setApart: true },
  'maccor/batdata__maccor_example.001': { format: 'maccor', rows: 8, cycles: 1, vendor: 'none' },
  'maccor/batdata__maccor_example.002': { format: 'maccor', rows: 8, cycles: 1, vendor: 'none' },
  'maccor/beep__maccor_test_file_4267-66-6519.041': { format: 'maccor', rows: 74, cycles: 1, vendor: 'none' },
  'maccor/cellpy__maccor_one.txt': { format: 'maccor', rows: 4459, cycles: 3, vendor: 'agree', setApart: true },
  'maccor/cellpy__maccor_three.txt': { format: 'maccor', rows: 4009, cycles: 15, vendor: 'agree' },
  'maccor/cellpy__maccor_two.txt': { format: 'maccor', rows: 213, cycles: 1, vendor: 'none' },
  'maccor/pyprobe__sample_data_maccor.csv': { format: 'maccor', rows: 15, cycles: 1, vendor: 'differ' },
  'neware/batteryabn__GMJuly2022_CELL002_RPT_3_P0C_5P0PSI_20230110_R0_CH041.xlsx': { format: 'neware', rows: 2833, cycles: 1, vendor: 'agree' },
  'neware/cellpy__neware_uio.csv': { format: 'neware', rows: 9065, cycles: 5, vendor: 'agree', setApart: true },
  // A 30 min rest with no cell: its capacity columns are there and hold zeros.
  'neware/fastnda__interp-test.csv': { format: 'neware', rows: 333, cycles: 1, vendor: 'zeros' },
  'neware/fastnda__interp-test.ndax': { refused: 'a Neware .ndax' },
  'novonix/beep__test_Nova_Form-CH01-01_short.csv': { format: 'novonix', rows: 3942, cycles: 1, vendor: 'agree' },
  'novonix/beep__test_Nova_Form-CH01-01_short_metadata.csv': { refused: 'a per-cycle summary (one row per cycle)' },
  // Starts with a discharge: set apart as cycle 0, the file's cycles 1 and 2 are cycles 1 and 2.
  'pec/cellpy__pec.csv': { format: 'pec', rows: 16255, cycles: 2, vendor: 'agree', setApart: true },
};

/** Coulomb counting as a cycler logs it: each point's current held over the interval before it, mAh. */
function countedMAh(series: CyclerSeries): { charge: number; discharge: number } {
  let charge = 0;
  let discharge = 0;
  for (let i = 1; i < series.timeS.length; i += 1) {
    const dt = series.timeS[i]! - series.timeS[i - 1]!;
    const current = series.currentA[i]!;
    if (!(dt > 0) || !Number.isFinite(current)) continue;
    if (current > 0) charge += (current * dt) / 3.6;
    else discharge -= (current * dt) / 3.6;
  }
  return { charge, discharge };
}

describe.skipIf(!present)('a real export that starts charged', () => {
  it('arbin/batdata__arbin_example.csv: the 192 mAh top-up and the discharge after it are set apart, and cycle 1 gives back what it took', async () => {
    const result = await readCyclerFile(path.join(FIXTURES, 'arbin/batdata__arbin_example.csv'), CYCLER_FORMATS, CYCLER_REFUSALS);
    const analysis = analyseSeries(result.series);
    const [setApart] = analysis.setApart;
    expect(setApart!.reason).toBe('before the first full cycle: the cell held charge when the file begins');
    // Coulomb counting written here, over the points of each part (the file's own cycle numbers: 1 is the top-up).
    const cycleOne = countedMAh(sliceOfCycle(result.series, 1));
    expect(Math.abs(setApart!.chargeMAh / cycleOne.charge - 1)).toBeLessThan(0.01);
    expect(setApart!.dischargeMAh / setApart!.chargeMAh).toBeGreaterThan(5);
    const [first] = analysis.cycles;
    expect(first!.cycle).toBe(1);
    expect(Math.abs(first!.coulombicEfficiency! - 1)).toBeLessThan(0.01);
    expect(analysis.lifespan.standardCapacityMAh).toBe(first!.dischargeMAh);
    expect(analysis.assignment.note).toMatch(/coulombic efficiency 558\.\d %, where cycle 2 gives 100\.\d %/);
  });
});

/** The points of one of the file's own cycles (and the point before, for its first interval). */
function sliceOfCycle(series: CyclerSeries, cycle: number): CyclerSeries {
  const cycles = series.vendorCycle!;
  const first = Math.max(0, cycles.indexOf(cycle) - 1);
  const last = cycles.lastIndexOf(cycle) + 1;
  return { ...series, timeS: series.timeS.slice(first, last), currentA: series.currentA.slice(first, last) };
}

describe.skipIf(!present)('every cycler fixture', () => {
  it('is listed here (a fixture added later fails until it is checked)', () => {
    const files = readdirSync(FIXTURES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) => readdirSync(path.join(FIXTURES, entry.name)).map((name) => `${entry.name}/${name}`));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (file, expected) => {
    const reading = readCyclerFile(path.join(FIXTURES, file), CYCLER_FORMATS, CYCLER_REFUSALS);
    if ('refused' in expected) {
      await expect(reading).rejects.toThrow(expected.refused);
      return;
    }
    const result = await reading;
    expect(result.format.id).toBe(expected.format);
    expect(result.rows).toBe(expected.rows);
    const analysis = analyseSeries(result.series);
    expect(analysis.cycles.length).toBe(expected.cycles);

    const counted = countedMAh(result.series);
    // Cycle 0 (set apart before the first charge) is counted too: nothing of the file is lost.
    const rows = analysis.setApartCycle ? [analysis.setApartCycle, ...analysis.cycles] : analysis.cycles;
    expect(analysis.setApart.length > 0).toBe(expected.setApart === true);
    const charge = rows.reduce((sum, row) => sum + row.chargeMAh, 0);
    const discharge = rows.reduce((sum, row) => sum + row.dischargeMAh, 0);
    for (const [ours, theirs] of [
      [charge, counted.charge],
      [discharge, counted.discharge],
    ] as const) {
      if (theirs === 0) expect(ours).toBe(0);
      else expect(Math.abs(ours / theirs - 1)).toBeLessThan(0.01);
    }

    const agreement = analysis.agreement;
    if (expected.vendor === 'agree') expect(Math.abs(agreement.worst!.relativeDifference)).toBeLessThanOrEqual(0.01);
    if (expected.vendor === 'differ') expect(agreement.note).toMatch(/differ from coulomb counting by up to/);
    if (expected.vendor === 'none') expect(agreement.note).toBe('the file has no capacity columns to compare with coulomb counting');
    if (expected.vendor === 'zeros') expect(agreement.note).toBe("the file's capacity columns hold only zeros: nothing to compare with coulomb counting");
  });
});
