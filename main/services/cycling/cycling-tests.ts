// Cycling tests as the researcher sees them: the list (with the lifespan grade and short circuits),
// one test's cycle table and report, renaming, archiving, attaching to a cell, and re-analysing
// from the stored points when the cell's build or the settings change.
import { rmSync } from 'node:fs';
import type { z } from 'zod';
import { CellbookError } from '../../../shared/api-error';
import { analyseSeries, BEFORE_FIRST_CHARGE } from '../../../shared/cycling/analyse-series';
import { cyclesOfSteps } from '../../../shared/cycling/cycles';
import { splitSteps } from '../../../shared/cycling/segments';
import { gradeLifespan, type GradedCycle, type LifespanResult } from '../../../shared/cycling/lifespan';
import type {
  CycleRow,
  CyclingSettings,
  cyclingSettingsUpdateSchema,
  CyclingTestDetail,
  CyclingTestRow,
  cyclingTestListQuerySchema,
  updateCyclingTestSchema,
  WhenCellHasTest,
} from '../../../shared/schemas/cycling';
import { archiveRecord, restoreRecord, updateRecord } from '../../db/records';
import type { ServiceContext } from '../context';
import { incompleteCycleOf, readFlags, readSummaryRows, readVendorCapacities, storeAnalysis, type SummaryRow } from './analysis-store';
import { cellBasis, summaryOptionsOf, type CellBasis } from './cell-basis';
import { requireCell } from './cell-for-import';
import { readStoredSeries } from './cycle-points-store';
import { getCyclingSettings, updateCyclingSettings } from './cycling-settings';
import { importCyclingTest, importFormats } from './import-cycling-test';
import { priorOriginals, priorTestOfCell, retirePriorTest, type PriorTest } from './prior-test';
import { makeOwnedTempDir } from '../../files/owned-temporaries';

interface TestRow {
  id: number;
  name: string;
  cell_id: number | null;
  synthetic: number;
  format_id: string;
  format_label: string;
  cycle_source: 'file' | 'steps';
  started_at: string | null;
  point_count: number;
  cycle_count: number;
  import_report_json: string;
  notes: string | null;
  created_at: string;
  archived_at: string | null;
  cell_label: string | null;
  build_id: number | null;
  build_name: string | null;
}

const SELECT_TEST = `SELECT t.*, c.label AS cell_label, b.id AS build_id, b.name AS build_name
  FROM cycling_tests t LEFT JOIN cells c ON c.id = t.cell_id LEFT JOIN builds b ON b.id = c.build_id`;

function requireTest(ctx: ServiceContext, id: number): TestRow {
  const row = ctx.notebook.db.prepare(`${SELECT_TEST} WHERE t.id = ?`).get(id) as TestRow | undefined;
  if (!row) throw new CellbookError('not_found', `cycling test ${id} does not exist`);
  return row;
}

/** What the lifespan grade needs of a summary row. */
function asSummary(row: Pick<SummaryRow, 'cycle' | 'discharge_mah'>, incompleteCycle: number | null): GradedCycle {
  return { cycle: row.cycle, dischargeMAh: row.discharge_mah, complete: row.cycle >= 1 && row.cycle !== incompleteCycle };
}

function reportOf(row: TestRow): ImportReport {
  return JSON.parse(row.import_report_json) as ImportReport;
}

interface ImportReport {
  cycleNote: string;
  agreementNote: string;
  notes: string[];
  warnings: string[];
  incompleteCycle?: number | null;
  /** Why cycle 0 was set apart, as the import's analysis said (absent: before the first charge, the only reason before). */
  setApartReason?: string | null;
}

function toRow(row: TestRow, lifespan: LifespanResult, shortCircuitCycle: number | null): CyclingTestRow {
  return {
    id: row.id,
    name: row.name,
    synthetic: row.synthetic === 1,
    cellId: row.cell_id,
    cellLabel: row.cell_label,
    buildId: row.build_id,
    buildName: row.build_name,
    formatLabel: row.format_label,
    cycleCount: row.cycle_count,
    pointCount: row.point_count,
    startedAt: row.started_at,
    standardCapacityMAh: lifespan.standardCapacityMAh,
    lifespanCycle: lifespan.lifespanCycle,
    lifespanLabel: lifespan.label,
    grade: lifespan.grade,
    shortCircuitCycle,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  };
}

export function listCyclingTests(ctx: ServiceContext, query: z.output<typeof cyclingTestListQuerySchema>): CyclingTestRow[] {
  const db = ctx.notebook.db;
  const where: string[] = [];
  const params: number[] = [];
  if (!query.includeArchived) where.push('t.archived_at IS NULL');
  if (query.cellId !== undefined) {
    where.push('t.cell_id = ?');
    params.push(query.cellId);
  }
  if (query.buildId !== undefined) {
    where.push('b.id = ?');
    params.push(query.buildId);
  }
  if (query.unassignedOnly) where.push('t.cell_id IS NULL');
  const rows = db.prepare(`${SELECT_TEST} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY t.created_at DESC, t.id DESC`).all(...params) as TestRow[];
  const selectSummaries = db.prepare('SELECT cycle, discharge_mah FROM cycle_summaries WHERE test_id = ? ORDER BY cycle');
  const selectShort = db.prepare('SELECT min(cycle) AS cycle FROM short_circuit_flags WHERE test_id = ?');
  // Read once for the whole list, not per row.
  const lifespanSettings = getCyclingSettings(ctx).lifespan;
  return rows.map((row) => {
    const summaries = selectSummaries.all(row.id) as Array<Pick<SummaryRow, 'cycle' | 'discharge_mah'>>;
    const short = selectShort.get(row.id) as { cycle: number | null };
    const incomplete = incompleteCycleOf(reportOf(row));
    return toRow(row, gradeLifespan(summaries.map((summary) => asSummary(summary, incomplete)), lifespanSettings), short.cycle);
  });
}

function toCycleRow(row: SummaryRow, basis: CellBasis, standardMAh: number | null, incompleteCycle: number | null): CycleRow {
  const per = (value: number, by: number | null) => (by !== null && by > 0 ? value / by : null);
  return {
    cycle: row.cycle,
    chargeMAh: row.charge_mah,
    dischargeMAh: row.discharge_mah,
    coulombicEfficiency: row.coulombic_efficiency,
    complete: row.cycle !== incompleteCycle,
    chargeMWh: row.charge_mwh,
    dischargeMWh: row.discharge_mwh,
    meanChargeV: row.mean_charge_v,
    meanDischargeV: row.mean_discharge_v,
    endOfChargeV: row.end_of_charge_v,
    endOfDischargeV: row.end_of_discharge_v,
    chargeDurationS: row.charge_duration_s,
    dischargeDurationS: row.discharge_duration_s,
    chargeStop: row.charge_stop,
    dischargeMAhG: per(row.discharge_mah, basis.activeMassMg === null ? null : basis.activeMassMg / 1000),
    dischargeMAhCm2: per(row.discharge_mah, basis.areaCm2),
    vendorChargeMAh: row.vendor_charge_mah,
    vendorDischargeMAh: row.vendor_discharge_mah,
    maxTemperatureC: row.max_temperature_c,
    retentionPct: standardMAh !== null && standardMAh > 0 ? (row.discharge_mah / standardMAh) * 100 : null,
  };
}

export function getCyclingTest(ctx: ServiceContext, id: number): CyclingTestDetail {
  const db = ctx.notebook.db;
  const row = requireTest(ctx, id);
  const stored = readSummaryRows(db, id);
  const { incompleteCycle: kept, setApartReason, ...report } = reportOf(row);
  // Cycle 0 is what was set apart (before the first charge, or a first cycle that started charged): reported, not a row of the cycle table.
  const summaries = stored.filter((summary) => summary.cycle >= 1);
  const setApart = stored.filter((summary) => summary.cycle === 0).map((summary) => ({ cycle: 0, chargeMAh: summary.charge_mah, dischargeMAh: summary.discharge_mah, reason: setApartReason ?? BEFORE_FIRST_CHARGE }));
  const flags = readFlags(db, id);
  const settings = getCyclingSettings(ctx);
  const incomplete = incompleteCycleOf({ incompleteCycle: kept });
  const lifespan = gradeLifespan(summaries.map((summary) => asSummary(summary, incomplete)), settings.lifespan);
  const basis = cellBasis(ctx, row.cell_id);
  const files = db.prepare('SELECT * FROM cycling_files WHERE test_id = ? ORDER BY position').all(id) as Array<{
    id: number;
    position: number;
    file_name: string;
    size_bytes: number;
    sha256: string;
    format_id: string;
    row_count: number;
    time_offset_s: number;
  }>;
  return {
    test: toRow(row, lifespan, flags[0]?.cycle ?? null),
    notes: row.notes,
    files: files.map((file) => ({
      id: file.id,
      position: file.position,
      fileName: file.file_name,
      sizeBytes: file.size_bytes,
      sha256: file.sha256,
      formatId: file.format_id,
      rowCount: file.row_count,
      timeOffsetS: file.time_offset_s,
    })),
    report: { cycleRule: row.cycle_source, ...report },
    basis,
    cycles: summaries.map((summary) => toCycleRow(summary, basis, lifespan.standardCapacityMAh, incomplete)),
    setApart,
    lifespan: { standardCapacityMAh: lifespan.standardCapacityMAh, lifespanCycle: lifespan.lifespanCycle, label: lifespan.label, grade: lifespan.grade, warnings: lifespan.warnings },
    shortCircuits: flags,
    settings,
  };
}

export function updateCyclingTest(ctx: ServiceContext, input: z.output<typeof updateCyclingTestSchema>): CyclingTestDetail {
  requireTest(ctx, input.id);
  const patch: Record<string, string | null> = {};
  if (input.changes.name !== undefined) patch.name = input.changes.name;
  if (input.changes.notes !== undefined) patch.notes = input.changes.notes;
  updateRecord(ctx.writer, 'cycling_tests', input.id, patch);
  ctx.emit({ type: 'changed', tables: ['cycling_tests'] });
  return getCyclingTest(ctx, input.id);
}

export function setCyclingTestArchived(ctx: ServiceContext, id: number, archived: boolean): CyclingTestDetail {
  requireTest(ctx, id);
  if (archived) archiveRecord(ctx.writer, 'cycling_tests', id);
  else restoreRecord(ctx.writer, 'cycling_tests', id);
  ctx.emit({ type: 'changed', tables: ['cycling_tests', 'cells'] });
  return getCyclingTest(ctx, id);
}

/** Recomputes the cycle table and flags from the stored points with the cell's build and the current settings. */
export function reanalyseCyclingTest(ctx: ServiceContext, id: number): void {
  const db = ctx.notebook.db;
  const row = requireTest(ctx, id);
  const { series, cycleOfPoint } = readStoredSeries(db, id);
  const settings = getCyclingSettings(ctx);
  // The import's cycle numbers stand (the points are stored by them), cycle 0 set apart included.
  // Stored by the import's cycles, which change only at step starts (cycles.ts): each step's first point gives its cycle.
  const cycleOfStep = cyclesOfSteps(splitSteps(series), cycleOfPoint);
  const assigned = { cycleOfStep, rule: row.cycle_source === 'file' ? ('vendor' as const) : ('steps' as const), note: '' };
  const analysis = analyseSeries(series, { summary: summaryOptionsOf(cellBasis(ctx, row.cell_id)), lifespan: settings.lifespan, shortCircuit: settings.shortCircuit, assigned });
  const rows = analysis.setApartCycle ? [analysis.setApartCycle, ...analysis.cycles] : analysis.cycles;
  db.transaction(() => storeAnalysis(ctx.writer, id, series, cycleOfStep, rows, analysis.shortCircuits, readVendorCapacities(db, id)))();
}

/** The cell's test that an attach to it would continue or replace: none when the test is on that cell already. */
function cellTestBesides(ctx: ServiceContext, cellId: number | null, test: TestRow): PriorTest | null {
  return cellId === null || test.cell_id === cellId ? null : priorTestOfCell(ctx, cellId);
}

/** Attach to a cell (null: detach); when the cell has a test already, this one replaces it (archived, restorable) or is a second test. */
export function attachCyclingTest(ctx: ServiceContext, input: { id: number; cellId: number | null; whenCellHasTest?: Exclude<WhenCellHasTest, 'continue'> }): CyclingTestDetail {
  const db = ctx.notebook.db;
  const test = requireTest(ctx, input.id);
  if (input.cellId !== null) requireCell(ctx, input.cellId);
  const replaced = input.whenCellHasTest === 'replace' ? cellTestBesides(ctx, input.cellId, test) : null;
  db.transaction(() => {
    retirePriorTest(ctx, replaced, 'replace');
    updateRecord(ctx.writer, 'cycling_tests', input.id, { cell_id: input.cellId });
    // mAh/g, mAh/cm² and the charge-stop test depend on the build: redo the table for the new cell.
    reanalyseCyclingTest(ctx, input.id);
  })();
  ctx.emit({ type: 'changed', tables: ['cycling_tests', 'cells'] });
  return getCyclingTest(ctx, input.id);
}

/**
 * An attach that continues the cell's test: both stored tests' originals go through the importer again,
 * stitched in time order into one test under the cell's test's name. Both tests are archived (kept,
 * restorable) in the import's one transaction, so a refusal or failure leaves both as they were. Their
 * own bytes are already in the notebook: that is not refused as a duplicate.
 */
export async function continueCellTest(ctx: ServiceContext, input: { id: number; cellId: number }): Promise<CyclingTestDetail> {
  const test = requireTest(ctx, input.id);
  requireCell(ctx, input.cellId);
  const prior = cellTestBesides(ctx, input.cellId, test);
  if (!prior) return attachCyclingTest(ctx, { id: input.id, cellId: input.cellId });
  if (test.archived_at) throw new CellbookError('refused', `"${test.name}" is archived: restore it before it continues "${prior.name}"`);
  const db = ctx.notebook.db;
  const shared = db
    .prepare('SELECT f.file_name AS mine, g.file_name AS theirs FROM cycling_files f JOIN cycling_files g ON g.sha256 = f.sha256 WHERE f.test_id = ? AND g.test_id = ? LIMIT 1')
    .get(test.id, prior.id) as { mine: string; theirs: string } | undefined;
  if (shared) throw new CellbookError('conflict', `"${test.name}" cannot continue "${prior.name}": its file ${shared.mine} has the same bytes as ${shared.theirs} of "${prior.name}", so the test would be stitched onto itself`);
  const both = db.prepare('SELECT DISTINCT f.format_id, t.synthetic FROM cycling_files f JOIN cycling_tests t ON t.id = f.test_id WHERE f.test_id IN (?, ?)').all(test.id, prior.id) as Array<{ format_id: string; synthetic: number }>;
  // One format for every file is read as it was (a format chosen by hand included); else each file is recognised again.
  const formatIds = new Set(both.map((row) => row.format_id));
  const [onlyFormat] = formatIds;
  const formatId = formatIds.size === 1 && importFormats(ctx).some((format) => format.id === onlyFormat) ? onlyFormat : null;
  const dir = makeOwnedTempDir('continue');
  try {
    const files = priorOriginals(ctx, test.id, dir);
    const outcome = await importCyclingTest(ctx, files, {
      cellId: input.cellId,
      whenCellHasTest: 'continue',
      allowDuplicate: true,
      formatId,
      synthetic: both.some((row) => row.synthetic === 1),
      alsoArchiveTestIds: [test.id],
    });
    return getCyclingTest(ctx, outcome.testId);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * New settings, and with new short-circuit thresholds every active test's flags redone, all in one
 * transaction (no settings saved with flags of the old ones). The lifespan is graded when a test is
 * read, so a lifespan change alone redoes nothing.
 */
export function changeCyclingSettings(ctx: ServiceContext, update: z.output<typeof cyclingSettingsUpdateSchema>): CyclingSettings {
  return ctx.notebook.db.transaction(() => {
    const settings = updateCyclingSettings(ctx, update);
    if (update.shortCircuit) reanalyseAllCyclingTests(ctx);
    return settings;
  })();
}

/** After the thresholds change, every active test's flags are redone with them. */
export function reanalyseAllCyclingTests(ctx: ServiceContext): number {
  const ids = (ctx.notebook.db.prepare('SELECT id FROM cycling_tests WHERE archived_at IS NULL').all() as Array<{ id: number }>).map((row) => row.id);
  for (const id of ids) reanalyseCyclingTest(ctx, id);
  return ids.length;
}
