// Writes a test's per-cycle table and short-circuit flags (replacing earlier ones after a
// re-analysis) and reads them back.
import { splitSteps } from '../../../shared/cycling/segments';
import type { ShortCircuitFlag } from '../../../shared/cycling/short-circuit';
import type { CycleSummary, CyclerSeries } from '../../../shared/cycling/types';
import type { Db } from '../../db/query';
import { forEachSpilledBlock } from '../../importers/cycler/column-spill';
import { updateRecord, type RecordWriter } from '../../db/records';
import { analysisSnapshot, recordAnalysis } from '../../integrity/analysis-history';

/** The highest temperature of each cycle, when the file has a temperature column (in memory, or kept on disk by a long import). */
function maxTemperatures(series: CyclerSeries, cycleOfStep: Int32Array): Map<number, number> {
  const byCycle = new Map<number, number>();
  const steps = splitSteps(series);
  // Blocks come in point order: the step of their points only moves forward.
  let s = 0;
  const takeBlock = (values: Float64Array, from: number) => {
    for (let i = 0; i < values.length; i += 1) {
      // As stored (Float32), so that a re-analysis of the stored points finds the same maximum.
      const value = Math.fround(values[i]!);
      if (!Number.isFinite(value)) continue;
      while (steps[s]!.endIndex < from + i) s += 1;
      const cycle = cycleOfStep[s]!;
      const known = byCycle.get(cycle);
      if (known === undefined || value > known) byCycle.set(cycle, value);
    }
  };
  const temperature = series.temperatureC;
  if (temperature) takeBlock(temperature, 0);
  else if (series.spilled?.temperatureC) forEachSpilledBlock(series.spilled.temperatureC, takeBlock);
  return byCycle;
}

/** Which cycle the data end inside: the first whole-numbered cycle that is not complete. */
export function incompleteCycleOfRows(cycles: readonly CycleSummary[]): number | null {
  return cycles.find((row) => row.cycle >= 1 && !row.complete)?.cycle ?? null;
}

/**
 * `cycles`: every row of the analysis, cycle 0 (set apart before the first charge) included.
 * History gets one entry for the whole table (main/integrity/analysis-history.ts).
 */
export function storeAnalysis(writer: RecordWriter, testId: number, series: CyclerSeries, cycleOfStep: Int32Array, cycles: readonly CycleSummary[], flags: readonly ShortCircuitFlag[], vendor?: Map<number, { charge: number | null; discharge: number | null }>): void {
  const db = writer.db;
  const before = db.prepare('SELECT 1 FROM cycle_summaries WHERE test_id = ? LIMIT 1').get(testId) ? analysisSnapshot(db, testId) : null;
  db.prepare('DELETE FROM cycle_summaries WHERE test_id = ?').run(testId);
  db.prepare('DELETE FROM short_circuit_flags WHERE test_id = ?').run(testId);
  const temperatures = maxTemperatures(series, cycleOfStep);
  const insert = db.prepare(
    `INSERT INTO cycle_summaries (test_id, cycle, charge_mah, discharge_mah, coulombic_efficiency, charge_mwh, discharge_mwh, mean_charge_v, mean_discharge_v,
      end_of_charge_v, end_of_discharge_v, charge_duration_s, discharge_duration_s, charge_stop, vendor_charge_mah, vendor_discharge_mah, max_temperature_c)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of cycles) {
    // A re-analysis has no vendor columns (they are not kept per point): it keeps the import's.
    const kept = vendor?.get(row.cycle);
    insert.run(
      testId,
      row.cycle,
      row.chargeMAh,
      row.dischargeMAh,
      row.coulombicEfficiency,
      row.chargeMWh,
      row.dischargeMWh,
      row.meanChargeV,
      row.meanDischargeV,
      row.endOfChargeV,
      row.endOfDischargeV,
      row.chargeDurationS,
      row.dischargeDurationS,
      row.chargeStop,
      kept ? kept.charge : row.vendorChargeMAh,
      kept ? kept.discharge : row.vendorDischargeMAh,
      temperatures.get(row.cycle) ?? null,
    );
  }
  // Which cycle the data end inside: kept with the report (the points do not change, the analysis may).
  const cutShort = incompleteCycleOfRows(cycles);
  const { import_report_json: reportJson } = db.prepare('SELECT import_report_json FROM cycling_tests WHERE id = ?').get(testId) as { import_report_json: string };
  const report = JSON.parse(reportJson) as { incompleteCycle?: number | null };
  if (report.incompleteCycle !== cutShort) updateRecord(writer, 'cycling_tests', testId, { import_report_json: JSON.stringify({ ...report, incompleteCycle: cutShort }) });
  const insertFlag = db.prepare('INSERT INTO short_circuit_flags (test_id, cycle, kind, reason, evidence) VALUES (?, ?, ?, ?, ?)');
  for (const flag of flags) insertFlag.run(testId, flag.cycle, flag.kind, flag.reason, flag.evidence);
  recordAnalysis(writer, testId, before);
}

export interface SummaryRow {
  cycle: number;
  charge_mah: number;
  discharge_mah: number;
  coulombic_efficiency: number | null;
  charge_mwh: number;
  discharge_mwh: number;
  mean_charge_v: number | null;
  mean_discharge_v: number | null;
  end_of_charge_v: number | null;
  end_of_discharge_v: number | null;
  charge_duration_s: number;
  discharge_duration_s: number;
  charge_stop: 'voltage' | 'time' | 'unknown';
  vendor_charge_mah: number | null;
  vendor_discharge_mah: number | null;
  max_temperature_c: number | null;
}

export function readSummaryRows(db: Db, testId: number): SummaryRow[] {
  return db.prepare('SELECT * FROM cycle_summaries WHERE test_id = ? ORDER BY cycle').all(testId) as SummaryRow[];
}

export function readVendorCapacities(db: Db, testId: number): Map<number, { charge: number | null; discharge: number | null }> {
  return new Map(readSummaryRows(db, testId).map((row) => [row.cycle, { charge: row.vendor_charge_mah, discharge: row.vendor_discharge_mah }]));
}

export function readFlags(db: Db, testId: number): Array<{ cycle: number; kind: string; reason: string; evidence: string }> {
  return db.prepare('SELECT cycle, kind, reason, evidence FROM short_circuit_flags WHERE test_id = ? ORDER BY cycle, kind').all(testId) as Array<{ cycle: number; kind: string; reason: string; evidence: string }>;
}

/** The cycle the data end inside, as the last analysis found it (schema 8 gave older tests theirs). */
export function incompleteCycleOf(report: { incompleteCycle?: number | null }): number | null {
  return report.incompleteCycle ?? null;
}
